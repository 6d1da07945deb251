// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/questions/moodlexml.h"
#include "core/questions/questionset.h"
#include "core/storage/coursestore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/questions/") + name;
}

QuestionSet readSample()
{
    QuestionSet set;
    QString error;
    if (!QuestionFile::read(
            dataFile(QStringLiteral("moodle.xml")), QuestionFormat::MoodleXml, &set, &error))
        qWarning("%s", qPrintable(error));
    return set;
}

const QuestionData *byName(const QuestionSet &set, const QString &name)
{
    for (const QuestionEntry &entry : set.questions) {
        if (entry.data.name == name)
            return &entry.data;
    }
    return nullptr;
}

QuestionSet readBytes(const QByteArray &xml, QString *error = nullptr)
{
    MoodleXmlReader reader;
    QuestionSet set;
    if (!reader.read(xml, QStringLiteral("test.xml"), &set) && error)
        *error = reader.errorString();
    return set;
}

/** A question of type with every field Moodle XML keeps for it set away from its default. */
QuestionEntry fullQuestion(QuestionType type)
{
    const QString odd = QStringLiteral("«é» <b>gras</b> & \"q\" < > ]]>");
    QuestionEntry entry;
    entry.category = {QStringLiteral("Catégorie/avec barre"), QStringLiteral("Sous")};
    QuestionData &q = entry.data;
    q.type = type;
    q.name = QStringLiteral("Nom ") + odd;
    q.text = QStringLiteral("<p>Texte ") + odd
        + QStringLiteral(" <img src=\"@@PLUGINFILE@@/a.png\"></p>");
    q.defaultMark = 2.5;
    q.generalFeedback = QStringLiteral("Général ") + odd;
    q.penalty = 0.1;
    q.idNumber = QStringLiteral("ID-1");
    Hint hint;
    hint.text = QStringLiteral("Indice ") + odd;
    hint.showNumCorrect = true;
    hint.clearWrong = true;
    q.hints = {hint, Hint()};
    FileRef file;
    file.area = QStringLiteral("questiontext");
    file.name = QStringLiteral("a.png");
    file.mimeType = QStringLiteral("image/png");
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAA"
                                                  "DElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
    file.size = png.size();
    file.sha1
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
    q.files.push_back(file);
    entry.fileData.push_back(png);
    FileRef hintFile = file;
    hintFile.area = QStringLiteral("hint");
    hintFile.item = 1;
    hintFile.path = QStringLiteral("/sous/");
    q.files.push_back(hintFile);
    entry.fileData.push_back(png);

    const auto answer = [&](const QString &text, double fraction, const QString &feedback) {
        Answer a;
        a.text = text;
        a.fraction = fraction;
        a.feedback = feedback;
        return a;
    };
    switch (type) {
    case QuestionType::MultiChoice:
        q.shuffle = false;
        q.single = false;
        q.numbering = QStringLiteral("iii");
        q.showStandardInstruction = true;
        q.feedback = {QStringLiteral("Juste ") + odd, QStringLiteral("Partiel"),
            QStringLiteral("Faux"), true};
        q.answers = {answer(QStringLiteral("<b>a</b> ") + odd, 0.5, QStringLiteral("fa ") + odd),
            answer(QStringLiteral("b"), 0.5, QString()),
            answer(QStringLiteral("c"), -0.3333333, QStringLiteral("fc"))};
        break;
    case QuestionType::TrueFalse:
        q.answers = {answer(QStringLiteral("true"), 0, QStringLiteral("Non ") + odd),
            answer(QStringLiteral("false"), 1, QStringLiteral("Oui"))};
        break;
    case QuestionType::ShortAnswer:
        q.caseSensitive = true;
        q.answers = {answer(QStringLiteral("a*b & <c>"), 1, QStringLiteral("bien")),
            answer(QStringLiteral("*"), 0.1, QString())};
        break;
    case QuestionType::Numerical:
        q.answers = {answer(QStringLiteral("3.14"), 1, QStringLiteral("pi")),
            answer(QStringLiteral("*"), 0, QStringLiteral("non"))};
        q.answers[0].tolerance = 0.01;
        q.units = {{QStringLiteral("m"), 1}, {QStringLiteral("cm"), 100}};
        break;
    case QuestionType::Match:
        q.shuffle = false;
        q.feedback = {QStringLiteral("J"), QStringLiteral("P"), QStringLiteral("F"), false};
        q.pairs
            = {{QStringLiteral("<p>Un ") + odd + QStringLiteral("</p>"), QStringLiteral("1 & 2")},
                {QStringLiteral("Deux"), QStringLiteral("2")},
                {QString(), QStringLiteral("distracteur")}};
        break;
    case QuestionType::Essay:
        q.essay.responseFormat = QStringLiteral("monospaced");
        q.essay.responseRequired = false;
        q.essay.responseFieldLines = 5;
        q.essay.minWords = 10;
        q.essay.maxWords = 20;
        q.essay.attachments = 3;
        q.essay.attachmentsRequired = 1;
        q.essay.graderInfo = QStringLiteral("Barème ") + odd;
        q.essay.responseTemplate = QStringLiteral("Modèle");
        break;
    case QuestionType::GapSelect:
    case QuestionType::DdWtoS:
        q.shuffle = false;
        q.text = QStringLiteral("[[1]] et [[2]] ") + odd;
        q.feedback.incorrect = QStringLiteral("Faux");
        q.answers = {answer(QStringLiteral("chat & chien"), 0, QString()),
            answer(QStringLiteral("loup"), 0, QString())};
        q.answers[1].group = 3;
        q.answers[1].infinite = type == QuestionType::DdWtoS;
        break;
    case QuestionType::MultiAnswer:
        q.text = QStringLiteral("Paris est en {1:MULTICHOICE:=France~Italie} & <b>Europe</b>.");
        break;
    default:
        break;
    }
    return entry;
}

} // namespace

class TestMoodleXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryPaths();
    void categoriesAndSkips();
    void multipleChoiceWithImage();
    void otherTypes();
    void roundTrip();
    void everyTypeRoundTrip_data();
    void everyTypeRoundTrip();
    void trueFalseAnswersAreNamedForMoodle();
    void importStoresMedia();
    void exportStreamsMediaAsBase64();
    void readsEmbeddedFileOverTenMegabytes();
    void malformed_data();
    void malformed();
    void malformedFileNamesFileAndLine();
    void writeFailure();
    void cliExportXml();
};

void TestMoodleXml::categoryPaths()
{
    QCOMPARE(QuestionFile::splitCategoryPath(QStringLiteral("$course$/top/Module 1/Sous")),
        (QStringList {QStringLiteral("Module 1"), QStringLiteral("Sous")}));
    QCOMPARE(QuestionFile::splitCategoryPath(QStringLiteral("Top/Module 1")),
        QStringList {QStringLiteral("Module 1")});
    QCOMPARE(QuestionFile::splitCategoryPath(QStringLiteral("$course$/top")), QStringList());
    QCOMPARE(QuestionFile::splitCategoryPath(QStringLiteral("$course$/top/Entrée//sortie/B")),
        (QStringList {QStringLiteral("Entrée/sortie"), QStringLiteral("B")}));
    const QStringList path = {QStringLiteral("Entrée/sortie"), QStringLiteral("Top")};
    QCOMPARE(
        QuestionFile::joinCategoryPath(path), QStringLiteral("$course$/top/Entrée//sortie/Top"));
    QCOMPARE(QuestionFile::splitCategoryPath(QuestionFile::joinCategoryPath(path)), path);
}

