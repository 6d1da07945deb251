// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/archivereader.h"
#include "core/model/enums.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>

namespace Parcours {

class CourseDocument;

/**
 * A part of the backup the model does not edit, kept as Moodle wrote it and written back
 * unchanged on export (or, when keptOnExport is false, only reported).
 */
struct KeptItem
{
    enum class Kind {
        Activity,       ///< an activity of a module the application does not model
        Question,       ///< a question of a type the application does not model
        Block,          ///< a block of the course or of an activity
        Filters,        ///< filter settings of the course or of an activity
        CalendarEvents, ///< calendar events of the course or of an activity
        Tags,           ///< tags of the course or of an activity
        FormatOptions,  ///< course format options (course and sections)
        Roles,          ///< role overrides and assignments
        Competencies,   ///< competencies linked to the course or to an activity
        Comments,       ///< comments
        Gradebook,      ///< grade categories, items and settings of the course
        Subsection,     ///< a Moodle 4.5 subsection and its delegated section
        Other           ///< any other file or element Moodle wrote
    };
    Kind kind = Kind::Other;
    /** Who it belongs to: the course's, a section's or an activity's name. */
    QString owner;
    /** Translated and self-contained, e.g. « Bloc « HTML » du cours ». */
    QString description;
    /** False when the item could not be kept and is only listed (it is also in warnings). */
    bool keptOnExport = true;

    bool operator==(const KeptItem &) const = default;
};

/**
 * What an import made of a backup; shown by the CLI and the import dialog (the editable counts
 * by kind, the kept items with their descriptions, then the warnings).
 */
struct ImportReport
{
    /** Editable activities by kind (ActivityKind::Opaque is never a key: see kept). */
    QMap<ActivityKind, int> activitiesByKind;
    /** Editable questions by type (QuestionType::Other is never a key: see kept). */
    QMap<QuestionType, int> questionsByType;
    /** Random quiz slots, editable (QuizSlot::random). */
    int randomSlots = 0;
    /** Everything kept as Moodle wrote it, in backup order. */
    QList<KeptItem> kept;

    /** Activities the model edits, as "kind: name". */
    QStringList editable;
    /** Activities kept as Moodle wrote them (exported unchanged), as "module: name". */
    QStringList opaque;
    /** Things dropped or changed, translated and self-contained. */
    QStringList warnings;
    int sections = 0;
    int activities = 0; ///< every activity imported, editable or kept
    int categories = 0;
    int questions = 0; ///< every question imported, editable or kept
    int files = 0;

    /** How many kept items are of a kind. */
    int keptCount(KeptItem::Kind kind) const
    {
        return static_cast<int>(std::count_if(
            kept.cbegin(), kept.cend(), [kind](const KeptItem &k) { return k.kind == kind; }));
    }
};

/** Progress of an import: done out of total steps (activities and bank). */
using ImportProgress = std::function<void(qint64 done, qint64 total)>;

/**
 * Imports a Moodle 2.6–5.x course backup (.mbz, tgz or zip) into a freshly created document:
 * the inverse of MbzExporter (docs/moodle-backup-format.md).
 *
 * Everything the model knows becomes editable: course fields and files, sections, activities of
 * the modelled kinds with completion, restrictions (cm and grade item ids mapped to NodeIds,
 * legacy 2.6 availability fields turned into conditions), files, the question bank (3.x flat and
 * 4.x bank-entry formats), quiz slots including random ones (QuizSlot::random) and course
 * completion. An activity of any other module is kept opaque (OpaqueSettings: every file of its
 * backup directory) so that the exporter writes it back unchanged; a question of another type
 * keeps its plugin XML. Course and activity data the model does not edit is kept in the nodes'
 * extra JSON and written back unchanged: "keptFiles" (blocks, filters, calendar events,
 * comments, competencies, completion defaults), "courseXml"/"moduleXml"/"sectionXml"/
 * "questionXml" (tags, custom fields, format options as raw XML), and a 4.5 subsection's
 * delegated section ("delegatedBy", "parentActivity"). report().kept lists all of it; what
 * cannot be kept (role overrides, the gradebook set-up, groups, blocks' files, …) is in
 * report().warnings too, with KeptItem::keptOnExport false where it is a kept item's kind.
 *
 * The whole tree is built first and replaces the document's content in one transaction
 * (CourseDocument::resetContent), so nothing is half-imported. Media are streamed from the
 * extracted archive into the project's media store. The input file is only read.
 *
 * Errors: import() returns false with a translated message naming the backup and, for XML, the
 * file and line; the document's content is then unchanged.
 */
class MbzImporter
{
    Q_DECLARE_TR_FUNCTIONS(MbzImporter)

public:
    explicit MbzImporter(const QString &fileName, const ArchiveLimits &limits = {});

    bool import(CourseDocument *document, QString *errorString = nullptr);

    const ImportReport &report() const { return m_report; }
    QString errorString() const { return m_errorString; }

    void setProgressCallback(ImportProgress progress) { m_progress = std::move(progress); }
    /** When *cancel becomes true the import stops at the next step and fails. Not owned. */
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

private:
    QString m_fileName;
    ArchiveLimits m_limits;
    ImportReport m_report;
    QString m_errorString;
    ImportProgress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace Parcours
