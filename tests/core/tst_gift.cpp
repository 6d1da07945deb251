// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/questions/giftparser.h"
#include "core/questions/giftwriter.h"
#include "core/questions/questionset.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;

namespace {

QuestionSet parse(const QString &gift)
{
    GiftParser parser;
    QuestionSet set;
    if (!parser.parse(gift, &set))
        qWarning("%s", qPrintable(parser.errorString()));
    return set;
}

QuestionData single(const QString &gift)
{
    const QuestionSet set = parse(gift);
    return set.questions.size() == 1 ? set.questions.front().data : QuestionData();
}

QString dataFile(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/questions/") + name;
}

int runCli(const QStringList &arguments, QString *errorOutput = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(PARCOURS_CLI), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (errorOutput)
        *errorOutput = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

} // namespace

class TestGift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multipleChoice();
    void multipleAnswers();
    void trueFalse();
    void shortAnswer();
    void matching();
    void numerical();
    void numericalRangesAndSeveral();
    void missingWord();
    void essayAndDescription();
    void formatsAndEscapes();
    void commentsAndCategories();
    void frenchSample();
    void roundTrip_data();
    void roundTrip();
    void writerSkipsOtherTypes();
    void malformed_data();
    void malformed();
    void mutatedInputAlwaysNamesALine();
    void importIsOneUndoStep();
    void cliImportAndExport();
    void cliMalformedLeavesProjectUnchanged();
    void cliRefusesAProjectOpenElsewhere();
};

void TestGift::multipleChoice()
{
    const QuestionSet set = parse(QStringLiteral(
        "::Capitale::Quelle est la capitale ?{\n=Paris#Bravo\n~Lyon#Non\n~Marseille\n}"));
    QCOMPARE(set.questions.size(), size_t(1));
    const QuestionData &q = set.questions.front().data;
    QCOMPARE(q.type, QuestionType::MultiChoice);
    QCOMPARE(q.name, QStringLiteral("Capitale"));
    QCOMPARE(q.text, QStringLiteral("Quelle est la capitale ?"));
    QVERIFY(q.single);
    QCOMPARE(q.answers.size(), size_t(3));
    QCOMPARE(q.answers[0].text, QStringLiteral("Paris"));
    QCOMPARE(q.answers[0].fraction, 1.0);
    QCOMPARE(q.answers[0].feedback, QStringLiteral("Bravo"));
    QCOMPARE(q.answers[1].text, QStringLiteral("Lyon"));
    QCOMPARE(q.answers[1].fraction, 0.0);
    QCOMPARE(q.answers[1].feedback, QStringLiteral("Non"));
    QCOMPARE(q.answers[2].feedback, QString());
    QCOMPARE(set.questions.front().line, 1);
}

void TestGift::multipleAnswers()
{
    const QuestionData q = single(QStringLiteral(
        "Fleuves ?{~%50%Loire#Oui ~%50%Garonne ~%-100%Rhône####Les deux premiers.}"));
    QCOMPARE(q.type, QuestionType::MultiChoice);
    QVERIFY(!q.single);
    QCOMPARE(q.answers.size(), size_t(3));
    QCOMPARE(q.answers[0].fraction, 0.5);
    QCOMPARE(q.answers[0].feedback, QStringLiteral("Oui"));
    QCOMPARE(q.answers[1].text, QStringLiteral("Garonne"));
    QCOMPARE(q.answers[2].fraction, -1.0);
    QCOMPARE(q.generalFeedback, QStringLiteral("Les deux premiers."));
    QCOMPARE(q.name, QStringLiteral("Fleuves ?"));
}

void TestGift::trueFalse()
{
    QuestionData q = single(QStringLiteral("Le soleil se lève à l'ouest.{FALSE#Faux.#Exact.}"));
    QCOMPARE(q.type, QuestionType::TrueFalse);
    QCOMPARE(q.answers.size(), size_t(2));
    QCOMPARE(q.answers[0].text, QStringLiteral("true"));
    QCOMPARE(q.answers[0].fraction, 0.0);
    QCOMPARE(q.answers[0].feedback, QStringLiteral("Faux."));
    QCOMPARE(q.answers[1].fraction, 1.0);
    QCOMPARE(q.answers[1].feedback, QStringLiteral("Exact."));

    q = single(QStringLiteral("La Terre est ronde.{T}"));
    QCOMPARE(q.type, QuestionType::TrueFalse);
    QCOMPARE(q.answers[0].fraction, 1.0);
    QCOMPARE(q.answers[1].fraction, 0.0);
    QVERIFY(single(QStringLiteral("Vrai ?{TRUE####Général}")).generalFeedback
        == QStringLiteral("Général"));
    QCOMPARE(single(QStringLiteral("Faux ?{F}")).answers[1].fraction, 1.0);
}

