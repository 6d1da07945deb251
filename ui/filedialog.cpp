// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace Parcours {

namespace {
std::optional<QString> s_nextFileName;
} // namespace

QString FileDialog::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    QString fileName;
    if (takeNextFileName(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

void FileDialog::clearNextFileName()
{
    s_nextFileName.reset();
}

bool FileDialog::takeNextFileName(QString *fileName)
{
    if (!s_nextFileName)
        return false;
    *fileName = *s_nextFileName;
    s_nextFileName.reset();
    return true;
}

} // namespace Parcours
