// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "core/model/section.h"
#include "core/models/coursetreemodel.h"
#include "ui/coursesettingsdialog.h"
#include "ui/forms/activityform.h"
#include "ui/forms/formpane.h"
#include "ui/forms/sectionform.h"
#include "ui/mainwindow.h"
#include "ui/richtext/htmleditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

/**
 * The editor's form pane in the main window, driven through its real controls: every edit is an
 * undo step, the forms follow undo, the structure actions and drag and drop, and the problems
 * dock.
 */
class TestFormPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void typingANameIsOneUndoStep();
    void quizSettingsAreSeparateUndoSteps();
    void formFollowsChangesMadeElsewhere();
    void sectionFormEditsTheSection();
    void untitledSectionShowsMoodlesName();
    void wordCloudSeedWordsAreAList();
    void mindMapOutlineAddsAndDeletesIdeas();
    void formShowsTheSelectedKindOnly();
    void addSectionAndActivityFromTheActions();
    void deleteDuplicateAndMoveWithTheKeyboard();
    void dragAndDropMovesAnActivityToAnotherSection();
    void problemsDockSelectsTheFaultyItem();
    void readOnlyParcoursCannotBeEdited();
    void courseSettingsFromTheEditMenu();
    void screenshotsOfTheSample();
    void formsFitWithoutHorizontalScrolling();

private:
    /** A parcours: section 1 (page, quiz), section 2 (forum, word cloud, mind map). */
    QString makeParcours(const QString &name);
    /** Opens the parcours in window and selects the activity named name. */
    Activity *select(MainWindow &window, const QString &name);
    static void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFormPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestFormPane::makeParcours(const QString &name)
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
    pushAddNode(d, s2, 1, newActivity(d, ActivityKind::WordCloud));
    pushAddNode(d, s2, 2, newActivity(d, ActivityKind::MindMap));
    return path;
}

Activity *TestFormPane::select(MainWindow &window, const QString &name)
{
    CourseDocument *doc = window.document();
    Activity *found = nullptr;
    doc->course()->forEach([&](Node *node) {
        if (node->type() == NodeType::Activity && node->displayName() == name)
            found = static_cast<Activity *>(node);
    });
    if (found)
        window.selectNode(found->id());
    return found;
}

void TestFormPane::grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name));
}

void TestFormPane::typingANameIsOneUndoStep()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"a.parcours"_s)));
    window.show();
    Activity *quiz = select(window, u"New quiz"_s);
    QVERIFY(quiz);
    ActivityForm *form = window.formPane()->activityForm();
    QCOMPARE(form->activity(), quiz);
    QVERIFY(form->isVisible());
    auto *name = form->findChild<QLineEdit *>(u"nameLineEdit"_s);
    QCOMPARE(name->text(), u"New quiz"_s);

    QUndoStack *stack = window.document()->undoStack();
    const int before = stack->count();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Quiz final"_s);
    QCOMPARE(quiz->data().name, u"Quiz final"_s);
    QCOMPARE(stack->count(), before + 1);
    // The field being edited kept its text and cursor.
    QCOMPARE(name->text(), u"Quiz final"_s);
    QCOMPARE(name->cursorPosition(), 10);
    // The tree shows the new name.
    auto *view = window.findChild<QTreeView *>(u"structureTreeView"_s);
    QCOMPARE(view->currentIndex().data().toString(), u"Quiz final"_s);

    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(quiz->data().name, u"New quiz"_s);
    QCOMPARE(name->text(), u"New quiz"_s);
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(stack->index(), before);
}