void TestGift::shortAnswer()
{
    const QuestionData q
        = single(QStringLiteral("Devise ?{=Liberté, égalité, fraternité =%50%liberté#Presque}"));
    QCOMPARE(q.type, QuestionType::ShortAnswer);
    QCOMPARE(q.answers.size(), size_t(2));
    QCOMPARE(q.answers[0].text, QStringLiteral("Liberté, égalité, fraternité"));
    QCOMPARE(q.answers[0].fraction, 1.0);
    QCOMPARE(q.answers[1].text, QStringLiteral("liberté"));
    QCOMPARE(q.answers[1].fraction, 0.5);
    QCOMPARE(q.answers[1].feedback, QStringLiteral("Presque"));
}

void TestGift::matching()
{
    const QuestionData q
        = single(QStringLiteral("Associez.{\n=Lyon -> Rhône\n=Lille -> Nord\n= -> Var\n}"));
    QCOMPARE(q.type, QuestionType::Match);
    QCOMPARE(q.pairs.size(), size_t(3));
    QCOMPARE(q.pairs[0].question, QStringLiteral("Lyon"));
    QCOMPARE(q.pairs[0].answer, QStringLiteral("Rhône"));
    QCOMPARE(q.pairs[2].question, QString());
    QCOMPARE(q.pairs[2].answer, QStringLiteral("Var"));
    QVERIFY(q.answers.empty());
}

void TestGift::numerical()
{
    const QuestionData q = single(QStringLiteral("Pi ?{#3.14:0.005}"));
    QCOMPARE(q.type, QuestionType::Numerical);
    QCOMPARE(q.answers.size(), size_t(1));
    QCOMPARE(q.answers[0].text, QStringLiteral("3.14"));
    QCOMPARE(q.answers[0].tolerance, 0.005);
    QCOMPARE(q.answers[0].fraction, 1.0);
}

void TestGift::numericalRangesAndSeveral()
{
    QuestionData q = single(QStringLiteral("Entre 1 et 5 ?{#1..5}"));
    QCOMPARE(q.answers[0].text, QStringLiteral("3"));
    QCOMPARE(q.answers[0].tolerance, 2.0);
    q = single(QStringLiteral("Ébullition ?{#\n=100:0#Exact.\n=%50%99..101#Presque.\n~0#Non}"));
    QCOMPARE(q.answers.size(), size_t(3));
    QCOMPARE(q.answers[0].text, QStringLiteral("100"));
    QCOMPARE(q.answers[0].feedback, QStringLiteral("Exact."));
    QCOMPARE(q.answers[1].fraction, 0.5);
    QCOMPARE(q.answers[1].text, QStringLiteral("100"));
    QCOMPARE(q.answers[1].tolerance, 1.0);
    QCOMPARE(q.answers[2].fraction, 0.0);
    QCOMPARE(q.answers[2].feedback, QStringLiteral("Non"));
}

void TestGift::missingWord()
{
    const QuestionData q = single(QStringLiteral("Le chat {~mange =dort ~court} sur le canapé."));
    QCOMPARE(q.type, QuestionType::MultiChoice);
    QCOMPARE(q.text, QStringLiteral("Le chat _____ sur le canapé."));
    QCOMPARE(q.answers[1].text, QStringLiteral("dort"));
    QCOMPARE(q.answers[1].fraction, 1.0);
}

void TestGift::essayAndDescription()
{
    QuestionData q = single(QStringLiteral("::Essai::Racontez.{}"));
    QCOMPARE(q.type, QuestionType::Essay);
    QCOMPARE(q.text, QStringLiteral("Racontez."));
    q = single(QStringLiteral("Lisez la suite."));
    QCOMPARE(q.type, QuestionType::Description);
    QCOMPARE(q.defaultMark, 0.0);
}

