// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentfiles.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** File → Recent files: order, limit, missing files, the menu. */
class TestRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void mostRecentFirstOnce();
    void keepsTheLastTen();
    void missingFilesAreGreyedThenRemoved();
    void menuOpensAFile();
    void clearEmptiesTheList();

private:
    QString touch(const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecentFiles::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"Parcours Studio Tests"_s);
    QCoreApplication::setApplicationName(u"tst_recentfiles"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestRecentFiles::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestRecentFiles::touch(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    return QFileInfo(path).absoluteFilePath();
}

void TestRecentFiles::mostRecentFirstOnce()
{
    RecentFiles recent;
    QSignalSpy changed(&recent, &RecentFiles::changed);
    const QString a = touch(u"a.parcours"_s);
    const QString b = touch(u"b.parcours"_s);
    recent.add(a);
    recent.add(b);
    recent.add(a);
    QCOMPARE(recent.files(), QStringList({a, b}));
    QCOMPARE(changed.count(), 3);
    // Kept in the settings: another instance sees it.
    QCOMPARE(RecentFiles().files(), QStringList({a, b}));
    // A relative path is stored absolute.
    recent.add(QDir(QDir::currentPath()).relativeFilePath(b));
    QCOMPARE(recent.files(), QStringList({b, a}));
}

void TestRecentFiles::keepsTheLastTen()
{
    RecentFiles recent;
    QStringList added;
    for (int i = 0; i < 13; ++i) {
        added.prepend(touch(u"f%1.parcours"_s.arg(i)));
        recent.add(added.first());
    }
    QCOMPARE(recent.files().size(), RecentFiles::maxCount());
    QCOMPARE(recent.files(), added.mid(0, 10));
    QCOMPARE(recent.files().first(), m_dir->filePath(u"f12.parcours"_s));
}

void TestRecentFiles::missingFilesAreGreyedThenRemoved()
{
    RecentFiles recent;
    const QString kept = touch(u"gardé.parcours"_s);
    const QString gone = touch(u"parti.parcours"_s);
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    QMenu menu;
    recent.fillMenu(&menu);
    auto *first = menu.findChild<QAction *>(u"recentFileAction0"_s);
    auto *second = menu.findChild<QAction *>(u"recentFileAction1"_s);
    QVERIFY(first && second);
    QVERIFY(!first->isEnabled());
    QVERIFY(first->toolTip().contains(u"no longer exists"_s));
    QVERIFY(second->isEnabled());
    QCOMPARE(second->text(), u"&2 gardé.parcours"_s);
    auto *removeMissing = menu.findChild<QAction *>(u"removeMissingRecentFilesAction"_s);
    QVERIFY(removeMissing->isEnabled());
    removeMissing->trigger();
    QCOMPARE(recent.files(), QStringList {kept});
    recent.fillMenu(&menu);
    QVERIFY(!menu.findChild<QAction *>(u"removeMissingRecentFilesAction"_s)->isEnabled());
}

void TestRecentFiles::menuOpensAFile()
{
    RecentFiles recent;
    const QString path = touch(u"R&D.parcours"_s);
    recent.add(path);
    QMenu menu;
    recent.fillMenu(&menu);
    QSignalSpy activated(&recent, &RecentFiles::fileActivated);
    auto *action = menu.findChild<QAction *>(u"recentFileAction0"_s);
    // The & of the name is shown, not taken as a mnemonic.
    QCOMPARE(action->text(), u"&1 R&&D.parcours"_s);
    action->trigger();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), path);
}

void TestRecentFiles::clearEmptiesTheList()
{
    RecentFiles recent;
    recent.add(touch(u"a.parcours"_s));
    QMenu menu;
    recent.fillMenu(&menu);
    menu.findChild<QAction *>(u"clearRecentFilesAction"_s)->trigger();
    QVERIFY(recent.files().isEmpty());
    recent.fillMenu(&menu);
    QVERIFY(!menu.findChild<QAction *>(u"clearRecentFilesAction"_s)->isEnabled());
    QVERIFY(!menu.findChild<QAction *>(u"recentFileAction0"_s));
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
