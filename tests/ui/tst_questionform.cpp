// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/model/coursedocument.h"
#include "core/model/question.h"
#include "core/model/questionbank.h"
#include "ui/forms/formpane.h"
#include "ui/forms/sectionform.h"
#include "ui/questions/questionform.h"
#include "ui/questions/rowtable.h"
#include "ui/richtext/htmleditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

/**
 * The question form driven through its real controls, one question type at a time: every edit
 * is one undo step on the question, tables are worked with the keyboard (Insert, Delete,
 * Ctrl+Up/Down, F2), and the live checks at the top appear and go as the user fixes the question.
 */
class TestQuestionForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commonFieldsAreOneUndoStepEach();
    void multiChoiceFromEmptyToCorrect();
    void multipleAnswersOfferNegativeGrades();
    void tableRowsMoveAndGoWithTheKeyboard();
    void trueFalseChoosesTheCorrectAnswer();
    void shortAnswerCaseAndPatterns();
    void numericalAnswersAndUnits();
    void matchingNeedsTwoQuestionsAndThreeAnswers();
    void essayOptions();
    void gapChoicesFollowTheGaps();
    void clozeIsParsedAsTheUserTypes();
    void descriptionAndOtherTypes();
    void stackTakesTheCurrentPageHeight();
    void hintsTable();
    void controlsHaveAccessibleNames();
    void formPaneShowsTheQuestionForm();
    void screenshots();

private:
    Question *add(QuestionType type);
    int steps() const { return m_doc->undoStack()->index(); }
    template<class W> W *find(const QString &name) const
    {
        W *widget = m_form->findChild<W *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    RowTable *table(const QString &name) const { return find<RowTable>(name); }
    /** Edits a text cell with F2, typing and Return. */
    static void typeInCell(RowTable *table, int row, int column, const QString &text);
    /** Opens a grade cell's combo box with F2 and picks with key (Home: 100 %, End: last). */
    static void pickGrade(RowTable *table, int row, int column, Qt::Key key);
    static void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CourseDocument> m_doc;
    Node *m_category = nullptr;
    std::unique_ptr<QScrollArea> m_window;
    QuestionForm *m_form = nullptr;
};

void TestQuestionForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = CourseDocument::create(m_dir->filePath(u"q.parcours"_s));
    QVERIFY(m_doc);
    m_category
        = pushAddNode(m_doc.get(), m_doc->questionBank(), 0, newQuestionCategory(m_doc.get()));
    QVERIFY(m_category);
    m_window = std::make_unique<QScrollArea>();
    m_window->setWidgetResizable(true);
    m_form = new QuestionForm(m_doc.get());
    m_window->setWidget(m_form);
    m_window->resize(900, 1000);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestQuestionForm::cleanup()
{
    m_window.reset();
    m_form = nullptr;
    m_doc.reset();
}

Question *TestQuestionForm::add(QuestionType type)
{
    auto *question = static_cast<Question *>(pushAddNode(
        m_doc.get(), m_category, m_category->childCount(), newQuestion(m_doc.get(), type)));
    m_form->setQuestion(question);
    return question;
}

void TestQuestionForm::stackTakesTheCurrentPageHeight()
{
    auto *pages = find<QStackedWidget>(u"questionPages"_s);
    QVERIFY(pages);
    add(QuestionType::MultiChoice);
    QWidget *multiChoice = pages->currentWidget();
    QCOMPARE(multiChoice->objectName(), u"page_multichoice"_s);
    const int formWithChoices = m_form->sizeHint().height();
    const int width = m_form->width();
    const int formWithChoicesForWidth = m_form->heightForWidth(width);
    const int choicesPage = multiChoice->sizeHint().height();
    const int choicesPageMinimum = multiChoice->minimumSizeHint().height();
    QVERIFY(pages->sizeHint().height() >= choicesPage);

    add(QuestionType::Description);
    QWidget *description = pages->currentWidget();
    QCOMPARE(description->objectName(), u"page_description"_s);
    QVERIFY(description->sizeHint().height() < choicesPage);
    // Neither the stack nor the form keeps the multiple choice page's height.
    QCOMPARE(pages->sizeHint().height(), description->sizeHint().height());
    QVERIFY(pages->minimumSizeHint().height() < choicesPageMinimum);
    QVERIFY(m_form->sizeHint().height() < formWithChoices);
    // Nor for a given width (a rich text field's height depends on its width).
    QVERIFY(m_form->hasHeightForWidth());
    QVERIFY(m_form->heightForWidth(width) < formWithChoicesForWidth);
    QVERIFY(pages->heightForWidth(width) < formWithChoicesForWidth / 2);

    // And back.
    add(QuestionType::MultiChoice);
    QCOMPARE(pages->sizeHint().height(), choicesPage);
}