void TestGift::formatsAndEscapes()
{
    QuestionData q = single(QStringLiteral("[html]<p>Deux <b>et</b> deux ?</p>{=4}"));
    QCOMPARE(q.text, QStringLiteral("<p>Deux <b>et</b> deux ?</p>"));
    q = single(QStringLiteral("[plain]a < b & c\\nd ?{=oui}"));
    QCOMPARE(q.text, QStringLiteral("a &lt; b &amp; c<br>d ?"));
    q = single(QStringLiteral("Rapport 1\\:2, accolades \\{x\\} et \\= \\~ \\# ?{=a\\=b#c\\#d}"));
    QCOMPARE(q.text, QStringLiteral("Rapport 1:2, accolades {x} et = ~ # ?"));
    QCOMPARE(q.answers[0].text, QStringLiteral("a=b"));
    QCOMPARE(q.answers[0].feedback, QStringLiteral("c#d"));
    q = single(QStringLiteral("::Titre\\: deux::[markdown]Texte ?{T}"));
    QCOMPARE(q.name, QStringLiteral("Titre: deux"));
    QCOMPARE(q.text, QStringLiteral("Texte ?"));
}

void TestGift::commentsAndCategories()
{
    const QuestionSet set
        = parse(QStringLiteral("// commentaire\n$CATEGORY: $course$/top/Module "
                               "1/Sous\n\n::A::Un ?{T}\n// au milieu\n\n::B::Deux "
                               "?{F}\n\n$CATEGORY: Autre\n\n::C::Trois ?{T}\n"));
    QCOMPARE(set.questions.size(), size_t(3));
    QCOMPARE(set.questions[0].category,
        (QStringList {QStringLiteral("Module 1"), QStringLiteral("Sous")}));
    QCOMPARE(set.questions[0].line, 4);
    QCOMPARE(set.questions[1].category, set.questions[0].category);
    QCOMPARE(set.questions[1].line, 7);
    QCOMPARE(set.questions[2].category, QStringList {QStringLiteral("Autre")});
}

