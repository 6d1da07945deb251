// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/aiken.h"
#include "core/questions/questionset.h"

#include <QTest>

using namespace Parcours;

namespace {

Answer answer(const QString &text, double fraction)
{
    Answer a;
    a.text = text;
    a.fraction = fraction;
    return a;
}

} // namespace

class TestAiken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSample();
    void multiLineQuestion();
    void windows1252File();
    void roundTrip();
    void writerSkips();
    void malformed_data();
    void malformed();
};

void TestAiken::parseSample()
{
    QuestionSet set;
    QString error;
    QVERIFY2(QuestionFile::read(QStringLiteral(TEST_DATA_DIR "/questions/francais.aiken"),
                 QuestionFormat::Aiken, &set, &error),
        qPrintable(error));
    QCOMPARE(set.questions.size(), size_t(2));
    const QuestionData &q = set.questions[0].data;
    QCOMPARE(q.type, QuestionType::MultiChoice);
    QVERIFY(q.single);
    QCOMPARE(q.text, QStringLiteral("Quelle est la capitale de l'Espagne ?"));
    QCOMPARE(q.name, q.text);
    QCOMPARE(q.answers.size(), size_t(3));
    QCOMPARE(q.answers[1].text, QStringLiteral("Madrid"));
    QCOMPARE(q.answers[1].fraction, 1.0);
    QCOMPARE(q.answers[0].fraction, 0.0);
    QCOMPARE(q.answers[2].fraction, 0.0);
    QCOMPARE(set.questions[1].data.answers.size(), size_t(4));
    QCOMPARE(set.questions[1].data.answers[0].text, QStringLiteral("12"));
    QCOMPARE(set.questions[1].line, 7);
}

void TestAiken::multiLineQuestion()
{
    Aiken aiken;
    QuestionSet set;
    QVERIFY(aiken.parse(QStringLiteral("Lisez :\na < b ?\nA. Oui\nB. Non\nANSWER: A\n"), &set));
    QCOMPARE(set.questions.size(), size_t(1));
    QCOMPARE(set.questions[0].data.text, QStringLiteral("Lisez :<br>a &lt; b ?"));
}

void TestAiken::windows1252File()
{
    QuestionSet set;
    QString error;
    QVERIFY2(QuestionFile::read(QStringLiteral(TEST_DATA_DIR "/questions/windows1252.aiken"),
                 QuestionFormat::Aiken, &set, &error),
        qPrintable(error));
    QCOMPARE(set.questions.size(), size_t(1));
    QCOMPARE(set.questions[0].data.text, QStringLiteral("Quelle est l’œuvre de Molière ?"));
    QCOMPARE(set.questions[0].data.answers[0].text, QStringLiteral("L’Avare"));
    QCOMPARE(set.warnings.size(), 1);
    QVERIFY(set.warnings.constFirst().contains(QStringLiteral("Windows-1252")));
}

void TestAiken::roundTrip()
{
    Aiken aiken;
    QuestionSet first;
    QVERIFY(aiken.parse(
        QStringLiteral("Un ?\nA. a\nB. b\nC. c\nANSWER: C\nDeux ?\nA) x\nB) y\nANSWER: A"),
        &first));
    QCOMPARE(first.questions.size(), size_t(2));
    const QString written = aiken.write(first);
    QVERIFY(aiken.skipped().isEmpty());
    QuestionSet second;
    QVERIFY2(aiken.parse(written, &second), qPrintable(aiken.errorString()));
    QCOMPARE(second.questions.size(), first.questions.size());
    for (size_t i = 0; i < first.questions.size(); ++i)
        QCOMPARE(second.questions[i].data, first.questions[i].data);
}

void TestAiken::writerSkips()
{
    QuestionSet set;
    QuestionEntry multiple;
    multiple.data.name = QStringLiteral("Plusieurs");
    multiple.data.text = QStringLiteral("Q ?");
    multiple.data.single = false;
    multiple.data.answers = {answer(QStringLiteral("a"), 0.5), answer(QStringLiteral("b"), 0.5)};
    set.questions.push_back(multiple);
    QuestionEntry html;
    html.data.name = QStringLiteral("Riche");
    html.data.text = QStringLiteral("<p>Q ?</p>");
    html.data.answers = {answer(QStringLiteral("a"), 1), answer(QStringLiteral("b"), 0)};
    set.questions.push_back(html);
    QuestionEntry essay;
    essay.data.type = QuestionType::Essay;
    essay.data.name = QStringLiteral("Essai");
    essay.data.text = QStringLiteral("Q ?");
    set.questions.push_back(essay);
    QuestionEntry good;
    good.data.name = QStringLiteral("Bonne");
    good.data.text = QStringLiteral("Q ?");
    good.data.answers = {answer(QStringLiteral("a"), 0), answer(QStringLiteral("b"), 1)};
    set.questions.push_back(good);
    Aiken aiken;
    const QString written = aiken.write(set);
    QCOMPARE(aiken.skipped().size(), 3);
    QVERIFY(aiken.skipped().at(0).contains(QStringLiteral("Plusieurs")));
    QCOMPARE(written, QStringLiteral("Q ?\nA. a\nB. b\nANSWER: B\n\n"));
}

void TestAiken::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");
    QTest::newRow("unknown answer")
        << QStringLiteral("Q ?\nA. a\nB. b\nANSWER: B\n\nR ?\nA. a\nB. b\nANSWER: E") << 9
        << QStringLiteral("“E”");
    QTest::newRow("missing answer line")
        << QStringLiteral("Q ?\nA. a\nB. b\n\nR ?\nA. a\nB. b\nANSWER: A") << 5
        << QStringLiteral("lose its answer");
    QTest::newRow("no answer at end")
        << QStringLiteral("\nQ ?\nA. a\nB. b\n") << 2 << QStringLiteral("no “ANSWER:”");
    QTest::newRow("answer first") << QStringLiteral("ANSWER: A") << 1 << QStringLiteral("before");
    QTest::newRow("one option") << QStringLiteral("Q ?\nA. a\nANSWER: A") << 3
                                << QStringLiteral("two options");
    QTest::newRow("duplicate option")
        << QStringLiteral("Q ?\nA. a\nA. b\nANSWER: A") << 3 << QStringLiteral("twice");
}

void TestAiken::malformed()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, what);
    Aiken aiken;
    QuestionSet set;
    QVERIFY(!aiken.parse(text, &set));
    QVERIFY2(aiken.errorString().startsWith(QStringLiteral("line %1: ").arg(line)),
        qPrintable(aiken.errorString()));
    QVERIFY2(aiken.errorString().contains(what), qPrintable(aiken.errorString()));
    QVERIFY(set.questions.empty());
}

QTEST_GUILESS_MAIN(TestAiken)
#include "tst_aiken.moc"