void TestQuestionForm::typeInCell(RowTable *table, int row, int column, const QString &text)
{
    QTableWidget *view = table->table();
    view->setFocus();
    view->setCurrentCell(row, column);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's data from a queued call.
    QCoreApplication::processEvents();
}

void TestQuestionForm::pickGrade(RowTable *table, int row, int column, Qt::Key key)
{
    QTableWidget *view = table->table();
    view->setFocus();
    view->setCurrentCell(row, column);
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QTest::keyClick(combo, key);
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
}

void TestQuestionForm::grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name));
}

void TestQuestionForm::commonFieldsAreOneUndoStepEach()
{
    Question *q = add(QuestionType::MultiChoice);
    QVERIFY(m_form->isEnabled());
    QCOMPARE(find<QLabel>(u"typeLabel"_s)->text(), u"Multiple choice"_s);
    const int before = steps();

    auto *name = find<QLineEdit>(u"nameLineEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Capitale"_s);
    QCOMPARE(q->data().name, u"Capitale"_s);
    QCOMPARE(steps(), before + 1);

    QTextEdit *text = find<HtmlEditor>(u"questionTextEdit"_s)->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Quelle est la capitale ?"_s);
    QVERIFY2(q->data().text.contains(u"Quelle est la capitale ?"_s), qPrintable(q->data().text));
    QCOMPARE(steps(), before + 2);

    auto *mark = find<QDoubleSpinBox>(u"defaultMarkSpinBox"_s);
    mark->setFocus();
    mark->selectAll();
    QTest::keyClicks(mark, u"2"_s);
    QCOMPARE(q->data().defaultMark, 2.0);
    QCOMPARE(steps(), before + 3);

    auto *penalty = find<QComboBox>(u"penaltyComboBox"_s);
    penalty->setFocus();
    QTest::keyClick(penalty, Qt::Key_Home);
    QCOMPARE(q->data().penalty, 1.0);
    QCOMPARE(steps(), before + 4);

    // Undo puts the form back, one step at a time.
    m_doc->undoStack()->undo();
    QCOMPARE(q->data().penalty, 0.3333333);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(text->toPlainText(), QString());
    m_doc->undoStack()->undo();
    QCOMPARE(name->text(), u"New question"_s);

    // The form follows the selection, and clears.
    m_form->setQuestion(nullptr);
    QVERIFY(!m_form->isEnabled());
    QVERIFY(m_form->shownProblems().isEmpty());
}

