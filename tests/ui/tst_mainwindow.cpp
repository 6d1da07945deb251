// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/export/mbzexporter.h"
#include "core/model/coursedocument.h"
#include "core/models/coursetreemodel.h"
#include "core/tools/generator.h"
#include "core/tools/summary.h"
#include "ui/filedialog.h"
#include "ui/forms/formpane.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/preferences.h"
#include "ui/questions/questionform.h"
#include "ui/quiz/questionbankview.h"
#include "ui/recentfiles.h"
#include "ui/reportview.h"
#include "ui/snapshots.h"
#include "ui/taskrunner.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {
/** Deletes a project file and what SQLite leaves beside it. */
void removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(path + suffix);
}
} // namespace

/** The main window: opening, the structure tree, undo from the Edit menu, the title. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStructureExpanded();
    void renameInTheTreeIsUndoable();
    void renameWithTheKeyboard();
    void titleFollowsTheParcours();
    void openFailureNamesTheFile();
    void readOnlyFileIsMarked();
    void frenchTranslationIsBundled();
    void newCreatesAndOpensAParcours();
    void newDoesNotReplaceTheOpenFile();
    void saveAsContinuesOnTheCopy();
    void snapshotCreateListRestore();
    void snapshotOpensReadOnly();
    void recentFilesFollowOpening();
    void importBackupThroughTheMenu();
    void importCancelLeavesNoFile();
    void importOfABrokenBackupLeavesNothing();
    void importQuestionsIsOneUndoStep();
    void exportQuestionsWritesTheBank();
    void windowStateIsRemembered();
    void toolbarActionsAreNamed();
    void f6CyclesThePanes();
    void everyMenuActionIsReachableByKeyboard();
    void questionBankDockEditsAQuestion();

private:
    /** A parcours "Accueillir en maternelle": two sections, three activities. */
    QString makeParcours(const QString &name);

    /** The project files (*.parcours*) in the test folder. */
    QStringList parcoursFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settingsDir;
    QStringList m_messages;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"Parcours Studio Tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_messages.clear();
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    FileDialog::clearNextFileName();
    MessageBox::clearNextAnswer();
}

QStringList TestMainWindow::parcoursFiles() const
{
    // The files SQLite and the lock keep beside an open file are not counted.
    QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeIf([](const QString &name) {
        return name.endsWith(u".mbz"_s) || name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s)
            || name.endsWith(u".lock"_s);
    });
    return files;
}

QString TestMainWindow::makeParcours(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto doc = CourseDocument::create(path);
    if (!doc)
        return {};
    CourseDocument *d = doc.get();
    SetNodeField<Course, QString>::push(d, d->course(), &CourseData::title,
        u"Accueillir en maternelle"_s, NodeField::Name, u"Title"_s);
    Node *s1 = pushAddNode(d, d->course(), 0, newSection(d));
    Node *s2 = pushAddNode(d, d->course(), 1, newSection(d));
    pushAddNode(d, s1, 0, newActivity(d, ActivityKind::Page));
    pushAddNode(d, s1, 1, newActivity(d, ActivityKind::Quiz));
    pushAddNode(d, s2, 0, newActivity(d, ActivityKind::Forum));
    return path;
}

void TestMainWindow::showsTheStructureExpanded()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"a.parcours"_s)));
    window.show();
    auto *view = window.findChild<QTreeView *>(u"structureTreeView"_s);
    QVERIFY(view);
    QVERIFY(qobject_cast<CourseTreeModel *>(view->model()));
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowCount(model->index(0, 0)), 2);
    QVERIFY(view->isExpanded(model->index(0, 0)));
    QVERIFY(view->isExpanded(model->index(1, 0)));
    QCOMPARE(model->index(1, 0, model->index(0, 0)).data().toString(), u"New quiz"_s);
    // A section added later is expanded too.
    CourseDocument *doc = window.document();
    Node *s3 = pushAddNode(doc, doc->course(), 2, newSection(doc));
    pushAddNode(doc, s3, 0, newActivity(doc, ActivityKind::Page));
    QVERIFY(view->isExpanded(model->index(2, 0)));
}

