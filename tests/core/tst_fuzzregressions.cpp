// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/fuzzentries.h"
#include "tests/common/archivebuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <functional>
#include <memory>

using namespace Parcours;
using namespace Qt::StringLiterals;
using namespace TestArchive;

namespace {

using Entry = std::function<Fuzz::Outcome(const uint8_t *, size_t)>;

/** No input may take longer than this (the fuzzers stop at 10 s; a user would give up sooner). */
constexpr qint64 s_maxMilliseconds = 5000;

Entry entryFor(const QString &target)
{
    if (target == QLatin1String("gift"))
        return Fuzz::gift;
    if (target == QLatin1String("moodlexml"))
        return Fuzz::moodleXml;
    return Fuzz::mbz;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList contentsOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// The regular files of a real backup, in order, so that one of them can be made hostile.
QList<Spec> readArchive(const QString &path)
{
    QList<Spec> specs;
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 16384)
        != ARCHIVE_OK)
        return specs;
    archive_entry *e = nullptr;
    while (archive_read_next_header(a.get(), &e) == ARCHIVE_OK) {
        if (archive_entry_filetype(e) != AE_IFREG)
            continue;
        Spec spec;
        spec.name = archive_entry_pathname(e);
        char buffer[16384];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0)
            spec.data.append(buffer, qsizetype(n));
        specs.append(spec);
    }
    return specs;
}

bool isNamed(const Spec &spec, const QByteArray &name)
{
    return spec.name == name || spec.name == "./" + name;
}

// The content of the file named name in a real backup.
QByteArray fileOf(const QString &backup, const QByteArray &name)
{
    const QList<Spec> specs = readArchive(backup);
    for (const Spec &spec : specs) {
        if (isNamed(spec, name))
            return spec.data;
    }
    return {};
}

// A real backup with the file named name replaced by data (empty when it has no such file).
QByteArray withFile(const QString &backup, const QByteArray &name, const QByteArray &data)
{
    QList<Spec> specs = readArchive(backup);
    bool found = false;
    for (Spec &spec : specs) {
        if (isNamed(spec, name)) {
            spec.data = data;
            found = true;
        }
    }
    return found ? makeArchive(specs) : QByteArray();
}

} // namespace

/**
 * Every seed of fuzz/corpus/<target>/ and every input a fuzzer reported
 * (tests/data/fuzz/<target>/) goes through the fuzz target's own code: it must end, quickly,
 * with a result or a clean message, and leave no temporary file behind.
 */
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replays_data();
    void replays();
    void seedsAreAccepted();
    void refusesNonFiniteNumbers_data();
    void refusesNonFiniteNumbers();
    void cliLeavesNothing_data();
    void cliLeavesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QTemporaryDir m_dir;
};

void TestFuzzRegressions::initTestCase()
{
    // Every temporary folder the readers make goes here, so that leftovers can be seen.
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp->path()));
    QCOMPARE(QDir::tempPath(), QDir(m_tmp->path()).canonicalPath());
}

void TestFuzzRegressions::replays_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QStringList roots
        = {QStringLiteral(FUZZ_CORPUS_DIR), QStringLiteral(TEST_DATA_DIR "/fuzz")};
    for (const QString &root : roots) {
        for (const QString &target :
            {QStringLiteral("gift"), QStringLiteral("moodlexml"), QStringLiteral("mbz")}) {
            const QDir dir(root + QLatin1Char('/') + target);
            const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
            for (const QString &file : files) {
                if (file == QLatin1String("README.md"))
                    continue;
                const QString path = dir.filePath(file);
                QTest::addRow("%s/%s/%s", qPrintable(QDir(root).dirName()), qPrintable(target),
                    qPrintable(file))
                    << target << path;
            }
        }
    }
}