void TestQuestionForm::multiChoiceFromEmptyToCorrect()
{
    Question *q = add(QuestionType::MultiChoice);
    auto *checks = find<QWidget>(u"questionChecks"_s);
    QVERIFY(checks->isVisible());
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"text is empty"_s));

    QTextEdit *text = find<HtmlEditor>(u"questionTextEdit"_s)->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Quelle ville ?"_s);
    QVERIFY(!m_form->shownProblems().join(u'\n').contains(u"text is empty"_s));

    RowTable *answers = table(u"multichoiceAnswers"_s);
    answers->table()->setFocus();
    int before = steps();
    QTest::keyClick(answers->table(), Qt::Key_Insert);
    QTest::keyClick(answers->table(), Qt::Key_Insert);
    QCOMPARE(q->data().answers.size(), size_t(2));
    QCOMPARE(steps(), before + 2);

    before = steps();
    typeInCell(answers, 0, 0, u"Paris"_s);
    typeInCell(answers, 1, 0, u"Lyon"_s);
    QCOMPARE(q->data().answers[0].text, u"Paris"_s);
    QCOMPARE(q->data().answers[1].text, u"Lyon"_s);
    QCOMPARE(steps(), before + 2);
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"100 %"_s));

    pickGrade(answers, 0, 1, Qt::Key_Home);
    QCOMPARE(q->data().answers[0].fraction, 1.0);
    QCOMPARE(answers->table()->item(0, 1)->text(), RowTable::gradeText(1));
    QCOMPARE(steps(), before + 3);
    typeInCell(answers, 0, 2, u"Bravo"_s);
    QCOMPARE(q->data().answers[0].feedback, u"Bravo"_s);
    QCOMPARE(m_form->shownProblems(), QStringList());
    QVERIFY(!checks->isVisible());

    // Undoing the grade brings the problem back.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(q->data().answers[0].fraction, 0.0);
    QCOMPARE(answers->table()->item(0, 1)->text(), RowTable::gradeText(0));
    QCOMPARE(m_form->shownProblems().size(), 1);
    QVERIFY(checks->isVisible());

    // Numbering, shuffle and combined feedback.
    before = steps();
    auto *numbering = find<QComboBox>(u"numberingComboBox"_s);
    numbering->setFocus();
    QTest::keyClick(numbering, Qt::Key_End);
    QCOMPARE(q->data().numbering, u"none"_s);
    find<QCheckBox>(u"multichoiceShuffleCheckBox"_s)->click();
    QCOMPARE(q->data().shuffle, false);
    QTextEdit *correct = find<HtmlEditor>(u"multichoiceCorrectFeedbackEdit"_s)->textEdit();
    correct->setFocus();
    QTest::keyClicks(correct, u"Oui"_s);
    QVERIFY(q->data().feedback.correct.contains(u"Oui"_s));
    QCOMPARE(steps(), before + 3);
}

void TestQuestionForm::multipleAnswersOfferNegativeGrades()
{
    Question *q = add(QuestionType::MultiChoice);
    RowTable *answers = table(u"multichoiceAnswers"_s);
    answers->addButton()->click();
    QCOMPARE(q->data().answers.size(), size_t(1));
    // Single: the last grade is None.
    pickGrade(answers, 0, 1, Qt::Key_End);
    QCOMPARE(q->data().answers[0].fraction, 0.0);

    const int before = steps();
    auto *single = find<QComboBox>(u"singleComboBox"_s);
    single->setFocus();
    QTest::keyClick(single, Qt::Key_End);
    QCOMPARE(q->data().single, false);
    QCOMPARE(steps(), before + 1);
    pickGrade(answers, 0, 1, Qt::Key_End);
    QCOMPARE(q->data().answers[0].fraction, -1.0);
    QCOMPARE(answers->table()->item(0, 1)->text(), RowTable::gradeText(-1));
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"No answer is correct"_s));
}