void TestMainWindow::renameInTheTreeIsUndoable()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"b.parcours"_s)));
    auto *view = window.findChild<QTreeView *>(u"structureTreeView"_s);
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    auto *redo = window.findChild<QAction *>(u"redoAction"_s);
    QVERIFY(view && undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());

    QAbstractItemModel *model = view->model();
    const QModelIndex page = model->index(0, 0, model->index(0, 0));
    QVERIFY(model->flags(page) & Qt::ItemIsEditable);
    QVERIFY(model->setData(page, u"Bienvenue"_s));
    QCOMPARE(page.data().toString(), u"Bienvenue"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(u"Rename activity"_s));

    undo->trigger();
    QCOMPARE(page.data().toString(), u"New page"_s);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(page.data().toString(), u"Bienvenue"_s);

    // The rename is in the file: a new window sees it.
    const QString path = window.document()->filePath();
    window.openFile(makeParcours(u"other.parcours"_s));
    MainWindow second;
    QVERIFY(second.openFile(path));
    QAbstractItemModel *secondModel
        = second.findChild<QTreeView *>(u"structureTreeView"_s)->model();
    QCOMPARE(secondModel->index(0, 0, secondModel->index(0, 0)).data().toString(), u"Bienvenue"_s);
}

void TestMainWindow::renameWithTheKeyboard()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"keys.parcours"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *view = window.findChild<QTreeView *>(u"structureTreeView"_s);
    QAbstractItemModel *model = view->model();
    const QModelIndex forum = model->index(0, 0, model->index(1, 0));
    view->setFocus();
    view->setCurrentIndex(forum);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Forum des stagiaires"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from a queued call.
    QTRY_COMPARE(forum.data().toString(), u"Forum des stagiaires"_s);
    QCOMPARE(window.document()->undoStack()->count(), 1);

    // Ctrl+Z, the Edit → Undo shortcut.
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(forum.data().toString(), u"New forum"_s);
}

void TestMainWindow::titleFollowsTheParcours()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), u"Parcours Studio"_s);
    QVERIFY(window.openFile(makeParcours(u"c.parcours"_s)));
    QCOMPARE(window.windowTitle(), u"Accueillir en maternelle — Parcours Studio"_s);
    CourseDocument *doc = window.document();
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::title, u"Cycle 1"_s, NodeField::Name, u"Title"_s)));
    QCOMPARE(window.windowTitle(), u"Cycle 1 — Parcours Studio"_s);
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(window.windowTitle(), u"Accueillir en maternelle — Parcours Studio"_s);
    // Without a title, the file name.
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::title, QString(), NodeField::Name, u"Title"_s)));
    QCOMPARE(window.windowTitle(), u"c — Parcours Studio"_s);
}

void TestMainWindow::openFailureNamesTheFile()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    QVERIFY(window.openFile(makeParcours(u"good.parcours"_s)));
    CourseDocument *before = window.document();
    QVERIFY(!window.openFile(m_dir->filePath(u"absent.parcours"_s)));
    QCOMPARE(m_messages.size(), 2);
    QVERIFY(m_messages.at(1).contains(u"absent.parcours"_s));
    // The open parcours stays.
    QCOMPARE(window.document(), before);
    QCOMPARE(window.windowTitle(), u"Accueillir en maternelle — Parcours Studio"_s);
}

void TestMainWindow::readOnlyFileIsMarked()
{
    const QString path = makeParcours(u"shared.parcours"_s);
    auto holder = CourseDocument::open(path);
    QVERIFY(holder && !holder->isReadOnly());
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.document()->isReadOnly());
    QCOMPARE(window.windowTitle(), u"Accueillir en maternelle [read-only] — Parcours Studio"_s);
    QAbstractItemModel *model = window.findChild<QTreeView *>(u"structureTreeView"_s)->model();
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
}

