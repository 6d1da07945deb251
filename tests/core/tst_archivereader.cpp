// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/archivereader.h"
#include "tests/common/archivebuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parcours;
using namespace TestArchive;

namespace {

// 50 MiB of zeros in one entry: about 50 KiB once deflated. Built once per container.
const QByteArray &bomb(Kind kind)
{
    static const QByteArray tgz = makeArchive({{"zeros.bin", {}, AE_IFREG, {}, 50 << 20}});
    static const QByteArray zip
        = makeArchive({{"zeros.bin", {}, AE_IFREG, {}, 50 << 20}}, Kind::Zip);
    return kind == Kind::Tgz ? tgz : zip;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

QStringList contentsOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void streamsEntryContent();
    void handlerCanStop();
    void normalisesNames_data();
    void normalisesNames();
    void refusesHostileArchives_data();
    void refusesHostileArchives();
    void stopsBombWhileInflating_data();
    void stopsBombWhileInflating();
    void refusesMissingFile();
    void survivesCorruption_data();
    void survivesCorruption();

private:
    QString writeInput(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_sandbox;
    QString m_tmp;     // TMPDIR during the tests: the reader's private folders go here
    QString m_outside; // a folder that a hostile archive tries to write into
    QString m_inputs;
};

void TestArchiveReader::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    QDir root(m_sandbox.path());
    QVERIFY(root.mkpath(QStringLiteral("tmp")));
    QVERIFY(root.mkpath(QStringLiteral("outside")));
    QVERIFY(root.mkpath(QStringLiteral("inputs")));
    m_tmp = root.filePath(QStringLiteral("tmp"));
    m_outside = root.filePath(QStringLiteral("outside"));
    m_inputs = root.filePath(QStringLiteral("inputs"));
    qputenv("TMPDIR", QFile::encodeName(m_tmp));
    QCOMPARE(QDir::tempPath(), m_tmp);
}

QString TestArchiveReader::writeInput(const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(m_inputs).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestArchiveReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ArchiveReader::Container>("container");
    QTest::addColumn<int>("files");
    QTest::addColumn<qint64>("bytes");

    const auto tgz = ArchiveReader::Container::Tgz;
    const auto zip = ArchiveReader::Container::Zip;
    // Counts and sizes of regular files, .ARCHIVE_INDEX left out, as Python's tarfile and
    // zipfile list them.
    QTest::newRow("2.6 zip") << "moodle26dev_uploadcourse_backup_zip.mbz" << zip << 55
                             << qint64(29066);
    QTest::newRow("2.8 zip stored") << "moodle28_quiz_zip.mbz" << zip << 18 << qint64(17545);
    QTest::newRow("3.1 ./ paths") << "moodle31_pre-40-shared-random-question.mbz" << tgz << 38
                                  << qint64(37231);
    QTest::newRow("3.4") << "moodle34_question_category_34_format.mbz" << tgz << 41
                         << qint64(27225);
    QTest::newRow("3.5") << "moodle35_question_category_35_format.mbz" << tgz << 41
                         << qint64(28227);
    QTest::newRow("3.5 tags") << "moodle35_random_by_tag_quiz.mbz" << tgz << 16 << qint64(28270);
    QTest::newRow("3.9") << "moodle39_quiz_with_random_question_from_mod_context.mbz" << tgz << 20
                         << qint64(18125);
    QTest::newRow("3.11") << "moodle311_quiz.mbz" << tgz << 20 << qint64(25138);
    QTest::newRow("4.1 completion")
        << "moodle41_legacy_course_completion.mbz" << tgz << 47 << qint64(40389);
    QTest::newRow("4.1 qtypes") << "moodle41_quiz_archiver_referencequiz.mbz" << tgz << 19
                                << qint64(140484);
    QTest::newRow("4.1 tags") << "moodle41_test_tags_backup.mbz" << tgz << 46 << qint64(37814);
    QTest::newRow("4.3") << "moodle43dev_random_question.mbz" << tgz << 25 << qint64(23438);
    QTest::newRow("4.5 plugins") << "moodle45-plugins.mbz" << tgz << 64 << qint64(26701);
    QTest::newRow("4.5 small") << "moodle45-small.mbz" << tgz << 90 << qint64(70197);
}

void TestArchiveReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(ArchiveReader::Container, container);
    QFETCH(int, files);
    QFETCH(qint64, bytes);

