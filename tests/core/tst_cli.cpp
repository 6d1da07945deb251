// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/tools/treebuilder.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;

namespace {

struct Result
{
    int status = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.insert(QStringLiteral("LC_ALL"), lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARCOURS_CLI), arguments);
    Result result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.status = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleThenInfoJson();
    void infoAsText();
    void validateSampleSucceeds();
    void validateReportsErrors();
    void generateMatchesItsOptions();
    void usageErrors_data();
    void usageErrors();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void refusesToOverwrite();
    void nothingLeftOnFailure();
    void refusesToReplaceAnOpenFile();
    void missingInputFile();
    void speaksFrenchOnAFrenchSystem();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(PARCOURS_CLI)), PARCOURS_CLI);
    QVERIFY(m_dir.isValid());
    m_sample = path(QStringLiteral("exemple.parcours"));
    const Result result = run({QStringLiteral("sample"), m_sample});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY(result.err.isEmpty());
    QVERIFY(QFileInfo::exists(m_sample));
    // No temporary file, journal or lock is left behind.
    QCOMPARE(entries(), QStringList {QStringLiteral("exemple.parcours")});
}

void TestCli::sampleThenInfoJson()
{
    const Result result = run({QStringLiteral("info"), m_sample, QStringLiteral("--json")});
    QCOMPARE(result.status, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("title")).toString(),
        QStringLiteral("Consolider une posture d'enseignant sécurisant à l'école maternelle"));
    QCOMPARE(json.value(QStringLiteral("sections")).toInt(), 6);

    const QJsonObject activities = json.value(QStringLiteral("activities")).toObject();
    const QStringList kinds = {QStringLiteral("page"), QStringLiteral("label"),
        QStringLiteral("url"), QStringLiteral("resource"), QStringLiteral("folder"),
        QStringLiteral("forum"), QStringLiteral("assign"), QStringLiteral("quiz"),
        QStringLiteral("wordcloud"), QStringLiteral("mindmap"), QStringLiteral("completionmarker"),
        QStringLiteral("opaque")};
    QCOMPARE(activities.keys().size(), kinds.size());
    for (const QString &kind : kinds)
        QVERIFY2(activities.value(kind).isDouble(), qPrintable(kind));
    QCOMPARE(activities.value(QStringLiteral("quiz")).toInt(), 1);
    QCOMPARE(activities.value(QStringLiteral("folder")).toInt(), 0);
    QCOMPARE(activities.value(QStringLiteral("mindmap")).toInt(), 1);
    QCOMPARE(activities.value(QStringLiteral("page")).toInt(), 7);

    const QJsonObject questions = json.value(QStringLiteral("questions")).toObject();
    QCOMPARE(questions.value(QStringLiteral("multichoice")).toInt(), 2);
    QCOMPARE(questions.value(QStringLiteral("truefalse")).toInt(), 1);
    QCOMPARE(questions.value(QStringLiteral("multianswer")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("restrictions")).toInt(), 4);
    const QJsonObject media = json.value(QStringLiteral("media")).toObject();
    QCOMPARE(media.value(QStringLiteral("count")).toInt(), 4);
    QVERIFY(media.value(QStringLiteral("bytes")).toInteger() > 10000);
}

void TestCli::infoAsText()
{
    const Result result = run({QStringLiteral("info"), m_sample});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QStringLiteral("Consolider une posture")));
    QVERIFY(result.out.contains(QStringLiteral("Sections: 6")));
}

void TestCli::validateSampleSucceeds()
{
    const Result result = run({QStringLiteral("validate"), m_sample});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QStringLiteral("No problem found")));
}

void TestCli::validateReportsErrors()
{
    const QString file = path(QStringLiteral("errors.parcours"));
    {
        QString error;
        std::unique_ptr<CourseDocument> doc = CourseDocument::create(file, &error);
        QVERIFY2(doc, qPrintable(error));
        TreeBuilder builder;
        SectionData section;
        section.title = QStringLiteral("Aménager l'espace");
        const NodeId s = builder.addSection(section);
        ActivityData quiz;
        quiz.name = QStringLiteral("Quiz sans question");
        quiz.settings = QuizSettings {};
        builder.addActivity(s, quiz);
        QVERIFY2(builder.applyTo(doc.get(), &error), qPrintable(error));
    }
    const Result result = run({QStringLiteral("validate"), file});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.contains(QStringLiteral("error: Aménager l'espace › Quiz sans question")),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("1 error")));
}

