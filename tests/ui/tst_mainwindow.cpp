// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/models/coursetreemodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** The main window: opening, the structure tree, undo from the Edit menu, the title. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsTheStructureExpanded();
    void renameInTheTreeIsUndoable();
    void renameWithTheKeyboard();
    void titleFollowsTheParcours();
    void openFailureNamesTheFile();
    void readOnlyFileIsMarked();
    void frenchTranslationIsBundled();

private:
    /** A parcours "Accueillir en maternelle": two sections, three activities. */
    QString makeParcours(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_messages;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_messages.clear();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
