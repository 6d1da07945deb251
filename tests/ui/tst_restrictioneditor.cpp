// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/tools/treebuilder.h"
#include "ui/forms/restrictionbinder.h"
#include "ui/forms/restrictioneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

using SetActivityRestriction = SetNodeField<Activity, Restriction>;
using SetActivityString = SetNodeField<Activity, QString>;

namespace {

/** Triggers the entry of an "Add restriction…" menu as a keyboard user would choose it. */
void chooseAdd(QToolButton *button, const QString &text)
{
    QVERIFY(button);
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

qint64 localTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toSecsSinceEpoch();
}

} // namespace

/** Drives the real widgets in French, as a teacher-trainer would, and checks the document. */
class TestRestrictionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void buildsTreeAndSentence();
    void eyeFollowsTheSetForAny();
    void deleteRow();
    void followsUndoAndOtherChanges();
    void sectionRestriction();
    void keyboardAndNames();
    void screenshot();

private:
    RestrictionEditor *editor() const { return m_editor.get(); }

    QTranslator m_translator;
    QTemporaryDir m_dir;
    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<RestrictionEditor> m_editor;
    std::unique_ptr<RestrictionBinder> m_binder;
    NodeId m_quiz = 0;
    NodeId m_page = 0;
    NodeId m_test = 0;
    NodeId m_target = 0;
    int m_docs = 0;
};

void TestRestrictionEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_translator.load(
        QLocale(QLocale::French, QLocale::France), u"parcours"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_translator);
}

void TestRestrictionEditor::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestRestrictionEditor::init()
{
    QString error;
    m_doc = CourseDocument::create(m_dir.filePath(u"editor%1.parcours"_s.arg(++m_docs)), &error);
    QVERIFY2(m_doc, qPrintable(error));
    TreeBuilder builder;
    SectionData section;
    section.title = u"Séance 1"_s;
    const NodeId s = builder.addSection(section);
    ActivityData data;
    data.name = u"Quiz 1"_s;
    data.settings = QuizSettings {};
    m_quiz = builder.addActivity(s, data);
    data.name = u"Lire le guide"_s;
    data.settings = PageSettings {};
    m_page = builder.addActivity(s, data);
    data.name = u"Test 1"_s;
    data.settings = QuizSettings {};
    m_test = builder.addActivity(s, data);
    data.name = u"Atelier final"_s;
    data.settings = PageSettings {};
    m_target = builder.addActivity(s, data);
    QVERIFY2(builder.applyTo(m_doc.get(), &error), qPrintable(error));

    m_editor = std::make_unique<RestrictionEditor>();
    m_binder = std::make_unique<RestrictionBinder>(m_doc.get(), m_editor.get());
    m_binder->setNode(m_doc->node(m_target));
}

void TestRestrictionEditor::cleanup()
{
    m_binder.reset();
    m_editor.reset();
    m_doc.reset();
}

