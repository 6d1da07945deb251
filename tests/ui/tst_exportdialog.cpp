// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/tools/generator.h"
#include "ui/exportdialog.h"
#include "ui/filedialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/reportview.h"
#include "ui/taskrunner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** File → Export…: the dialog, the export off the GUI thread, the report, Cancel, failures. */
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsComeFromTheCourse();
    void remembersTargetAndFolder();
    void asksBeforeReplacingAFile();
    void exportActionWritesTheBackup();
    void exportWithTheKeyboard();
    void validationErrorWritesNothing();
    void activatingAnIssueSelectsItsItem();
    void cancelLeavesNoFile();
    void failureNamesTheFile();
    void screenshot();

private:
    /**
     * "Accueillir en maternelle" (short name ACC-MAT): a page and an empty quiz (a warning) in
     * one section. Without a title, the parcours cannot be exported.
     */
    QString makeParcours(const QString &name, bool withTitle = true);
    /** Runs the File → Export… dialog: picks target, chooses path with Browse…, clicks Export. */
    void answerExportDialog(const QString &path, int target);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settingsDir;
    QStringList m_messages;
    bool m_dialogAnswered = false;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"Parcours Studio Tests"_s);
    QCoreApplication::setApplicationName(u"tst_exportdialog"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_messages.clear();
    m_dialogAnswered = false;
    QSettings().clear();
}

void TestExportDialog::cleanup()
{
    FileDialog::clearNextFileName();
    MessageBox::clearNextAnswer();
}

QString TestExportDialog::makeParcours(const QString &name, bool withTitle)
{
    const QString path = m_dir->filePath(name);
    auto doc = CourseDocument::create(path);
    if (!doc)
        return {};
    CourseDocument *d = doc.get();
    if (withTitle) {
        SetNodeField<Course, QString>::push(d, d->course(), &CourseData::title,
            u"Accueillir en maternelle"_s, NodeField::Name, u"Title"_s);
        SetNodeField<Course, QString>::push(
            d, d->course(), &CourseData::shortName, u"ACC-MAT"_s, NodeField::Name, u"Short name"_s);
    }
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    pushAddNode(d, section, 0, newActivity(d, ActivityKind::Page));
    pushAddNode(d, section, 1, newActivity(d, ActivityKind::Quiz));
    return path;
}

void TestExportDialog::answerExportDialog(const QString &path, int target)
{
    QTimer::singleShot(0, this, [this, path, target]() {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(u"targetComboBox"_s)->setCurrentIndex(target);
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"browseButton"_s), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        m_dialogAnswered = true;
    });
}