void TestMainWindow::frenchTranslationIsBundled()
{
    // What main() loads when the system speaks French.
    QTranslator translator;
    QVERIFY(translator.load(
        QLocale(QLocale::French, QLocale::France), u"parcours"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(translator.language(), u"fr_FR"_s);
}

void TestMainWindow::newCreatesAndOpensAParcours()
{
    Preferences::setAuthorName(u"Marie Dupont"_s);
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    auto *newAction = window.findChild<QAction *>(u"newAction"_s);
    QVERIFY(newAction);
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
    // The dialog's answer without the suffix: it is added.
    FileDialog::setNextFileName(m_dir->filePath(u"nouveau"_s));
    newAction->trigger();
    QVERIFY2(window.document(), qPrintable(m_messages.join(u'\n')));
    const QString path = m_dir->filePath(u"nouveau.parcours"_s);
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(path));
    QCOMPARE(window.document()->course()->data().title, u"New parcours"_s);
    QCOMPARE(window.document()->course()->childCount(), 1);
    QCOMPARE(
        window.document()->course()->data().indexation.authors, QStringList {u"Marie Dupont"_s});
    QCOMPARE(window.windowTitle(), u"New parcours — Parcours Studio"_s);
    // No dialog about saving: the status bar says it once.
    QVERIFY(window.statusBar()->currentMessage().contains(u"No need to save"_s));
    QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.findChild<QAction *>(u"saveAsAction"_s)->isEnabled());
    // It is on disk: another reader sees it.
    auto reader = CourseDocument::open(path);
    QVERIFY(reader);
    QCOMPARE(reader->course()->childCount(), 1);
    // Cancelling the dialog changes nothing.
    CourseDocument *before = window.document();
    FileDialog::setNextFileName(QString());
    newAction->trigger();
    QCOMPARE(window.document(), before);
    QVERIFY(m_messages.isEmpty());
}

void TestMainWindow::newDoesNotReplaceTheOpenFile()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    const QString path = makeParcours(u"ouvert.parcours"_s);
    QVERIFY(window.openFile(path));
    CourseDocument *before = window.document();
    QVERIFY(!window.newFile(path));
    QCOMPARE(window.document(), before);
    QCOMPARE(m_messages.size(), 2);
    QVERIFY(m_messages.at(1).contains(u"ouvert.parcours"_s));
    QCOMPARE(before->course()->childCount(), 2);

    // Nor a file another window has open.
    const QString busy = makeParcours(u"occupé.parcours"_s);
    auto holder = CourseDocument::open(busy);
    QVERIFY(holder && !holder->isReadOnly());
    m_messages.clear();
    QVERIFY(!window.newFile(busy));
    QVERIFY(m_messages.value(1).contains(u"occupé.parcours"_s));
    QCOMPARE(holder->course()->childCount(), 2);
    QVERIFY(!holder->isReadOnly());
    QVERIFY((SetNodeField<Course, QString>::push(holder.get(), holder->course(), &CourseData::title,
        u"Toujours là"_s, NodeField::Name, u"T"_s)));
    holder.reset();
    QVERIFY(QFile::remove(busy));

    // Replacing another existing file (the dialog asked) leaves no trace of the old one.
    const QString other = makeParcours(u"autre.parcours"_s);
    QVERIFY(window.newFile(other));
    QCOMPARE(window.document()->course()->childCount(), 1);
    QCOMPARE(parcoursFiles(), QStringList({u"autre.parcours"_s, u"ouvert.parcours"_s}));
}

void TestMainWindow::saveAsContinuesOnTheCopy()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    const QString original = makeParcours(u"original.parcours"_s);
    QVERIFY(window.openFile(original));
    CourseDocument *doc = window.document();
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::title, u"Avant la copie"_s, NodeField::Name, u"T"_s)));

    auto *saveAs = window.findChild<QAction *>(u"saveAsAction"_s);
    QCOMPARE(saveAs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    const QString copy = m_dir->filePath(u"copie.parcours"_s);
    FileDialog::setNextFileName(copy);
    saveAs->trigger();
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(copy));
    QCOMPARE(window.windowTitle(), u"Avant la copie — Parcours Studio"_s);
    QVERIFY(window.statusBar()->currentMessage().contains(u"undo history starts afresh"_s));
    QCOMPARE(window.document()->undoStack()->count(), 0);

    // Editing goes on in the copy; the original keeps its state.
    doc = window.document();
    QVERIFY(!doc->isReadOnly());
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::title, u"Après la copie"_s, NodeField::Name, u"T"_s)));
    auto originalDoc = CourseDocument::open(original);
    QVERIFY(originalDoc && !originalDoc->isReadOnly());
    QCOMPARE(originalDoc->course()->data().title, u"Avant la copie"_s);
    QCOMPARE(originalDoc->course()->childCount(), 2);
    auto copyDoc = CourseDocument::open(copy);
    QVERIFY(copyDoc);
    QCOMPARE(copyDoc->course()->data().title, u"Après la copie"_s);
    QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(copy).absoluteFilePath());
}