void TestFormPane::quizSettingsAreSeparateUndoSteps()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"b.parcours"_s)));
    window.resize(1200, 900);
    window.show();
    Activity *quiz = select(window, u"New quiz"_s);
    ActivityForm *form = window.formPane()->activityForm();
    QUndoStack *stack = window.document()->undoStack();
    const int before = stack->count();

    auto *attempts = form->findChild<QSpinBox *>(u"quizAttemptsSpinBox"_s);
    QVERIFY(attempts && attempts->isVisible());
    QCOMPARE(attempts->text(), u"Unlimited"_s);
    attempts->setFocus();
    QTest::keyClick(attempts, Qt::Key_Up);
    QTest::keyClick(attempts, Qt::Key_Up);
    QCOMPARE(quiz->settings<QuizSettings>()->attempts, 2);
    // Two steps of one spin box merge.
    QCOMPARE(stack->count(), before + 1);

    auto *method = form->findChild<QComboBox *>(u"quizGradeMethodComboBox"_s);
    method->setFocus();
    QTest::keyClick(method, Qt::Key_Down);
    QCOMPARE(quiz->settings<QuizSettings>()->gradeMethod, GradeMethod::Average);
    QCOMPARE(stack->count(), before + 2);

    auto *limit = form->findChild<QSpinBox *>(u"quizTimeLimitSpinBox"_s);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"45"_s);
    QCOMPARE(quiz->settings<QuizSettings>()->timeLimit, 45 * 60);

    auto *open = form->findChild<QCheckBox *>(u"quizOpenCheckBox"_s);
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(quiz->settings<QuizSettings>()->timeOpen > 0);

    window.findChild<QAction *>(u"undoAction"_s)->trigger(); // open date
    window.findChild<QAction *>(u"undoAction"_s)->trigger(); // time limit
    window.findChild<QAction *>(u"undoAction"_s)->trigger(); // grade method
    QCOMPARE(quiz->settings<QuizSettings>()->gradeMethod, GradeMethod::Highest);
    QCOMPARE(quiz->settings<QuizSettings>()->attempts, 2);
    QCOMPARE(method->currentData().toInt(), static_cast<int>(GradeMethod::Highest));
    QCOMPARE(limit->value(), 0);
    QVERIFY(!open->isChecked());
    QCOMPARE(attempts->value(), 2);

    // Review options: "whether correct", immediately after the attempt (Moodle's 0x1000 bit).
    auto *correctAfter = form->findChild<QCheckBox *>(u"quizReview1_1"_s);
    QVERIFY(correctAfter->isChecked());
    QTest::mouseClick(correctAfter, Qt::LeftButton);
    QCOMPARE(quiz->settings<QuizSettings>()->review.correctness, 0x0100);
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(quiz->settings<QuizSettings>()->review.correctness, 0x1100);
    QVERIFY(correctAfter->isChecked());

    // Overall feedback: a band added, its text and grade typed, then undone step by step.
    auto *bands = form->findChild<QTableWidget *>(u"quizFeedbackTable"_s);
    QTest::mouseClick(form->findChild<QPushButton *>(u"quizAddFeedbackButton"_s), Qt::LeftButton);
    QCOMPARE(quiz->settings<QuizSettings>()->feedback.size(), size_t(1));
    bands->item(0, 1)->setText(u"<p>Bravo</p>"_s);
    bands->item(0, 0)->setText(u"80"_s);
    const FeedbackBand &band = quiz->settings<QuizSettings>()->feedback.front();
    QCOMPARE(band.text, u"<p>Bravo</p>"_s);
    QCOMPARE(band.minPercent, 80.0);
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(bands->item(0, 0)->text(), u"0"_s);
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QVERIFY(quiz->settings<QuizSettings>()->feedback.empty());
    QCOMPARE(bands->rowCount(), 0);
    grab(&window, u"quiz-form.png"_s);
}

void TestFormPane::formFollowsChangesMadeElsewhere()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"c.parcours"_s)));
    window.show();
    Activity *page = select(window, u"New page"_s);
    ActivityForm *form = window.formPane()->activityForm();
    auto *content = form->findChild<HtmlEditor *>(u"pageContentHtmlEditor"_s);
    QVERIFY(content->isVisible());
    auto settings = *page->settings<PageSettings>();
    settings.content = u"<p>Bienvenue</p>"_s;
    SetNodeField<Activity, ActivitySettings>::push(
        window.document(), page, &ActivityData::settings, settings, NodeField::Settings, u"Edit"_s);
    QCOMPARE(content->html(), u"<p>Bienvenue</p>"_s);
    QCOMPARE(content->textEdit()->toPlainText(), u"Bienvenue"_s);
    auto *visible = form->findChild<QCheckBox *>(u"visibleCheckBox"_s);
    QVERIFY(visible->isChecked());
    SetNodeField<Activity, bool>::push(
        window.document(), page, &ActivityData::visible, false, NodeField::Visibility, u"Hide"_s);
    QVERIFY(!visible->isChecked());

    // Typing in the content is one step; undo takes it back in the control too.
    const int before = window.document()->undoStack()->count();
    QTextEdit *text = content->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, u"Suite"_s);
    QCOMPARE(page->settings<PageSettings>()->content, u"<p>Bienvenue</p>\n<p>Suite</p>"_s);
    QCOMPARE(window.document()->undoStack()->count(), before + 1);
    window.document()->undoStack()->undo();
    QCOMPARE(content->html(), u"<p>Bienvenue</p>"_s);
    QCOMPARE(text->toPlainText(), u"Bienvenue"_s);
}

