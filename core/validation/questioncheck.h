// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/validator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parcours {

struct QuestionData;

/** One problem of a question: what is wrong and what to do, in the user's language. */
struct QuestionProblem
{
    Validator::Severity severity = Validator::Severity::Error;
    QString message;

    bool operator==(const QuestionProblem &) const = default;
};

/**
 * Checks one question for what Moodle's question editing form would refuse or what makes the
 * question unanswerable: no correct answer, grades of a single-answer question not reaching
 * 100 %, grades of a multiple-answer question not adding up to 100 %, fewer than two choices, an
 * answer with a grade but no text, a matching question with fewer than two questions and three
 * answers, a cloze text without sub-question or with a code Moodle does not read, a gap without
 * its choice, an empty question text. Used live by the question form and by the Validator.
 * Files are not checked here (the Validator checks them against the media store).
 */
QList<QuestionProblem> checkQuestion(const QuestionData &question);

/**
 * The problems of a cloze text alone: the `{…}` codes Moodle would not read (unknown type, no
 * answer) and the sub-questions without a correct answer, one message each.
 */
QStringList clozeProblems(const QString &text);

} // namespace Parcours