void TestMainWindow::snapshotCreateListRestore()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    const QString path = makeParcours(u"cycle.parcours"_s);
    QVERIFY(window.openFile(path));
    QString snapshot;
    QVERIFY(window.createSnapshot(u"Version validée"_s, &snapshot));
    QCOMPARE(QFileInfo(snapshot).absolutePath(), m_dir->filePath(u"cycle.snapshots"_s));
    QVERIFY(snapshot.endsWith(u" — Version validée.parcours"_s));
    QList<SnapshotInfo> snapshots = Snapshots::list(path);
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots.first().label, u"Version validée"_s);
    QVERIFY(snapshots.first().size > 0);

    CourseDocument *doc = window.document();
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::title, u"Modifié"_s, NodeField::Name, u"T"_s)));
    pushRemoveNode(doc, doc->course()->childAt(0));

    // Answering No changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!window.restoreSnapshot(snapshot));
    QCOMPARE(window.document()->course()->data().title, u"Modifié"_s);
    QCOMPARE(Snapshots::list(path).size(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY2(window.restoreSnapshot(snapshot), qPrintable(m_messages.join(u'\n')));
    QCOMPARE(window.document()->course()->data().title, u"Accueillir en maternelle"_s);
    QCOMPARE(window.document()->course()->childCount(), 2);
    QVERIFY(!window.document()->isReadOnly());
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(path));

    // The state before the restore is a snapshot too.
    snapshots = Snapshots::list(path);
    QCOMPARE(snapshots.size(), 2);
    const auto before = std::find_if(snapshots.begin(), snapshots.end(),
        [](const SnapshotInfo &s) { return s.label.startsWith(u"Before restoring"_s); });
    QVERIFY(before != snapshots.end());
    auto beforeDoc = CourseDocument::open(before->path);
    QVERIFY(beforeDoc);
    QCOMPARE(beforeDoc->course()->data().title, u"Modifié"_s);
    QCOMPARE(beforeDoc->course()->childCount(), 1);
    QVERIFY(m_messages.isEmpty());
}

void TestMainWindow::snapshotOpensReadOnly()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"apercu.parcours"_s)));
    QString snapshot;
    QVERIFY(window.createSnapshot(QString(), &snapshot));
    QPointer<MainWindow> preview = window.openSnapshot(snapshot);
    QVERIFY(preview);
    QVERIFY(preview->document()->isReadOnly());
    QVERIFY(preview->windowTitle().contains(u"[read-only]"_s));
    QVERIFY(!preview->findChild<QAction *>(u"addSectionAction"_s)->isEnabled());
    // A preview is not a recent file.
    QCOMPARE(window.recentFiles()->files().size(), 1);
    preview->close();
    QTRY_VERIFY(preview.isNull());
}

void TestMainWindow::recentFilesFollowOpening()
{
    MainWindow window;
    const QString a = makeParcours(u"a.parcours"_s);
    const QString b = makeParcours(u"b.parcours"_s);
    QVERIFY(window.openFile(a));
    QVERIFY(window.openFile(b));
    QCOMPARE(window.recentFiles()->files(),
        QStringList({QFileInfo(b).absoluteFilePath(), QFileInfo(a).absoluteFilePath()}));
    auto *menu = window.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    auto *second = menu->findChild<QAction *>(u"recentFileAction1"_s);
    QVERIFY(second);
    QVERIFY(second->text().startsWith(u"&2 a.parcours"_s));
    second->trigger();
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(a));
    QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(a).absoluteFilePath());

    // A file gone is greyed.
    QVERIFY(window.openFile(makeParcours(u"c.parcours"_s)));
    QVERIFY(QFile::remove(b));
    Q_EMIT menu->aboutToShow();
    QAction *gone = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == QFileInfo(b).absoluteFilePath())
            gone = action;
    }
    QVERIFY(gone);
    QVERIFY(!gone->isEnabled());
    QVERIFY(gone->toolTip().contains(u"no longer exists"_s));
    menu->findChild<QAction *>(u"clearRecentFilesAction"_s)->trigger();
    QVERIFY(window.recentFiles()->files().isEmpty());
}

