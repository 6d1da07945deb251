// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/export/mbzexporter.h"
#include "core/import/mbzimporter.h"
#include "core/model/coursedocument.h"
#include "core/model/questionbank.h"
#include "core/tools/sample.h"
#include "ui/mainwindow.h"
#include "ui/questions/questionform.h"
#include "ui/quiz/questionbankview.h"
#include "ui/quiz/questiontypeinfo.h"
#include "ui/quiz/quizeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

/**
 * The quiz editor driven through its real widgets: adding each type of question, marks, page
 * breaks, reordering with the keyboard and by dragging, adding from the bank by drop, removing
 * and duplicating; each is one undo step that undo and redo take back and forth exactly.
 */
class TestQuizEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addsEachTypeInTheQuizCategory();
    void marksAreEditedWithASpinBox();
    void pageBreaksAndRepagination();
    void reorderWithTheKeyboard();
    void reorderByDragging();
    void dropFromTheBankAddsSlots();
    void addFromTheBankDialog();
    void removeKeepsTheQuestionInTheBank();
    void duplicateCopiesTheQuestion();
    void liveChecksMarkFaultyQuestions();
    void shuffleASection();
    void sectionHeadings();
    void selectingASlotShowsItsQuestionForm();
    void randomSlotsAreAddedAndEdited();
    void importedRandomSlotsAreNotErrors();
    void exportsARandomSlotMadeInTheEditor();
    void requirePreviousIsToggledAndShown();
    void screenshot();

private:
    Activity *makeQuiz();
    QList<NodeId> slotQuestions() const;
    QStringList rowTexts() const;
    /** Undoes the last step and redoes it, checking the document both ways. */
    void checkUndoRedo(const QJsonObject &before);
    QAction *action(const QString &name) const;
    /** A category « Calcul » with a subcategory « Tables » holding a question. */
    QuestionCategory *makeCategories();
    void setSlots(const std::vector<QuizSlot> &slots);
    /** Shows the editor in an active window with the list focused, for keys and drops. */
    void showAndFocus();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<QuizEditor> m_editor;
    QTreeWidget *m_list = nullptr;
    Activity *m_quiz = nullptr;
};

void TestQuizEditor::init()
{
    m_editor.reset();
    m_doc.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = CourseDocument::create(m_dir->filePath(u"q.parcours"_s));
    QVERIFY(m_doc);
    m_quiz = makeQuiz();
    m_editor = std::make_unique<QuizEditor>(m_doc.get());
    m_editor->setQuiz(m_quiz);
    m_editor->resize(900, 700);
    m_list = m_editor->findChild<QTreeWidget *>(u"quizSlotTree"_s);
    QVERIFY(m_list);
}

Activity *TestQuizEditor::makeQuiz()
{
    CourseDocument *d = m_doc.get();
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    auto quiz = newActivity(d, ActivityKind::Quiz);
    Node *added = pushAddNode(d, section, 0, std::move(quiz));
    SetNodeField<Activity, QString>::push(d, static_cast<Activity *>(added), &ActivityData::name,
        u"Quiz maternelle"_s, NodeField::Name, u"Rename"_s);
    d->undoStack()->clear();
    return static_cast<Activity *>(added);
}

QList<NodeId> TestQuizEditor::slotQuestions() const
{
    QList<NodeId> ids;
    for (const QuizSlot &slot : m_quiz->settings<QuizSettings>()->slots)
        ids.append(slot.question);
    return ids;
}

QStringList TestQuizEditor::rowTexts() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        rows.append(m_list->topLevelItem(i)->text(0));
    return rows;
}

QAction *TestQuizEditor::action(const QString &name) const
{
    return m_editor->findChild<QAction *>(name);
}

void TestQuizEditor::showAndFocus()
{
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_list->setFocus();
}

void TestQuizEditor::checkUndoRedo(const QJsonObject &before)
{
    const QJsonObject after = m_doc->snapshot();
    QVERIFY(after != before);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->snapshot(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->snapshot(), after);
}

void TestQuizEditor::addsEachTypeInTheQuizCategory()
{
    const QList<QuestionType> types = QuestionTypeInfo::creatableTypes();
    QCOMPARE(types.size(), 10);
    auto *menu = m_editor->findChild<QMenu *>(u"quizAddMenu"_s);
    QVERIFY(menu);
    // The types, then « A random question… » after a separator.
    QCOMPARE(menu->actions().size(), types.size() + 2);
    const QJsonObject empty = m_doc->snapshot();
    for (int i = 0; i < types.size(); ++i) {
        const QString key = QString::fromLatin1(
            QMetaEnum::fromType<QuestionType>().valueToKey(static_cast<int>(types[i])));
        QAction *add = menu->findChild<QAction *>(u"quizAdd"_s + key + u"Action"_s);
        QVERIFY2(add, qPrintable(key));
        // After the last one.
        m_editor->setCurrentSlot(i - 1);
        const QJsonObject before = m_doc->snapshot();
        const int steps = m_doc->undoStack()->count();
        add->trigger();
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        const auto &slots = m_quiz->settings<QuizSettings>()->slots;
        QCOMPARE(static_cast<int>(slots.size()), i + 1);
        auto *question = m_doc->nodeAs<Question>(slots.back().question);
        QVERIFY(question);
        QCOMPARE(question->data().type, types[i]);
        QCOMPARE(question->parent()->displayName(), u"Default for Quiz maternelle"_s);
        QCOMPARE(m_editor->currentSlot(), i);
        checkUndoRedo(before);
    }
    // One category for all of them.
    QCOMPARE(m_doc->questionBank()->childCount(), 1);
    QCOMPARE(m_doc->questionBank()->childAt(0)->childCount(), types.size());
    auto *summary = m_editor->findChild<QLabel *>(u"quizSummaryLabel"_s);
    QVERIFY(summary->text().contains(u"10 question"_s));
    QVERIFY(summary->text().contains(u"Total of marks: 10.00"_s));
    // Undoing every step leaves the document as it was, category included.
    for (int i = 0; i < types.size(); ++i)
        m_doc->undoStack()->undo();
    QCOMPARE(m_doc->snapshot(), empty);
    QCOMPARE(m_list->topLevelItemCount(), 0);
}