void TestRestrictionEditor::buildsTreeAndSentence()
{
    auto *target = m_doc->nodeAs<Activity>(m_target);
    QSignalSpy edited(editor(), &RestrictionEditor::restrictionEdited);
    auto *add = editor()->findChild<QToolButton *>(u"addToolButton"_s);

    // Any of: completion of "Quiz 1", a date, and a nested "all" set with a grade condition.
    chooseText(editor()->findChild<QComboBox *>(u"opComboBox"_s), u"une des"_s);
    chooseAdd(add, u"Achèvement d'activité"_s);
    chooseText(editor()->findChild<QComboBox *>(u"activityComboBox"_s), u"Quiz 1"_s);
    chooseAdd(add, u"Date"_s);
    chooseText(editor()->findChild<QComboBox *>(u"directionComboBox"_s), u"jusqu'au"_s);
    editor()
        ->findChild<QDateTimeEdit *>(u"dateTimeEdit"_s)
        ->setDateTime(QDateTime(QDate(2026, 1, 15), QTime(18, 0)));
    chooseAdd(add, u"Ensemble de restrictions"_s);
    auto *set = editor()->findChild<QWidget *>(u"setFrame"_s);
    QVERIFY(set);
    // The nested set starts with an activity completion row: delete it, add a grade instead.
    const auto setDeletes = set->findChildren<QToolButton *>(u"deleteToolButton"_s);
    QCOMPARE(setDeletes.size(), 2); // the set's own and its condition's
    setDeletes.last()->click();
    set = editor()->findChild<QWidget *>(u"setFrame"_s);
    chooseAdd(set->findChild<QToolButton *>(u"setAddToolButton"_s), u"Note"_s);
    set = editor()->findChild<QWidget *>(u"setFrame"_s);
    auto *gradeActivity = set->findChild<QComboBox *>(u"activityComboBox"_s);
    // Only graded activities are offered, by name, and never the activity being edited.
    QCOMPARE(gradeActivity->count(), 2);
    chooseText(gradeActivity, u"Test 1"_s);
    set->findChild<QCheckBox *>(u"minCheckBox"_s)->setChecked(true);
    // The spin box being typed in stays the same widget while its command is pushed.
    QPointer<QDoubleSpinBox> minSpin = set->findChild<QDoubleSpinBox *>(u"minSpinBox"_s);
    minSpin->setFocus();
    minSpin->setValue(60);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(minSpin);
    QCOMPARE(editor()->findChild<QDoubleSpinBox *>(u"minSpinBox"_s), minSpin.data());
    // The whole set is hidden when not met ("any": one eye for the set).
    auto *eye = editor()->findChild<QToolButton *>(u"rootEyeToolButton"_s);
    QVERIFY(eye->isVisibleTo(editor()));
    eye->click();

    Restriction expected;
    expected.op = RestrictionOp::Any;
    expected.hidden = true;
    RestrictionItem completion;
    completion.condition.type = ConditionType::Completion;
    completion.condition.activity = m_quiz;
    completion.condition.state = CompletionState::Complete;
    RestrictionItem date;
    date.condition.type = ConditionType::Date;
    date.condition.direction = DateDirection::Until;
    date.condition.time = localTime(2026, 1, 15, 18, 0);
    RestrictionItem grade;
    grade.condition.type = ConditionType::Grade;
    grade.condition.activity = m_test;
    grade.condition.minPercent = 60;
    RestrictionItem nested;
    nested.isSet = true;
    nested.set.op = RestrictionOp::All;
    nested.set.items = {grade};
    expected.items = {completion, date, nested};

    QVERIFY(!edited.isEmpty());
    QCOMPARE(edited.last().first().value<Restriction>(), expected);
    QCOMPARE(editor()->restriction(), expected);
    QCOMPARE(target->data().restriction, expected);
    QCOMPARE(editor()->findChild<QLabel *>(u"sentenceLabel"_s)->text(),
        u"(masqué) Non disponible à moins que (une des conditions) :<ul>"
        u"<li>L'activité <b>Quiz 1</b> est marquée comme achevée</li>"
        u"<li>Jusqu'au <b>15 janvier 2026, 18:00</b></li>"
        u"<li>toutes les conditions suivantes :<ul>"
        u"<li>Vous obtenez une note requise dans <b>Test 1</b> (≥ 60 %)</li></ul></li></ul>"_s);

    // Each step is an undo command; undo takes back the eye, then the minimum grade.
    QUndoStack *stack = m_doc->undoStack();
    Restriction beforeEye = expected;
    beforeEye.hidden = false;
    stack->undo();
    QCOMPARE(target->data().restriction, beforeEye);
    QCOMPARE(editor()->restriction(), beforeEye);
    QVERIFY(!editor()->findChild<QToolButton *>(u"rootEyeToolButton"_s)->isChecked());
    // Checking "must be ≥" (50 % offered) and typing 60 are two steps.
    stack->undo();
    Restriction beforeMin = beforeEye;
    beforeMin.items[2].set.items[0].condition.minPercent = 50;
    QCOMPARE(target->data().restriction, beforeMin);
    QCOMPARE(editor()->findChild<QDoubleSpinBox *>(u"minSpinBox"_s)->value(), 50.0);
    stack->undo();
    beforeMin.items[2].set.items[0].condition.minPercent = std::nullopt;
    QCOMPARE(target->data().restriction, beforeMin);
    QVERIFY(!editor()->findChild<QCheckBox *>(u"minCheckBox"_s)->isChecked());
    QVERIFY(!editor()->findChild<QDoubleSpinBox *>(u"minSpinBox"_s)->isEnabled());
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(target->data().restriction, Restriction {});
    QCOMPARE(editor()->restriction(), Restriction {});
    QCOMPARE(editor()->findChild<QLabel *>(u"sentenceLabel"_s)->text(),
        u"Aucune restriction d'accès."_s);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(target->data().restriction, expected);
}