void TestMoodleXml::categoriesAndSkips()
{
    const QuestionSet set = readSample();
    QCOMPARE(set.questions.size(), size_t(10));
    QCOMPARE(set.categories.size(), size_t(2));
    QCOMPARE(set.categories[0].path, set.questions[0].category);
    QCOMPARE(set.categories[0].info, QStringLiteral("<p>Questions avec des <b>images</b></p>"));
    QCOMPARE(set.categories[0].idNumber, QStringLiteral("CAT-IMG"));
    QCOMPARE(set.categories[1].info, QString());
    QCOMPARE(set.questions[0].category,
        (QStringList {QStringLiteral("Module 1"), QStringLiteral("Images")}));
    QCOMPARE(set.questions[1].category,
        (QStringList {QStringLiteral("Module 1"), QStringLiteral("Divers")}));
    // The calculated question is skipped and the tags are ignored, both reported.
    QCOMPARE(set.warnings.size(), 2);
    QVERIFY(set.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("calculated")));
    QVERIFY(set.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("tags")));
}

void TestMoodleXml::multipleChoiceWithImage()
{
    const QuestionSet set = readSample();
    QVERIFY(!set.questions.empty());
    const QuestionEntry &entry = set.questions[0];
    const QuestionData &q = entry.data;
    QCOMPARE(q.type, QuestionType::MultiChoice);
    QCOMPARE(q.name, QStringLiteral("Drapeau"));
    QVERIFY(q.text.contains(QStringLiteral("@@PLUGINFILE@@/pixel.png")));
    QCOMPARE(q.generalFeedback, QStringLiteral("C'est du rouge."));
    QCOMPARE(q.defaultMark, 2.0);
    QCOMPARE(q.penalty, 0.5);
    QCOMPARE(q.idNumber, QStringLiteral("Q-DRAP"));
    QVERIFY(q.single);
    QVERIFY(!q.shuffle);
    QCOMPARE(q.numbering, QStringLiteral("ABCD"));
    QVERIFY(q.showStandardInstruction);
    QCOMPARE(q.feedback.correct, QStringLiteral("Votre réponse est correcte."));
    QCOMPARE(q.feedback.partiallyCorrect, QStringLiteral("Partiellement correct."));
    QCOMPARE(q.feedback.incorrect, QStringLiteral("Incorrect."));
    QVERIFY(q.feedback.showNumCorrect);
    QCOMPARE(q.answers.size(), size_t(2));
    QCOMPARE(q.answers[0].text, QStringLiteral("Rouge"));
    QCOMPARE(q.answers[0].fraction, 1.0);
    QCOMPARE(q.answers[0].feedback, QStringLiteral("Oui."));
    QCOMPARE(q.answers[1].fraction, 0.0);
    QCOMPARE(q.hints.size(), size_t(1));
    QCOMPARE(q.hints[0].text, QStringLiteral("Regardez bien."));
    QVERIFY(q.hints[0].showNumCorrect);
    QVERIFY(q.hints[0].clearWrong);

    QCOMPARE(q.files.size(), size_t(1));
    QCOMPARE(entry.fileData.size(), size_t(1));
    const FileRef &file = q.files[0];
    QCOMPARE(file.area, QStringLiteral("questiontext"));
    QCOMPARE(file.name, QStringLiteral("pixel.png"));
    QCOMPARE(file.path, QStringLiteral("/"));
    QCOMPARE(file.mimeType, QStringLiteral("image/png"));
    QVERIFY(entry.fileData[0].startsWith("\x89PNG"));
    QCOMPARE(file.size, entry.fileData[0].size());
    QCOMPARE(file.sha1,
        QString::fromLatin1(
            QCryptographicHash::hash(entry.fileData[0], QCryptographicHash::Sha1).toHex()));
}

