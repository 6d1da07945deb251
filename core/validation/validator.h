// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Parcours {

class Course;
class CourseDocument;
class CourseStore;
class QuestionBank;

/**
 * Checks a parcours for what Moodle would refuse or what a participant could never get past:
 * restrictions on missing activities or in a circle, quizzes without questions, questions without
 * a correct answer, completion rules an activity cannot meet, missing files, bad URLs.
 *
 * Each problem is an Issue naming the node concerned and saying, in the user's language, what is
 * wrong and what to do. Errors block a correct export; warnings are worth a look.
 */
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    enum class Severity { Error, Warning };

    struct Issue
    {
        Severity severity = Severity::Error;
        /** The node concerned (activity, section, question, course). */
        NodeId node = 0;
        /** Translated: what is wrong and what to do. */
        QString message;
    };

    /** Checks the document, including that every file its nodes use is in its media store. */
    static QList<Issue> validate(const CourseDocument &document);
    /** Checks the trees; media are checked against store when it is not null. */
    static QList<Issue> validate(
        const Course &course, const QuestionBank &bank, const CourseStore *store = nullptr);

    /** True when one of the issues is an error. */
    static bool hasErrors(const QList<Issue> &issues);
    /**
     * Where a node is, for messages: "Section › Activity" for an activity, the section title for
     * a section, "Category › Question" for a question. Empty names are shown by position.
     */
    static QString location(const CourseDocument &document, NodeId node);
};

} // namespace Parcours