    const QString path = QStringLiteral(TEST_DATA_DIR "/import/") + file;
    const QByteArray before = sha256(path);
    QString extracted;
    {
        ArchiveReader reader(path);
        QString error;
        QVERIFY2(reader.extract(&error), qPrintable(error));
        QCOMPARE(reader.container(), container);
        QCOMPARE(reader.entries().size(), files);
        qint64 total = 0;
        QStringList paths;
        for (const ArchiveEntry &entry : reader.entries()) {
            QVERIFY2(!entry.path.startsWith(QLatin1Char('.')), qPrintable(entry.path));
            const QFileInfo onDisk(QDir(reader.extractedPath()).filePath(entry.path));
            QVERIFY2(onDisk.isFile(), qPrintable(entry.path));
            QCOMPARE(onDisk.size(), entry.size);
            total += entry.size;
            paths.append(entry.path);
        }
        QCOMPARE(total, bytes);
        QVERIFY(paths.contains(QStringLiteral("moodle_backup.xml")));
        QVERIFY(!paths.contains(QStringLiteral(".ARCHIVE_INDEX")));
        extracted = reader.extractedPath();
        QVERIFY(extracted.startsWith(m_tmp + QLatin1Char('/')));
        QVERIFY(!QFileInfo::exists(QDir(extracted).filePath(QStringLiteral(".ARCHIVE_INDEX"))));
        const QByteArray xml
            = readAll(QDir(extracted).filePath(QStringLiteral("moodle_backup.xml")));
        QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }
    QVERIFY(!QFileInfo::exists(extracted));
    QVERIFY(contentsOf(m_tmp).isEmpty());
    QCOMPARE(sha256(path), before);
}

void TestArchiveReader::streamsEntryContent()
{
    const QString path = QStringLiteral(TEST_DATA_DIR "/import/moodle45-small.mbz");
    ArchiveReader reader(path);
    QByteArray backupXml;
    int calls = 0;
    QString error;
    const bool ok = reader.read(
        [&](const ArchiveEntry &entry, QIODevice *content, QString *) {
            ++calls;
            if (entry.path == QLatin1String("moodle_backup.xml"))
                backupXml = content->readAll();
            return true;
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(calls, 90);
    QCOMPARE(reader.entries().size(), 90);
    QVERIFY(
        backupXml.contains("<original_course_shortname>fixture-small</original_course_shortname>"));
    // Nothing is written to disk when streaming.
    QVERIFY(reader.extractedPath().isEmpty());
    QVERIFY(contentsOf(m_tmp).isEmpty());
}

void TestArchiveReader::handlerCanStop()
{
    ArchiveReader reader(QStringLiteral(TEST_DATA_DIR "/import/moodle311_quiz.mbz"));
    QString error;
    int calls = 0;
    QVERIFY(!reader.read(
        [&](const ArchiveEntry &, QIODevice *, QString *why) {
            *why = QStringLiteral("stop here");
            return ++calls < 3;
        },
        &error));
    QCOMPARE(calls, 3);
    QCOMPARE(error, QStringLiteral("stop here"));
    QVERIFY(reader.entries().isEmpty());
    QCOMPARE(reader.errorString(), error);
}

void TestArchiveReader::normalisesNames_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("path");

    QTest::newRow("plain") << QByteArray("course/course.xml") << true << "course/course.xml";
    QTest::newRow("dot slash") << QByteArray("./course/./course.xml") << true
                               << "course/course.xml";
    QTest::newRow("double slash") << QByteArray("course//course.xml") << true
                                  << "course/course.xml";
    QTest::newRow("directory") << QByteArray("activities/") << true << "activities";
    QTest::newRow("root") << QByteArray("./") << true << "";
    QTest::newRow("utf-8") << QByteArray("files/\xc3\xa9t\xc3\xa9.txt") << true
                           << QString::fromUtf8("files/\xc3\xa9t\xc3\xa9.txt");
    QTest::newRow("dot dot") << QByteArray("../evil") << false << "";
    QTest::newRow("inner dot dot") << QByteArray("a/../../evil") << false << "";
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << false << "";
    QTest::newRow("backslash") << QByteArray("..\\evil") << false << "";
    QTest::newRow("newline") << QByteArray("a\nb.xml") << false << "";
    QTest::newRow("delete") << QByteArray("a\x7f.xml") << false << "";
    QTest::newRow("latin-1") << QByteArray("\xe9t\xe9.xml") << false << "";
    QTest::newRow("too long") << QByteArray("a/").repeated(2000) + QByteArray(200, 'b') << false
                              << "";
    QTest::newRow("too deep") << QByteArray("a/").repeated(64) + "b" << false << "";
    QTest::newRow("deep enough") << QByteArray("a/").repeated(63) + "b" << true
                                 << QString::fromLatin1(QByteArray("a/").repeated(63) + "b");
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf"
                                                  "b")
                                    << false << "";
}

