// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/values.h"

#include <QCoreApplication>
#include <QString>

namespace Parcours {

class CourseDocument;

/**
 * The wording of access restrictions as Moodle shows them to participants ("Not available
 * unless: The activity <b>Quiz 1</b> is marked complete"), in the user's language: the strings
 * are translated (context "RestrictionText") and dates and numbers follow the default QLocale.
 *
 * Activities are named from the document; a condition on an activity that is no longer in the
 * tree names "(deleted activity)". Items hidden from participants when they are not met are
 * marked "(hidden)", as the editor shows them (Moodle shows them to nobody but teachers).
 * Negated roots ("must not") read "Not available if: …" and describe their conditions as they
 * are, so that the sentence reads like the builder above it.
 */
class RestrictionText
{
    Q_DECLARE_TR_FUNCTIONS(RestrictionText)

public:
    enum class Format {
        /** Names in <b>, lists as <ul>, text escaped: for a rich-text QLabel. */
        Html,
        /** Names in quotes, one line per item, nested items indented by two spaces. */
        PlainText
    };

    /** The whole restriction; an empty string when it has no item (no restriction). */
    static QString describe(const Restriction &restriction,
        const CourseDocument &document,
        Format format = Format::Html);
    /** One condition, as it appears in the list ("The activity <b>Quiz 1</b> is marked complete").
     */
    static QString describeCondition(
        const Condition &condition, const CourseDocument &document, Format format = Format::Html);
    /** A date as restrictions show it ("1 January 2026, 00:00"), in local time. */
    static QString formatDate(qint64 secsSinceEpoch);
};

/** Shorthand for RestrictionText::describe(). */
inline QString describeRestriction(const Restriction &restriction,
    const CourseDocument &document,
    RestrictionText::Format format = RestrictionText::Format::Html)
{
    return RestrictionText::describe(restriction, document, format);
}

/** Shorthand for RestrictionText::describeCondition(). */
inline QString describeCondition(const Condition &condition,
    const CourseDocument &document,
    RestrictionText::Format format = RestrictionText::Format::Html)
{
    return RestrictionText::describeCondition(condition, document, format);
}

} // namespace Parcours
