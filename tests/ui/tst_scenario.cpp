// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/text/restrictiontext.h"
#include "ui/forms/activityform.h"
#include "ui/forms/completioneditor.h"
#include "ui/forms/formpane.h"
#include "ui/forms/restrictioneditor.h"
#include "ui/mainwindow.h"
#include "ui/quiz/quizeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

/** Triggers the entry of a tool button's menu by its text, as a keyboard user would. */
void chooseMenuEntry(QToolButton *button, const QString &text)
{
    QVERIFY(button && button->menu());
    const auto actions = button->menu()->actions();
    for (QAction *action : actions) {
        if (action->text() == text) {
            action->trigger();
            return;
        }
    }
    QFAIL(qPrintable(u"no menu entry "_s + text));
}

void chooseText(QComboBox *combo, const QString &text)
{
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

/**
 * The scenario through the real main window: build a section with a quiz of three
 * questions, completion and a restriction, duplicate the section, then undo everything and redo
 * everything, the document matching its recorded state at every step; and the restriction
 * builder giving the expected tree and French sentence.
 */
class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void buildThenUndoAndRedoEverything();
    void restrictionBuilderInFrench();

private:
    /** Records the document at the undo stack's current index. */
    void record(MainWindow &window);
    Activity *currentActivity(MainWindow &window) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settingsDir;
    QMap<int, QJsonObject> m_states;
};

void TestScenario::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"Parcours Studio Tests"_s);
    QCoreApplication::setApplicationName(u"tst_scenario"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestScenario::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_states.clear();
    QSettings().clear();
}

void TestScenario::record(MainWindow &window)
{
    CourseDocument *doc = window.document();
    m_states.insert(doc->undoStack()->index(), doc->snapshot());
}

Activity *TestScenario::currentActivity(MainWindow &window) const
{
    return window.formPane()->activityForm()->activity();
}

void TestScenario::buildThenUndoAndRedoEverything()
{
    MainWindow window;
    QVERIFY(window.newFile(m_dir->filePath(u"scenario.parcours"_s)));
    window.show();
    CourseDocument *doc = window.document();
    QUndoStack *stack = doc->undoStack();
    record(window);
    const int sectionsBefore = doc->course()->childCount();

    // 1. A section, from Edit → Add a section.
    window.findChild<QAction *>(u"addSectionAction"_s)->trigger();
    QCOMPARE(doc->course()->childCount(), sectionsBefore + 1);
    Node *section = doc->course()->childAt(sectionsBefore);
    record(window);

    // 2. A quiz in it, from Edit → Add an activity ▸ Quiz.
    window.selectNode(section->id());
    window.findChild<QAction *>(u"addActivityAction%1"_s.arg(int(ActivityKind::Quiz)))->trigger();
    QCOMPARE(section->childCount(), 1);
    auto *quiz = static_cast<Activity *>(section->childAt(0));
    QCOMPARE(quiz->kind(), ActivityKind::Quiz);
    QCOMPARE(currentActivity(window), quiz);
    record(window);

    // 3. Three questions of different types, from the quiz editor of the form.
    auto *editor = window.formPane()->activityForm()->findChild<QuizEditor *>(u"quizEditor"_s);
    QVERIFY(editor);
    QCOMPARE(editor->quiz(), quiz);
    for (const QString &type : {u"MultiChoice"_s, u"TrueFalse"_s, u"Numerical"_s}) {
        auto *add = editor->findChild<QAction *>(u"quizAdd"_s + type + u"Action"_s);
        QVERIFY2(add, qPrintable(type));
        add->trigger();
        record(window);
    }
    const auto &slots = quiz->settings<QuizSettings>()->slots;
    QCOMPARE(slots.size(), size_t(3));
    QCOMPARE(doc->nodeAs<Question>(slots[0].question)->data().type, QuestionType::MultiChoice);
    QCOMPARE(doc->nodeAs<Question>(slots[1].question)->data().type, QuestionType::TrueFalse);
    QCOMPARE(doc->nodeAs<Question>(slots[2].question)->data().type, QuestionType::Numerical);

    // 4. Completion: automatic, on receiving a grade.
    auto *completion = window.formPane()->activityForm()->findChild<CompletionEditor *>();
    QVERIFY(completion);
    auto *mode = completion->findChild<QComboBox *>(u"modeComboBox"_s);
    mode->setCurrentIndex(mode->findData(int(CompletionMode::Automatic)));
    record(window);
    completion->findChild<QCheckBox *>(u"receiveGradeCheckBox"_s)->setChecked(true);
    record(window);
    QCOMPARE(quiz->data().completion.mode, CompletionMode::Automatic);
    QVERIFY(quiz->data().completion.receiveGrade);

    // 5. A restriction: available from a date.
    auto *restriction = window.formPane()->activityForm()->findChild<RestrictionEditor *>(
        u"activityRestrictionEditor"_s);
    QVERIFY(restriction);
    chooseMenuEntry(restriction->findChild<QToolButton *>(u"addToolButton"_s), u"Date"_s);
    record(window);
    restriction->findChild<QDateTimeEdit *>(u"dateTimeEdit"_s)
        ->setDateTime(QDateTime(QDate(2026, 9, 1), QTime(8, 0)));
    record(window);
    QCOMPARE(quiz->data().restriction.items.size(), size_t(1));
    QCOMPARE(quiz->data().restriction.items[0].condition.type, ConditionType::Date);

    // 6. Duplicate the section, from Edit → Duplicate.
    window.selectNode(section->id());
    const int questions = doc->questionBank()->childAt(0)->childCount();
    window.findChild<QAction *>(u"duplicateAction"_s)->trigger();
    record(window);
    QCOMPARE(doc->course()->childCount(), sectionsBefore + 2);
    auto *copy = static_cast<Activity *>(doc->course()->childAt(sectionsBefore + 1)->childAt(0));
    QCOMPARE(copy->kind(), ActivityKind::Quiz);
    QCOMPARE(copy->data().restriction, quiz->data().restriction);
    QCOMPARE(copy->data().completion, quiz->data().completion);
    // The copy has copies of the questions.
    QCOMPARE(doc->questionBank()->childAt(0)->childCount(), questions + 3);
    QVERIFY(copy->settings<QuizSettings>()->slots[0].question != slots[0].question);

    // Undo everything from Edit → Undo, matching every recorded state on the way back…
    QAction *undo = window.findChild<QAction *>(u"undoAction"_s);
    QAction *redo = window.findChild<QAction *>(u"redoAction"_s);
    const int top = stack->index();
    QVERIFY(m_states.size() >= 10);
    int compared = 0;
    while (undo->isEnabled()) {
        undo->trigger();
        if (m_states.contains(stack->index())) {
            QCOMPARE(doc->snapshot(), m_states.value(stack->index()));
            ++compared;
        }
    }
    QCOMPARE(stack->index(), 0);
    QCOMPARE(doc->snapshot(), m_states.value(0));
    QCOMPARE(compared, m_states.size() - 1);
    QCOMPARE(doc->course()->childCount(), sectionsBefore);
    // … and redo everything, matching them again.
    compared = 0;
    while (redo->isEnabled()) {
        redo->trigger();
        if (m_states.contains(stack->index())) {
            QCOMPARE(doc->snapshot(), m_states.value(stack->index()));
            ++compared;
        }
    }
    QCOMPARE(stack->index(), top);
    QCOMPARE(compared, m_states.size() - 1);
    // The quiz editor follows: the quiz is shown with its three questions again.
    window.selectNode(quiz->id());
    QCOMPARE(editor->quiz(), quiz);
    QCOMPARE(editor->slotItem(2)->text(2), u"Numerical"_s);
}