void TestFormPane::sectionFormEditsTheSection()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"d.parcours"_s)));
    window.show();
    auto *section = static_cast<Section *>(window.document()->course()->childAt(1));
    window.selectNode(section->id());
    SectionForm *form = window.formPane()->sectionForm();
    QVERIFY(form->isVisible());
    QCOMPARE(form->section(), section);
    auto *title = form->findChild<QLineEdit *>(u"titleLineEdit"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Decouvrir"_s);
    QCOMPARE(section->data().title, u"Decouvrir"_s);
    auto *visible = form->findChild<QCheckBox *>(u"visibleCheckBox"_s);
    visible->setFocus();
    QTest::keyClick(visible, Qt::Key_Space);
    QVERIFY(!section->data().visible);
    window.document()->undoStack()->undo();
    QVERIFY(section->data().visible);
    QVERIFY(visible->isChecked());
}

void TestFormPane::untitledSectionShowsMoodlesName()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"u.parcours"_s)));
    window.show();
    CourseDocument *doc = window.document();
    auto *section = static_cast<Section *>(doc->course()->childAt(1));
    window.selectNode(section->id());
    auto *title = window.formPane()->sectionForm()->findChild<QLineEdit *>(u"titleLineEdit"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    // Nothing is stored: Moodle names the section; the field shows that name as a hint.
    QCOMPARE(section->data().title, QString());
    QCOMPARE(title->text(), QString());
    QCOMPARE(title->placeholderText(), u"Topic 2"_s);
    auto *tree = window.findChild<QTreeView *>();
    QVERIFY(tree);
    QCOMPARE(tree->model()->index(1, 0).data().toString(), u"Topic 2"_s);
    // The course format names it: the hint follows the course settings.
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::format, u"modular"_s, NodeField::Metadata, u"Format"_s)));
    QCOMPARE(title->placeholderText(), u"Section 2"_s);
    // And its number: moved first, it becomes section 1.
    pushMoveNode(doc, section, doc->course(), 0);
    QCOMPARE(title->placeholderText(), u"Section 1"_s);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), u"Section 1"_s);
}

void TestFormPane::wordCloudSeedWordsAreAList()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"e.parcours"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Activity *cloud = select(window, u"New word cloud"_s);
    QVERIFY(cloud);
    auto *seeds
        = window.formPane()->activityForm()->findChild<QListWidget *>(u"wordCloudSeedWordsList"_s);
    QVERIFY(seeds->isVisible());
    const QStringList before = cloud->settings<WordCloudSettings>()->seedWords;
    seeds->setFocus();
    QTest::keyClick(seeds, Qt::Key_Insert);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QTest::keyClicks(line, u"  jeu "_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(cloud->settings<WordCloudSettings>()->seedWords, before + QStringList {u"jeu"_s});
}

void TestFormPane::mindMapOutlineAddsAndDeletesIdeas()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"f.parcours"_s)));
    window.show();
    Activity *map = select(window, u"New mind map"_s);
    QVERIFY(map);
    ActivityForm *form = window.formPane()->activityForm();
    auto *tree = form->findChild<QTreeWidget *>(u"mindMapOutlineTree"_s);
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 1);
    const int children = static_cast<int>(map->settings<MindMapSettings>()->root.children.size());
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(form->findChild<QPushButton *>(u"mindMapAddChildButton"_s), Qt::LeftButton);
    const MindMapNode &root = map->settings<MindMapSettings>()->root;
    QCOMPARE(static_cast<int>(root.children.size()), children + 1);
    QCOMPARE(root.children.back().label, u"New idea"_s);

    // Renaming in the tree is an edit of the outline.
    QTreeWidgetItem *item = tree->currentItem();
    item->setText(0, u"Jouer"_s);
    QCOMPARE(map->settings<MindMapSettings>()->root.children.back().label, u"Jouer"_s);

    QTest::mouseClick(form->findChild<QPushButton *>(u"mindMapDeleteButton"_s), Qt::LeftButton);
    QCOMPARE(static_cast<int>(map->settings<MindMapSettings>()->root.children.size()), children);
    window.document()->undoStack()->undo();
    QCOMPARE(
        static_cast<int>(map->settings<MindMapSettings>()->root.children.size()), children + 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), children + 1);
}

