// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace Parcours {

class CourseDocument;

/** One finding of an export: an error stops it, a warning goes into the report. */
struct Issue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    /** Translated, self-contained message. */
    QString message;
    /** The node concerned, 0 for the whole parcours. */
    NodeId node = 0;
};

/** What an export found; shown in a list pane by the UI, printed by the CLI. */
struct ExportReport
{
    QList<Issue> issues;

    bool hasErrors() const
    {
        for (const Issue &issue : issues) {
            if (issue.severity == Issue::Severity::Error)
                return true;
        }
        return false;
    }
    void warn(const QString &message, NodeId node = 0)
    {
        issues.append({Issue::Severity::Warning, message, node});
    }
    void error(const QString &message, NodeId node = 0)
    {
        issues.append({Issue::Severity::Error, message, node});
    }
};

/**
 * Progress of an export: done out of total work units (bytes of archive content). Called on the
 * exporting thread; return quickly.
 */
using ExportProgress = std::function<void(qint64 done, qint64 total)>;

/**
 * A file format the parcours can be exported to (Tiled's FileFormat). An exporter is used from
 * one thread at a time; the GUI runs it off the GUI thread and stops it through the cancel flag.
 *
 * Error contract: write() returns false and errorString() says why (translated, naming the file);
 * report() holds the validation findings of the last write(), errors and warnings.
 */
class Exporter
{
public:
    virtual ~Exporter() = default;

    /** Translated name, for menus. */
    virtual QString name() const = 0;
    /** File dialog filter, e.g. "Moodle backup (*.mbz)". */
    virtual QString fileFilter() const = 0;
    /**
     * Writes the document to device (open for writing). fileName names the output in messages.
     * Nothing is written when validation finds errors.
     */
    virtual bool write(const CourseDocument &document, QIODevice *device, const QString &fileName)
        = 0;
    /**
     * Writes to path atomically: into a temporary file renamed only when complete. A failed or
     * cancelled export leaves nothing behind.
     */
    bool writeFile(const CourseDocument &document, const QString &path);

    virtual QString errorString() const { return m_errorString; }
    const ExportReport &report() const { return m_report; }

    void setProgressCallback(ExportProgress progress) { m_progress = std::move(progress); }
    /** When *cancel becomes true the export stops at the next step and fails. Not owned. */
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

protected:
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    QString m_errorString;
    ExportReport m_report;
    ExportProgress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace Parcours
