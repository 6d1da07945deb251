// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/exporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Parcours {

namespace {

class FileErrors
{
    Q_DECLARE_TR_FUNCTIONS(FileErrors)

public:
    static QString cannotCreate(const QString &path, const QString &reason)
    {
        return tr("Could not create %1: %2. Choose another folder or free some space.")
            .arg(path, reason);
    }
    static QString cannotCommit(const QString &path, const QString &reason)
    {
        return tr("Could not finish writing %1: %2. Nothing was written.").arg(path, reason);
    }
};

} // namespace

bool Exporter::writeFile(const CourseDocument &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_report = {};
        m_errorString = FileErrors::cannotCreate(path, file.errorString());
        return false;
    }
    if (!write(document, &file, path)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_errorString = FileErrors::cannotCommit(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Parcours
