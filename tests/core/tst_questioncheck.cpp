// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/question.h"
#include "core/validation/questioncheck.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Parcours::QuestionData)

namespace {

Answer answer(double fraction, const QString &text = u"réponse"_s)
{
    Answer a;
    a.text = text;
    a.fraction = fraction;
    return a;
}

QuestionData question(QuestionType type)
{
    QuestionData q;
    q.type = type;
    q.name = u"Q"_s;
    q.text = u"<p>Texte</p>"_s;
    return q;
}

QStringList messages(const QuestionData &q)
{
    QStringList result;
    for (const QuestionProblem &problem : checkQuestion(q))
        result.append(problem.message);
    return result;
}

} // namespace

/**
 * The live checks of a question, shown at the top of its form and reported by the validator:
 * each problem Moodle's editing form would refuse is found, named once, and gone once fixed.
 */
class TestQuestionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void fixingRemovesTheProblem();
    void clozeProblemsNameTheSubQuestion();
};

void TestQuestionCheck::problems_data()
{
    QTest::addColumn<QuestionData>("data");
    // A word of the one expected message, empty when the question is correct.
    QTest::addColumn<QString>("expected");

    QuestionData q = question(QuestionType::MultiChoice);
    q.answers = {answer(1), answer(0)};
    QTest::newRow("multichoice single, correct") << q << QString();
    q.text = u"<p> &nbsp;</p>"_s;
    QTest::newRow("empty question text") << q << u"text is empty"_s;
    q.text = u"<p><img src=\"@@PLUGINFILE@@/a.png\"></p>"_s;
    QTest::newRow("question text with an image only") << q << QString();
    q = question(QuestionType::MultiChoice);
    q.answers = {answer(0.5), answer(0.5)};
    QTest::newRow("multichoice single, grades not reaching 100 %") << q << u"100 %"_s;
    q.answers = {answer(1), answer(0, QString())};
    QTest::newRow("multichoice, fewer than two answers") << q << u"two answers"_s;
    q.answers = {answer(1), answer(0), answer(0.5, QString())};
    QTest::newRow("multichoice, graded answer without text") << q << u"Answer 3"_s;
    q.single = false;
    q.answers = {answer(0.5), answer(0.5), answer(-1)};
    QTest::newRow("multichoice multiple, 100 %") << q << QString();
    q.answers = {answer(0.5), answer(0.25), answer(0)};
    QTest::newRow("multichoice multiple, 75 %") << q << u"75 %"_s;
    q.answers = {answer(0), answer(-0.5)};
    QTest::newRow("multichoice multiple, no correct answer") << q << u"No answer is correct"_s;

    q = question(QuestionType::TrueFalse);
    q.answers = {answer(1, u"true"_s), answer(0, u"false"_s)};
    QTest::newRow("truefalse") << q << QString();
    q.answers[0].fraction = 0;
    QTest::newRow("truefalse, none correct") << q << u"true/false"_s;

    q = question(QuestionType::ShortAnswer);
    q.answers = {answer(1, u"Paris"_s), answer(0, u"*"_s)};
    QTest::newRow("shortanswer") << q << QString();
    q.answers = {answer(0.5, u"Paris"_s)};
    QTest::newRow("shortanswer, no 100 %") << q << u"100 %"_s;

    q = question(QuestionType::Numerical);
    q.answers = {answer(1, u"3,14"_s), answer(0, u"*"_s)};
    QTest::newRow("numerical, decimal comma and wildcard") << q << QString();
    q.answers = {answer(1, u"trois"_s)};
    QTest::newRow("numerical, not a number") << q << u"not a number"_s;
    q.answers.clear();
    QTest::newRow("numerical, no answer") << q << u"100 %"_s;

    q = question(QuestionType::Match);
    q.pairs = {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {QString(), u"3"_s}};
    QTest::newRow("match, two pairs and a distractor") << q << QString();
    q.pairs.pop_back();
    QTest::newRow("match, two answers only") << q << u"three answers"_s;
    q.pairs = {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"d"_s, QString()}};
    QTest::newRow("match, question without answer") << q << u"Question 4"_s;

    for (QuestionType type : {QuestionType::GapSelect, QuestionType::DdWtoS}) {
        const QByteArray name = qtypeName(type).toUtf8();
        q = question(type);
        q.text = u"<p>Un [[1]] et un [[2]].</p>"_s;
        q.answers = {answer(0, u"x"_s), answer(0, u"y"_s)};
        QTest::addRow("%s, gaps on choices", name.constData()) << q << QString();
        q.text = u"<p>Un [[1]] et un [[3]].</p>"_s;
        QTest::addRow("%s, gap without its choice", name.constData()) << q << u"[[3]]"_s;
        q.text = u"<p>Pas de trou.</p>"_s;
        QTest::addRow("%s, no gap", name.constData()) << q << u"no gap"_s;
        q.text = u"<p>Un [[2]].</p>"_s;
        q.answers[1].text.clear();
        QTest::addRow("%s, gap on an empty choice", name.constData()) << q << u"empty choice"_s;
    }

    q = question(QuestionType::MultiAnswer);
    q.text = u"<p>Un {1:SHORTANSWER:=chat} noir.</p>"_s;
    QTest::newRow("cloze") << q << QString();
    q.text = QString();
    QTest::newRow("cloze, empty") << q << u"no sub-question"_s;
    q.text = u"<p>Un {1:SHORTANSWER:chat} noir.</p>"_s;
    QTest::newRow("cloze, sub-question without correct answer") << q << u"Sub-question 1"_s;

    q = question(QuestionType::Essay);
    QTest::newRow("essay") << q << QString();
    q.essay.attachments = 1;
    q.essay.attachmentsRequired = 2;
    QTest::newRow("essay, more attachments required than allowed") << q << u"attachments"_s;
    q = question(QuestionType::Description);
    QTest::newRow("description") << q << QString();
    q = question(QuestionType::Other);
    q.text.clear();
    QTest::newRow("other type, never checked") << q << QString();
}

