// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/snapshots.h"

#include "core/storage/coursestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const QString TimeFormat = u"yyyy-MM-dd HH-mm"_s;
const QString Separator = u" — "_s;
const QString Suffix = u".parcours"_s;

} // namespace

QString Snapshots::folderFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(info.completeBaseName() + u".snapshots"_s);
}

QString Snapshots::fileName(const QDateTime &time, const QString &label)
{
    QString name = time.toString(TimeFormat);
    QString clean = label.simplified();
    // What Windows, macOS or Linux refuse in a name, and control characters.
    static const QRegularExpression forbidden(u"[<>:\"/\\\\|?*\\x00-\\x1f]"_s);
    clean.replace(forbidden, u"-"_s);
    while (clean.endsWith(u'.') || clean.endsWith(u' '))
        clean.chop(1);
    if (!clean.isEmpty())
        name += Separator + clean.left(80);
    return name + Suffix;
}

bool Snapshots::parseFileName(const QString &fileName, QDateTime *time, QString *label)
{
    if (!fileName.endsWith(Suffix))
        return false;
    QString base = fileName.chopped(Suffix.size());
    // " (2)" added for a second snapshot of the same minute and label.
    static const QRegularExpression counter(u" \\(\\d+\\)$"_s);
    base.remove(counter);
    const QDateTime parsed = QDateTime::fromString(base.left(TimeFormat.size()), TimeFormat);
    if (!parsed.isValid())
        return false;
    const QString rest = base.mid(TimeFormat.size());
    if (!rest.isEmpty() && !rest.startsWith(Separator))
        return false;
    *time = parsed;
    *label = rest.mid(Separator.size());
    return true;
}

bool Snapshots::create(const CourseStore &store,
    const QString &label,
    const QDateTime &time,
    QString *path,
    QString *errorString)
{
    const QString folder = folderFor(store.filePath());
    if (!QDir().mkpath(folder)) {
        if (errorString) {
            *errorString = tr("The folder %1 cannot be created for the snapshot.")
                               .arg(QDir::toNativeSeparators(folder));
        }
        return false;
    }
    const QString name = fileName(time, label);
    QString target = QDir(folder).filePath(name);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(name.chopped(Suffix.size()) + u" (%1)"_s.arg(n) + Suffix);
    if (!store.backupTo(target, errorString))
        return false;
    // A snapshot never changes: opening it shows it read-only.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (path)
        *path = target;
    return true;
}

QList<SnapshotInfo> Snapshots::list(const QString &projectPath)
{
    QList<SnapshotInfo> snapshots;
    const QDir folder(folderFor(projectPath));
    const QFileInfoList files = folder.entryInfoList({u"*.parcours"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        SnapshotInfo info;
        if (!parseFileName(file.fileName(), &info.created, &info.label))
            continue;
        info.path = file.absoluteFilePath();
        info.size = file.size();
        snapshots.append(info);
    }
    std::stable_sort(snapshots.begin(), snapshots.end(),
        [](const SnapshotInfo &a, const SnapshotInfo &b) { return a.created > b.created; });
    return snapshots;
}

bool Snapshots::remove(const QString &snapshotPath, QString *errorString)
{
    // Windows refuses to delete a write-protected file.
    QFile::setPermissions(snapshotPath, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::remove(snapshotPath)) {
        if (errorString) {
            *errorString = tr("The snapshot %1 cannot be deleted: it may be open in another "
                              "window, or the folder is write-protected.")
                               .arg(QDir::toNativeSeparators(snapshotPath));
        }
        QFile::setPermissions(snapshotPath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        return false;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(snapshotPath + suffix);
    return true;
}

bool Snapshots::restore(
    const QString &snapshotPath, const QString &projectPath, QString *errorString)
{
    std::unique_ptr<CourseStore> snapshot = CourseStore::open(snapshotPath, true, errorString);
    if (!snapshot)
        return false;
    return snapshot->backupTo(projectPath, errorString);
}

} // namespace Parcours