void TestFormPane::formShowsTheSelectedKindOnly()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"g.parcours"_s)));
    window.show();
    select(window, u"New forum"_s);
    ActivityForm *form = window.formPane()->activityForm();
    QVERIFY(form->findChild<QWidget *>(u"ForumGroupBox"_s)->isVisible());
    QVERIFY(!form->findChild<QWidget *>(u"QuizGroupBox"_s)->isVisible());
    // Every control has an accessible name.
    for (QWidget *w : form->findChildren<QWidget *>()) {
        if (w->isVisible() && !w->objectName().startsWith(u"qt_"_s)
            && (qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w)))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestFormPane::addSectionAndActivityFromTheActions()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"h.parcours"_s)));
    window.show();
    CourseDocument *doc = window.document();
    window.selectNode(doc->course()->childAt(0)->id());
    // The tree's context menu offers the structure actions.
    auto *view = window.findChild<QTreeView *>(u"structureTreeView"_s);
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList offered;
    for (const QAction *action : view->actions())
        offered.append(action->objectName());
    QCOMPARE(offered,
        QStringList({u"addSectionAction"_s, u"addActivityAction"_s, u"duplicateAction"_s,
            u"deleteAction"_s, u"moveUpAction"_s, u"moveDownAction"_s}));
    window.findChild<QAction *>(u"addSectionAction"_s)->trigger();
    QCOMPARE(doc->course()->childCount(), 3);
    // After the current section, and selected.
    Node *added = doc->course()->childAt(1);
    QCOMPARE(window.currentNode(), added);
    QVERIFY(window.formPane()->sectionForm()->isVisible());

    const int quiz = static_cast<int>(ActivityKind::Quiz);
    window.findChild<QAction *>(u"addActivityAction%1"_s.arg(quiz))->trigger();
    QCOMPARE(added->childCount(), 1);
    auto *activity = static_cast<Activity *>(added->childAt(0));
    QCOMPARE(activity->kind(), ActivityKind::Quiz);
    QCOMPARE(window.currentNode(), activity);
    QVERIFY(
        window.formPane()->activityForm()->findChild<QWidget *>(u"QuizGroupBox"_s)->isVisible());
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->course()->childCount(), 2);
    auto *counts = window.findChild<QLabel *>(u"countsLabel"_s);
    QCOMPARE(counts->text(), u"2 section(s), 5 activity(ies)"_s);
}

void TestFormPane::deleteDuplicateAndMoveWithTheKeyboard()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"i.parcours"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CourseDocument *doc = window.document();
    Node *s1 = doc->course()->childAt(0);
    Node *s2 = doc->course()->childAt(1);
    Activity *quiz = select(window, u"New quiz"_s);
    auto *view = window.findChild<QTreeView *>(u"structureTreeView"_s);
    QVERIFY(view->hasFocus());

    // Ctrl+Down past the end of its section: first of the next one.
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(quiz->parent(), s2);
    QCOMPARE(quiz->row(), 0);
    QCOMPARE(window.currentNode(), quiz);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(quiz->parent(), s1);
    QCOMPARE(quiz->row(), 1);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(quiz->row(), 0);

    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(s1->childCount(), 3);
    QCOMPARE(s1->childAt(1)->displayName(), u"New quiz (copy)"_s);
    QCOMPARE(window.currentNode(), s1->childAt(1));

    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(s1->childCount(), 2);
    QCOMPARE(window.currentNode(), s1->childAt(1));

    // Delete in a text field of the form deletes text, not the item.
    auto *name = window.formPane()->activityForm()->findChild<QLineEdit *>(u"nameLineEdit"_s);
    name->setFocus();
    name->setCursorPosition(0);
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(s1->childCount(), 2);
    QCOMPARE(s1->childAt(1)->displayName(), u"ew page"_s);
}

