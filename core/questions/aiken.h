// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questions/questionset.h"

#include <QCoreApplication>
#include <QString>

namespace Parcours {

/**
 * Moodle's Aiken format: single-answer multiple choice questions, each a question line, option
 * lines "A. text" or "A) text", and "ANSWER: A". Questions may be separated by blank lines.
 *
 * parse() returns false, fills nothing, and errorString() is "line N: what is wrong" when any
 * question is malformed. write() writes the single-answer multiple choice questions with exactly
 * one right answer and plain text; the others are named in skipped().
 */
class Aiken
{
    Q_DECLARE_TR_FUNCTIONS(Aiken)

public:
    bool parse(const QString &text, QuestionSet *set);
    QString errorString() const { return m_error; }

    QString write(const QuestionSet &set);
    QStringList skipped() const { return m_skipped; }

private:
    bool fail(int line, const QString &message);

    QString m_error;
    QStringList m_skipped;
};

} // namespace Parcours