void TestMainWindow::importBackupThroughTheMenu()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    window.show();
    window.taskRunner()->setMinimumDuration(0);
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    connect(
        window.taskRunner(), &TaskRunner::progressChanged, this, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        });
    const QString backup
        = QStringLiteral(TEST_DATA_DIR "/import/moodle26dev_uploadcourse_backup_zip.mbz");
    const QString project = m_dir->filePath(u"importé.parcours"_s);
    FileDialog::setNextFileNames({backup, project});
    window.findChild<QAction *>(u"importAction"_s)->trigger();
    QVERIFY2(window.document(), qPrintable(m_messages.join(u'\n')));
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(project));
    QVERIFY(lastTotal > 0);
    QVERIFY(lastDone > 0);

    auto *dock = window.findChild<QDockWidget *>(u"reportDock"_s);
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->windowTitle(), u"Import report"_s);
    const QString summary
        = window.reportView()->findChild<QLabel *>(u"reportSummaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"moodle26dev_uploadcourse_backup_zip.mbz"_s), qPrintable(summary));
    const CourseSummary counts = CourseSummary::of(*window.document());
    QVERIFY2(summary.contains(u"Editable: %1 section"_s.arg(counts.sections)), qPrintable(summary));
    QVERIFY2(summary.contains(u"not editable: 5 item"_s), qPrintable(summary));
    // The kept items are listed; the glossary's row points at its activity.
    QCOMPARE(counts.activities.value(ActivityKind::Opaque), 1);
    auto *issues = window.reportView()->findChild<QTreeWidget *>();
    QStringList kept;
    QTreeWidgetItem *glossary = nullptr;
    for (int i = 0; i < issues->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = issues->topLevelItem(i);
        if (item->text(0).startsWith(u"Kept unchanged, not editable: "_s))
            kept << item->text(0);
        if (item->text(0).contains(u"Imported Glossary"_s))
            glossary = item;
    }
    QCOMPARE(kept.size(), 5);
    QVERIFY(kept.first().contains(u"calendar_upcoming"_s));
    QVERIFY(glossary);
    QCOMPARE(glossary->text(1), u"Imported Glossary"_s);
    issues->setCurrentItem(glossary);
    Q_EMIT issues->itemActivated(glossary, 0);
    QCOMPARE(window.currentNode()->displayName(), u"Imported Glossary"_s);
    QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(project).absoluteFilePath());
}