void TestRestrictionEditor::eyeFollowsTheSetForAny()
{
    auto *add = editor()->findChild<QToolButton *>(u"addToolButton"_s);
    chooseAdd(add, u"Achèvement d'activité"_s);
    chooseAdd(add, u"Achèvement d'activité"_s);
    // "All": one eye per item, none for the set.
    QVERIFY(!editor()->findChild<QToolButton *>(u"rootEyeToolButton"_s)->isVisibleTo(editor()));
    auto eyes = editor()
                    ->findChild<QWidget *>(u"rowsWidget"_s)
                    ->findChildren<QToolButton *>(u"eyeToolButton"_s);
    QCOMPARE(eyes.size(), 2);
    eyes.last()->click();
    QVERIFY(m_doc->nodeAs<Activity>(m_target)->data().restriction.items.at(1).hidden);
    QCOMPARE(eyes.last()->text(), u"Masqué"_s);
    const QString sentence = editor()->findChild<QLabel *>(u"sentenceLabel"_s)->text();
    QVERIFY2(sentence.endsWith(u"achevée (masqué)</li></ul>"_s), qPrintable(sentence));

    // "Must not … any": still item by item; "must not … all": the set.
    chooseText(editor()->findChild<QComboBox *>(u"matchComboBox"_s), u"ne doit pas"_s);
    chooseText(editor()->findChild<QComboBox *>(u"opComboBox"_s), u"une des"_s);
    QCOMPARE(m_doc->nodeAs<Activity>(m_target)->data().restriction.op, RestrictionOp::NotAny);
    QCOMPARE(editor()
                 ->findChild<QWidget *>(u"rowsWidget"_s)
                 ->findChildren<QToolButton *>(u"eyeToolButton"_s)
                 .size(),
        2);
    chooseText(editor()->findChild<QComboBox *>(u"opComboBox"_s), u"toutes les"_s);
    QCOMPARE(m_doc->nodeAs<Activity>(m_target)->data().restriction.op, RestrictionOp::NotAll);
    QVERIFY(editor()->findChild<QToolButton *>(u"rootEyeToolButton"_s)->isVisibleTo(editor()));
    QVERIFY(editor()
                ->findChild<QWidget *>(u"rowsWidget"_s)
                ->findChildren<QToolButton *>(u"eyeToolButton"_s)
                .isEmpty());
    QVERIFY(editor()
                ->findChild<QLabel *>(u"sentenceLabel"_s)
                ->text()
                .startsWith(u"Non disponible si (toutes les conditions) :"_s));
}

void TestRestrictionEditor::deleteRow()
{
    auto *add = editor()->findChild<QToolButton *>(u"addToolButton"_s);
    chooseAdd(add, u"Achèvement d'activité"_s);
    chooseAdd(add, u"Date"_s);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    editor()->findChildren<QToolButton *>(u"deleteToolButton"_s).first()->click();
    const Restriction r = m_doc->nodeAs<Activity>(m_target)->data().restriction;
    QCOMPARE(r.items.size(), size_t(1));
    QCOMPARE(r.items.front().condition.type, ConditionType::Date);
    QCOMPARE(editor()->findChildren<QWidget *>(u"conditionRowWidget"_s).size(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 3);
}

void TestRestrictionEditor::followsUndoAndOtherChanges()
{
    auto *add = editor()->findChild<QToolButton *>(u"addToolButton"_s);
    chooseAdd(add, u"Achèvement d'activité"_s);
    chooseText(editor()->findChild<QComboBox *>(u"activityComboBox"_s), u"Lire le guide"_s);
    chooseText(editor()->findChild<QComboBox *>(u"stateComboBox"_s),
        u"doit être achevée avec un score suffisant"_s);
    QCOMPARE(m_doc->nodeAs<Activity>(m_target)->data().restriction.items.front().condition.state,
        CompletionState::Passed);
    // Edits of two different controls are two undo steps; the editor follows each undo.
    const int index = m_doc->undoStack()->index();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->undoStack()->index(), index - 1);
    QCOMPARE(editor()->findChild<QComboBox *>(u"stateComboBox"_s)->currentText(),
        u"doit être marquée comme achevée"_s);
    QCOMPARE(
        editor()->findChild<QComboBox *>(u"activityComboBox"_s)->currentText(), u"Lire le guide"_s);

    // A change of another node's restriction leaves the editor alone; a rename shows at once.
    auto *quiz = m_doc->nodeAs<Activity>(m_quiz);
    Restriction other;
    other.items.push_back(RestrictionItem {});
    QVERIFY(SetActivityRestriction::push(
        m_doc.get(), quiz, &ActivityData::restriction, other, NodeField::Restriction, u"other"_s));
    QCOMPARE(editor()->restriction().items.front().condition.activity, m_page);
    QVERIFY(SetActivityString::push(m_doc.get(), m_doc->nodeAs<Activity>(m_page),
        &ActivityData::name, u"Lire le guide (version 2)"_s, NodeField::Name, u"rename"_s));
    QCOMPARE(editor()->findChild<QComboBox *>(u"activityComboBox"_s)->currentText(),
        u"Lire le guide (version 2)"_s);
    QVERIFY(editor()
                ->findChild<QLabel *>(u"sentenceLabel"_s)
                ->text()
                .contains(u"<b>Lire le guide (version 2)</b>"_s));

    // A condition on an activity that no longer exists says so.
    Restriction dangling = editor()->restriction();
    dangling.items.front().condition.activity = 424242;
    editor()->setRestriction(dangling);
    QCOMPARE(editor()->findChild<QComboBox *>(u"activityComboBox"_s)->currentText(),
        u"(activité supprimée)"_s);
}