void TestQuestionCheck::problems()
{
    QFETCH(QuestionData, data);
    QFETCH(QString, expected);
    const QStringList found = messages(data);
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.constFirst().contains(expected), qPrintable(found.constFirst()));
    QCOMPARE(checkQuestion(data).constFirst().severity, Validator::Severity::Error);
}

void TestQuestionCheck::fixingRemovesTheProblem()
{
    // The fractions of a multiple-answer question, as a designer corrects them one by one.
    QuestionData q = question(QuestionType::MultiChoice);
    q.single = false;
    q.answers = {answer(0.5, u"a"_s), answer(0.3333333, u"b"_s), answer(0, u"c"_s)};
    QCOMPARE(messages(q).size(), 1);
    QVERIFY(messages(q).constFirst().contains(u"83.3"_s));
    q.answers[2].fraction = 0.1666667;
    QCOMPARE(messages(q), QStringList());
}

void TestQuestionCheck::clozeProblemsNameTheSubQuestion()
{
    QCOMPARE(clozeProblems(u"{1:SHORTANSWER:=a} et {2:NUMERICAL:=3:0.1}"_s), QStringList());
    const QStringList unknown = clozeProblems(u"{1:SHORTANSWER:=a} {1:ESSAY:=b}"_s);
    QCOMPARE(unknown.size(), 1);
    QVERIFY(unknown.constFirst().contains(u"ESSAY"_s));
    const QStringList unclosed = clozeProblems(u"Un {1:MULTICHOICE:=oui~non sans fin"_s);
    QCOMPARE(unclosed.size(), 1);
    QVERIFY(unclosed.constFirst().contains(u"{1:MULTICHOICE:"_s));
    const QStringList noCorrect = clozeProblems(u"{1:SA:=a} {1:MC:b~c}"_s);
    QCOMPARE(noCorrect.size(), 1);
    QVERIFY(noCorrect.constFirst().contains(u"2"_s));
}

QTEST_GUILESS_MAIN(TestQuestionCheck)
#include "tst_questioncheck.moc"