void TestGift::frenchSample()
{
    QFile file(dataFile(QStringLiteral("francais.gift")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QuestionSet set = parse(QString::fromUtf8(file.readAll()));
    QCOMPARE(set.questions.size(), size_t(11));
    const QList<QuestionType> types = {QuestionType::MultiChoice, QuestionType::MultiChoice,
        QuestionType::TrueFalse, QuestionType::ShortAnswer, QuestionType::Match,
        QuestionType::Numerical, QuestionType::Numerical, QuestionType::MultiChoice,
        QuestionType::Essay, QuestionType::Description, QuestionType::ShortAnswer};
    for (int i = 0; i < types.size(); ++i)
        QCOMPARE(set.questions[size_t(i)].data.type, types[i]);
    QCOMPARE(set.questions[0].category,
        (QStringList {QStringLiteral("Module 1"), QStringLiteral("Géographie")}));
    QCOMPARE(set.questions[5].category,
        (QStringList {QStringLiteral("Module 1"), QStringLiteral("Sciences")}));
    QCOMPARE(set.questions[9].data.text,
        QStringLiteral(
            "Lisez attentivement les questions suivantes: elles portent sur l'énergie."));
}

void TestGift::roundTrip_data()
{
    QTest::addColumn<QString>("gift");
    QTest::newRow("multichoice") << QStringLiteral("::Q::Texte ?{=a#bien ~b#mal ~c####Général}");
    QTest::newRow("multiple") << QStringLiteral("Q ?{~%50%a ~%50%b ~%-33.33333%c#non}");
    QTest::newRow("truefalse") << QStringLiteral("Q ?{FALSE#faux#vrai####g}");
    QTest::newRow("truefalse right only") << QStringLiteral("Q ?{T##vrai}");
    QTest::newRow("shortanswer") << QStringLiteral("Q ?{=un =%50%deux#presque}");
    QTest::newRow("matching") << QStringLiteral("Q ?{=a -> 1 =b -> 2 = -> 3####g}");
    QTest::newRow("numerical") << QStringLiteral("Q ?{#=3.14:0.01#pi =%50%3:0.5 ~*#non}");
    QTest::newRow("missing word") << QStringLiteral("Le {=chat ~chien} dort.");
    QTest::newRow("essay") << QStringLiteral("::E::[html]<p>Essai</p>{####<b>g</b>}");
    QTest::newRow("description") << QStringLiteral("Lisez\\: ceci \\{ et \\} \\= \\~ \\#.");
    QTest::newRow("html and escapes")
        << QStringLiteral("::T\\:1::[html]<p>a\\=b\\nc</p>{=<i>x\\:y</i>#<b>f</b> ~z}");
    QFile file(dataFile(QStringLiteral("francais.gift")));
    if (file.open(QIODevice::ReadOnly))
        QTest::newRow("french sample") << QString::fromUtf8(file.readAll());
}

void TestGift::roundTrip()
{
    QFETCH(QString, gift);
    const QuestionSet first = parse(gift);
    QVERIFY(!first.questions.empty());
    GiftWriter writer;
    const QString written = writer.write(first);
    QVERIFY(writer.skipped().isEmpty());
    const QuestionSet second = parse(written);
    QCOMPARE(second.questions.size(), first.questions.size());
    for (size_t i = 0; i < first.questions.size(); ++i) {
        QCOMPARE(second.questions[i].category, first.questions[i].category);
        if (!(second.questions[i].data == first.questions[i].data)) {
            qWarning("%s", qPrintable(written));
            QFAIL(qPrintable(QStringLiteral("question %1 differs after a round trip").arg(i)));
        }
    }
}

void TestGift::writerSkipsOtherTypes()
{
    QuestionSet set = parse(QStringLiteral("Q ?{T}"));
    QuestionEntry cloze;
    cloze.data.type = QuestionType::MultiAnswer;
    cloze.data.name = QStringLiteral("Cloze");
    set.questions.push_back(cloze);
    GiftWriter writer;
    const QString written = writer.write(set);
    QCOMPARE(writer.skipped().size(), 1);
    QVERIFY(writer.skipped().constFirst().contains(QStringLiteral("Cloze")));
    QCOMPARE(parse(written).questions.size(), size_t(1));

    QuestionEntry arrow;
    arrow.data.type = QuestionType::Match;
    arrow.data.name = QStringLiteral("Flèche");
    arrow.data.pairs = {{QStringLiteral("a -> b"), QStringLiteral("c")},
        {QStringLiteral("d"), QStringLiteral("e")}};
    set.questions.push_back(arrow);
    writer.write(set);
    QCOMPARE(writer.skipped().size(), 2);
    QVERIFY(writer.skipped().at(1).contains(QStringLiteral("->")));
}

void TestGift::malformed_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");
    QTest::newRow("unclosed block") << QStringLiteral("Q1 ?{T}\n\n// c\nQ2\n?{=a\n~b\n\nQ3 ?{T}")
                                    << 5 << QStringLiteral("not closed");
    QTest::newRow("unclosed title")
        << QStringLiteral("::Titre sans fin\nQ ?{T}") << 1 << QStringLiteral("::");
    QTest::newRow("stray brace") << QStringLiteral("Q1 ?{T}\n\nQ2 } ?{T}") << 3
                                 << QStringLiteral("}");
    QTest::newRow("two blocks") << QStringLiteral("Q ?{T}\net {F}") << 2
                                << QStringLiteral("only one");
    QTest::newRow("bad number") << QStringLiteral("Q ?{#\n=12\n=douze:1\n}") << 3
                                << QStringLiteral("douze");
    QTest::newRow("bad range") << QStringLiteral("Q ?{#5..1}") << 1 << QStringLiteral("range");
    QTest::newRow("bad weight") << QStringLiteral("Q ?{\n~%200%a\n=b}") << 2
                                << QStringLiteral("percentage");
    QTest::newRow("matching without arrow")
        << QStringLiteral("Q ?{\n=a -> 1\n=b -> 2\n=c\n}") << 4 << QStringLiteral("->");
    QTest::newRow("unknown type") << QStringLiteral("\n\nQ ?{peut-être}") << 3
                                  << QStringLiteral("type");
    QTest::newRow("empty answer") << QStringLiteral("Q ?{=a ~ ~b}") << 1 << QStringLiteral("empty");
    QTest::newRow("three feedbacks")
        << QStringLiteral("Q ?{T#a#b#c}") << 1 << QStringLiteral("two feedbacks");
}

void TestGift::malformed()
{
    QFETCH(QString, gift);
    QFETCH(int, line);
    QFETCH(QString, what);
    GiftParser parser;
    QuestionSet set;
    set.warnings = {QStringLiteral("unchanged")};
    QVERIFY(!parser.parse(gift, &set));
    QVERIFY2(parser.errorString().startsWith(QStringLiteral("line %1: ").arg(line)),
        qPrintable(parser.errorString()));
    QVERIFY2(parser.errorString().contains(what), qPrintable(parser.errorString()));
    QVERIFY(set.questions.empty());
    QCOMPARE(set.warnings, QStringList {QStringLiteral("unchanged")});
}

void TestGift::mutatedInputAlwaysNamesALine()
{
    // Random damage to a real file: the parser either reads it or names a line of it, and
    // never leaves half a result.
    QFile file(dataFile(QStringLiteral("francais.gift")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString original = QString::fromUtf8(file.readAll());
    const QString specials = QStringLiteral("{}=~#:\\\n%->/$");
    QRandomGenerator random(20261123);
    int failures = 0;
    for (int round = 0; round < 2000; ++round) {
        QString text = original;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(text.size()));
            if (random.bounded(2))
                text.insert(at, specials.at(random.bounded(int(specials.size()))));
            else
                text.remove(at, 1 + random.bounded(3));
        }
        GiftParser parser;
        QuestionSet set;
        if (parser.parse(text, &set))
            continue;
        ++failures;
        const int lines = int(text.count(QLatin1Char('\n'))) + 1;
        bool ok = false;
        const int line = parser.errorString().section(QLatin1Char(':'), 0, 0).mid(5).toInt(&ok);
        QVERIFY2(ok && line >= 1 && line <= lines, qPrintable(parser.errorString()));
        QVERIFY(set.questions.empty());
    }
    QVERIFY(failures > 0);
}

void TestGift::importIsOneUndoStep()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<CourseDocument> doc
        = CourseDocument::create(dir.filePath(QStringLiteral("a.parcours")));
    QVERIFY(doc);
    const QJsonObject before = doc->snapshot();
    const QuestionSet set
        = parse(QStringLiteral("$CATEGORY: Module 1/Quiz\n\n::A::Un ?{T}\n\n::B::Deux "
                               "?{=2}\n\n$CATEGORY: Autre\n\n::C::Trois ?{}"));
    int added = 0;
    QString error;
    QVERIFY2(QuestionFile::import(doc.get(), set, {QStringLiteral("Import")}, &added, &error),
        qPrintable(error));
    QCOMPARE(added, 3);
    QCOMPARE(doc->undoStack()->count(), 1);
    const QuestionCategory *quiz = QuestionFile::findCategory(
        *doc, {QStringLiteral("Import"), QStringLiteral("Module 1"), QStringLiteral("Quiz")});
    QVERIFY(quiz);
    QCOMPARE(quiz->childCount(), 2);
    QCOMPARE(quiz->childAt(1)->displayName(), QStringLiteral("B"));
    QVERIFY(QuestionFile::findCategory(*doc, {QStringLiteral("Import"), QStringLiteral("Autre")}));

    const std::optional<QuestionSet> collected
        = QuestionFile::collect(*doc, {QStringLiteral("Import")});
    QVERIFY(collected);
    QCOMPARE(collected->questions.size(), size_t(3));
    QCOMPARE(collected->questions[0].data, set.questions[0].data);
    QCOMPARE(collected->questions[2].category,
        (QStringList {QStringLiteral("Import"), QStringLiteral("Autre")}));
    QVERIFY(!QuestionFile::collect(*doc, {QStringLiteral("Absente")}));

    // An empty file adds nothing, not even an empty undo step.
    QVERIFY(QuestionFile::import(doc.get(), QuestionSet(), {}, &added));
    QCOMPARE(added, 0);
    QCOMPARE(doc->undoStack()->count(), 1);

    doc->undoStack()->undo();
    QCOMPARE(doc->snapshot(), before);
    doc->undoStack()->redo();
    QVERIFY(QuestionFile::findCategory(*doc, {QStringLiteral("Import")}));
}