void TestMoodleXml::otherTypes()
{
    const QuestionSet set = readSample();
    const QuestionData *tf = byName(set, QStringLiteral("Terre ronde"));
    QVERIFY(tf);
    QCOMPARE(tf->type, QuestionType::TrueFalse);
    QCOMPARE(tf->answers[0].text, QStringLiteral("true"));
    QCOMPARE(tf->answers[0].fraction, 1.0);
    QCOMPARE(tf->answers[1].feedback, QStringLiteral("Non."));
    QCOMPARE(tf->penalty, 1.0);

    const QuestionData *sa = byName(set, QStringLiteral("Capitale"));
    QVERIFY(sa);
    QCOMPARE(sa->type, QuestionType::ShortAnswer);
    QVERIFY(sa->caseSensitive);
    QCOMPARE(sa->answers[1].text, QStringLiteral("Roma"));
    QCOMPARE(sa->answers[1].fraction, 0.5);

    const QuestionData *num = byName(set, QStringLiteral("Distance"));
    QVERIFY(num);
    QCOMPARE(num->type, QuestionType::Numerical);
    QCOMPARE(num->answers[0].text, QStringLiteral("465"));
    QCOMPARE(num->answers[0].tolerance, 10.0);
    QCOMPARE(num->units.size(), size_t(2));
    QCOMPARE(num->units[1].unit, QStringLiteral("m"));
    QCOMPARE(num->units[1].multiplier, 1000.0);

    const QuestionData *match = byName(set, QStringLiteral("Pays"));
    QVERIFY(match);
    QCOMPARE(match->type, QuestionType::Match);
    QCOMPARE(match->pairs.size(), size_t(3));
    QCOMPARE(match->pairs[1].question, QStringLiteral("Espagne"));
    QCOMPARE(match->pairs[1].answer, QStringLiteral("Madrid"));
    QCOMPARE(match->pairs[2].question, QString());

    const QuestionData *essay = byName(set, QStringLiteral("Rédaction"));
    QVERIFY(essay);
    QCOMPARE(essay->type, QuestionType::Essay);
    QCOMPARE(essay->defaultMark, 10.0);
    QCOMPARE(essay->essay.responseFormat, QStringLiteral("plain"));
    QVERIFY(!essay->essay.responseRequired);
    QCOMPARE(essay->essay.responseFieldLines, 20);
    QCOMPARE(essay->essay.minWords, 50);
    QCOMPARE(essay->essay.maxWords, 300);
    QCOMPARE(essay->essay.attachments, 2);
    QCOMPARE(essay->essay.attachmentsRequired, 1);
    QCOMPARE(essay->essay.graderInfo, QStringLiteral("Barème sur 10."));
    QCOMPARE(essay->essay.responseTemplate, QStringLiteral("Cet été…"));

    const QuestionData *description = byName(set, QStringLiteral("Introduction"));
    QVERIFY(description);
    QCOMPARE(description->type, QuestionType::Description);
    QCOMPARE(description->defaultMark, 0.0);

    const QuestionData *gaps = byName(set, QStringLiteral("Trous"));
    QVERIFY(gaps);
    QCOMPARE(gaps->type, QuestionType::GapSelect);
    QCOMPARE(gaps->answers.size(), size_t(2));
    QCOMPARE(gaps->answers[1].text, QStringLiteral("bleu"));
    QCOMPARE(gaps->answers[1].group, 2);

    const QuestionData *drag = byName(set, QStringLiteral("Glisser"));
    QVERIFY(drag);
    QCOMPARE(drag->type, QuestionType::DdWtoS);
    QVERIFY(drag->answers[0].infinite);
    QVERIFY(!drag->answers[1].infinite);

    const QuestionData *cloze = byName(set, QStringLiteral("Texte à trous"));
    QVERIFY(cloze);
    QCOMPARE(cloze->type, QuestionType::MultiAnswer);
    QCOMPARE(cloze->text, QStringLiteral("Paris est en {1:MULTICHOICE:=France~Italie}."));
}