void TestFuzzRegressions::replays()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();

    QElapsedTimer timer;
    timer.start();
    const Fuzz::Outcome outcome = entryFor(target)(
        reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    const qint64 elapsed = timer.elapsed();

    QVERIFY2(elapsed < s_maxMilliseconds, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    if (!outcome.ok) {
        QVERIFY2(!outcome.error.isEmpty(), "refused without a message");
        if (target == QLatin1String("mbz"))
            QVERIFY2(outcome.error.contains(Fuzz::mbzFileName()), qPrintable(outcome.error));
        else if (target == QLatin1String("gift"))
            QVERIFY2(outcome.error.startsWith(QLatin1String("line ")), qPrintable(outcome.error));
    }
    // Whether it worked or not, nothing is left in the temporary folder.
    const QStringList left
        = QDir(m_tmp->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
}

void TestFuzzRegressions::seedsAreAccepted()
{
    // The seeds must themselves be accepted: a fuzzer that starts from refused inputs only
    // explores error paths.
    const QStringList seeds
        = {QStringLiteral("gift/francais.gift"), QStringLiteral("moodlexml/moodle.xml"),
            QStringLiteral("mbz/quiz-311.tgz.mbz"), QStringLiteral("mbz/quiz-28.zip.mbz")};
    for (const QString &seed : seeds) {
        const QString target = seed.section(QLatin1Char('/'), 0, 0);
        QFile file(QStringLiteral(FUZZ_CORPUS_DIR "/") + seed);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(seed));
        const QByteArray input = file.readAll();
        const Fuzz::Outcome outcome = entryFor(target)(
            reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        QVERIFY2(outcome.ok, qPrintable(seed + QLatin1String(": ") + outcome.error));
    }
}

void TestFuzzRegressions::refusesNonFiniteNumbers_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("input");

    // QString::toDouble() reads "nan" and "inf"; a weight, value or tolerance never is one.
    QTest::newRow("gift weight nan") << u"gift"_s << QByteArray("Q{~%nan%a =b}");
    QTest::newRow("gift weight inf") << u"gift"_s << QByteArray("Q{~%-inf%a =b}");
    QTest::newRow("gift number nan") << u"gift"_s << QByteArray("Q{#nan}");
    QTest::newRow("gift number inf") << u"gift"_s << QByteArray("Q{#inf:1}");
    QTest::newRow("gift tolerance inf") << u"gift"_s << QByteArray("Q{#1:inf}");
    QTest::newRow("gift tolerance nan") << u"gift"_s << QByteArray("Q{#1:nan}");
    QTest::newRow("gift range") << u"gift"_s << QByteArray("Q{#-inf..inf}");
    QTest::newRow("gift range nan") << u"gift"_s << QByteArray("Q{#1..nan}");
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz><question "
                           "type=\"multichoice\"><name><text>N</text></name><questiontext "
                           "format=\"html\"><text>Q</text></questiontext><answer "
                           "fraction=\"%1\"><text>a</text></answer></question></quiz>\n";
    QTest::newRow("xml fraction nan") << u"moodlexml"_s << QByteArray(xml).replace("%1", "nan");
    QTest::newRow("xml fraction inf") << u"moodlexml"_s << QByteArray(xml).replace("%1", "inf");
}

void TestFuzzRegressions::refusesNonFiniteNumbers()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, input);
    const Fuzz::Outcome outcome = entryFor(target)(
        reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.error.isEmpty());
}