void TestQuestionForm::tableRowsMoveAndGoWithTheKeyboard()
{
    Question *q = add(QuestionType::ShortAnswer);
    RowTable *answers = table(u"shortanswerAnswers"_s);
    QTableWidget *view = answers->table();
    view->setFocus();
    for (const QString &text : {u"a"_s, u"b"_s, u"c"_s}) {
        QTest::keyClick(view, Qt::Key_Insert);
        typeInCell(answers, answers->currentRow(), 0, text);
    }
    const auto texts = [q] {
        QStringList result;
        for (const Answer &a : q->data().answers)
            result.append(a.text);
        return result;
    };
    QCOMPARE(texts(), (QStringList {u"a"_s, u"b"_s, u"c"_s}));

    const int before = steps();
    view->setCurrentCell(0, 0);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(texts(), (QStringList {u"b"_s, u"a"_s, u"c"_s}));
    QCOMPARE(view->currentRow(), 1);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(texts(), (QStringList {u"b"_s, u"c"_s}));
    QCOMPARE(view->rowCount(), 2);
    QCOMPARE(steps(), before + 2);

    m_doc->undoStack()->undo();
    QCOMPARE(texts(), (QStringList {u"b"_s, u"a"_s, u"c"_s}));
    QCOMPARE(view->rowCount(), 3);
    QCOMPARE(view->item(1, 0)->text(), u"a"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(texts(), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
}

void TestQuestionForm::trueFalseChoosesTheCorrectAnswer()
{
    Question *q = add(QuestionType::TrueFalse);
    QCOMPARE(q->data().answers[0].text, u"true"_s);
    QCOMPARE(m_form->shownProblems(), QStringList {} << m_form->shownProblems().value(0));
    auto *trueButton = find<QRadioButton>(u"trueRadioButton"_s);
    auto *falseButton = find<QRadioButton>(u"falseRadioButton"_s);
    QVERIFY(trueButton->isChecked());

    const int before = steps();
    falseButton->click();
    QCOMPARE(q->data().answers[0].fraction, 0.0);
    QCOMPARE(q->data().answers[1].fraction, 1.0);
    QCOMPARE(q->data().answers[1].text, u"false"_s);
    QCOMPARE(steps(), before + 1);

    auto *feedback = find<QTextEdit>(u"falseFeedbackEdit"_s);
    feedback->setFocus();
    QTest::keyClicks(feedback, u"Exact"_s);
    QCOMPARE(q->data().answers[1].feedback, u"Exact"_s);
    QCOMPARE(steps(), before + 2);

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(trueButton->isChecked());
    QVERIFY(!falseButton->isChecked());
}

void TestQuestionForm::shortAnswerCaseAndPatterns()
{
    Question *q = add(QuestionType::ShortAnswer);
    QTextEdit *text = find<HtmlEditor>(u"questionTextEdit"_s)->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Capitale ?"_s);
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"100 %"_s));

    const int before = steps();
    auto *caseCombo = find<QComboBox>(u"caseSensitiveComboBox"_s);
    caseCombo->setFocus();
    QTest::keyClick(caseCombo, Qt::Key_End);
    QVERIFY(q->data().caseSensitive);
    QCOMPARE(steps(), before + 1);

    RowTable *answers = table(u"shortanswerAnswers"_s);
    answers->addButton()->click();
    typeInCell(answers, 0, 0, u"Par*"_s);
    pickGrade(answers, 0, 1, Qt::Key_Home);
    QCOMPARE(q->data().answers[0].text, u"Par*"_s);
    QCOMPARE(q->data().answers[0].fraction, 1.0);
    QCOMPARE(steps(), before + 4);
    QCOMPARE(m_form->shownProblems(), QStringList());
}

void TestQuestionForm::numericalAnswersAndUnits()
{
    Question *q = add(QuestionType::Numerical);
    QTextEdit *text = find<HtmlEditor>(u"questionTextEdit"_s)->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Combien ?"_s);

    RowTable *answers = table(u"numericalAnswers"_s);
    answers->addButton()->click();
    typeInCell(answers, 0, 0, u"trois"_s);
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"not a number"_s));
    typeInCell(answers, 0, 0, u"3"_s);
    QVERIFY(!m_form->shownProblems().join(u'\n').contains(u"not a number"_s));
    typeInCell(answers, 0, 1, QLocale().toString(0.5));
    QCOMPARE(q->data().answers[0].tolerance, 0.5);
    pickGrade(answers, 0, 2, Qt::Key_Home);
    QCOMPARE(m_form->shownProblems(), QStringList());

    const int before = steps();
    RowTable *units = table(u"unitsTable"_s);
    units->addButton()->click();
    typeInCell(units, 0, 0, u"cm"_s);
    QCOMPARE(q->data().units.size(), size_t(1));
    QCOMPARE(q->data().units[0].unit, u"cm"_s);
    QCOMPARE(q->data().units[0].multiplier, 1.0);
    QCOMPARE(steps(), before + 2);
}

void TestQuestionForm::matchingNeedsTwoQuestionsAndThreeAnswers()
{
    Question *q = add(QuestionType::Match);
    QTextEdit *text = find<HtmlEditor>(u"questionTextEdit"_s)->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Associez."_s);
    const auto matchProblem
        = [this] { return m_form->shownProblems().join(u'\n').contains(u"three answers"_s); };
    QVERIFY(matchProblem());

    RowTable *pairs = table(u"pairsTable"_s);
    const QList<QPair<QString, QString>> rows
        = {{u"Chat"_s, u"Miaou"_s}, {u"Chien"_s, u"Ouaf"_s}, {QString(), u"Meuh"_s}};
    for (int i = 0; i < rows.size(); ++i) {
        pairs->addButton()->click();
        if (!rows[i].first.isEmpty())
            typeInCell(pairs, i, 0, rows[i].first);
        QVERIFY(matchProblem());
        typeInCell(pairs, i, 1, rows[i].second);
    }
    QCOMPARE(q->data().pairs.size(), size_t(3));
    QCOMPARE(q->data().pairs[2].answer, u"Meuh"_s);
    QVERIFY(!matchProblem());
    QCOMPARE(m_form->shownProblems(), QStringList());
    find<QCheckBox>(u"matchShuffleCheckBox"_s)->click();
    QVERIFY(!q->data().shuffle);
}

