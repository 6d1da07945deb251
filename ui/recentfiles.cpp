// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {
const QString FilesKey = u"RecentFiles/Files"_s;
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentFiles::files() const
{
    return QSettings().value(FilesKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    setFiles(list.mid(0, maxCount()));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        setFiles(list);
}

void RecentFiles::removeMissing()
{
    QStringList list = files();
    list.removeIf([](const QString &file) { return !QFileInfo::exists(file); });
    setFiles(list);
}

void RecentFiles::clear()
{
    setFiles({});
}

void RecentFiles::setFiles(const QStringList &list)
{
    QSettings settings;
    if (settings.value(FilesKey).toStringList() == list)
        return;
    settings.setValue(FilesKey, list);
    Q_EMIT changed();
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    bool missing = false;
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        const QFileInfo info(path);
        // "&1 Cycle 1.parcours" … "1&0 …": a digit to press for each of the ten.
        const QString number = i < 9 ? u"&%1"_s.arg(i + 1) : u"1&0"_s;
        QString name = info.fileName();
        name.replace(u'&', u"&&"_s);
        QAction *action = menu->addAction(u"%1 %2"_s.arg(number, name));
        action->setObjectName(u"recentFileAction%1"_s.arg(i));
        action->setData(path);
        const QString native = QDir::toNativeSeparators(path);
        if (info.exists()) {
            action->setToolTip(native);
            action->setStatusTip(native);
            connect(
                action, &QAction::triggered, this, [this, path] { Q_EMIT fileActivated(path); });
        } else {
            missing = true;
            action->setEnabled(false);
            action->setToolTip(tr("%1 no longer exists.").arg(native));
            action->setStatusTip(action->toolTip());
        }
    }
    if (list.isEmpty()) {
        QAction *empty = menu->addAction(tr("No recent file"));
        empty->setEnabled(false);
    }
    menu->addSeparator();
    QAction *removeMissingAction
        = menu->addAction(tr("&Remove missing files"), this, &RecentFiles::removeMissing);
    removeMissingAction->setObjectName(u"removeMissingRecentFilesAction"_s);
    removeMissingAction->setEnabled(missing);
    QAction *clearAction = menu->addAction(tr("&Clear the list"), this, &RecentFiles::clear);
    clearAction->setObjectName(u"clearRecentFilesAction"_s);
    clearAction->setEnabled(!list.isEmpty());
    menu->setToolTipsVisible(true);
}

} // namespace Parcours