void TestFuzzRegressions::cliLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a fragment of the message

    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("outside")));
    const QByteArray outside = QFile::encodeName(m_dir.filePath(QStringLiteral("outside")));
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<moodle_backup/>\n";
    const Spec ok {"moodle_backup.xml", xml};
    const QString real = QStringLiteral(TEST_DATA_DIR "/import/moodle311_quiz.mbz");
    const QByteArray realBytes = readAll(real);
    const QByteArray realZip
        = readAll(QStringLiteral(TEST_DATA_DIR "/import/moodle28_quiz_zip.mbz"));

    QTest::newRow("hard link") << makeArchive({ok, {"hard", {}, AE_IFREG, outside + "/target"}})
                               << u"hard link"_s;
    QTest::newRow("device") << makeArchive({ok, {"null", {}, AE_IFCHR}}) << u"device"_s;
    QTest::newRow("symlink") << makeArchive({{"link", {}, AE_IFLNK, outside}, {"link/evil", "x"}})
                             << u"symbolic link"_s;
    QTest::newRow("zip symlink") << makeArchive({{"link", {}, AE_IFLNK, outside}}, Kind::Zip)
                                 << u"symbolic link"_s;
    QTest::newRow("dot dot") << makeArchive({ok, {"../../outside/evil", "x"}}) << u"“..”"_s;
    QTest::newRow("absolute") << makeArchive({{outside + "/abs", "x"}}) << u"absolute"_s;
    QTest::newRow("invalid utf-8 name") << makeArchive({{"\xff\xfe.xml", "x"}}) << u"UTF-8"_s;
    QTest::newRow("truncated gzip") << realBytes.left(realBytes.size() / 2) << u"truncated"_s;
    QTest::newRow("truncated zip") << realZip.left(realZip.size() / 2) << u"truncated"_s;
    QTest::newRow("no moodle_backup.xml")
        << makeArchive({{"course/course.xml", "<course/>"}}) << u"moodle_backup.xml"_s;
    QTest::newRow("not an archive") << QByteArray("hello\n") << u"neither a tar.gz nor a zip"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("tgz bomb") << makeArchive({{"zeros.bin", {}, AE_IFREG, {}, 50 << 20}})
                              << u"zip bomb"_s;
    QTest::newRow("zip bomb") << makeArchive({{"zeros.bin", {}, AE_IFREG, {}, 50 << 20}}, Kind::Zip)
                              << u"zip bomb"_s;

    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i)
        laughs += " <!ENTITY lol" + QByteArray::number(i) + " \""
            + QByteArray("&lol" + QByteArray::number(i - 1) + ";").repeated(10) + "\">\n";
    laughs.replace("&lol0;", "&lol;");
    laughs += "]>\n<moodle_backup>&lol9;</moodle_backup>\n";
    const QByteArray xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE r [<!ENTITY x "
                           "SYSTEM \"file:///etc/passwd\">]>\n<moodle_backup><information>&x;"
                           "</information></moodle_backup>\n";
    // Refused before parsing: the DOCTYPE pushes <moodle_backup> past where Moodle looks for it.
    QTest::newRow("billion laughs")
        << makeArchive({{"moodle_backup.xml", laughs}}) << u"not in the format of Moodle 2"_s;
    QTest::newRow("xxe") << makeArchive({{"moodle_backup.xml", xxe}}) << u"DOCTYPE"_s;
    QByteArray badUtf8 = fileOf(real, "moodle_backup.xml");
    QVERIFY(!badUtf8.isEmpty());
    QVERIFY(badUtf8.contains("</name>"));
    badUtf8.replace("</name>", "\xe9</name>");
    QTest::newRow("invalid utf-8 xml")
        << makeArchive({{"moodle_backup.xml", badUtf8}}) << u"UTF-8"_s;
    // The same attacks one level down, in files the importer reads after moodle_backup.xml.
    const QByteArray xxeQuestions = withFile(real, "questions.xml", xxe);
    const QByteArray laughsQuiz = withFile(real, "activities/quiz_2/quiz.xml", laughs);
    const QByteArray truncatedQuestions
        = withFile(real, "questions.xml", "<?xml version=\"1.0\"?>\n<question_categories>");
    QVERIFY(!xxeQuestions.isEmpty() && !laughsQuiz.isEmpty() && !truncatedQuestions.isEmpty());
    QTest::newRow("xxe in questions.xml") << xxeQuestions << u"questions.xml"_s;
    QTest::newRow("billion laughs in quiz.xml") << laughsQuiz << u"quiz.xml"_s;
    QTest::newRow("truncated questions.xml") << truncatedQuestions << u"questions.xml"_s;
}

/**
 * `parcours import` refuses each hostile backup with a message naming it, leaves no output and
 * no temporary folder, writes nothing outside, does not touch the input, and is quick.
 */
void TestFuzzRegressions::cliLeavesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString name
        = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString input = m_dir.filePath(name + QStringLiteral(".mbz"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const QDateTime modified = QFileInfo(input).lastModified();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tmp")));
    const QString output
        = m_dir.filePath(QStringLiteral("out/") + name + QStringLiteral(".parcours"));

    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    cli.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(PARCOURS_CLI),
        {QStringLiteral("import"), input, QStringLiteral("-o"), output});
    QVERIFY(cli.waitForFinished(60000));
    const qint64 elapsed = timer.elapsed();
    const QString err = QString::fromUtf8(cli.readAllStandardError());

    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(err.contains(QFileInfo(input).fileName()), qPrintable(err));
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(elapsed < s_maxMilliseconds, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QCOMPARE(contentsOf(m_dir.filePath(QStringLiteral("out"))), QStringList());
    QCOMPARE(contentsOf(m_dir.filePath(QStringLiteral("tmp"))), QStringList());
    QCOMPARE(contentsOf(m_dir.filePath(QStringLiteral("outside"))), QStringList());
    QCOMPARE(readAll(input), bytes);
    QCOMPARE(QFileInfo(input).lastModified(), modified);
    QVERIFY(QFile::remove(input));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
