// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/archivereader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Parcours {

class CourseDocument;

/** What an import made of a backup; shown by the CLI and the import dialog. */
struct ImportReport
{
    /** Activities the model edits, as "kind: name". */
    QStringList editable;
    /** Activities kept as Moodle wrote them (exported unchanged), as "module: name". */
    QStringList opaque;
    /** Things dropped or changed, translated and self-contained. */
    QStringList warnings;
    int sections = 0;
    int activities = 0;
    int categories = 0;
    int questions = 0;
    int files = 0;
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
 * 4.x bank-entry formats), quiz slots and course completion. An activity of any other module is
 * kept opaque (OpaqueSettings: every file of its backup directory) so that the exporter writes
 * it back unchanged; a question of another type keeps its plugin XML. What cannot be kept
 * (random quiz slots, files of other components, …) is listed in report().warnings.
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