void TestFormPane::dragAndDropMovesAnActivityToAnotherSection()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"j.parcours"_s)));
    CourseDocument *doc = window.document();
    auto *model = qobject_cast<CourseTreeModel *>(
        window.findChild<QTreeView *>(u"structureTreeView"_s)->model());
    Activity *page = select(window, u"New page"_s);
    const QModelIndex pageIndex = model->indexForNode(page);
    QVERIFY(model->flags(pageIndex) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(model->mimeData({pageIndex}));
    const QModelIndex s2 = model->index(1, 0);
    // An activity cannot go among the sections.
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    const int before = doc->undoStack()->count();
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, s2));
    QCOMPARE(page->parent(), doc->course()->childAt(1));
    QCOMPARE(page->row(), 1);
    QCOMPARE(doc->undoStack()->count(), before + 1);

    // A section dropped below the other one.
    Node *first = doc->course()->childAt(0);
    std::unique_ptr<QMimeData> sectionData(model->mimeData({model->index(0, 0)}));
    QVERIFY(!model->canDropMimeData(sectionData.get(), Qt::MoveAction, 0, 0, s2));
    QVERIFY(model->dropMimeData(sectionData.get(), Qt::MoveAction, 2, 0, {}));
    QCOMPARE(first->row(), 1);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(first->row(), 0);
    QCOMPARE(page->parent(), first);
}

void TestFormPane::problemsDockSelectsTheFaultyItem()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"k.parcours"_s)));
    window.show();
    window.findChild<QAction *>(u"problemsAction"_s)->trigger();
    auto *list = window.problemsList();
    QVERIFY(list->isVisible());
    Activity *quiz = nullptr;
    window.document()->course()->forEach([&](Node *node) {
        if (node->type() == NodeType::Activity
            && static_cast<Activity *>(node)->kind() == ActivityKind::Quiz)
            quiz = static_cast<Activity *>(node);
    });
    // The quiz has no question: an error that names it.
    QListWidgetItem *problem = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == quiz->id())
            problem = list->item(i);
    }
    QVERIFY(problem);
    QVERIFY(problem->text().contains(u"New quiz"_s));
    window.selectNode(window.document()->course()->childAt(1)->id());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(problem).center());
    QCOMPARE(window.currentNode(), quiz);

    // Revalidated a little after a change: a grade to pass above the maximum.
    auto settings = *quiz->settings<QuizSettings>();
    settings.gradePass = 50;
    const int before = list->count();
    SetNodeField<Activity, ActivitySettings>::push(
        window.document(), quiz, &ActivityData::settings, settings, NodeField::Settings, u"Edit"_s);
    QTRY_COMPARE(list->count(), before + 1);
    grab(&window, u"main-window.png"_s);
}

void TestFormPane::readOnlyParcoursCannotBeEdited()
{
    const QString path = makeParcours(u"shared.parcours"_s);
    auto holder = CourseDocument::open(path);
    QVERIFY(holder);
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.document()->isReadOnly());
    window.show();
    select(window, u"New quiz"_s);
    QVERIFY(window.formPane()->activityForm()->isVisible());
    QVERIFY(!window.formPane()->activityForm()->isEnabled());
    QVERIFY(window.findChild<QLabel *>(u"readOnlyLabel"_s)->isVisible());
    for (const auto *name : {"addSectionAction", "deleteAction", "duplicateAction", "moveUpAction",
             "courseSettingsAction"})
        QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    const int before = window.document()->undoStack()->count();
    window.findChild<QAction *>(u"addSectionAction"_s)->trigger();
    QCOMPARE(window.document()->undoStack()->count(), before);
}

