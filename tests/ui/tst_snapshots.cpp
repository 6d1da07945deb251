// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "ui/messagebox.h"
#include "ui/snapshots.h"
#include "ui/snapshotsdialog.h"

#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** Snapshots of a project file (names, copies, list, delete, restore) and their dialog. */
class TestSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileNameRoundTrip_data();
    void fileNameRoundTrip();
    void createWritesAProtectedCopy();
    void listIsNewestFirst();
    void restoreReplacesTheProject();
    void dialogListsAndDeletes();
    void dialogOpenAndRestoreChoices();

private:
    std::unique_ptr<CourseDocument> makeDocument(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSnapshots::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSnapshots::cleanup()
{
    MessageBox::clearNextAnswer();
}

std::unique_ptr<CourseDocument> TestSnapshots::makeDocument(const QString &title)
{
    auto doc = CourseDocument::create(m_dir->filePath(u"cycle 1.parcours"_s));
    if (doc) {
        SetNodeField<Course, QString>::push(
            doc.get(), doc->course(), &CourseData::title, title, NodeField::Name, u"T"_s);
    }
    return doc;
}

void TestSnapshots::fileNameRoundTrip_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("readBack");
    QTest::newRow("no label") << QString() << u"2026-11-23 18-04.parcours"_s << QString();
    QTest::newRow("label") << u"Version validée"_s
                           << u"2026-11-23 18-04 — Version validée.parcours"_s
                           << u"Version validée"_s;
    QTest::newRow("forbidden characters")
        << u"avant/après: v2?"_s << u"2026-11-23 18-04 — avant-après- v2-.parcours"_s
        << u"avant-après- v2-"_s;
    QTest::newRow("trailing dots and spaces")
        << u"  fin... "_s << u"2026-11-23 18-04 — fin.parcours"_s << u"fin"_s;
}

void TestSnapshots::fileNameRoundTrip()
{
    QFETCH(QString, label);
    QFETCH(QString, fileName);
    QFETCH(QString, readBack);
    const QDateTime time(QDate(2026, 11, 23), QTime(18, 4, 37));
    QCOMPARE(Snapshots::fileName(time, label), fileName);
    QDateTime parsedTime;
    QString parsedLabel;
    QVERIFY(Snapshots::parseFileName(fileName, &parsedTime, &parsedLabel));
    QCOMPARE(parsedTime, QDateTime(QDate(2026, 11, 23), QTime(18, 4)));
    QCOMPARE(parsedLabel, readBack);
    // A second snapshot of the same minute reads back the same.
    QVERIFY(Snapshots::parseFileName(
        fileName.chopped(9) + u" (2).parcours"_s, &parsedTime, &parsedLabel));
    QCOMPARE(parsedLabel, readBack);
    QVERIFY(!Snapshots::parseFileName(u"notes.parcours"_s, &parsedTime, &parsedLabel));
}

void TestSnapshots::createWritesAProtectedCopy()
{
    auto doc = makeDocument(u"Cycle 1"_s);
    QVERIFY(doc);
    const QDateTime time(QDate(2026, 11, 23), QTime(18, 4));
    QString path;
    QString error;
    QVERIFY2(Snapshots::create(*doc->store(), u"avant"_s, time, &path, &error), qPrintable(error));
    QCOMPARE(path, m_dir->filePath(u"cycle 1.snapshots/2026-11-23 18-04 — avant.parcours"_s));
    QVERIFY(!(QFile::permissions(path) & QFile::WriteOwner));
    // The same minute and label again: a second file, not a replaced one.
    QString second;
    QVERIFY(Snapshots::create(*doc->store(), u"avant"_s, time, &second, &error));
    QCOMPARE(QFileInfo(second).fileName(), u"2026-11-23 18-04 — avant (2).parcours"_s);
    // The copy holds the parcours and opens read-only when asked.
    auto copy = CourseDocument::open(path, &error, true);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(copy->isReadOnly());
    QCOMPARE(copy->course()->data().title, u"Cycle 1"_s);
}

