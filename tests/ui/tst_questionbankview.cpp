// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/tools/generator.h"
#include "core/tools/sample.h"
#include "ui/messagebox.h"
#include "ui/quiz/questionbankview.h"
#include "ui/quiz/quizeditor.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

/**
 * The question bank browser driven through its widgets: categories and questions with the
 * number of quizzes using them, accent-insensitive search, creating, renaming and deleting
 * categories and questions (each one undo step), the refusal to delete a used question, and the
 * drag data it produces.
 */
class TestQuestionBankView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsCategoriesAndQuestions();
    void searchIgnoresCaseAndAccents();
    void newRenameAndDeleteCategory();
    void newQuestionOfATypeIsActivated();
    void duplicateAndDeleteQuestions();
    void refusesToDeleteAUsedQuestion();
    void dragDataCarriesTheQuestionIds();
    void followsUndoAndQuizChanges();
    void largeBankFigures();
    void screenshot();

private:
    QStringList listedNames() const;
    QAction *action(const QString &name) const;
    void checkUndoRedo(const QJsonObject &before);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<QuestionBankView> m_view;
    QTreeWidget *m_categories = nullptr;
    QTreeView *m_questions = nullptr;
    Activity *m_quiz = nullptr;
    QuestionCategory *m_catA = nullptr;
    QuestionCategory *m_catB = nullptr;
    Question *m_eleve = nullptr;
    Question *m_ecole = nullptr;
    Question *m_other = nullptr;
};

void TestQuestionBankView::init()
{
    qRegisterMetaType<Parcours::Question *>();
    m_view.reset();
    m_doc.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = CourseDocument::create(m_dir->filePath(u"b.parcours"_s));
    QVERIFY(m_doc);
    CourseDocument *d = m_doc.get();
    m_catA = static_cast<QuestionCategory *>(
        pushAddNode(d, d->questionBank(), 0, newQuestionCategory(d)));
    SetNodeField<QuestionCategory, QString>::push(
        d, m_catA, &QuestionCategoryData::name, u"Lecture"_s, NodeField::Name, u"n"_s);
    m_catB = static_cast<QuestionCategory *>(
        pushAddNode(d, d->questionBank(), 1, newQuestionCategory(d)));
    SetNodeField<QuestionCategory, QString>::push(
        d, m_catB, &QuestionCategoryData::name, u"Calcul"_s, NodeField::Name, u"n"_s);
    const auto add = [d](QuestionCategory *category, QuestionType type, const QString &name,
                         const QString &text) {
        auto *q = static_cast<Question *>(
            pushAddNode(d, category, category->childCount(), newQuestion(d, type)));
        SetNodeField<Question, QString>::push(
            d, q, &QuestionData::name, name, NodeField::Name, u"n"_s);
        SetNodeField<Question, QString>::push(
            d, q, &QuestionData::text, text, NodeField::Content, u"t"_s);
        return q;
    };
    m_eleve = add(m_catA, QuestionType::MultiChoice, u"Élève attentif"_s, u"<p>Qui lit ?</p>"_s);
    m_ecole = add(m_catA, QuestionType::TrueFalse, u"Vrai ou faux"_s,
        u"<p>L'<b>école</b> maternelle est obligatoire.</p>"_s);
    m_other = add(m_catB, QuestionType::Numerical, u"Addition"_s, u"<p>2 + 2 ?</p>"_s);
    // A quiz using the first question.
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    m_quiz
        = static_cast<Activity *>(pushAddNode(d, section, 0, newActivity(d, ActivityKind::Quiz)));
    QuizSettings settings = *m_quiz->settings<QuizSettings>();
    QuizSlot slot;
    slot.question = m_eleve->id();
    settings.slots.push_back(slot);
    SetNodeField<Activity, ActivitySettings>::push(d, m_quiz, &ActivityData::settings,
        ActivitySettings(settings), NodeField::Settings, u"s"_s);
    d->undoStack()->clear();

    m_view = std::make_unique<QuestionBankView>();
    m_view->setDocument(d);
    m_view->resize(500, 600);
    m_categories = m_view->findChild<QTreeWidget *>(u"categoryTreeWidget"_s);
    m_questions = m_view->findChild<QTreeView *>(u"questionTreeView"_s);
    QVERIFY(m_categories && m_questions);
}