void TestMoodleXml::roundTrip()
{
    const QuestionSet first = readSample();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MoodleXmlWriter writer;
    QVERIFY2(writer.write(first, nullptr, &buffer), qPrintable(writer.errorString()));
    QVERIFY(writer.skipped().isEmpty());
    QString error;
    const QuestionSet second = readBytes(buffer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(second.questions.size(), first.questions.size());
    QCOMPARE(second.categories.size(), first.categories.size());
    for (size_t i = 0; i < first.categories.size(); ++i) {
        QCOMPARE(second.categories[i].path, first.categories[i].path);
        QCOMPARE(second.categories[i].info, first.categories[i].info);
        QCOMPARE(second.categories[i].idNumber, first.categories[i].idNumber);
    }
    for (size_t i = 0; i < first.questions.size(); ++i) {
        QCOMPARE(second.questions[i].category, first.questions[i].category);
        QCOMPARE(second.questions[i].fileData, first.questions[i].fileData);
        if (!(second.questions[i].data == first.questions[i].data))
            QFAIL(qPrintable(
                QStringLiteral("%1 differs after a round trip").arg(first.questions[i].data.name)));
    }
}

void TestMoodleXml::everyTypeRoundTrip_data()
{
    QTest::addColumn<int>("type");
    for (QuestionType type : {QuestionType::MultiChoice, QuestionType::TrueFalse,
             QuestionType::ShortAnswer, QuestionType::Numerical, QuestionType::Match,
             QuestionType::Essay, QuestionType::Description, QuestionType::GapSelect,
             QuestionType::DdWtoS, QuestionType::MultiAnswer})
        QTest::newRow(qPrintable(qtypeName(type))) << int(type);
}

void TestMoodleXml::everyTypeRoundTrip()
{
    QFETCH(int, type);
    QuestionSet set;
    set.questions.push_back(fullQuestion(QuestionType(type)));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MoodleXmlWriter writer;
    QVERIFY(writer.write(set, nullptr, &buffer));
    QString error;
    const QuestionSet back = readBytes(buffer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.questions.size(), size_t(1));
    const QuestionEntry &entry = back.questions[0];
    const QuestionData &expected = set.questions[0].data;
    const QuestionData &actual = entry.data;
    QCOMPARE(entry.category, set.questions[0].category);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(actual.generalFeedback, expected.generalFeedback);
    QCOMPARE(actual.answers, expected.answers);
    QCOMPARE(actual.pairs, expected.pairs);
    QCOMPARE(actual.units, expected.units);
    QCOMPARE(actual.essay, expected.essay);
    QCOMPARE(actual.hints, expected.hints);
    QCOMPARE(actual.feedback, expected.feedback);
    QCOMPARE(actual.files, expected.files);
    QCOMPARE(entry.fileData, set.questions[0].fileData);
    QVERIFY2(actual == expected, "a field differs after the round trip");
}

void TestMoodleXml::trueFalseAnswersAreNamedForMoodle()
{
    // A question made in the editor names its answers in the user's language.
    QuestionSet set;
    QuestionEntry entry;
    entry.data.type = QuestionType::TrueFalse;
    entry.data.name = QStringLiteral("VF");
    Answer yes;
    yes.text = QStringLiteral("Vrai");
    Answer no;
    no.text = QStringLiteral("Faux");
    no.fraction = 1;
    entry.data.answers = {yes, no};
    set.questions.push_back(entry);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MoodleXmlWriter writer;
    QVERIFY(writer.write(set, nullptr, &buffer));
    QVERIFY(buffer.data().contains(
        "<answer fraction=\"0\" format=\"moodle_auto_format\">\n      <text>true</text>"));
    QVERIFY(buffer.data().contains(
        "<answer fraction=\"100\" format=\"moodle_auto_format\">\n      <text>false</text>"));
    const QuestionSet back = readBytes(buffer.data());
    QCOMPARE(back.questions.size(), size_t(1));
    QCOMPARE(back.questions[0].data.answers[1].fraction, 1.0);
    QCOMPARE(back.questions[0].data.answers[1].text, QStringLiteral("false"));
}

void TestMoodleXml::importStoresMedia()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(QStringLiteral("a.parcours")));
    QVERIFY(doc);
    const QuestionSet set = readSample();
    QString error;
    int added = 0;
    QVERIFY2(QuestionFile::import(doc.get(), set, {}, &added, &error), qPrintable(error));
    QCOMPARE(added, 10);
    QCOMPARE(doc->undoStack()->count(), 1);
    const QuestionCategory *images
        = QuestionFile::findCategory(*doc, {QStringLiteral("Module 1"), QStringLiteral("Images")});
    QVERIFY(images);
    QCOMPARE(images->data().info, QStringLiteral("<p>Questions avec des <b>images</b></p>"));
    QCOMPARE(images->data().idNumber, QStringLiteral("CAT-IMG"));
    QCOMPARE(images->childCount(), 1);
    const auto *question = static_cast<const Question *>(images->childAt(0));
    QCOMPARE(question->data().files.size(), size_t(1));
    const FileRef &file = question->data().files[0];
    QVERIFY(doc->store()->hasMedia(file.sha1));
    QCOMPARE(doc->store()->mediaSize(file.sha1), file.size);
    const auto media = doc->store()->openMedia(file.sha1);
    QVERIFY(media);
    QCOMPARE(media->readAll(), set.questions[0].fileData[0]);
}

