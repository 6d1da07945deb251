// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Parcours {

/**
 * File → Recent files: the last parcours opened, most recent first, at most maxCount(), kept
 * in QSettings ("RecentFiles/Files"). The menu it fills lists them with a number mnemonic; a
 * file that no longer exists is greyed (with a tooltip saying so) and "Remove missing files"
 * and "Clear the list" end the menu.
 */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    static constexpr int maxCount() { return 10; }

    /** The files, most recent first. */
    QStringList files() const;
    /** Puts path first (absolute, once), dropping the oldest beyond maxCount(). */
    void add(const QString &path);
    void remove(const QString &path);
    /** Drops the files that no longer exist. */
    void removeMissing();
    void clear();

    /** Fills menu with the list (call it from QMenu::aboutToShow so that it is current). */
    void fillMenu(QMenu *menu);

Q_SIGNALS:
    /** A file of the menu was chosen. */
    void fileActivated(const QString &path);
    void changed();

private:
    void setFiles(const QStringList &files);
};

} // namespace Parcours