void TestMainWindow::importCancelLeavesNoFile()
{
    // A backup large enough to be cancelled while it is read.
    const QString backup = m_dir->filePath(u"grand.mbz"_s);
    {
        const QString source = m_dir->filePath(u"source.parcours"_s);
        auto doc = CourseDocument::create(source);
        QVERIFY(doc);
        GeneratorOptions options;
        options.sections = 2;
        options.activitiesPerSection = 3;
        options.questions = 4;
        options.mediaFiles = 2;
        options.mediaSize = 16 * 1024 * 1024;
        QString error;
        QVERIFY2(Generator::generate(doc.get(), options, &error), qPrintable(error));
        MbzExporter exporter;
        QVERIFY2(exporter.writeFile(*doc, backup), qPrintable(exporter.errorString()));
        doc.reset();
        removeFiles(source);
    }
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    window.show();
    window.taskRunner()->setMinimumDuration(0);
    bool clicked = false;
    connect(window.taskRunner(), &TaskRunner::progressChanged, this, [&](qint64, qint64) {
        QProgressDialog *dialog = window.taskRunner()->progressDialog();
        if (clicked || !dialog)
            return;
        clicked = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
    });
    QVERIFY(!window.importBackup(backup, m_dir->filePath(u"annulé.parcours"_s)));
    QVERIFY(clicked);
    QVERIFY(!window.document());
    QVERIFY(m_messages.isEmpty());
    QVERIFY(window.statusBar()->currentMessage().contains(u"cancelled"_s));
    QCOMPARE(parcoursFiles(), QStringList());
    QCOMPARE(
        QDir(m_dir->path()).entryList({u"annulé*"_s}, QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(window.findChild<QAction *>(u"importAction"_s)->isEnabled());
}

void TestMainWindow::importOfABrokenBackupLeavesNothing()
{
    const QString broken = m_dir->filePath(u"cassé.mbz"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("PK\x03\x04 this is not a backup", 28));
    file.close();
    // The user chose to replace an existing parcours: it comes back untouched.
    const QString existing = makeParcours(u"existant.parcours"_s);
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    QVERIFY(!window.importBackup(broken, existing));
    QCOMPARE(m_messages.size(), 2);
    QCOMPARE(m_messages.at(0), u"Import failed"_s);
    QVERIFY2(m_messages.at(1).contains(u"cassé.mbz"_s), qPrintable(m_messages.at(1)));
    QCOMPARE(parcoursFiles(), QStringList {u"existant.parcours"_s});
    auto doc = CourseDocument::open(existing);
    QVERIFY(doc);
    QCOMPARE(doc->course()->data().title, u"Accueillir en maternelle"_s);

    m_messages.clear();
    QVERIFY(
        !window.importBackup(m_dir->filePath(u"absent.mbz"_s), m_dir->filePath(u"x.parcours"_s)));
    QVERIFY(m_messages.value(1).contains(u"absent.mbz"_s));
    QCOMPARE(parcoursFiles(), QStringList {u"existant.parcours"_s});
    QCOMPARE(QDir(m_dir->path())
                 .entryList({u"x.parcours*"_s, u"*.replaced"_s}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestMainWindow::importQuestionsIsOneUndoStep()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    QVERIFY(window.openFile(makeParcours(u"questions.parcours"_s)));
    QVERIFY(window.findChild<QAction *>(u"importQuestionsAction"_s)->isEnabled());
    QVERIFY(window.importQuestions(QStringLiteral(TEST_DATA_DIR "/questions/francais.gift")));
    const int added = CourseSummary::of(*window.document()).questionCount();
    QVERIFY(added > 0);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(window.statusBar()->currentMessage().contains(u"imported"_s));
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(CourseSummary::of(*window.document()).questionCount(), 0);

    // A broken file adds nothing and says where.
    QVERIFY(
        !window.importQuestions(QStringLiteral(TEST_DATA_DIR "/questions/malformed-number.gift")));
    QCOMPARE(m_messages.size(), 2);
    QVERIFY2(m_messages.at(1).contains(u"malformed-number.gift"_s), qPrintable(m_messages.at(1)));
    QVERIFY2(m_messages.at(1).contains(u"line"_s), qPrintable(m_messages.at(1)));
    QCOMPARE(CourseSummary::of(*window.document()).questionCount(), 0);
}

void TestMainWindow::exportQuestionsWritesTheBank()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    QVERIFY(window.openFile(makeParcours(u"banque.parcours"_s)));
    QVERIFY(window.importQuestions(QStringLiteral(TEST_DATA_DIR "/questions/moodle.xml")));
    const int count = CourseSummary::of(*window.document()).questionCount();
    QVERIFY(count > 0);
    const QString xml = m_dir->filePath(u"banque.xml"_s);
    QVERIFY2(window.exportQuestions(xml), qPrintable(m_messages.join(u'\n')));
    QFile file(xml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<quiz>"));
    QVERIFY(content.count("<question type=") > count);

    // Read back into another parcours: the same number of questions.
    MainWindow second;
    QVERIFY(second.openFile(makeParcours(u"retour.parcours"_s)));
    QVERIFY(second.importQuestions(xml));
    QCOMPARE(CourseSummary::of(*second.document()).questionCount(), count);
    QVERIFY(!window.exportQuestions(m_dir->filePath(u"banque.aiken"_s)));
}

void TestMainWindow::windowStateIsRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(u"problemsAction"_s)->trigger();
        window.findChild<QAction *>(u"toolBarAction"_s)->trigger();
        QVERIFY(window.findChild<QToolBar *>(u"mainToolBar"_s)->isHidden());
        window.resize(700, 500);
        window.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.findChild<QDockWidget *>(u"problemsDock"_s)->isHidden());
    QVERIFY(again.findChild<QToolBar *>(u"mainToolBar"_s)->isHidden());
    QCOMPARE(again.size(), QSize(700, 500));

    // A geometry that does not fit the screen is not restored.
    {
        MainWindow huge;
        huge.show();
        huge.setGeometry(QRect(QPoint(20000, 20000), QSize(700, 500)));
        huge.close();
    }
    MainWindow fitted;
    fitted.show();
    QVERIFY(fitted.screen()->availableGeometry().intersects(fitted.frameGeometry()));
}

void TestMainWindow::toolbarActionsAreNamed()
{
    MainWindow window;
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    QStringList names;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *button = toolBar->widgetForAction(action);
        QVERIFY(button);
        names << button->accessibleName();
    }
    QCOMPARE(names,
        QStringList({u"New"_s, u"Open"_s, u"Undo"_s, u"Redo"_s, u"Add a section"_s,
            u"Add an activity"_s, u"Export"_s}));
    QCOMPARE(toolBar->toggleViewAction()->text(), u"Main &toolbar"_s);
}

void TestMainWindow::f6CyclesThePanes()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"f6.parcours"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tree = window.findChild<QTreeView *>(u"structureTreeView"_s);
    tree->setFocus();
    QCOMPARE(QApplication::focusWidget(), tree);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && window.formPane()->isAncestorOf(focus));
    // The first field of the section's form takes it.
    QVERIFY(qobject_cast<QLineEdit *>(focus));
    // With the problems dock shown, it comes next, then the tree again.
    window.findChild<QAction *>(u"problemsAction"_s)->trigger();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), window.problemsList());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), tree);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), window.problemsList());
}