void TestQuizEditor::marksAreEditedWithASpinBox()
{
    m_editor->addNewQuestion(QuestionType::TrueFalse);
    m_editor->addNewQuestion(QuestionType::ShortAnswer);
    showAndFocus();
    m_editor->setCurrentSlot(1);
    m_list->setFocus();
    const QJsonObject before = m_doc->snapshot();
    QTest::keyClick(m_list, Qt::Key_F2);
    auto *spin = m_list->findChild<QDoubleSpinBox *>(u"slotMarkSpinBox"_s);
    QVERIFY(spin);
    QCOMPARE(spin->decimals(), 2);
    QCOMPARE(spin->value(), 1.0);
    spin->selectAll();
    QTest::keyClicks(spin, u"2.5"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(m_quiz->settings<QuizSettings>()->slots[1].mark, 2.5);
    QCOMPARE(m_quiz->settings<QuizSettings>()->slots[0].mark, 1.0);
    QCOMPARE(m_editor->slotItem(1)->text(3), u"2.50"_s);
    QVERIFY(m_editor->findChild<QLabel *>(u"quizSummaryLabel"_s)
                ->text()
                .contains(u"Total of marks: 3.50"_s));
    QVERIFY(m_doc->undoStack()->undoText().contains(u"mark"_s));
    checkUndoRedo(before);
}

void TestQuizEditor::pageBreaksAndRepagination()
{
    for (int i = 0; i < 4; ++i)
        m_editor->addNewQuestion(QuestionType::MultiChoice);
    // One question per page, the quiz's default.
    QCOMPARE(rowTexts().count(u"Page 1"_s), 1);
    QVERIFY(rowTexts().contains(u"Page 4"_s));
    auto *removeBreak = action(u"quizRemovePageBreakAction"_s);
    auto *addBreak = action(u"quizAddPageBreakAction"_s);
    m_editor->setCurrentSlot(0);
    QVERIFY(removeBreak->isEnabled());
    QVERIFY(!addBreak->isEnabled());
    QJsonObject before = m_doc->snapshot();
    showAndFocus();
    QTest::keyClick(m_list, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_quiz->settings<QuizSettings>()->slots[1].newPage);
    QVERIFY(!rowTexts().contains(u"Page 4"_s));
    QVERIFY(addBreak->isEnabled());
    checkUndoRedo(before);

    before = m_doc->snapshot();
    addBreak->trigger();
    QVERIFY(m_quiz->settings<QuizSettings>()->slots[1].newPage);
    checkUndoRedo(before);

    // Two per page, then repaginate.
    QuizSettings settings = *m_quiz->settings<QuizSettings>();
    settings.questionsPerPage = 2;
    SetNodeField<Activity, ActivitySettings>::push(m_doc.get(), m_quiz, &ActivityData::settings,
        ActivitySettings(settings), NodeField::Settings, u"Per page"_s);
    before = m_doc->snapshot();
    action(u"quizRepaginateAction"_s)->trigger();
    const auto &slots = m_quiz->settings<QuizSettings>()->slots;
    QCOMPARE(slots[0].newPage, true);
    QCOMPARE(slots[1].newPage, false);
    QCOMPARE(slots[2].newPage, true);
    QCOMPARE(slots[3].newPage, false);
    QCOMPARE(rowTexts(), QStringList({u"Page 1"_s, u"1"_s, u"2"_s, u"Page 2"_s, u"3"_s, u"4"_s}));
    checkUndoRedo(before);
    // A question added at the end follows « two per page ».
    m_editor->setCurrentSlot(-1);
    m_editor->addNewQuestion(QuestionType::Essay);
    QVERIFY(m_quiz->settings<QuizSettings>()->slots[4].newPage);
}

void TestQuizEditor::reorderWithTheKeyboard()
{
    Question *a = m_editor->addNewQuestion(QuestionType::MultiChoice);
    Question *b = m_editor->addNewQuestion(QuestionType::TrueFalse);
    Question *c = m_editor->addNewQuestion(QuestionType::Numerical);
    showAndFocus();
    m_editor->setCurrentSlot(0);
    m_list->setFocus();
    QVERIFY(!action(u"quizMoveUpAction"_s)->isEnabled());
    QJsonObject before = m_doc->snapshot();
    QTest::keyClick(m_list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(slotQuestions(), QList<NodeId>({b->id(), a->id(), c->id()}));
    QCOMPARE(m_editor->currentSlot(), 1);
    QVERIFY(m_doc->undoStack()->undoText().contains(u"down"_s));
    checkUndoRedo(before);
    before = m_doc->snapshot();
    QTest::keyClick(m_list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(slotQuestions(), QList<NodeId>({b->id(), c->id(), a->id()}));
    QVERIFY(!action(u"quizMoveDownAction"_s)->isEnabled());
    checkUndoRedo(before);
    before = m_doc->snapshot();
    QTest::keyClick(m_list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(slotQuestions(), QList<NodeId>({b->id(), a->id(), c->id()}));
    checkUndoRedo(before);
    // Page breaks stay where they were: every slot still starts a page.
    for (const QuizSlot &slot : m_quiz->settings<QuizSettings>()->slots)
        QVERIFY(slot.newPage);
}

void TestQuizEditor::reorderByDragging()
{
    Question *a = m_editor->addNewQuestion(QuestionType::MultiChoice);
    Question *b = m_editor->addNewQuestion(QuestionType::TrueFalse);
    Question *c = m_editor->addNewQuestion(QuestionType::Numerical);
    showAndFocus();
    // The drag data of the first slot, as the list makes it when a drag starts.
    QTreeWidgetItem *first = m_editor->slotItem(0);
    QVERIFY(first->flags() & Qt::ItemIsDragEnabled);
    const QModelIndex index = m_list->indexFromItem(first);
    std::unique_ptr<QMimeData> data(m_list->model()->mimeData({index}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(QuizEditor::slotMimeType()));
    // Dropped on the lower half of the last slot: after it.
    const QRect last = m_list->visualItemRect(m_editor->slotItem(2));
    const QPoint pos(last.center().x(), last.bottom() - 1);
    const QJsonObject before = m_doc->snapshot();
    QDragEnterEvent enter(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_list->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drop.dropAction(), Qt::CopyAction);
    QCOMPARE(slotQuestions(), QList<NodeId>({b->id(), c->id(), a->id()}));
    checkUndoRedo(before);
}

void TestQuizEditor::dropFromTheBankAddsSlots()
{
    Question *a = m_editor->addNewQuestion(QuestionType::MultiChoice);
    Question *b = m_editor->addNewQuestion(QuestionType::TrueFalse);
    // Two questions in another category of the bank.
    CourseDocument *d = m_doc.get();
    Node *other = pushAddNode(d, d->questionBank(), 1, newQuestionCategory(d));
    Node *x = pushAddNode(d, other, 0, newQuestion(d, QuestionType::Essay));
    Node *y = pushAddNode(d, other, 1, newQuestion(d, QuestionType::Match));

    QuestionBankView bank;
    bank.setDocument(d);
    bank.setCurrentCategory(static_cast<QuestionCategory *>(other));
    auto *bankList = bank.findChild<QTreeView *>(u"questionTreeView"_s);
    bankList->selectAll();
    QCOMPARE(bank.selectedQuestions().size(), 2);
    // The drag data the bank's list produces.
    std::unique_ptr<QMimeData> data(
        bankList->model()->mimeData(bankList->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    QCOMPARE(QuestionBankView::questionIds(data.get()), QList<NodeId>({x->id(), y->id()}));

    showAndFocus();
    // Dropped on the upper half of the second slot: before it.
    const QRect second = m_list->visualItemRect(m_editor->slotItem(1));
    const QPoint pos(second.center().x(), second.top() + 1);
    const QJsonObject before = m_doc->snapshot();
    const int steps = d->undoStack()->count();
    QDragEnterEvent enter(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_list->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(d->undoStack()->count(), steps + 1);
    QCOMPARE(slotQuestions(), QList<NodeId>({a->id(), x->id(), y->id(), b->id()}));
    // The bank counts the uses.
    QCOMPARE(QuestionBankView::quizUsageCount(d, x->id()), 1);
    checkUndoRedo(before);

    // Something else is refused.
    QMimeData text;
    text.setText(u"hello"_s);
    QDragEnterEvent refused(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_list->viewport(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestQuizEditor::addFromTheBankDialog()
{
    CourseDocument *d = m_doc.get();
    Node *category = pushAddNode(d, d->questionBank(), 0, newQuestionCategory(d));
    Node *x = pushAddNode(d, category, 0, newQuestion(d, QuestionType::Essay));
    m_editor->show();
    const QJsonObject before = m_doc->snapshot();
    action(u"quizAddFromBankAction"_s)->trigger();
    auto *dialog = m_editor->findChild<QDialog *>(u"quizAddFromBankDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *bank = dialog->findChild<QuestionBankView *>();
    bank->selectQuestion(static_cast<Question *>(x));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(slotQuestions(), QList<NodeId>({x->id()}));
    checkUndoRedo(before);
}

void TestQuizEditor::removeKeepsTheQuestionInTheBank()
{
    m_editor->addNewQuestion(QuestionType::MultiChoice);
    Question *b = m_editor->addNewQuestion(QuestionType::TrueFalse);
    showAndFocus();
    m_editor->setCurrentSlot(1);
    m_list->setFocus();
    const QJsonObject before = m_doc->snapshot();
    QTest::keyClick(m_list, Qt::Key_Delete);
    QCOMPARE(slotQuestions().size(), 1);
    QCOMPARE(m_doc->nodeAs<Question>(b->id()), b);
    QVERIFY(m_doc->undoStack()->undoText().contains(u"stays in the bank"_s));
    QCOMPARE(m_editor->currentSlot(), 0);
    checkUndoRedo(before);
}

void TestQuizEditor::duplicateCopiesTheQuestion()
{
    Question *a = m_editor->addNewQuestion(QuestionType::ShortAnswer);
    m_editor->addNewQuestion(QuestionType::TrueFalse);
    QuizSettings settings = *m_quiz->settings<QuizSettings>();
    settings.slots[0].mark = 3;
    SetNodeField<Activity, ActivitySettings>::push(m_doc.get(), m_quiz, &ActivityData::settings,
        ActivitySettings(settings), NodeField::Settings, u"Mark"_s);
    showAndFocus();
    m_editor->setCurrentSlot(0);
    m_list->setFocus();
    const QJsonObject before = m_doc->snapshot();
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_list, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const auto &slots = m_quiz->settings<QuizSettings>()->slots;
    QCOMPARE(slots.size(), size_t(3));
    auto *copy = m_doc->nodeAs<Question>(slots[1].question);
    QVERIFY(copy && copy != a);
    QCOMPARE(copy->data().type, QuestionType::ShortAnswer);
    QCOMPARE(copy->parent(), a->parent());
    QCOMPARE(slots[1].mark, 3.0);
    QCOMPARE(m_editor->currentSlot(), 1);
    checkUndoRedo(before);
}

void TestQuizEditor::liveChecksMarkFaultyQuestions()
{
    // A new multiple choice question has no answer yet: it has a problem.
    Question *q = m_editor->addNewQuestion(QuestionType::MultiChoice);
    QVERIFY(!m_editor->slotProblems(0).isEmpty());
    QTreeWidgetItem *item = m_editor->slotItem(0);
    QVERIFY(!item->icon(0).isNull());
    QVERIFY(!item->toolTip(0).isEmpty());
    QCOMPARE(item->toolTip(0), m_editor->slotProblems(0).join(u'\n'));
    QVERIFY(m_editor->findChild<QLabel *>(u"quizSummaryLabel"_s)->text().contains(u"to fix"_s));

    // Fixed: two answers, one fully right, and a text.
    QuestionData data = q->data();
    data.text = u"<p>Quelle est la bonne réponse ?</p>"_s;
    Answer right;
    right.text = u"Celle-ci"_s;
    right.fraction = 1;
    Answer wrong;
    wrong.text = u"Celle-là"_s;
    data.answers = {right, wrong};
    SetNodeField<Question, std::vector<Answer>>::push(
        m_doc.get(), q, &QuestionData::answers, data.answers, NodeField::Content, u"Answers"_s);
    SetNodeField<Question, QString>::push(
        m_doc.get(), q, &QuestionData::text, data.text, NodeField::Content, u"Text"_s);
    QCOMPARE(m_editor->slotProblems(0), QStringList());
    QVERIFY(m_editor->slotItem(0)->icon(0).isNull());

    // A question deleted from the bank is an error on its slot.
    pushRemoveNode(m_doc.get(), q);
    QVERIFY(m_editor->slotProblems(0).join(u' ').contains(u"not in the question bank"_s));
    QCOMPARE(m_editor->slotItem(0)->text(1), u"(missing question)"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_editor->slotItem(0)->text(1), u"New question"_s);
}

void TestQuizEditor::shuffleASection()
{
    m_editor->addNewQuestion(QuestionType::MultiChoice);
    m_editor->addNewQuestion(QuestionType::TrueFalse);
    m_editor->setCurrentSlot(1);
    auto *shuffle = action(u"quizShuffleAction"_s);
    QVERIFY(!shuffle->isChecked());
    const QJsonObject before = m_doc->snapshot();
    shuffle->trigger();
    const auto &sections = m_quiz->settings<QuizSettings>()->sections;
    QCOMPARE(sections.size(), size_t(1));
    QVERIFY(sections[0].shuffle);
    QVERIFY(shuffle->isChecked());
    QVERIFY(rowTexts().first().contains(u"shuffled"_s));
    checkUndoRedo(before);
}

void TestQuizEditor::sectionHeadings()
{
    for (int i = 0; i < 4; ++i)
        m_editor->addNewQuestion(QuestionType::TrueFalse);
    // Two per page.
    QuizSettings settings = *m_quiz->settings<QuizSettings>();
    settings.questionsPerPage = 2;
    SetNodeField<Activity, ActivitySettings>::push(m_doc.get(), m_quiz, &ActivityData::settings,
        ActivitySettings(settings), NodeField::Settings, u"Per page"_s);
    action(u"quizRepaginateAction"_s)->trigger();
    showAndFocus();
    m_editor->setCurrentSlot(3);
    auto *add = action(u"quizAddSectionAction"_s);
    QVERIFY(add->isEnabled());
    QJsonObject before = m_doc->snapshot();
    add->trigger();
    // A heading row, opened for typing; the section starts a page of its own.
    auto *edit = m_list->findChild<QLineEdit *>(u"sectionHeadingLineEdit"_s);
    QVERIFY(edit);
    const auto &sections = m_quiz->settings<QuizSettings>()->sections;
    QCOMPARE(sections.size(), size_t(2));
    QCOMPARE(sections[1].firstSlot, 3);
    QVERIFY(m_quiz->settings<QuizSettings>()->slots[3].newPage);
    checkUndoRedo(before);
    // Undo and redo closed the editor: open it again with F2 on the heading.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!m_list->findChild<QLineEdit *>(u"sectionHeadingLineEdit"_s));
    QTreeWidgetItem *heading = m_list->topLevelItem(rowTexts().indexOf(u"New section"_s));
    QVERIFY(heading);
    m_list->setCurrentItem(heading);
    QCOMPARE(m_editor->currentSlot(), -1);
    QTest::keyClick(m_list, Qt::Key_F2);
    edit = m_list->findChild<QLineEdit *>(u"sectionHeadingLineEdit"_s);
    QVERIFY(edit);
    before = m_doc->snapshot();
    edit->selectAll();
    QTest::keyClicks(edit, u"Pour aller plus loin"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_quiz->settings<QuizSettings>()->sections[1].heading, u"Pour aller plus loin"_s);
    QVERIFY(rowTexts().contains(u"Pour aller plus loin"_s));
    checkUndoRedo(before);
    // Shuffle that section from its heading.
    heading = m_list->topLevelItem(rowTexts().indexOf(u"Pour aller plus loin"_s));
    m_list->setCurrentItem(heading);
    action(u"quizShuffleAction"_s)->trigger();
    QVERIFY(m_quiz->settings<QuizSettings>()->sections[1].shuffle);
    QVERIFY(!m_quiz->settings<QuizSettings>()->sections[0].shuffle);
    // Remove it: its questions join the first section.
    heading
        = m_list->topLevelItem(rowTexts().indexOf(u"Pour aller plus loin (questions shuffled)"_s));
    QVERIFY(heading);
    m_list->setCurrentItem(heading);
    auto *remove = action(u"quizRemoveSectionAction"_s);
    QVERIFY(remove->isEnabled());
    before = m_doc->snapshot();
    remove->trigger();
    QCOMPARE(m_quiz->settings<QuizSettings>()->sections.size(), size_t(1));
    QCOMPARE(m_editor->currentSlot(), 3);
    checkUndoRedo(before);
}

void TestQuizEditor::selectingASlotShowsItsQuestionForm()
{
    Question *a = m_editor->addNewQuestion(QuestionType::MultiChoice);
    Question *b = m_editor->addNewQuestion(QuestionType::Numerical);
    auto *form = qobject_cast<QuestionForm *>(m_editor->questionForm());
    QVERIFY(form);
    QCOMPARE(form->question(), b);
    showAndFocus();
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_Up);
    QCOMPARE(m_editor->currentSlot(), 0);
    QCOMPARE(form->question(), a);
    QVERIFY(form->isVisible());
    // Renaming in the form renames the slot's row.
    SetNodeField<Question, QString>::push(
        m_doc.get(), a, &QuestionData::name, u"Couleurs"_s, NodeField::Name, u"Rename"_s);
    QCOMPARE(m_editor->slotItem(0)->text(1), u"Couleurs"_s);
    QCOMPARE(form->question(), a);
    // Another quiz, or none.
    m_editor->setQuiz(nullptr);
    QVERIFY(!m_editor->isEnabled());
    QCOMPARE(form->question(), nullptr);
}

QuestionCategory *TestQuizEditor::makeCategories()
{
    CourseDocument *d = m_doc.get();
    QuestionBank *bank = d->questionBank();
    QuestionCategoryData fields;
    fields.name = u"Calcul"_s;
    auto *calcul = static_cast<QuestionCategory *>(pushAddNode(
        d, bank, bank->childCount(), makeNode<QuestionCategory>(d->allocateId(), fields)));
    fields.name = u"Tables"_s;
    auto *tables = static_cast<QuestionCategory *>(
        pushAddNode(d, calcul, 0, makeNode<QuestionCategory>(d->allocateId(), fields)));
    pushAddNode(d, tables, 0, newQuestion(d, QuestionType::Numerical));
    d->undoStack()->clear();
    return calcul;
}

void TestQuizEditor::setSlots(const std::vector<QuizSlot> &slots)
{
    QuizSettings settings = *m_quiz->settings<QuizSettings>();
    settings.slots = slots;
    SetNodeField<Activity, ActivitySettings>::push(m_doc.get(), m_quiz, &ActivityData::settings,
        ActivitySettings(settings), NodeField::Settings, u"Slots"_s);
}

void TestQuizEditor::randomSlotsAreAddedAndEdited()
{
    QuestionCategory *calcul = makeCategories();
    const NodeId tables = calcul->childAt(0)->id();
    m_editor->addNewQuestion(QuestionType::TrueFalse);
    showAndFocus();
    m_editor->setCurrentSlot(0);

    // Ajouter ▸ Une question aléatoire… asks for the category.
    QJsonObject before = m_doc->snapshot();
    int steps = m_doc->undoStack()->count();
    action(u"quizAddRandomAction"_s)->trigger();
    auto *dialog = m_editor->findChild<QDialog *>(u"quizAddRandomDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *combo = dialog->findChild<QComboBox *>(u"quizRandomDialogCategoryCombo"_s);
    QVERIFY(combo);
    // Every category of the bank, sub-categories included.
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(QVariant::fromValue<NodeId>(calcul->id())));
    QVERIFY(combo->currentIndex() >= 0);
    dialog->findChild<QCheckBox *>(u"quizRandomDialogSubcategoriesCheckBox"_s)->setChecked(true);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const auto &slots = m_quiz->settings<QuizSettings>()->slots;
    QCOMPARE(static_cast<int>(slots.size()), 2);
    QVERIFY(slots[1].random);
    QCOMPARE(slots[1].question, NodeId(0));
    QCOMPARE(slots[1].category, calcul->id());
    QVERIFY(slots[1].includeSubcategories);
    QCOMPARE(m_editor->currentSlot(), 1);
    checkUndoRedo(before);
    m_editor->setCurrentSlot(1);

    // Shown as what it is, not as a missing question.
    QTreeWidgetItem *item = m_editor->slotItem(1);
    QCOMPARE(item->text(1), u"Random question — category “Calcul” (and subcategories)"_s);
    QCOMPARE(item->text(2), u"Random"_s);
    QVERIFY(!item->icon(1).isNull());
    QVERIFY(m_editor->slotProblems(1).isEmpty());
    QVERIFY(item->toolTip(0).isEmpty());
    QVERIFY(item->icon(0).isNull());
    // Its editor replaces the question form.
    QWidget *randomEditor = m_editor->randomSlotEditor();
    QVERIFY(randomEditor->isVisible());
    QVERIFY(!m_editor->questionForm()->isVisible());
    auto *category = randomEditor->findChild<QComboBox *>(u"quizRandomCategoryCombo"_s);
    auto *subcategories
        = randomEditor->findChild<QCheckBox *>(u"quizRandomSubcategoriesCheckBox"_s);
    QCOMPARE(category->currentData().value<NodeId>(), calcul->id());
    QVERIFY(subcategories->isChecked());

    // Each change is one undo step.
    before = m_doc->snapshot();
    steps = m_doc->undoStack()->count();
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Down);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_quiz->settings<QuizSettings>()->slots[1].category, tables);
    QVERIFY(m_editor->slotItem(1)->text(1).contains(u"“Tables”"_s));
    checkUndoRedo(before);
    before = m_doc->snapshot();
    QTest::keyClick(subcategories, Qt::Key_Space);
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QVERIFY(!m_quiz->settings<QuizSettings>()->slots[1].includeSubcategories);
    QVERIFY(!subcategories->isChecked());
    checkUndoRedo(before);

    // Its mark is edited in the list like any other.
    m_list->setFocus();
    QCOMPARE(m_editor->currentSlot(), 1);
    QTest::keyClick(m_list, Qt::Key_F2);
    auto *spin = m_list->findChild<QDoubleSpinBox *>(u"slotMarkSpinBox"_s);
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"3"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(m_quiz->settings<QuizSettings>()->slots[1].mark, 3.0);
    QVERIFY(m_quiz->settings<QuizSettings>()->slots[1].random);

    // Moving keeps it random, with its category.
    QCOMPARE(m_editor->currentSlot(), 1);
    action(u"quizMoveUpAction"_s)->trigger();
    QVERIFY(m_quiz->settings<QuizSettings>()->slots[0].random);
    QCOMPARE(m_quiz->settings<QuizSettings>()->slots[0].category, tables);
    QCOMPARE(m_quiz->settings<QuizSettings>()->slots[0].mark, 3.0);

    // Only a category gone from the bank is a fault.
    pushRemoveNode(m_doc.get(), m_doc->node(tables));
    QCOMPARE(m_editor->slotProblems(0).size(), 1);
    QVERIFY(m_editor->slotProblems(0).constFirst().contains(u"no longer exists"_s));
    QVERIFY(m_editor->slotItem(0)->toolTip(0).contains(u"no longer exists"_s));
    QCOMPARE(category->currentIndex(), -1);
}

void TestQuizEditor::importedRandomSlotsAreNotErrors()
{
    m_editor.reset();
    m_doc.reset();
    m_doc = CourseDocument::create(m_dir->filePath(u"r.parcours"_s));
    QString error;
    MbzImporter importer(QStringLiteral(TEST_DATA_DIR "/import/moodle43dev_random_question.mbz"));
    QVERIFY2(importer.import(m_doc.get(), &error), qPrintable(error));
    m_quiz = nullptr;
    m_doc->course()->forEach([this](Node *node) {
        if (!m_quiz && node->type() == NodeType::Activity
            && static_cast<Activity *>(node)->kind() == ActivityKind::Quiz)
            m_quiz = static_cast<Activity *>(node);
    });
    QVERIFY(m_quiz);
    m_editor = std::make_unique<QuizEditor>(m_doc.get());
    m_editor->setQuiz(m_quiz);
    const auto &slots = m_quiz->settings<QuizSettings>()->slots;
    int randoms = 0;
    for (int i = 0; i < static_cast<int>(slots.size()); ++i) {
        if (!slots[static_cast<size_t>(i)].random)
            continue;
        ++randoms;
        QTreeWidgetItem *item = m_editor->slotItem(i);
        QVERIFY(item->text(1).startsWith(u"Random question — category “"_s));
        QVERIFY(item->text(1).contains(u"tags: foo, bar"_s));
        QVERIFY2(
            m_editor->slotProblems(i).isEmpty(), qPrintable(m_editor->slotProblems(i).join(u'\n')));
        m_editor->setCurrentSlot(i);
        QCOMPARE(
            m_editor->randomSlotEditor()->findChild<QLabel *>(u"quizRandomTagsLabel"_s)->text(),
            u"foo, bar"_s);
    }
    QVERIFY(randoms > 0);
}

void TestQuizEditor::exportsARandomSlotMadeInTheEditor()
{
    QuestionCategory *calcul = makeCategories();
    m_editor->addNewQuestion(QuestionType::TrueFalse);
    QVERIFY(m_editor->addRandomQuestion(calcul->id(), true));
    SetNodeField<Course, QString>::push(m_doc.get(), m_doc->course(), &CourseData::title,
        u"Parcours maternelle"_s, NodeField::Name, u"T"_s);
    SetNodeField<Course, QString>::push(
        m_doc.get(), m_doc->course(), &CourseData::shortName, u"MAT"_s, NodeField::Name, u"S"_s);
    for (MoodleTarget target :
        {MoodleTarget::Moodle41, MoodleTarget::Moodle45, MoodleTarget::Moodle50}) {
        MbzExporter exporter({target, WordCloudPlugin::CollabWordCloud});
        const QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*m_doc);
        QStringList issues {exporter.errorString()};
        for (const Issue &issue : exporter.report().issues)
            issues.append(issue.message);
        QVERIFY2(!files.isEmpty(), qPrintable(issues.join(u'\n')));
        QByteArray quizXml;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().endsWith("/quiz.xml"))
                quizXml = it.value();
        }
        QVERIFY(quizXml.contains("<question_set_reference"));
        const qsizetype start = quizXml.indexOf("<filtercondition>");
        QVERIFY(start > 0);
        const QByteArray json
            = quizXml.mid(start + 17, quizXml.indexOf("</filtercondition>") - start - 17)
                  .replace("&quot;", "\"");
        const QJsonObject filter = QJsonDocument::fromJson(json).object();
        QVERIFY2(!filter.isEmpty(), json.constData());
        // The category written in questions.xml under the name « Calcul ».
        const QByteArray questions = files.value("questions.xml");
        const qsizetype name = questions.indexOf("<name>Calcul</name>");
        QVERIFY(name > 0);
        const QByteArray tag = "<question_category id=\"";
        const qsizetype open = questions.lastIndexOf(tag, name);
        QVERIFY(open > 0);
        const qsizetype idStart = open + tag.size();
        const QByteArray id = questions.mid(idStart, questions.indexOf('"', idStart) - idStart);
        if (target == MoodleTarget::Moodle41) {
            QCOMPARE(filter.value(u"questioncategoryid"_s).toString().toLatin1(), id);
            QCOMPARE(filter.value(u"includingsubcategories"_s).toInt(), 1);
        } else {
            const QJsonObject category
                = filter.value(u"filter"_s).toObject().value(u"category"_s).toObject();
            QCOMPARE(
                QByteArray::number(category.value(u"values"_s).toArray().at(0).toInteger()), id);
            QVERIFY(category.value(u"filteroptions"_s)
                        .toObject()
                        .value(u"includesubcategories"_s)
                        .toBool());
        }
    }
}

void TestQuizEditor::requirePreviousIsToggledAndShown()
{
    m_editor->addNewQuestion(QuestionType::TrueFalse);
    m_editor->addNewQuestion(QuestionType::ShortAnswer);
    QAction *require = action(u"quizRequirePreviousAction"_s);
    QVERIFY(require && require->isCheckable());
    // In the list's context menu.
    QVERIFY(m_list->actions().contains(require));
    constexpr int lockColumn = 4;
    QCOMPARE(m_list->columnCount(), 5);
    QVERIFY(!m_list->headerItem()->icon(lockColumn).isNull());
    // Not for the first question.
    m_editor->setCurrentSlot(0);
    QVERIFY(!require->isEnabled());
    m_editor->setCurrentSlot(1);
    QVERIFY(require->isEnabled());
    QVERIFY(!require->isChecked());
    QVERIFY(m_editor->slotItem(1)->icon(lockColumn).isNull());

    const QJsonObject before = m_doc->snapshot();
    const int steps = m_doc->undoStack()->count();
    require->trigger();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(m_quiz->settings<QuizSettings>()->slots[1].requirePrevious);
    QVERIFY(require->isChecked());
    QCOMPARE(m_editor->currentSlot(), 1);
    QVERIFY(!m_editor->slotItem(1)->icon(lockColumn).isNull());
    QVERIFY(!m_editor->slotItem(1)->toolTip(lockColumn).isEmpty());
    QVERIFY(m_editor->slotItem(0)->icon(lockColumn).isNull());
    checkUndoRedo(before);

    // The flag goes with the question when it moves (but is not shown on the first one).
    showAndFocus();
    QTest::keyClick(m_list, Qt::Key_Up, Qt::AltModifier);
    QVERIFY(m_quiz->settings<QuizSettings>()->slots[0].requirePrevious);
    QVERIFY(m_editor->slotItem(0)->icon(lockColumn).isNull());
    QVERIFY(!require->isEnabled());
    QTest::keyClick(m_list, Qt::Key_Down, Qt::AltModifier);

    // Unchecking takes it off.
    m_editor->setCurrentSlot(1);
    QVERIFY(require->isChecked());
    require->trigger();
    QVERIFY(!m_quiz->settings<QuizSettings>()->slots[1].requirePrevious);
    QVERIFY(m_editor->slotItem(1)->icon(lockColumn).isNull());

    // Only meaningful with free navigation.
    QuizSettings settings = *m_quiz->settings<QuizSettings>();
    settings.navigation = QuizNavigation::Sequential;
    SetNodeField<Activity, ActivitySettings>::push(m_doc.get(), m_quiz, &ActivityData::settings,
        ActivitySettings(settings), NodeField::Settings, u"Sequential"_s);
    m_editor->setCurrentSlot(1);
    QVERIFY(!require->isEnabled());
}

void TestQuizEditor::screenshot()
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set PARCOURS_SCREENSHOT_DIR to take screenshots of the sample's quiz.");
    // In French, with the bundled translation and, for strings not merged in it yet, the one
    // named by PARCOURS_EXTRA_TRANSLATION (a .qm file).
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QTranslator bundled;
    QTranslator extra;
    if (bundled.load(QLocale(), u"parcours"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&bundled);
    if (extra.load(qEnvironmentVariable("PARCOURS_EXTRA_TRANSLATION")))
        QCoreApplication::installTranslator(&extra);
    m_editor.reset();
    m_doc.reset();
    const QString path = m_dir->filePath(u"sample.parcours"_s);
    {
        auto doc = CourseDocument::create(path);
        QVERIFY(Sample::build(doc.get()));
    }
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.resize(1280, 900);
    window.show();
    Activity *quiz = nullptr;
    window.document()->course()->forEach([&quiz](Node *node) {
        if (!quiz && node->type() == NodeType::Activity
            && static_cast<Activity *>(node)->kind() == ActivityKind::Quiz)
            quiz = static_cast<Activity *>(node);
    });
    QVERIFY(quiz);
    window.selectNode(quiz->id());
    auto *editor = window.findChild<QuizEditor *>(u"quizEditor"_s);
    QVERIFY(editor && editor->quiz() == quiz);
    // A section heading from slot 5 on, to see one.
    editor->setCurrentSlot(4);
    editor->findChild<QAction *>(u"quizAddSectionAction"_s)->trigger();
    auto *list = editor->findChild<QTreeWidget *>(u"quizSlotTree"_s);
    QTest::keyClick(list->findChild<QLineEdit *>(u"sectionHeadingLineEdit"_s), Qt::Key_Escape);
    // Question 3 needs question 2 finished: a padlock in the last column.
    editor->setCurrentSlot(2);
    editor->findChild<QAction *>(u"quizRequirePreviousAction"_s)->trigger();
    editor->setCurrentSlot(0);
    QTest::qWait(100);
    window.grab().save(dir + u"/quiz-window.png"_s);
    editor->grab().save(dir + u"/quiz-editor.png"_s);
    window.findChild<QWidget *>(u"quizQuestionsGroupBox"_s)
        ->parentWidget()
        ->grab()
        .save(dir + u"/quiz-form.png"_s);

    // An imported quiz with random slots, one of them selected and requiring the previous one.
    const QString imported = m_dir->filePath(u"random.parcours"_s);
    {
        auto doc = CourseDocument::create(imported);
        MbzImporter importer(
            QStringLiteral(TEST_DATA_DIR "/import/moodle43dev_random_question.mbz"));
        QString error;
        QVERIFY2(importer.import(doc.get(), &error), qPrintable(error));
    }
    QVERIFY(window.openFile(imported));
    Activity *randomQuiz = nullptr;
    window.document()->course()->forEach([&randomQuiz](Node *node) {
        if (!randomQuiz && node->type() == NodeType::Activity
            && static_cast<Activity *>(node)->kind() == ActivityKind::Quiz)
            randomQuiz = static_cast<Activity *>(node);
    });
    QVERIFY(randomQuiz);
    window.selectNode(randomQuiz->id());
    editor = window.findChild<QuizEditor *>(u"quizEditor"_s);
    QVERIFY(editor && editor->quiz() == randomQuiz);
    const auto &slots = randomQuiz->settings<QuizSettings>()->slots;
    for (int i = 0; i < static_cast<int>(slots.size()); ++i) {
        if (slots[static_cast<size_t>(i)].random) {
            editor->setCurrentSlot(i);
            if (i > 0)
                editor->findChild<QAction *>(u"quizRequirePreviousAction"_s)->trigger();
            break;
        }
    }
    QTest::qWait(100);
    editor->grab().save(dir + u"/quiz-random.png"_s);
    QCoreApplication::removeTranslator(&extra);
    QCoreApplication::removeTranslator(&bundled);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestQuizEditor)
#include "tst_quizeditor.moc"