void TestSnapshots::listIsNewestFirst()
{
    auto doc = makeDocument(u"Cycle 1"_s);
    const QDateTime day(QDate(2026, 11, 23), QTime(9, 0));
    QVERIFY(Snapshots::create(*doc->store(), u"matin"_s, day, nullptr));
    QVERIFY(Snapshots::create(*doc->store(), QString(), day.addSecs(3600 * 8), nullptr));
    QVERIFY(Snapshots::create(*doc->store(), u"midi"_s, day.addSecs(3600 * 3), nullptr));
    // Other files in the folder are not snapshots.
    QFile other(QDir(Snapshots::folderFor(doc->filePath())).filePath(u"notes.txt"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    const QList<SnapshotInfo> list = Snapshots::list(doc->filePath());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).label, QString());
    QCOMPARE(list.at(0).created, day.addSecs(3600 * 8));
    QCOMPARE(list.at(1).label, u"midi"_s);
    QCOMPARE(list.at(2).label, u"matin"_s);
    QVERIFY(list.at(2).size > 0);
    QVERIFY(Snapshots::list(m_dir->filePath(u"autre.parcours"_s)).isEmpty());
}

void TestSnapshots::restoreReplacesTheProject()
{
    auto doc = makeDocument(u"Première version"_s);
    QString snapshot;
    QVERIFY(Snapshots::create(*doc->store(), QString(), QDateTime::currentDateTime(), &snapshot));
    SetNodeField<Course, QString>::push(doc.get(), doc->course(), &CourseData::title,
        u"Seconde version"_s, NodeField::Name, u"T"_s);
    const QString project = doc->filePath();
    doc.reset();
    QString error;
    QVERIFY2(Snapshots::restore(snapshot, project, &error), qPrintable(error));
    auto restored = CourseDocument::open(project, &error);
    QVERIFY2(restored, qPrintable(error));
    QVERIFY(!restored->isReadOnly());
    QCOMPARE(restored->course()->data().title, u"Première version"_s);
    // The snapshot is still there, unchanged.
    QCOMPARE(Snapshots::list(project).size(), 1);
}

void TestSnapshots::dialogListsAndDeletes()
{
    auto doc = makeDocument(u"Cycle 1"_s);
    const QDateTime day(QDate(2026, 11, 23), QTime(9, 0));
    QString older;
    QString newer;
    QVERIFY(Snapshots::create(*doc->store(), u"matin"_s, day, &older));
    QVERIFY(Snapshots::create(*doc->store(), u"soir"_s, day.addSecs(3600 * 9), &newer));

    SnapshotsDialog dialog(doc->filePath(), true);
    auto *tree = dialog.findChild<QTreeWidget *>(u"snapshotsTreeWidget"_s);
    QCOMPARE(dialog.count(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(1), u"soir"_s);
    QVERIFY(!tree->topLevelItem(0)->text(2).isEmpty());
    QCOMPARE(dialog.selectedPath(), newer);

    auto *deleteButton = dialog.findChild<QPushButton *>(u"deleteSnapshotButton"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    deleteButton->click();
    QCOMPARE(dialog.count(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    deleteButton->click();
    QVERIFY(MessageBox::lastText().contains(u"soir"_s));
    QCOMPARE(dialog.count(), 1);
    QVERIFY(!QFile::exists(newer));
    QCOMPARE(dialog.selectedPath(), older);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    deleteButton->click();
    // Nothing left: a line says how to make one, and the buttons are off.
    QCOMPARE(dialog.selectedPath(), QString());
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"restoreSnapshotButton"_s)->isEnabled());
}

void TestSnapshots::dialogOpenAndRestoreChoices()
{
    auto doc = makeDocument(u"Cycle 1"_s);
    QString path;
    QVERIFY(Snapshots::create(*doc->store(), u"matin"_s, QDateTime::currentDateTime(), &path));
    {
        SnapshotsDialog dialog(doc->filePath(), true);
        dialog.findChild<QPushButton *>(u"restoreSnapshotButton"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.action(), SnapshotsDialog::Action::Restore);
        QCOMPARE(dialog.selectedPath(), path);
    }
    {
        // A read-only parcours cannot be restored, only looked at.
        SnapshotsDialog dialog(doc->filePath(), false);
        auto *restore = dialog.findChild<QPushButton *>(u"restoreSnapshotButton"_s);
        QVERIFY(!restore->isEnabled());
        auto *tree = dialog.findChild<QTreeWidget *>(u"snapshotsTreeWidget"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(dialog.action(), SnapshotsDialog::Action::Open);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
}

QTEST_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