void TestMainWindow::everyMenuActionIsReachableByKeyboard()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"menus.parcours"_s)));
    QList<QMenu *> menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->menu();
    QCOMPARE(menus.size(), 3);
    int checked = 0;
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        Q_EMIT menu->aboutToShow();
        QString letters;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (action->menu())
                menus << action->menu();
            // Items that only say something (no recent file) need no key.
            if (!action->isEnabled() && !action->menu() && action->data().isNull())
                continue;
            const QString text = action->text();
            const qsizetype amp = text.indexOf(u'&');
            QVERIFY2(amp >= 0 || !action->shortcut().isEmpty(),
                qPrintable(menu->title() + u" → "_s + text));
            ++checked;
            // Mnemonics within one menu differ.
            if (amp >= 0 && amp + 1 < text.size()) {
                const QChar letter = text.at(amp + 1).toLower();
                QVERIFY2(!letters.contains(letter), qPrintable(menu->title() + u" → "_s + text));
                letters += letter;
            }
        }
    }
    QVERIFY(checked > 30);
}

void TestMainWindow::questionBankDockEditsAQuestion()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"banque-dock.parcours"_s)));
    QVERIFY(window.importQuestions(QStringLiteral(TEST_DATA_DIR "/questions/francais.gift")));
    window.show();
    auto *dock = window.findChild<QDockWidget *>(u"questionBankDock"_s);
    auto *toggle = window.findChild<QAction *>(u"questionBankAction"_s);
    QVERIFY(dock && toggle);
    QVERIFY(dock->isHidden());
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    toggle->trigger();
    QVERIFY(dock->isVisible());
    auto *bank = window.findChild<QuestionBankView *>(u"questionBankView"_s);
    QCOMPARE(bank->document(), window.document());
    QVERIFY(!bank->accessibleName().isEmpty());

    // The first question of the bank, activated, is edited in the form pane.
    Node *node = window.document()->questionBank();
    while (node && node->type() != NodeType::Question)
        node = node->childCount() > 0 ? node->childAt(0) : nullptr;
    QVERIFY(node);
    Q_EMIT bank->questionActivated(static_cast<Question *>(node));
    QVERIFY(window.formPane()->questionForm());
    QVERIFY(window.formPane()->questionForm()->isVisible());

    // Another parcours: the bank follows.
    QVERIFY(window.openFile(makeParcours(u"autre-banque.parcours"_s)));
    QCOMPARE(bank->document(), window.document());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