void TestQuestionForm::essayOptions()
{
    Question *q = add(QuestionType::Essay);
    QVERIFY(!find<QComboBox>(u"penaltyComboBox"_s)->isVisibleTo(m_form));
    QVERIFY(!find<QWidget>(u"hintsTable"_s)->isVisibleTo(m_form));
    QTextEdit *text = find<HtmlEditor>(u"questionTextEdit"_s)->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Racontez."_s);
    QCOMPARE(m_form->shownProblems(), QStringList());

    const int before = steps();
    auto *format = find<QComboBox>(u"responseFormatComboBox"_s);
    format->setFocus();
    QTest::keyClick(format, Qt::Key_End);
    QCOMPARE(q->data().essay.responseFormat, u"noinline"_s);
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"attachments"_s));

    auto *attachments = find<QSpinBox>(u"attachmentsSpinBox"_s);
    attachments->setFocus();
    QTest::keyClick(attachments, Qt::Key_Up);
    QCOMPARE(q->data().essay.attachments, 1);
    QCOMPARE(m_form->shownProblems(), QStringList());
    auto *required = find<QSpinBox>(u"attachmentsRequiredSpinBox"_s);
    required->setFocus();
    QTest::keyClick(required, Qt::Key_Up);
    QTest::keyClick(required, Qt::Key_Up);
    QCOMPARE(q->data().essay.attachmentsRequired, 2);
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"requires 2 attachments"_s));
    // Two presses on one spin box are one step.
    QCOMPARE(steps(), before + 3);

    QTextEdit *grader = find<HtmlEditor>(u"graderInfoEdit"_s)->textEdit();
    grader->setFocus();
    QTest::keyClicks(grader, u"Notation"_s);
    QVERIFY(q->data().essay.graderInfo.contains(u"Notation"_s));
    QCOMPARE(steps(), before + 4);
}

void TestQuestionForm::gapChoicesFollowTheGaps()
{
    for (QuestionType type : {QuestionType::GapSelect, QuestionType::DdWtoS}) {
        Question *q = add(type);
        const QString name = qtypeName(type);
        QTextEdit *text = find<HtmlEditor>(u"questionTextEdit"_s)->textEdit();
        text->setFocus();
        QTest::keyClicks(text, u"Le [[1]] mange la [[2]]."_s);
        QVERIFY2(m_form->shownProblems().join(u'\n').contains(u"[[1]]"_s), qPrintable(name));

        RowTable *choices = table(name + u"Choices"_s);
        choices->addButton()->click();
        typeInCell(choices, 0, 0, u"chat"_s);
        QVERIFY(!m_form->shownProblems().join(u'\n').contains(u"[[1]]"_s));
        QVERIFY(m_form->shownProblems().join(u'\n').contains(u"[[2]]"_s));
        choices->addButton()->click();
        typeInCell(choices, 1, 0, u"souris"_s);
        typeInCell(choices, 1, 1, u"2"_s);
        QCOMPARE(q->data().answers[1].group, 2);
        QCOMPARE(m_form->shownProblems(), QStringList());
        if (type == QuestionType::DdWtoS) {
            const int before = steps();
            QTableWidget *view = choices->table();
            view->setCurrentCell(1, 2);
            QTest::keyClick(view, Qt::Key_Space);
            QVERIFY(q->data().answers[1].infinite);
            QCOMPARE(steps(), before + 1);
        }
        text->clear();
    }
}