void TestGift::cliImportAndExport()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("a.parcours"));
    QVERIFY(CourseDocument::create(project));
    QString errors;
    QCOMPARE(runCli({QStringLiteral("questions"), QStringLiteral("import"), project,
                        dataFile(QStringLiteral("francais.gift")), QStringLiteral("--category"),
                        QStringLiteral("Top/Formation")},
                 &errors),
        0);
    {
        const auto doc = CourseDocument::open(project);
        QVERIFY(doc);
        const auto set = QuestionFile::collect(*doc, {QStringLiteral("Formation")});
        QVERIFY(set);
        QCOMPARE(set->questions.size(), size_t(11));
    }
    const QString out = dir.filePath(QStringLiteral("out.gift"));
    QCOMPARE(runCli({QStringLiteral("questions"), QStringLiteral("export"), project,
                        QStringLiteral("-o"), out, QStringLiteral("--category"),
                        QStringLiteral("Top/Formation/Module 1/Sciences")},
                 &errors),
        0);
    QuestionSet exported;
    QVERIFY(QuestionFile::read(out, QuestionFormat::Gift, &exported));
    QCOMPARE(exported.questions.size(), size_t(6));
    QCOMPARE(exported.questions[0].data.name, QStringLiteral("Pi"));
    QCOMPARE(exported.questions[0].category,
        (QStringList {
            QStringLiteral("Formation"), QStringLiteral("Module 1"), QStringLiteral("Sciences")}));
    QCOMPARE(runCli({QStringLiteral("questions"), QStringLiteral("export"), project,
                        QStringLiteral("-o"), out, QStringLiteral("--category"),
                        QStringLiteral("Top/Nulle part")},
                 &errors),
        1);
    QVERIFY(errors.contains(QStringLiteral("Nulle part")));

    // A .txt file is read as GIFT unless --format says otherwise.
    const QString aiken = dir.filePath(QStringLiteral("aiken.txt"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("francais.aiken")), aiken));
    QCOMPARE(runCli({QStringLiteral("questions"), QStringLiteral("import"), project, aiken,
                        QStringLiteral("--format"), QStringLiteral("aiken"),
                        QStringLiteral("--category"), QStringLiteral("Aiken")},
                 &errors),
        0);
    const auto doc = CourseDocument::open(project);
    QVERIFY(doc);
    const auto set = QuestionFile::collect(*doc, {QStringLiteral("Aiken")});
    QVERIFY(set);
    QCOMPARE(set->questions.size(), size_t(2));
}