void TestArchiveReader::normalisesNames()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, accepted);
    QFETCH(QString, path);
    QString normalised;
    QString reason;
    QCOMPARE(ArchiveReader::normalisePath(raw, &normalised, &reason), accepted);
    if (accepted)
        QCOMPARE(normalised, path);
    else
        QVERIFY(!reason.isEmpty());
}

void TestArchiveReader::refusesHostileArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxEntrySize");
    QTest::addColumn<qint64>("maxTotalSize");
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<QString>("entry");  // the entry the message must name ("" for none)
    QTest::addColumn<QString>("reason"); // a fragment of the reason

    const ArchiveLimits d;
    const QByteArray xml("<?xml version=\"1.0\"?><a/>");
    const QByteArray outside = QFile::encodeName(m_outside);
    const Spec ok {"moodle_backup.xml", xml, AE_IFREG, {}, 0};

    QTest::newRow("dot dot") << makeArchive({ok, {"../evil", "x", AE_IFREG, {}, 0}})
                             << d.maxEntrySize << d.maxTotalSize << d.maxEntries << "../evil"
                             << "“..”";
    QTest::newRow("inner dot dot")
        << makeArchive({{"activities/../../../outside/evil", "x", AE_IFREG, {}, 0}})
        << d.maxEntrySize << d.maxTotalSize << d.maxEntries << "activities/../../../outside/evil"
        << "“..”";
    QTest::newRow("absolute") << makeArchive({{outside + "/abs", "x", AE_IFREG, {}, 0}})
                              << d.maxEntrySize << d.maxTotalSize << d.maxEntries
                              << QString::fromUtf8(outside + "/abs") << "absolute path";
    QTest::newRow("symlink") << makeArchive(
        {{"link", {}, AE_IFLNK, outside, 0}, {"link/evil", "x", AE_IFREG, {}, 0}})
                             << d.maxEntrySize << d.maxTotalSize << d.maxEntries << "link"
                             << "symbolic link";
    QTest::newRow("hard link") << makeArchive({{"hard", {}, AE_IFREG, outside + "/target", 0}})
                               << d.maxEntrySize << d.maxTotalSize << d.maxEntries << "hard"
                               << "hard link";
    QTest::newRow("device") << makeArchive({ok, {"null", {}, AE_IFCHR, {}, 0}}) << d.maxEntrySize
                            << d.maxTotalSize << d.maxEntries << "null"
                            << "device";
    QTest::newRow("fifo") << makeArchive({{"pipe", {}, AE_IFIFO, {}, 0}}) << d.maxEntrySize
                          << d.maxTotalSize << d.maxEntries << "pipe"
                          << "named pipe";
    QTest::newRow("invalid utf-8")
        << makeArchive({{"\xff\xfe.xml", "x", AE_IFREG, {}, 0}}) << d.maxEntrySize << d.maxTotalSize
        << d.maxEntries << QString::fromUtf8("\xff\xfe.xml") << "UTF-8";
    QTest::newRow("control") << makeArchive({{"a\x1b[2Jb.xml", "x", AE_IFREG, {}, 0}})
                             << d.maxEntrySize << d.maxTotalSize << d.maxEntries << "a\\x1b[2Jb.xml"
                             << "control character";
    QTest::newRow("no name") << makeArchive({{".", "x", AE_IFREG, {}, 0}}) << d.maxEntrySize
                             << d.maxTotalSize << d.maxEntries << "."
                             << "has no name";
    QTest::newRow("duplicate") << makeArchive({ok, ok}) << d.maxEntrySize << d.maxTotalSize
                               << d.maxEntries << "moodle_backup.xml"
                               << "appears twice";
    QTest::newRow("zip dot dot") << makeArchive({ok, {"../evil", "x", AE_IFREG, {}, 0}}, Kind::Zip)
                                 << d.maxEntrySize << d.maxTotalSize << d.maxEntries << "../evil"
                                 << "“..”";
    QTest::newRow("zip symlink") << makeArchive({{"link", {}, AE_IFLNK, outside, 0}}, Kind::Zip)
                                 << d.maxEntrySize << d.maxTotalSize << d.maxEntries << "link"
                                 << "symbolic link";
    QTest::newRow("entry size") << makeArchive(
        {{"big.bin", QByteArray(2000, 'a'), AE_IFREG, {}, 0}})
                                << qint64(1000) << d.maxTotalSize << d.maxEntries << "big.bin"
                                << "allowed for one file";
    QTest::newRow("zip entry size")
        << makeArchive({{"big.bin", QByteArray(2000, 'a'), AE_IFREG, {}, 0}}, Kind::Zip)
        << qint64(1000) << d.maxTotalSize << d.maxEntries << "big.bin"
        << "allowed for one file";
    QTest::newRow("total size") << makeArchive({{"a.bin", QByteArray(1000, 'a'), AE_IFREG, {}, 0},
        {"b.bin", QByteArray(1000, 'b'), AE_IFREG, {}, 0}})
                                << d.maxEntrySize << qint64(1500) << d.maxEntries << "b.bin"
                                << "larger than the";
    QList<Spec> many;
    for (int i = 0; i < 11; ++i)
        many.append({"f" + QByteArray::number(i), "x", AE_IFREG, {}, 0});
    QTest::newRow("entries") << makeArchive(many) << d.maxEntrySize << d.maxTotalSize << 10 << ""
                             << "more than 10 entries";
    QTest::newRow("tgz bomb") << bomb(Kind::Tgz) << d.maxEntrySize << d.maxTotalSize << d.maxEntries
                              << "zeros.bin"
                              << "zip bomb";
    QTest::newRow("zip bomb") << bomb(Kind::Zip) << d.maxEntrySize << d.maxTotalSize << d.maxEntries
                              << "zeros.bin"
                              << "zip bomb";

    const QByteArray real = readAll(QStringLiteral(TEST_DATA_DIR "/import/moodle45-small.mbz"));
    QTest::newRow("truncated gzip")
        << real.left(real.size() / 2) << d.maxEntrySize << d.maxTotalSize << d.maxEntries << ""
        << "truncated";
    const QByteArray realZip
        = readAll(QStringLiteral(TEST_DATA_DIR "/import/moodle26dev_uploadcourse_backup_zip.mbz"));
    QTest::newRow("truncated zip") << realZip.left(realZip.size() / 2) << d.maxEntrySize
                                   << d.maxTotalSize << d.maxEntries << ""
                                   << "truncated";
    QByteArray noise(4096, '\0');
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    noise[0] = 'R';
    QTest::newRow("random bytes") << noise << d.maxEntrySize << d.maxTotalSize << d.maxEntries << ""
                                  << "neither a tar.gz nor a zip";
    noise[0] = '\x1f';
    noise[1] = '\x8b';
    QTest::newRow("gzip magic then noise")
        << noise << d.maxEntrySize << d.maxTotalSize << d.maxEntries << ""
        << "damaged";
    QTest::newRow("empty") << QByteArray() << d.maxEntrySize << d.maxTotalSize << d.maxEntries << ""
                           << "empty";
    QTest::newRow("text file") << QByteArray("<?xml version=\"1.0\"?><moodle_backup/>\n")
                               << d.maxEntrySize << d.maxTotalSize << d.maxEntries << ""
                               << "neither a tar.gz nor a zip";
}