void TestQuestionForm::clozeIsParsedAsTheUserTypes()
{
    Question *q = add(QuestionType::MultiAnswer);
    QVERIFY(!find<HtmlEditor>(u"questionTextEdit"_s)->isVisibleTo(m_form));
    auto *cloze = find<QTextEdit>(u"clozeTextEdit"_s);
    QVERIFY(cloze->isVisibleTo(m_form));
    QVERIFY(cloze->font().fixedPitch() || cloze->fontInfo().fixedPitch());
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"no sub-question"_s));

    const int before = steps();
    cloze->setFocus();
    QTest::keyClicks(cloze, u"Paris est en {2:MULTICHOICE:=France~Italie}."_s);
    QCOMPARE(steps(), before + 1);
    QCOMPARE(q->data().text, u"Paris est en {2:MULTICHOICE:=France~Italie}."_s);
    auto *parts = find<QTreeWidget>(u"clozePartsTree"_s);
    QCOMPARE(parts->topLevelItemCount(), 1);
    QCOMPARE(parts->topLevelItem(0)->text(1), u"Multiple choice"_s);
    QCOMPARE(parts->topLevelItem(0)->text(2), u"2"_s);
    QVERIFY(parts->topLevelItem(0)->text(3).contains(u"France"_s));
    QCOMPARE(m_form->shownProblems(), QStringList());

    auto *errors = find<QLabel>(u"clozeErrorsLabel"_s);
    QVERIFY(!errors->isVisibleTo(m_form));
    QTest::keyClicks(cloze, u" {1:SHORTANSWER:chat"_s);
    QVERIFY(errors->isVisibleTo(m_form));
    QVERIFY(errors->text().contains(u"not closed"_s));
    QTest::keyClicks(cloze, u"}"_s);
    QCOMPARE(parts->topLevelItemCount(), 2);
    QVERIFY(errors->text().contains(u"Sub-question 2"_s));
    QVERIFY(m_form->shownProblems().join(u'\n').contains(u"Sub-question 2"_s));
}

void TestQuestionForm::descriptionAndOtherTypes()
{
    add(QuestionType::Description);
    auto *pages = find<QStackedWidget>(u"questionPages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"page_description"_s);
    QVERIFY(!find<QDoubleSpinBox>(u"defaultMarkSpinBox"_s)->isVisibleTo(m_form));

    Question *q = add(QuestionType::Other);
    QuestionData other = q->data();
    other.otherType = u"ddimageortext"_s;
    other.rawXml = u"<question type=\"ddimageortext\"/>"_s;
    m_doc->setData(q, other, NodeField::All);
    m_form->setQuestion(q);
    QCOMPARE(pages->currentWidget()->objectName(), u"page_"_s + qtypeName(QuestionType::Other));
    auto *xml = find<QPlainTextEdit>(u"rawXmlEdit"_s);
    QVERIFY(xml->isReadOnly());
    QCOMPARE(xml->toPlainText(), other.rawXml);
    QVERIFY(find<QLabel>(u"typeLabel"_s)->text().contains(u"ddimageortext"_s));
    QCOMPARE(m_form->shownProblems(), QStringList());
}

void TestQuestionForm::hintsTable()
{
    Question *q = add(QuestionType::MultiChoice);
    RowTable *hints = table(u"hintsTable"_s);
    QVERIFY(hints->isVisibleTo(m_form));
    const int before = steps();
    hints->addButton()->click();
    typeInCell(hints, 0, 0, u"Pensez au nord."_s);
    QTableWidget *view = hints->table();
    view->setCurrentCell(0, 2);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(q->data().hints.size(), size_t(1));
    QCOMPARE(q->data().hints[0].text, u"Pensez au nord."_s);
    QVERIFY(q->data().hints[0].clearWrong);
    QVERIFY(!q->data().hints[0].showNumCorrect);
    QCOMPARE(steps(), before + 3);
}

void TestQuestionForm::controlsHaveAccessibleNames()
{
    for (int t = 0; t <= static_cast<int>(QuestionType::Other); ++t) {
        add(static_cast<QuestionType>(t));
        const QList<QWidget *> widgets = m_form->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(m_form) || w->focusPolicy() == Qt::NoFocus)
                continue;
            // A spin box's or a combo box's line edit is named by its box.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (qobject_cast<QScrollBar *>(w) || w->inherits("QHeaderView")
                || w->objectName() == u"qt_scrollarea_viewport"_s)
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(u"%1 %2 on %3"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                    w->objectName(), qtypeName(static_cast<QuestionType>(t)))));
        }
    }
}