void TestGift::cliMalformedLeavesProjectUnchanged()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("a.parcours"));
    QCOMPARE(runCli({QStringLiteral("sample"), project}), 0);
    QJsonObject before;
    {
        const auto doc = CourseDocument::open(project);
        QVERIFY(doc);
        before = doc->snapshot();
    }
    QString errors;
    QCOMPARE(runCli({QStringLiteral("questions"), QStringLiteral("import"), project,
                        dataFile(QStringLiteral("malformed-unclosed.gift"))},
                 &errors),
        1);
    QVERIFY2(
        errors.contains(QStringLiteral("malformed-unclosed.gift: line 4:")), qPrintable(errors));
    QVERIFY(errors.contains(QStringLiteral("Nothing was imported")));
    const auto doc = CourseDocument::open(project);
    QVERIFY(doc);
    QCOMPARE(doc->snapshot(), before);
}

void TestGift::cliRefusesAProjectOpenElsewhere()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("a.parcours"));
    auto open = CourseDocument::create(project);
    QVERIFY(open);
    const QJsonObject before = open->snapshot();
    QString errors;
    QCOMPARE(runCli({QStringLiteral("questions"), QStringLiteral("import"), project,
                        dataFile(QStringLiteral("francais.gift"))},
                 &errors),
        1);
    QVERIFY2(errors.contains(QStringLiteral("Cannot import into")), qPrintable(errors));
    open.reset();
    open = CourseDocument::open(project);
    QVERIFY(open);
    QCOMPARE(open->snapshot(), before);
}

QTEST_GUILESS_MAIN(TestGift)
#include "tst_gift.moc"
