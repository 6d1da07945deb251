// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filedialog.h"

#include <QFileDialog>

namespace Parcours {

namespace {
/** Answers queued by tests, used first to last. */
QStringList s_nextFileNames;
} // namespace

QString FileDialog::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    QString fileName;
    if (takeNextFileName(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    QString fileName;
    if (takeNextFileName(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, path, filter);
}

QStringList FileDialog::getOpenFileNames(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    QString fileNames;
    if (takeNextFileName(&fileNames))
        return fileNames.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, path, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    setNextFileNames({fileName});
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    s_nextFileNames = fileNames;
}

void FileDialog::setNextFileSelection(const QStringList &fileNames)
{
    setNextFileNames({fileNames.join(QLatin1Char('\n'))});
}

void FileDialog::clearNextFileName()
{
    s_nextFileNames.clear();
}

bool FileDialog::takeNextFileName(QString *fileName)
{
    if (s_nextFileNames.isEmpty())
        return false;
    *fileName = s_nextFileNames.takeFirst();
    return true;
}

} // namespace Parcours