void TestArchiveReader::refusesHostileArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxEntrySize);
    QFETCH(qint64, maxTotalSize);
    QFETCH(int, maxEntries);
    QFETCH(QString, entry);
    QFETCH(QString, reason);

    const QString path = writeInput(QStringLiteral("hostile.mbz"), bytes);
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256(path);
    ArchiveLimits limits;
    limits.maxEntrySize = maxEntrySize;
    limits.maxTotalSize = maxTotalSize;
    limits.maxEntries = maxEntries;

    const auto checkMessage = [&](const QString &error) {
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        if (!entry.isEmpty())
            QVERIFY2(error.contains(QStringLiteral("“%1”").arg(entry)), qPrintable(error));
    };

    {
        ArchiveReader reader(path, limits);
        QString error;
        QVERIFY(!reader.extract(&error));
        checkMessage(error);
        qInfo().noquote() << error;
        QCOMPARE(reader.errorString(), error);
        QVERIFY(reader.extractedPath().isEmpty());
        QVERIFY(reader.entries().isEmpty());
        // The private folder is already gone, and nothing was written anywhere else.
        QVERIFY2(contentsOf(m_tmp).isEmpty(), qPrintable(contentsOf(m_tmp).join(u' ')));
    }
    {
        ArchiveReader reader(path, limits);
        QString error;
        QVERIFY(!reader.read(
            [](const ArchiveEntry &, QIODevice *, QString *) { return true; }, &error));
        checkMessage(error);
    }
    QVERIFY2(contentsOf(m_outside).isEmpty(), qPrintable(contentsOf(m_outside).join(u' ')));
    QCOMPARE(contentsOf(m_inputs), QStringList {QStringLiteral("hostile.mbz")});
    QCOMPARE(sha256(path), before);
}