void TestExportDialog::defaultsComeFromTheCourse()
{
    auto doc = CourseDocument::open(makeParcours(u"a.parcours"_s));
    QVERIFY(doc);
    ExportDialog dialog(*doc);
    auto *target = dialog.findChild<QComboBox *>(u"targetComboBox"_s);
    auto *wordCloud = dialog.findChild<QComboBox *>(u"wordCloudComboBox"_s);
    QVERIFY(target && wordCloud);
    QCOMPARE(target->count(), 3);
    QCOMPARE(target->currentText(), u"Moodle 4.1 (Magistère 2)"_s);
    QCOMPARE(wordCloud->currentText(), u"mod_collabwordcloud (m@gistère)"_s);
    QCOMPARE(dialog.options().target, MoodleTarget::Moodle41);
    QCOMPARE(dialog.options().wordCloud, WordCloudPlugin::CollabWordCloud);
    // Next to the project file, named after the short name.
    QCOMPARE(dialog.filePath(), m_dir->filePath(u"ACC-MAT.mbz"_s));
    QVERIFY(!target->accessibleName().isEmpty());

    // Without a short name, the title, made safe for a file name.
    QVERIFY((SetNodeField<Course, QString>::push(doc.get(), doc->course(), &CourseData::shortName,
        QString(), NodeField::Name, u"Short name"_s)));
    QVERIFY((SetNodeField<Course, QString>::push(doc.get(), doc->course(), &CourseData::title,
        u"Cycle 1 : accueil/rentrée"_s, NodeField::Name, u"Title"_s)));
    QCOMPARE(ExportDialog::defaultFileName(*doc), u"Cycle 1 _ accueil_rentrée.mbz"_s);

    // Nothing to write to: the Export button is off.
    dialog.findChild<QLineEdit *>(u"fileLineEdit"_s)->clear();
    QVERIFY(!dialog.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
}

void TestExportDialog::remembersTargetAndFolder()
{
    auto doc = CourseDocument::open(makeParcours(u"b.parcours"_s));
    QVERIFY(doc);
    QVERIFY(QDir(m_dir->path()).mkpath(u"exports"_s));
    const QString chosen = m_dir->filePath(u"exports/mine.mbz"_s);
    {
        ExportDialog dialog(*doc);
        dialog.findChild<QComboBox *>(u"targetComboBox"_s)->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(u"wordCloudComboBox"_s)->setCurrentIndex(1);
        FileDialog::setNextFileName(chosen);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"browseButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.filePath(), chosen);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.options().target, MoodleTarget::Moodle45);
        QCOMPARE(dialog.options().wordCloud, WordCloudPlugin::WordCloud);
    }
    // Cancelling the file dialog keeps the file.
    ExportDialog again(*doc);
    QCOMPARE(again.options().target, MoodleTarget::Moodle45);
    QCOMPARE(again.options().wordCloud, WordCloudPlugin::WordCloud);
    QCOMPARE(again.filePath(), m_dir->filePath(u"exports/ACC-MAT.mbz"_s));
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(again.findChild<QPushButton *>(u"browseButton"_s), Qt::LeftButton);
    QCOMPARE(again.filePath(), m_dir->filePath(u"exports/ACC-MAT.mbz"_s));
}

void TestExportDialog::asksBeforeReplacingAFile()
{
    auto doc = CourseDocument::open(makeParcours(u"c.parcours"_s));
    QVERIFY(doc);
    const QString existing = m_dir->filePath(u"ACC-MAT.mbz"_s);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    ExportDialog dialog(*doc);
    dialog.show();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(existing)));
    QVERIFY(dialog.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // A name typed without the extension gets it.
    ExportDialog typed(*doc);
    typed.findChild<QLineEdit *>(u"fileLineEdit"_s)->setText(m_dir->filePath(u"typed"_s));
    typed.accept();
    QCOMPARE(typed.filePath(), m_dir->filePath(u"typed.mbz"_s));
}

void TestExportDialog::exportActionWritesTheBackup()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"d.parcours"_s)));
    window.show();
    auto *exportAction = window.findChild<QAction *>(u"exportAction"_s);
    QVERIFY(exportAction && exportAction->isEnabled());
    QCOMPARE(exportAction->shortcut(), QKeySequence(u"Ctrl+E"_s));

    const QString path = m_dir->filePath(u"out/accueil.mbz"_s);
    QVERIFY(QDir(m_dir->path()).mkpath(u"out"_s));
    answerExportDialog(path, 2);
    exportAction->trigger();
    QVERIFY(m_dialogAnswered);

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(file.read(2), QByteArray("\x1f\x8b"));
    // The status bar names the file and its size.
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
    QVERIFY2(status.contains(window.locale().formattedDataSize(file.size())), qPrintable(status));
    // The report: the empty quiz is a warning.
    auto *dock = window.findChild<QDockWidget *>(u"reportDock"_s);
    QVERIFY(dock && dock->isVisible());
    auto *issues = window.findChild<QTreeWidget *>(u"issueTreeWidget"_s);
    QCOMPARE(issues->topLevelItemCount(), 1);
    QVERIFY(issues->topLevelItem(0)->text(0).contains(u"no question"_s));
    QVERIFY(window.findChild<QLabel *>(u"reportSummaryLabel"_s)->text().contains(u"5.0"_s));
    // Nothing else left in the folder (no temporary file).
    QCOMPARE(
        QDir(m_dir->filePath(u"out"_s)).entryList(QDir::Files), QStringList {u"accueil.mbz"_s});
    // The target is remembered.
    QCOMPARE(QSettings().value(u"Export/Target"_s).toString(), u"5.0"_s);
}