void TestCli::generateMatchesItsOptions()
{
    const QString file = path(QStringLiteral("generated.parcours"));
    const Result result = run({QStringLiteral("generate"), file, QStringLiteral("--sections"),
        QStringLiteral("3"), QStringLiteral("--activities-per-section"), QStringLiteral("4"),
        QStringLiteral("--questions"), QStringLiteral("5"), QStringLiteral("--media-files"),
        QStringLiteral("2"), QStringLiteral("--media-size"), QStringLiteral("5000"),
        QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    const Result info = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("sections")).toInt(), 3);
    int activities = 0;
    const QJsonObject kinds = json.value(QStringLiteral("activities")).toObject();
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        activities += it.value().toInt();
    QCOMPARE(activities, 12);
    int questions = 0;
    const QJsonObject types = json.value(QStringLiteral("questions")).toObject();
    for (auto it = types.constBegin(); it != types.constEnd(); ++it)
        questions += it.value().toInt();
    QCOMPARE(questions, 5);
    QCOMPARE(json.value(QStringLiteral("media")).toObject().value(QStringLiteral("bytes")).toInt(),
        10000);
    QCOMPARE(run({QStringLiteral("validate"), file}).status, 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList {QStringLiteral("publish")};
    QTest::newRow("sample without file") << QStringList {QStringLiteral("sample")};
    QTest::newRow("sample, two files") << QStringList {
        QStringLiteral("sample"), QStringLiteral("a.parcours"), QStringLiteral("b.parcours")};
    QTest::newRow("info, unknown option") << QStringList {
        QStringLiteral("info"), QStringLiteral("x.parcours"), QStringLiteral("--yaml")};
    QTest::newRow("generate, not a number") << QStringList {QStringLiteral("generate"),
        QStringLiteral("g.parcours"), QStringLiteral("--sections"), QStringLiteral("beaucoup")};
    QTest::newRow("generate, negative") << QStringList {QStringLiteral("generate"),
        QStringLiteral("g.parcours"), QStringLiteral("--questions"), QStringLiteral("-3")};
    QTest::newRow("generate, too many media") << QStringList {QStringLiteral("generate"),
        QStringLiteral("g.parcours"), QStringLiteral("--sections"), QStringLiteral("1"),
        QStringLiteral("--activities-per-section"), QStringLiteral("1"),
        QStringLiteral("--media-files"), QStringLiteral("5")};
    QTest::newRow("validate without file") << QStringList {QStringLiteral("validate")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QStringList before = entries();
    QDir::setCurrent(m_dir.path());
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(entries(), before);
}

void TestCli::helpForEachCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"sample", "info", "generate", "validate"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCli::helpForEachCommand()
{
    QFETCH(QString, command);
    const Result result = run({command, QStringLiteral("--help")});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("Usage: parcours %1").arg(command)));
    QVERIFY(result.out.contains(QStringLiteral("--help")));
}

void TestCli::refusesToOverwrite()
{
    const QString file = path(QStringLiteral("existing.parcours"));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("précieux");
    existing.close();

    Result result = run({QStringLiteral("sample"), file});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.contains(file));
    QVERIFY(result.err.contains(QStringLiteral("--force")));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("précieux"));
    existing.close();

    result = run({QStringLiteral("sample"), file, QStringLiteral("--force")});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QCOMPARE(run({QStringLiteral("validate"), file}).status, 0);
}

void TestCli::nothingLeftOnFailure()
{
    const QStringList before = entries();
    // A folder in the way of the new file.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.parcours")));
    Result result = run({QStringLiteral("sample"), path(QStringLiteral("folder.parcours"))});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.contains(QStringLiteral("folder.parcours")));
    // A folder that does not exist.
    result = run({QStringLiteral("sample"), path(QStringLiteral("nowhere/new.parcours"))});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.contains(QStringLiteral("nowhere")));
    QCOMPARE(entries(), before);
}

void TestCli::refusesToReplaceAnOpenFile()
{
    const QString file = path(QStringLiteral("open.parcours"));
    QCOMPARE(run({QStringLiteral("sample"), file}).status, 0);
    {
        QString error;
        std::unique_ptr<CourseDocument> open = CourseDocument::open(file, &error);
        QVERIFY2(open && !open->isReadOnly(), qPrintable(error));
        const Result result = run({QStringLiteral("sample"), file, QStringLiteral("--force")});
        QCOMPARE(result.status, 1);
        QVERIFY2(
            result.err.contains(QStringLiteral("open in Parcours Studio")), qPrintable(result.err));
    }
    // Closed, it can be replaced.
    QCOMPARE(run({QStringLiteral("sample"), file, QStringLiteral("--force")}).status, 0);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
}

void TestCli::missingInputFile()
{
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("validate")}) {
        const Result result = run({command, path(QStringLiteral("absent.parcours"))});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains(QStringLiteral("absent.parcours")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("absent.parcours"))));
    }
}

void TestCli::speaksFrenchOnAFrenchSystem()
{
    const QString french = QStringLiteral("fr_FR.UTF-8");
    Result result = run({QStringLiteral("info"), m_sample}, french);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Activités : 18")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Nuage de mots : 1")));

    result = run({QStringLiteral("sample"), m_sample}, french);
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QStringLiteral("existe déjà")), qPrintable(result.err));

    result = run({QStringLiteral("validate"), m_sample}, french);
    QCOMPARE(result.out.trimmed(), QStringLiteral("Aucun problème trouvé."));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
