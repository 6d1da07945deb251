// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exporter.h"
#include "core/import/mbzimporter.h"

#include <QCoreApplication>
#include <QString>

namespace Parcours {

class CourseDocument;

/**
 * What File → Import a Moodle backup… shows once the parcours is open: a summary of what
 * became editable (sections, activities by kind, questions by type, files) and of what was kept
 * as Moodle wrote it, then the rows of the report dock: one per kept item (activities of other
 * modules, blocks, filters, format options, … as the importer describes them; activating one
 * selects the section or activity it belongs to) and one per warning of the importer.
 */
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    /** Several lines of text in the user's language; backupName is the .mbz imported. */
    static QString text(
        const QString &backupName, const ImportReport &report, const CourseDocument &document);
    /** The rows of the report dock: the kept items, then the warnings. */
    static ExportReport rows(const ImportReport &report, const CourseDocument &document);
    /** The Moodle name of a question type in the user's language (« Vrai/Faux »). */
    static QString questionTypeName(const QString &qtype);
};

} // namespace Parcours