void TestScenario::restrictionBuilderInFrench()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QTranslator translator;
    QVERIFY(translator.load(
        QLocale(QLocale::French, QLocale::France), u"parcours"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    const auto restore = qScopeGuard([&translator] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    });

    MainWindow window;
    QVERIFY(window.newFile(m_dir->filePath(u"phrase.parcours"_s)));
    window.show();
    CourseDocument *doc = window.document();
    Node *section = doc->course()->childAt(0);
    window.selectNode(section->id());
    window.findChild<QAction *>(u"addActivityAction%1"_s.arg(int(ActivityKind::Quiz)))->trigger();
    auto *quiz = static_cast<Activity *>(section->childAt(0));
    window.selectNode(section->id());
    window.findChild<QAction *>(u"addActivityAction%1"_s.arg(int(ActivityKind::Page)))->trigger();
    auto *page = static_cast<Activity *>(section->childAt(1));
    QCOMPARE(currentActivity(window), page);

    // On the page: the quiz must be complete with a pass grade, and from 1 September 2026, 8:00.
    auto *editor = window.formPane()->activityForm()->findChild<RestrictionEditor *>(
        u"activityRestrictionEditor"_s);
    auto *add = editor->findChild<QToolButton *>(u"addToolButton"_s);
    chooseMenuEntry(add, u"Achèvement d'activité"_s);
    chooseText(editor->findChild<QComboBox *>(u"activityComboBox"_s), quiz->displayName());
    chooseText(editor->findChild<QComboBox *>(u"stateComboBox"_s),
        u"doit être achevée avec un score suffisant"_s);
    chooseMenuEntry(add, u"Date"_s);
    editor->findChild<QDateTimeEdit *>(u"dateTimeEdit"_s)
        ->setDateTime(QDateTime(QDate(2026, 9, 1), QTime(8, 0)));

    Restriction expected;
    expected.op = RestrictionOp::All;
    RestrictionItem completion;
    completion.condition.type = ConditionType::Completion;
    completion.condition.activity = quiz->id();
    completion.condition.state = CompletionState::Passed;
    RestrictionItem date;
    date.condition.type = ConditionType::Date;
    date.condition.direction = DateDirection::From;
    date.condition.time = QDateTime(QDate(2026, 9, 1), QTime(8, 0)).toSecsSinceEpoch();
    expected.items = {completion, date};
    QCOMPARE(page->data().restriction, expected);

    const QString sentence
        = u"Non disponible à moins que (toutes les conditions) :<ul>"
          u"<li>L'activité <b>%1</b> est achevée et réussie</li>"
          u"<li>À partir du <b>1 septembre 2026, 08:00</b></li></ul>"_s.arg(quiz->displayName());
    QCOMPARE(editor->findChild<QLabel *>(u"sentenceLabel"_s)->text(), sentence);
    QCOMPARE(describeRestriction(page->data().restriction, *doc), sentence);
}

QTEST_MAIN(TestScenario)
#include "tst_scenario.moc"
