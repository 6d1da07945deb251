// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Parcours {

class CourseStore;

/** One snapshot of a project file. */
struct SnapshotInfo
{
    QString path;
    /** When it was taken, to the minute (from its name). */
    QDateTime created;
    /** The optional label the user gave it. */
    QString label;
    qint64 size = 0;
};

/**
 * Dated copies of a project file, kept in a folder next to it: the snapshots of
 * "Cycle 1.parcours" are "Cycle 1.snapshots/2026-11-23 18-04 — label.parcours". A snapshot is
 * a complete project file written with CourseStore::backupTo() and made write-protected, so
 * that opening it shows it read-only and it never changes. No widgets: the dialog is
 * SnapshotsDialog.
 */
class Snapshots
{
    Q_DECLARE_TR_FUNCTIONS(Snapshots)

public:
    /** The folder that holds the snapshots of projectPath. */
    static QString folderFor(const QString &projectPath);
    /**
     * The file name of a snapshot taken at time with label ("2026-11-23 18-04 — label.parcours",
     * or without " — label" when it is empty). Characters that file systems refuse are replaced.
     */
    static QString fileName(const QDateTime &time, const QString &label);
    /** Reads time and label back from a snapshot's file name; false when it is not one. */
    static bool parseFileName(const QString &fileName, QDateTime *time, QString *label);

    /**
     * Copies the project store into a new snapshot taken at time (a second snapshot with the
     * same name gets " (2)"). Its path goes to *path.
     */
    static bool create(const CourseStore &store,
        const QString &label,
        const QDateTime &time,
        QString *path,
        QString *errorString = nullptr);
    /** The snapshots of projectPath, newest first. */
    static QList<SnapshotInfo> list(const QString &projectPath);
    /** Deletes a snapshot (and what SQLite may have left beside it). */
    static bool remove(const QString &snapshotPath, QString *errorString = nullptr);
    /**
     * Replaces the project file at projectPath with a copy of snapshotPath. The project must not
     * be open (its document closed). Nothing is changed when the copy fails.
     */
    static bool restore(
        const QString &snapshotPath, const QString &projectPath, QString *errorString = nullptr);
};

} // namespace Parcours