void TestQuestionForm::formPaneShowsTheQuestionForm()
{
    Question *q = add(QuestionType::ShortAnswer);
    Node *section = pushAddNode(m_doc.get(), m_doc->course(), 0, newSection(m_doc.get()));
    FormPane pane;
    pane.setDocument(m_doc.get());
    pane.resize(800, 600);
    pane.show();
    pane.setNode(q);
    QVERIFY(pane.questionForm());
    QCOMPARE(pane.questionForm()->question(), q);
    QVERIFY(pane.questionForm()->isVisible());
    QVERIFY(pane.questionForm()->isEnabled());
    auto *name = pane.questionForm()->findChild<QLineEdit *>(u"nameLineEdit"_s);
    QCOMPARE(name->text(), u"New question"_s);
    QVERIFY(pane.questionForm()->findChild<QWidget *>(u"page_shortanswer"_s)->isVisible());

    // Another kind of node puts the question form away.
    pane.setNode(section);
    QCOMPARE(pane.questionForm()->question(), nullptr);
    QVERIFY(!pane.questionForm()->isVisible());
    QVERIFY(pane.sectionForm()->isVisible());
    pane.setNode(q);
    QCOMPARE(pane.questionForm()->question(), q);
    pane.setNode(nullptr);
    QCOMPARE(pane.questionForm()->question(), nullptr);
}

void TestQuestionForm::screenshots()
{
    if (qEnvironmentVariableIsEmpty("PARCOURS_SCREENSHOT_DIR"))
        QSKIP("Set PARCOURS_SCREENSHOT_DIR to take screenshots of the question form.");
    // In the user's language, as the application shows it (PARCOURS_TRANSLATIONS_DIR: .qm files
    // not yet in the resources).
    QTranslator translator;
    const QString translations = qEnvironmentVariableIsEmpty("PARCOURS_TRANSLATIONS_DIR")
        ? u":/i18n"_s
        : qEnvironmentVariable("PARCOURS_TRANSLATIONS_DIR");
    if (translator.load(QLocale(), u"parcours"_s, u"_"_s, translations))
        QCoreApplication::installTranslator(&translator);
    // The form is made in the user's language.
    m_window->takeWidget();
    delete m_form;
    m_form = new QuestionForm(m_doc.get());
    m_window->setWidget(m_form);
    Question *q = add(QuestionType::MultiChoice);
    QuestionData data = q->data();
    data.name = u"Capitale de la France"_s;
    data.text = u"<p>Quelle est la capitale de la France ?</p>"_s;
    Answer paris;
    paris.text = u"Paris"_s;
    paris.fraction = 1;
    paris.feedback = u"Oui."_s;
    Answer lyon;
    lyon.text = u"Lyon"_s;
    lyon.feedback = u"Non, c’est la troisième ville."_s;
    Answer empty;
    empty.fraction = 0.5;
    data.answers = {paris, lyon, empty};
    m_doc->setData(q, data, NodeField::All);
    grab(m_window.get(), u"questions-multichoice.png"_s);

    q = add(QuestionType::MultiAnswer);
    data = q->data();
    data.text = u"<p>Paris est la capitale de la {1:MULTICHOICE:=France~Belgique~Suisse}. "
                u"Elle compte {2:NUMERICAL:=2.1:0.1} millions d’habitants ; "
                u"sa rivière est la {1:SHORTANSWER:Seine}.</p>"_s;
    m_doc->setData(q, data, NodeField::All);
    grab(m_window.get(), u"questions-cloze.png"_s);

    q = add(QuestionType::Match);
    data = q->data();
    data.text = u"<p>Associez chaque animal à son cri.</p>"_s;
    data.pairs = {{u"Chat"_s, u"Miaule"_s}, {u"Chien"_s, u"Aboie"_s}, {QString(), u"Meugle"_s}};
    m_doc->setData(q, data, NodeField::All);
    grab(m_window.get(), u"questions-match.png"_s);
    QVERIFY(m_form->isVisible());
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestQuestionForm)
#include "tst_questionform.moc"