void TestArchiveReader::stopsBombWhileInflating_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("tgz") << bomb(Kind::Tgz);
    QTest::newRow("zip") << bomb(Kind::Zip);
}

void TestArchiveReader::stopsBombWhileInflating()
{
    QFETCH(QByteArray, bytes);
    // 50 MiB of zeros deflate to about 50 KiB: far over the 1:200 ratio.
    QVERIFY(bytes.size() < 200 * 1024);
    const QString path = writeInput(QStringLiteral("bomb.mbz"), bytes);
    ArchiveReader reader(path);
    qint64 delivered = 0;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!reader.read(
        [&](const ArchiveEntry &, QIODevice *content, QString *) {
            QByteArray chunk;
            while (!(chunk = content->read(65536)).isEmpty())
                delivered += chunk.size();
            return true;
        },
        &error));
    QVERIFY2(error.contains(QStringLiteral("zip bomb")), qPrintable(error));
    qInfo("%s bytes of %d inflated before refusing, in %s ms",
        qPrintable(QString::number(delivered)), 50 << 20,
        qPrintable(QString::number(timer.elapsed())));
    // Stopped early in the stream, not after inflating everything.
    QVERIFY2(delivered < 20 << 20, qPrintable(QString::number(delivered)));
}

void TestArchiveReader::refusesMissingFile()
{
    const QString path = QDir(m_inputs).filePath(QStringLiteral("missing.mbz"));
    ArchiveReader reader(path);
    QString error;
    QVERIFY(!reader.extract(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(contentsOf(m_tmp).isEmpty());
    QVERIFY(!QFileInfo::exists(path));

    ArchiveReader folder(m_inputs);
    QVERIFY(!folder.extract(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_inputs))
            && error.contains(QStringLiteral("not a file")),
        qPrintable(error));
    QVERIFY(contentsOf(m_tmp).isEmpty());
}

void TestArchiveReader::survivesCorruption_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("tgz") << QStringLiteral("moodle45-small.mbz");
    QTest::newRow("zip") << QStringLiteral("moodle26dev_uploadcourse_backup_zip.mbz");
}

void TestArchiveReader::survivesCorruption()
{
    // Flipped bytes anywhere (headers, deflate data, checksums) must end in either a clean
    // extraction or a clean refusal, and never leave anything behind.
    QFETCH(QString, file);
    const QByteArray original = readAll(QStringLiteral(TEST_DATA_DIR "/import/") + file);
    QVERIFY(!original.isEmpty());
    QRandomGenerator rng(7);
    int refused = 0;
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes = original;
        for (int i = 0; i < 4; ++i)
            bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        const QString path = writeInput(QStringLiteral("corrupt.mbz"), bytes);
        ArchiveReader reader(path);
        QString error;
        if (reader.extract(&error)) {
            QVERIFY(!reader.entries().isEmpty());
        } else {
            ++refused;
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
            QVERIFY(reader.extractedPath().isEmpty());
        }
        QVERIFY(contentsOf(m_outside).isEmpty());
    }
    QVERIFY(contentsOf(m_tmp).isEmpty());
    QVERIFY(QFile::remove(QDir(m_inputs).filePath(QStringLiteral("corrupt.mbz"))));
    qInfo("%d of 50 corrupted copies refused", refused);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