void TestFormPane::courseSettingsFromTheEditMenu()
{
    MainWindow window;
    QVERIFY(window.openFile(makeParcours(u"l.parcours"_s)));
    window.show();
    const int before = window.document()->undoStack()->count();
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CourseSettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->findChild<QLineEdit *>(u"titleLineEdit"_s)->setText(u"Accueillir"_s);
        dialog->findChild<QSpinBox *>(u"remoteHoursSpinBox"_s)->setValue(2);
        dialog->accept();
    });
    window.findChild<QAction *>(u"courseSettingsAction"_s)->trigger();
    QVERIFY(seen);
    QCOMPARE(window.document()->course()->data().indexation.remoteMinutes, 120);
    QCOMPARE(window.windowTitle(), u"Accueillir — Parcours Studio"_s);
    QCOMPARE(window.document()->undoStack()->count(), before + 1);
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(window.windowTitle(), u"Accueillir en maternelle — Parcours Studio"_s);
    QCOMPARE(window.document()->course()->data().indexation.remoteMinutes, 0);
}

void TestFormPane::screenshotsOfTheSample()
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set PARCOURS_SCREENSHOT_DIR to take screenshots of the sample parcours.");
    // In the user's language, as the application shows it.
    QTranslator translator;
    if (translator.load(QLocale(), u"parcours"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    const QString path = m_dir->filePath(u"sample.parcours"_s);
    QProcess cli;
    cli.start(QStringLiteral(PARCOURS_CLI), {u"sample"_s, path});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);

    MainWindow window;
    QVERIFY(window.openFile(path));
    window.resize(1280, 800);
    window.show();
    Activity *quiz = nullptr;
    window.document()->course()->forEach([&](Node *node) {
        if (!quiz && node->type() == NodeType::Activity
            && static_cast<Activity *>(node)->kind() == ActivityKind::Quiz)
            quiz = static_cast<Activity *>(node);
    });
    QVERIFY(quiz);
    window.selectNode(quiz->id());
    window.findChild<QAction *>(u"problemsAction"_s)->trigger();
    grab(&window, u"sample-main-window.png"_s);
    grab(window.formPane()->activityForm(), u"sample-quiz-form.png"_s);
    // One form of each kind the sample has.
    QSet<ActivityKind> seen;
    window.document()->course()->forEach([&](Node *node) {
        if (node->type() != NodeType::Activity)
            return;
        const ActivityKind kind = static_cast<Activity *>(node)->kind();
        if (seen.contains(kind))
            return;
        seen.insert(kind);
        window.selectNode(node->id());
        grab(window.formPane()->activityForm(),
            u"sample-form-%1.png"_s.arg(QString::fromLatin1(
                QMetaEnum::fromType<ActivityKind>().valueToKey(static_cast<int>(kind)))));
    });

    CourseSettingsDialog dialog(window.document(), &window);
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        grab(&dialog, u"sample-course-settings-%1.png"_s.arg(i));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestFormPane::formsFitWithoutHorizontalScrolling()
{
    // A 2800 × 1800 screen at 200 % (QT_SCALE_FACTOR=2) is 1400 × 900 device-independent
    // pixels: the window opens at 1280 × 800 with the tree at its default width. No form (the
    // first section and one activity of each kind) may need a horizontal scroll bar there.
    // In French, whose labels are longer.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::French), u"parcours"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    const QString path = m_dir->filePath(u"sample.parcours"_s);
    QProcess cli;
    cli.start(QStringLiteral(PARCOURS_CLI), {u"sample"_s, path});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    MainWindow window;
    QVERIFY(window.openFile(path));
    // The offscreen screen is smaller: give the window the size and tree width it has there.
    window.resize(1280, 800);
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({320, 1280 - 320});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FormPane *pane = window.formPane();
    QStringList scrolled;
    QSet<ActivityKind> seen;
    window.document()->course()->forEach([&](Node *node) {
        if (node->type() == NodeType::Activity) {
            const ActivityKind kind = static_cast<Activity *>(node)->kind();
            if (seen.contains(kind))
                return;
            seen.insert(kind);
        } else if (node->type() != NodeType::Section || node->row() > 0) {
            return;
        }
        window.selectNode(node->id());
        QCoreApplication::processEvents();
        grab(&window, u"fit-%1.png"_s.arg(seen.size()));
        if (pane->horizontalScrollBar()->isVisible()
            || pane->widget()->minimumSizeHint().width() > pane->viewport()->width())
            scrolled << node->displayName();
    });
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(scrolled.isEmpty(), qPrintable(scrolled.join(u", "_s)));
}

QTEST_MAIN(TestFormPane)
#include "tst_formpane.moc"