void TestRestrictionEditor::sectionRestriction()
{
    auto *section = m_doc->node(m_target)->parent();
    QCOMPARE(section->type(), NodeType::Section);
    m_binder->setNode(section);
    chooseAdd(editor()->findChild<QToolButton *>(u"addToolButton"_s), u"Achèvement d'activité"_s);
    // A section may name any activity, its own included.
    QCOMPARE(editor()->findChild<QComboBox *>(u"activityComboBox"_s)->count(), 4);
    const Restriction r = static_cast<Section *>(section)->data().restriction;
    QCOMPARE(r.items.size(), size_t(1));
    QCOMPARE(r.items.front().condition.activity, m_quiz);
    QCOMPARE(m_doc->undoStack()->undoText(), u"Modifier la restriction d'accès de « Séance 1 »"_s);
    QVERIFY(m_doc->nodeAs<Activity>(m_target)->data().restriction.isEmpty());

    // The node leaves the tree: the editor lets it go; removed activities leave the lists.
    m_binder->setNode(m_doc->node(m_target));
    QVERIFY(editor()->isEnabled());
    QVERIFY(pushRemoveNode(m_doc.get(), m_doc->node(m_page)));
    m_binder->setNode(section);
    QCOMPARE(editor()->findChild<QComboBox *>(u"activityComboBox"_s)->count(), 3);
    QVERIFY(pushRemoveNode(m_doc.get(), m_doc->node(m_target)));
    QVERIFY(editor()->isEnabled());
    m_binder->setNode(m_doc->node(m_quiz));
    QVERIFY(pushRemoveNode(m_doc.get(), m_doc->node(m_quiz)));
    QVERIFY(!editor()->isEnabled());
    QCOMPARE(m_binder->node(), nullptr);
    QCOMPARE(editor()->restriction(), Restriction {});
}

void TestRestrictionEditor::keyboardAndNames()
{
    auto *add = editor()->findChild<QToolButton *>(u"addToolButton"_s);
    chooseAdd(add, u"Note"_s);
    chooseAdd(add, u"Ensemble de restrictions"_s);
    const auto widgets = editor()->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(editor()))
            continue;
        // A spin box's inner line edit gets the spin box's focus: the spin box carries the name.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        // Every control has a name a screen reader can say (its text, or an accessible name).
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const bool named = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named,
            qPrintable(w->objectName() + u' ' + QLatin1String(w->metaObject()->className())));
    }
    // Tab goes from the header through the rows to the add button, in reading order.
    editor()->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor()));
    auto *match = editor()->findChild<QComboBox *>(u"matchComboBox"_s);
    match->setFocus();
    QList<QWidget *> visited;
    for (QWidget *w = match; w && !visited.contains(w); w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
            visited.append(w);
    }
    QStringList names;
    for (QWidget *w : std::as_const(visited))
        names.append(w->objectName());
    const qsizetype grade = names.indexOf(u"activityComboBox"_s);
    const qsizetype nested = names.indexOf(u"setMatchComboBox"_s);
    const qsizetype root = names.indexOf(u"addToolButton"_s);
    QVERIFY2(names.indexOf(u"opComboBox"_s) < grade && grade < nested && nested < root,
        qPrintable(names.join(u", "_s)));
}

void TestRestrictionEditor::screenshot()
{
    const QString path = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (path.isEmpty())
        QSKIP("Set PARCOURS_SCREENSHOT_DIR to write restriction.png");
    Restriction r;
    r.op = RestrictionOp::All;
    RestrictionItem completion;
    completion.condition.activity = m_quiz;
    completion.condition.state = CompletionState::Passed;
    RestrictionItem date;
    date.condition.type = ConditionType::Date;
    date.condition.time = localTime(2026, 1, 1, 0, 0);
    date.hidden = true;
    RestrictionItem grade;
    grade.condition.type = ConditionType::Grade;
    grade.condition.activity = m_test;
    grade.condition.minPercent = 50;
    grade.condition.maxPercent = 80;
    RestrictionItem page;
    page.condition.activity = m_page;
    RestrictionItem nested;
    nested.isSet = true;
    nested.set.op = RestrictionOp::Any;
    nested.set.items = {grade, page};
    r.items = {completion, date, nested};
    editor()->setRestriction(r);
    editor()->resize(editor()->sizeHint().expandedTo(QSize(900, 0)));
    editor()->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor()));
    QVERIFY(editor()->grab().save(path + u"/restriction.png"_s));
}

QTEST_MAIN(TestRestrictionEditor)
#include "tst_restrictioneditor.moc"