void TestMoodleXml::exportStreamsMediaAsBase64()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(QStringLiteral("a.parcours")));
    QVERIFY(doc);
    // A file larger than one base64 chunk, so that the chunks must join up.
    QByteArray big(300000, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 7 + i / 256) & 0xff);
    QuestionSet set;
    QuestionEntry entry;
    entry.data.type = QuestionType::Description;
    entry.data.name = QStringLiteral("Grande image");
    entry.data.text = QStringLiteral("<img src=\"@@PLUGINFILE@@/grande.bin\">");
    FileRef ref;
    ref.area = QStringLiteral("questiontext");
    ref.name = QStringLiteral("grande.bin");
    ref.size = big.size();
    entry.data.files.push_back(ref);
    entry.fileData.push_back(big);
    set.questions.push_back(entry);
    QVERIFY(QuestionFile::import(doc.get(), set, {QStringLiteral("Médias")}));

    const std::optional<QuestionSet> collected = QuestionFile::collect(*doc, {});
    QVERIFY(collected);
    QCOMPARE(collected->questions.size(), size_t(1));
    QVERIFY(collected->questions[0].fileData.empty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MoodleXmlWriter writer;
    QVERIFY(writer.write(*collected, doc->store(), &buffer));
    QVERIFY(writer.skipped().isEmpty());
    const QuestionSet back = readBytes(buffer.data());
    QCOMPARE(back.questions.size(), size_t(1));
    QCOMPARE(back.questions[0].fileData.size(), size_t(1));
    QVERIFY(back.questions[0].fileData[0] == big);
    QCOMPARE(back.questions[0].category, QStringList {QStringLiteral("Médias")});
}

void TestMoodleXml::readsEmbeddedFileOverTenMegabytes()
{
    // 9 MB of image are 12 MB of base64 in one text node: over libxml2's default 10 MB limit.
    QByteArray big(9 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 13 + i / 4096) & 0xff);
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz><question "
                           "type=\"description\"><name><text>Grande image</text></name>"
                           "<questiontext format=\"html\"><text>&lt;img "
                           "src=\"@@PLUGINFILE@@/grande.bin\"&gt;</text><file name=\"grande.bin\" "
                           "path=\"/\" encoding=\"base64\">"
        + big.toBase64() + "</file></questiontext></question></quiz>";
    QVERIFY(xml.size() > 10 * 1024 * 1024);
    QString error;
    const QuestionSet set = readBytes(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(set.questions.size(), size_t(1));
    QCOMPARE(set.questions[0].fileData.size(), size_t(1));
    QVERIFY(set.questions[0].fileData[0] == big);
}