void TestExportDialog::exportWithTheKeyboard()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"k.parcours"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    bool startedOnTarget = false;
    // Escape leaves the dialog and writes nothing.
    QTimer::singleShot(0, this, [this]() {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(qobject_cast<ExportDialog *>(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
        m_dialogAnswered = true;
    });
    QTest::keySequence(&window, QKeySequence(u"Ctrl+E"_s));
    QVERIFY(m_dialogAnswered);
    QVERIFY(!QFile::exists(m_dir->filePath(u"ACC-MAT.mbz"_s)));

    // Down picks Moodle 4.5 in the first field, Enter exports to the file proposed. (The
    // offscreen platform does not give the activation back as a window manager does.)
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_dialogAnswered = false;
    QTimer::singleShot(0, this, [this, &startedOnTarget]() {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // Keys go to the focus widget of the active dialog; anything else would leave it open.
        const bool active = QTest::qWaitForWindowActive(dialog);
        QWidget *focus = dialog->focusWidget();
        startedOnTarget = active && focus && focus->objectName() == u"targetComboBox"_s;
        if (!startedOnTarget) {
            dialog->reject();
            return;
        }
        QTest::keyClick(focus, Qt::Key_Down);
        QTest::keyClick(focus, Qt::Key_Return);
        m_dialogAnswered = true;
    });
    QTest::keySequence(&window, QKeySequence(u"Ctrl+E"_s));
    QVERIFY(startedOnTarget);
    QVERIFY(m_dialogAnswered);
    QVERIFY(QFile::exists(m_dir->filePath(u"ACC-MAT.mbz"_s)));
    QCOMPARE(QSettings().value(u"Export/Target"_s).toString(), u"4.5"_s);
}

void TestExportDialog::validationErrorWritesNothing()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    QVERIFY(window.openFile(makeParcours(u"e.parcours"_s, false)));
    window.show();
    const QString path = m_dir->filePath(u"untitled.mbz"_s);
    QVERIFY(!window.exportTo(path, {}));
    QVERIFY(!QFile::exists(path));
    QVERIFY(window.findChild<QDockWidget *>(u"reportDock"_s)->isVisible());
    auto *issues = window.findChild<QTreeWidget *>(u"issueTreeWidget"_s);
    QVERIFY(issues->topLevelItemCount() >= 2);
    // Errors come first, and say what to do.
    QVERIFY(issues->topLevelItem(0)->text(0).contains(u"no title"_s));
    QVERIFY(issues->topLevelItem(0)
                ->data(0, Qt::AccessibleTextRole)
                .toString()
                .startsWith(u"Error: "_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"errors"_s));
    // No progress dialog, no message box: the report says it all.
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.mbz*"_s}, QDir::Files), QStringList());
}

void TestExportDialog::activatingAnIssueSelectsItsItem()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"f.parcours"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.exportTo(m_dir->filePath(u"f.mbz"_s), {}));
    auto *issues = window.findChild<QTreeWidget *>(u"issueTreeWidget"_s);
    QCOMPARE(issues->topLevelItemCount(), 1);
    QCOMPARE(issues->topLevelItem(0)->text(1), u"New quiz"_s);
    // The current message is also shown whole, however long.
    QCOMPARE(window.findChild<QLabel *>(u"issueDetailLabel"_s)->text(),
        issues->topLevelItem(0)->text(0));

    auto *tree = window.findChild<QTreeView *>(u"structureTreeView"_s);
    tree->setCurrentIndex(tree->model()->index(0, 0));
    // With the keyboard: Enter on the row.
    issues->setFocus();
    issues->setCurrentItem(issues->topLevelItem(0));
    QTest::keyClick(issues, Qt::Key_Return);
    QCOMPARE(tree->currentIndex().data().toString(), u"New quiz"_s);
    QCOMPARE(QApplication::focusWidget(), tree);
}