void TestQuestionBankView::cleanup()
{
    MessageBox::clearNextAnswer();
}

QStringList TestQuestionBankView::listedNames() const
{
    QStringList names;
    QAbstractItemModel *model = m_questions->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

QAction *TestQuestionBankView::action(const QString &name) const
{
    return m_view->findChild<QAction *>(name);
}

void TestQuestionBankView::checkUndoRedo(const QJsonObject &before)
{
    const QJsonObject after = m_doc->snapshot();
    QVERIFY(after != before);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->snapshot(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->snapshot(), after);
}

void TestQuestionBankView::listsCategoriesAndQuestions()
{
    QCOMPARE(m_categories->topLevelItemCount(), 2);
    QCOMPARE(m_categories->topLevelItem(0)->text(0), u"Lecture"_s);
    QCOMPARE(m_categories->topLevelItem(0)->text(1), u"2"_s);
    QCOMPARE(m_view->currentCategory(), m_catA);
    QCOMPARE(listedNames(), QStringList({u"Élève attentif"_s, u"Vrai ou faux"_s}));
    QAbstractItemModel *model = m_questions->model();
    QCOMPARE(model->index(0, 1).data().toString(), u"Multiple choice"_s);
    QCOMPARE(model->index(1, 1).data().toString(), u"True/False"_s);
    // Used by one quiz; the tooltip names it.
    QVERIFY(model->index(0, 2).data().toString().startsWith(u"1 "_s));
    QVERIFY(model->index(0, 2).data(Qt::ToolTipRole).toString().contains(u"New quiz"_s));
    QCOMPARE(model->index(1, 2).data().toString(), u"—"_s);
    QCOMPARE(QuestionBankView::quizUsageCount(m_doc.get(), m_eleve->id()), 1);

    m_categories->setCurrentItem(m_categories->topLevelItem(1));
    QCOMPARE(listedNames(), QStringList({u"Addition"_s}));
    for (QWidget *w : {static_cast<QWidget *>(m_categories), static_cast<QWidget *>(m_questions),
             static_cast<QWidget *>(m_view->findChild<QLineEdit *>(u"searchLineEdit"_s))})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestQuestionBankView::searchIgnoresCaseAndAccents()
{
    QCOMPARE(QuestionBankView::foldForSearch(u"Élève  ÉCOLE"_s), u"eleve ecole"_s);
    auto *search = m_view->findChild<QLineEdit *>(u"searchLineEdit"_s);
    m_view->show();
    search->setFocus();
    // Name, without accents.
    QTest::keyClicks(search, u"eleve"_s);
    QCOMPARE(listedNames(), QStringList({u"Élève attentif"_s}));
    // Text (HTML tags aside), across categories.
    search->clear();
    QTest::keyClicks(search, u"ECOLE maternelle"_s);
    QCOMPARE(listedNames(), QStringList({u"Vrai ou faux"_s}));
    search->clear();
    QTest::keyClicks(search, u"?"_s);
    QCOMPARE(listedNames(), QStringList({u"Élève attentif"_s, u"Addition"_s}));
    QVERIFY(m_view->findChild<QLabel *>(u"bankStatusLabel"_s)->text().contains(u"2"_s));
    search->clear();
    QTest::keyClicks(search, u"zzz"_s);
    QVERIFY(listedNames().isEmpty());
    search->clear();
    QCOMPARE(listedNames().size(), 2);
}

void TestQuestionBankView::newRenameAndDeleteCategory()
{
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    // A new category goes inside the current one and opens for renaming.
    m_categories->setCurrentItem(m_categories->topLevelItem(1));
    QJsonObject before = m_doc->snapshot();
    action(u"newCategoryAction"_s)->trigger();
    QCOMPARE(m_catB->childCount(), 2);
    auto *added = static_cast<QuestionCategory *>(m_catB->childAt(1));
    QCOMPARE(m_view->currentCategory(), added);
    auto *editor = m_categories->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Fractions"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(added->data().name, u"Fractions"_s);
    QVERIFY(m_doc->undoStack()->undoText().contains(u"Rename"_s));
    m_doc->undoStack()->undo();
    QCOMPARE(added->data().name, u"New category"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->snapshot(), before);
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QCOMPARE(m_categories->topLevelItem(1)->child(0)->text(0), u"Fractions"_s);

    // Deleting an empty category, with the keyboard.
    m_view->setCurrentCategory(added);
    m_categories->setFocus();
    before = m_doc->snapshot();
    QTest::keyClick(m_categories, Qt::Key_Delete);
    QCOMPARE(m_catB->childCount(), 1);
    checkUndoRedo(before);
}

void TestQuestionBankView::newQuestionOfATypeIsActivated()
{
    QSignalSpy activated(m_view.get(), &QuestionBankView::questionActivated);
    auto *menu = m_view->findChild<QMenu *>(u"newQuestionMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 10);
    const QJsonObject before = m_doc->snapshot();
    const int steps = m_doc->undoStack()->count();
    const QList<QAction *> actions = menu->actions();
    QAction *essay = *std::find_if(actions.begin(), actions.end(),
        [](QAction *a) { return a->data().toInt() == static_cast<int>(QuestionType::Essay); });
    essay->trigger();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_catA->childCount(), 3);
    auto *question = static_cast<Question *>(m_catA->childAt(2));
    QCOMPARE(question->data().type, QuestionType::Essay);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<Question *>(), question);
    QCOMPARE(m_view->currentQuestion(), question);
    checkUndoRedo(before);

    // Activating a listed question with the keyboard.
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->selectQuestion(m_ecole);
    m_questions->setFocus();
    QTest::keyClick(m_questions, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().value<Question *>(), m_ecole);
}

void TestQuestionBankView::duplicateAndDeleteQuestions()
{
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->selectQuestion(m_ecole);
    m_questions->setFocus();
    QJsonObject before = m_doc->snapshot();
    QTest::keyClick(m_questions, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_catA->childCount(), 3);
    auto *copy = static_cast<Question *>(m_catA->childAt(2));
    QVERIFY(copy->data().name.startsWith(u"Vrai ou faux"_s));
    QVERIFY(copy->data().name != m_ecole->data().name);
    QCOMPARE(m_view->currentQuestion(), copy);
    checkUndoRedo(before);

    // Deleting the copy (unused), with the keyboard.
    m_view->selectQuestion(copy);
    before = m_doc->snapshot();
    QTest::keyClick(m_questions, Qt::Key_Delete);
    QCOMPARE(m_catA->childCount(), 2);
    checkUndoRedo(before);
}

void TestQuestionBankView::refusesToDeleteAUsedQuestion()
{
    m_view->selectQuestion(m_eleve);
    const QJsonObject before = m_doc->snapshot();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(u"deleteQuestionAction"_s)->trigger();
    QCOMPARE(m_doc->snapshot(), before);
    QVERIFY(MessageBox::lastText().contains(u"Élève attentif"_s));
    QVERIFY(MessageBox::lastText().contains(u"New quiz"_s));
    // Nor its category.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_view->setCurrentCategory(m_catA);
    action(u"deleteCategoryAction"_s)->trigger();
    QCOMPARE(m_doc->snapshot(), before);
    QCOMPARE(MessageBox::lastTitle(), u"Delete category"_s);
    // Once the quiz no longer uses it, it can go.
    QuizSettings settings = *m_quiz->settings<QuizSettings>();
    settings.slots.clear();
    SetNodeField<Activity, ActivitySettings>::push(m_doc.get(), m_quiz, &ActivityData::settings,
        ActivitySettings(settings), NodeField::Settings, u"s"_s);
    QCOMPARE(m_questions->model()->index(0, 2).data().toString(), u"—"_s);
    m_view->selectQuestion(m_eleve);
    action(u"deleteQuestionAction"_s)->trigger();
    QCOMPARE(m_catA->childCount(), 1);
}

void TestQuestionBankView::dragDataCarriesTheQuestionIds()
{
    QAbstractItemModel *model = m_questions->model();
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
    QCOMPARE(model->mimeTypes(), QStringList({QuestionBankView::mimeType()}));
    m_questions->selectAll();
    std::unique_ptr<QMimeData> data(
        model->mimeData(m_questions->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    QCOMPARE(
        QuestionBankView::questionIds(data.get()), QList<NodeId>({m_eleve->id(), m_ecole->id()}));
    QMimeData text;
    text.setText(u"12"_s);
    QVERIFY(QuestionBankView::questionIds(&text).isEmpty());
}

void TestQuestionBankView::followsUndoAndQuizChanges()
{
    // A question renamed elsewhere is renamed in the list; an undo brings the name back.
    SetNodeField<Question, QString>::push(m_doc.get(), m_ecole, &QuestionData::name,
        u"Obligation scolaire"_s, NodeField::Name, u"n"_s);
    QVERIFY(listedNames().contains(u"Obligation scolaire"_s));
    m_doc->undoStack()->undo();
    QVERIFY(listedNames().contains(u"Vrai ou faux"_s));
    // The current category stays current when another one is added.
    m_view->setCurrentCategory(m_catB);
    pushAddNode(m_doc.get(), m_doc->questionBank(), 0, newQuestionCategory(m_doc.get()));
    QCOMPARE(m_view->currentCategory(), m_catB);
    QCOMPARE(m_categories->topLevelItemCount(), 3);
    // Without a document, nothing is listed.
    m_view->setDocument(nullptr);
    QCOMPARE(m_categories->topLevelItemCount(), 0);
    QCOMPARE(m_questions->model()->rowCount(), 0);
    QVERIFY(!action(u"newCategoryAction"_s)->isEnabled());
}

void TestQuestionBankView::largeBankFigures()
{
    // 5000 questions in 20 quizzes of 250: the figures are printed; the bounds only catch a
    // view that went quadratic.
    m_view.reset();
    GeneratorOptions options;
    options.sections = 20;
    options.activitiesPerSection = 2;
    options.questions = 5000;
    QString error;
    QVERIFY2(Generator::generate(m_doc.get(), options, &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QuestionBankView view;
    view.setDocument(m_doc.get());
    const qint64 open = timer.restart();
    auto *search = view.findChild<QLineEdit *>(u"searchLineEdit"_s);
    search->setText(u"4999"_s);
    const qint64 searched = timer.restart();
    auto *list = view.findChild<QTreeView *>(u"questionTreeView"_s);
    QVERIFY(list->model()->rowCount() >= 1);
    search->clear();

    Activity *quiz = nullptr;
    m_doc->course()->forEach([&quiz](Node *node) {
        if (!quiz && node->type() == NodeType::Activity
            && static_cast<Activity *>(node)->kind() == ActivityKind::Quiz)
            quiz = static_cast<Activity *>(node);
    });
    QVERIFY(quiz);
    timer.restart();
    QuizEditor editor(m_doc.get());
    editor.setQuiz(quiz);
    const qint64 shown = timer.restart();
    const auto slots = static_cast<int>(quiz->settings<QuizSettings>()->slots.size());
    QCOMPARE(slots, 250);
    // One edit of the quiz (a move) refreshes the list and the bank's "used by" column.
    editor.setCurrentSlot(0);
    editor.findChild<QAction *>(u"quizMoveDownAction"_s)->trigger();
    const qint64 moved = timer.restart();
    qInfo("bank of 5000 questions: shown in %lld ms, searched in %lld ms; quiz of %d slots: "
          "shown in %lld ms, a move refreshed in %lld ms",
        open, searched, slots, shown, moved);
    QVERIFY(open < 10000 && searched < 10000 && shown < 10000 && moved < 10000);
}

void TestQuestionBankView::screenshot()
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set PARCOURS_SCREENSHOT_DIR to take a screenshot of the sample's bank.");
    // In French; PARCOURS_EXTRA_TRANSLATION names a .qm with strings not merged yet.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QTranslator bundled;
    QTranslator extra;
    if (bundled.load(QLocale(), u"parcours"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&bundled);
    if (extra.load(qEnvironmentVariable("PARCOURS_EXTRA_TRANSLATION")))
        QCoreApplication::installTranslator(&extra);
    m_view.reset();
    QVERIFY(Sample::build(m_doc.get()));
    QuestionBankView view;
    view.setDocument(m_doc.get());
    view.resize(520, 640);
    view.show();
    view.findChild<QTreeView *>(u"questionTreeView"_s)->selectAll();
    QTest::qWait(50);
    view.grab().save(dir + u"/bank.png"_s);
    view.setSearchText(u"securite"_s);
    QTest::qWait(50);
    view.grab().save(dir + u"/bank-search.png"_s);
    QCoreApplication::removeTranslator(&extra);
    QCoreApplication::removeTranslator(&bundled);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestQuestionBankView)
#include "tst_questionbankview.moc"