void TestMoodleXml::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("what");
    QTest::newRow("not xml") << QByteArray("<quiz>\n<question type=\"essay\">\n</quiz>")
                             << QStringLiteral("3");
    QTest::newRow("not a quiz") << QByteArray("<?xml version=\"1.0\"?>\n<course/>")
                                << QStringLiteral("line 2: the root element is <course>");
    QTest::newRow("no name") << QByteArray(
        "<quiz>\n\n<question "
        "type=\"essay\"><questiontext><text>x</text></questiontext></question></quiz>")
                             << QStringLiteral("line 3: the question has no <name>");
    QTest::newRow("bad fraction") << QByteArray(
        "<quiz>\n<question type=\"multichoice\"><name><text>Q</text></name>\n"
        "<answer fraction=\"cent\"><text>a</text></answer></question></quiz>")
                                  << QStringLiteral("line 3: the answer's fraction “cent”");
    QTest::newRow("bad base64") << QByteArray(
        "<quiz>\n<question type=\"description\"><name><text>Q</text></name>\n"
        "<questiontext format=\"html\"><text>x</text>\n"
        "<file name=\"a.png\" path=\"/\" encoding=\"base64\">@@@@</file>"
        "</questiontext></question></quiz>")
                                << QStringLiteral("line 4: the file “a.png” is not valid base64");
    QTest::newRow("doctype") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"b\">]>\n<quiz/>")
                             << QStringLiteral("test.xml");
}

void TestMoodleXml::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, what);
    MoodleXmlReader reader;
    QuestionSet set;
    set.warnings = {QStringLiteral("unchanged")};
    QVERIFY(!reader.read(xml, QStringLiteral("test.xml"), &set));
    QVERIFY2(reader.errorString().contains(what), qPrintable(reader.errorString()));
    QCOMPARE(set.warnings, QStringList {QStringLiteral("unchanged")});
    QVERIFY(set.questions.empty());
}

void TestMoodleXml::malformedFileNamesFileAndLine()
{
    QuestionSet set;
    QString error;
    QVERIFY(!QuestionFile::read(
        dataFile(QStringLiteral("malformed.xml")), QuestionFormat::MoodleXml, &set, &error));
    QVERIFY2(error.contains(QStringLiteral("malformed.xml: line 11:")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("Nothing was imported")));
    QVERIFY(set.questions.empty());
}

void TestMoodleXml::writeFailure()
{
    // A device that refuses writes: the writer reports the failure instead of succeeding.
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    MoodleXmlWriter writer;
    QVERIFY(!writer.write(readSample(), nullptr, &buffer));
    QVERIFY(!writer.errorString().isEmpty());
}

void TestMoodleXml::cliExportXml()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("a.parcours"));
    QVERIFY(CourseDocument::create(project));
    QProcess process;
    process.start(QStringLiteral(PARCOURS_CLI),
        {QStringLiteral("questions"), QStringLiteral("import"), project,
            dataFile(QStringLiteral("moodle.xml"))});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(
        QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("calculated")));
    const QString out = dir.filePath(QStringLiteral("out.xml"));
    process.start(QStringLiteral(PARCOURS_CLI),
        {QStringLiteral("questions"), QStringLiteral("export"), project, QStringLiteral("-o"),
            out});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QuestionSet set;
    QString error;
    QVERIFY2(QuestionFile::read(out, QuestionFormat::MoodleXml, &set, &error), qPrintable(error));
    const QuestionSet original = readSample();
    QCOMPARE(set.questions.size(), original.questions.size());
    QCOMPARE(set.questions[0].fileData, original.questions[0].fileData);
    QCOMPARE(set.questions[0].data.files, original.questions[0].data.files);
    // The exported file declares the category with the description read on import.
    bool found = false;
    for (const CategoryEntry &category : set.categories)
        found = found || category.info == original.categories[0].info;
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestMoodleXml)
#include "tst_moodlexml.moc"
