// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Parcours {

class CourseDocument;

/**
 * Counts that describe a parcours at a glance: what `parcours info` prints and what tests and
 * benchmarks check.
 */
struct CourseSummary
{
    Q_DECLARE_TR_FUNCTIONS(CourseSummary)

public:
    QString title;
    int sections = 0;
    /** Activities by kind; every kind is present, with 0 when there is none. */
    QMap<ActivityKind, int> activities;
    /** Questions by Moodle qtype name ("multichoice", "truefalse", …). */
    QMap<QString, int> questions;
    int categories = 0;
    /** Sections and activities that carry an access restriction. */
    int restrictions = 0;
    qint64 mediaCount = 0;
    qint64 mediaBytes = 0;

    int activityCount() const;
    int questionCount() const;

    static CourseSummary of(const CourseDocument &document);

    /**
     * {"title", "sections", "activities": {kind: n} with every kind, "questions": {qtype: n},
     * "categories", "restrictions", "media": {"count", "bytes"}}. Kind names are the module
     * names of the model (moduleName()).
     */
    QJsonObject toJson() const;
    /** Several lines of text in the user's language. */
    QString toText() const;
};

} // namespace Parcours