void TestExportDialog::cancelLeavesNoFile()
{
    MainWindow window;
    const QString project = m_dir->filePath(u"big.parcours"_s);
    {
        auto doc = CourseDocument::create(project);
        QVERIFY(doc);
        GeneratorOptions options;
        options.sections = 2;
        options.activitiesPerSection = 3;
        options.questions = 4;
        options.mediaFiles = 2;
        options.mediaSize = 24 * 1024 * 1024;
        QString error;
        QVERIFY2(Generator::generate(doc.get(), options, &error), qPrintable(error));
    }
    QVERIFY(window.openFile(project));
    window.show();
    window.taskRunner()->setMinimumDuration(0);
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    auto *exportAction = window.findChild<QAction *>(u"exportAction"_s);
    auto *tree = window.findChild<QTreeView *>(u"structureTreeView"_s);
    // The export reads the document: nothing may change it meanwhile, not even Undo.
    CourseDocument *doc = window.document();
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::title, u"Grand parcours"_s, NodeField::Name, u"Title"_s)));
    QVERIFY(undo->isEnabled());
    bool lockedWhileRunning = false;
    bool clicked = false;
    connect(window.taskRunner(), &TaskRunner::progressChanged, this, [&](qint64 done, qint64) {
        QProgressDialog *dialog = window.taskRunner()->progressDialog();
        if (clicked || done <= 0 || !dialog)
            return;
        lockedWhileRunning = !undo->isEnabled() && !exportAction->isEnabled()
            && tree->editTriggers() == QAbstractItemView::NoEditTriggers;
        clicked = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
    });
    const QString path = m_dir->filePath(u"big.mbz"_s);
    QVERIFY(!window.exportTo(path, {}));
    QVERIFY(clicked);
    QVERIFY(lockedWhileRunning);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({u"big.mbz*"_s}, QDir::Files), QStringList());
    QVERIFY(window.statusBar()->currentMessage().contains(u"cancelled"_s));
    QVERIFY(exportAction->isEnabled());
    QVERIFY(undo->isEnabled());
    QVERIFY(tree->editTriggers() & QAbstractItemView::EditKeyPressed);
}

void TestExportDialog::failureNamesTheFile()
{
    MainWindow window;
    window.setMessageHandler(
        [this](const QString &title, const QString &text) { m_messages << title << text; });
    QVERIFY(window.openFile(makeParcours(u"g.parcours"_s)));
    // A file in a folder that does not exist.
    const QString path = m_dir->filePath(u"missing/g.mbz"_s);
    QVERIFY(!window.exportTo(path, {}));
    QCOMPARE(m_messages.size(), 2);
    QCOMPARE(m_messages.at(0), u"Export failed"_s);
    QVERIFY2(
        m_messages.at(1).contains(QDir::toNativeSeparators(path)), qPrintable(m_messages.at(1)));
    QVERIFY(!QFile::exists(path));
}

void TestExportDialog::screenshot()
{
    // PARCOURS_SCREENSHOT_DIR=/tmp saves the dialogs and the window with the report, for review;
    // PARCOURS_SCREENSHOT_PROJECT names the parcours to show (default: a small one).
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set PARCOURS_SCREENSHOT_DIR to save screenshots.");
    QTranslator translator;
    if (translator.load(QLocale(), u"parcours"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    MainWindow window;
    const QString project = qEnvironmentVariable("PARCOURS_SCREENSHOT_PROJECT");
    QVERIFY(window.openFile(project.isEmpty() ? makeParcours(u"shot.parcours"_s) : project));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    {
        ExportDialog dialog(*window.document(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/exportdialog.png"_s));
    }
    window.taskRunner()->setMinimumDuration(0);
    connect(window.taskRunner(), &TaskRunner::dialogShown, this, [&]() {
        window.taskRunner()->progressDialog()->setValue(400);
        window.taskRunner()->progressDialog()->grab().save(dir + u"/exportprogress.png"_s);
    });
    window.exportTo(m_dir->filePath(u"shot.mbz"_s), {});
    QTest::qWait(200);
    QVERIFY(window.grab().save(dir + u"/exportreport.png"_s));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
