// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mbzreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

la_ssize_t appendToByteArray(archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(
        static_cast<const char *>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

// A tar.gz holding the given files (name → content).
QByteArray makeTgz(const QList<std::pair<QByteArray, QByteArray>> &files)
{
    QByteArray out;
    std::unique_ptr<archive, decltype(&archive_write_free)> a(
        archive_write_new(), archive_write_free);
    archive_write_set_format_ustar(a.get());
    archive_write_add_filter_gzip(a.get());
    archive_write_open(a.get(), &out, nullptr, appendToByteArray, nullptr);
    for (const auto &[name, content] : files) {
        archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, content.size());
        archive_write_header(a.get(), e);
        archive_write_data(a.get(), content.constData(), size_t(content.size()));
        archive_entry_free(e);
    }
    archive_write_close(a.get());
    return out;
}

// A small but complete moodle_backup.xml; contents and settings are given by the caller.
QByteArray backupXml(const QByteArray &contents,
    const QByteArray &settings = {},
    const QByteArray &type = "course",
    const QByteArray &format = "moodle2")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<moodle_backup>\n  <information>\n"
           "    <name>made-by-test.mbz</name>\n"
           "    <moodle_version>2024100700</moodle_version>\n"
           "    <moodle_release>4.5</moodle_release>\n"
           "    <backup_version>2024100700</backup_version>\n"
           "    <backup_release>4.5</backup_release>\n"
           "    <original_course_enddate>$@NULL@$</original_course_enddate>\n"
           "    <details><detail backup_id=\"0123\"><type>"
        + type + "</type><format>" + format
        + "</format><mode>10</mode></detail></details>\n"
          "    <contents>\n"
        + contents + "    </contents>\n    <settings>" + settings
        + "</settings>\n  </information>\n</moodle_backup>\n";
}

const QByteArray s_course
    = "<course><courseid>5</courseid><title>T</title><directory>course</directory></course>\n";

QStringList contentsOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestMbzReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void readsEveryField();
    void readsSettingsAndDelegatedSections();
    void refusesBrokenBackups_data();
    void refusesBrokenBackups();

private:
    QTemporaryDir m_sandbox;
    QString m_tmp;
};

void TestMbzReader::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    QVERIFY(QDir(m_sandbox.path()).mkpath(u"tmp"_s));
    m_tmp = QDir(m_sandbox.path()).filePath(u"tmp"_s);
    qputenv("TMPDIR", QFile::encodeName(m_tmp));
}

void TestMbzReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("shortname");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("modules");
    QTest::addColumn<int>("sections");

    QTest::newRow("2.6 zip") << "moodle26dev_uploadcourse_backup_zip.mbz"
                             << "course"
                             << "2.6"
                             << "CI"
                             << "" << QStringList {u"glossary"_s} << 11;
    QTest::newRow("2.8 zip") << "moodle28_quiz_zip.mbz"
                             << "activity"
                             << "2.8"
                             << "BT"
                             << "" << QStringList {u"quiz"_s} << 0;
    QTest::newRow("3.1 ./ paths") << "moodle31_pre-40-shared-random-question.mbz"
                                  << "course"
                                  << "3.1"
                                  << QString::fromUtf8("2022/23/2 GTI22AN303HU UJG1-MEX - \xc3\x9c"
                                                       "zleti jog I.")
                                  << "topics" << QStringList {u"quiz"_s, u"quiz"_s} << 1;
    QTest::newRow("3.4") << "moodle34_question_category_34_format.mbz"
                         << "course"
                         << "3.4"
                         << "C101"
                         << "topics" << QStringList {u"forum"_s, u"quiz"_s} << 5;
    QTest::newRow("3.5") << "moodle35_question_category_35_format.mbz"
                         << "course"
                         << "3.5"
                         << "C101"
                         << "topics" << QStringList {u"forum"_s, u"quiz"_s} << 5;
    QTest::newRow("3.5 tags") << "moodle35_random_by_tag_quiz.mbz"
                              << "activity"
                              << "3.5"
                              << "MDL-61614"
                              << "topics" << QStringList {u"quiz"_s} << 0;
    QTest::newRow("3.9") << "moodle39_quiz_with_random_question_from_mod_context.mbz"
                         << "activity"
                         << "3.9"
                         << "Test MDL-78902 Course"
                         << "topics" << QStringList {u"quiz"_s} << 0;
    QTest::newRow("3.11") << "moodle311_quiz.mbz"
                          << "activity"
                          << "3.11"
                          << "test"
                          << "topics" << QStringList {u"quiz"_s} << 0;
    QTest::newRow("4.1 completion") << "moodle41_legacy_course_completion.mbz"
                                    << "course"
                                    << "4.1"
                                    << "C1"
                                    << "topics" << QStringList {u"assign"_s} << 6;
    QTest::newRow("4.1 qtypes") << "moodle41_quiz_archiver_referencequiz.mbz"
                                << "activity"
                                << "4.1"
                                << "Test Fixtures"
                                << "topics" << QStringList {u"quiz"_s} << 0;
    QTest::newRow("4.1 tags") << "moodle41_test_tags_backup.mbz"
                              << "course"
                              << "4.1"
                              << "C1"
                              << "topics" << QStringList {u"quiz"_s} << 6;
    QTest::newRow("4.3") << "moodle43dev_random_question.mbz"
                         << "activity"
                         << "4.3"
                         << "C1"
                         << "topics" << QStringList {u"quiz"_s} << 0;
    QTest::newRow("4.5 plugins") << "moodle45-plugins.mbz"
                                 << "course"
                                 << "4.5"
                                 << "fixture-plugins"
                                 << "topics"
                                 << QStringList {u"collabwordcloud"_s, u"wordcloud"_s, u"mindmap"_s}
                                 << 3;
    QTest::newRow("4.5 small") << "moodle45-small.mbz"
                               << "course"
                               << "4.5"
                               << "fixture-small"
                               << "topics"
                               << QStringList {u"page"_s, u"label"_s, u"url"_s, u"quiz"_s,
                                      u"page"_s}
                               << 4;
}

void TestMbzReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, release);
    QFETCH(QString, shortname);
    QFETCH(QString, format);
    QFETCH(QStringList, modules);
    QFETCH(int, sections);

    QString root;
    {
        MbzReader reader(QStringLiteral(TEST_DATA_DIR "/import/") + file);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        const MbzInfo &info = reader.info();
        QCOMPARE(info.format, u"moodle2"_s);
        QCOMPARE(info.type, type);
        QCOMPARE(info.backupRelease, release);
        QCOMPARE(info.originalCourseShortname, shortname);
        QCOMPARE(info.originalCourseFormat, format);
        QVERIFY(info.backupVersion >= 2010072300);
        QVERIFY(!info.moodleRelease.isEmpty());
        QCOMPARE(info.backupId.size(), 32);

        QStringList names;
        for (const MbzActivity &activity : info.activities) {
            names.append(activity.moduleName);
            QVERIFY(activity.moduleId > 0);
            QVERIFY2(activity.present && activity.included, qPrintable(activity.directory));
            QCOMPARE(activity.directory,
                u"activities/%1_%2"_s.arg(activity.moduleName).arg(activity.moduleId));
            QVERIFY(
                QFileInfo(QDir(reader.rootPath()).filePath(activity.directory + u"/module.xml"_s))
                    .isFile());
        }
        QCOMPARE(names, modules);
        QCOMPARE(info.sections.size(), sections);
        for (const MbzSection &section : info.sections) {
            QVERIFY2(section.present, qPrintable(section.directory));
            QVERIFY(!section.title.isEmpty());
            QVERIFY(!section.parentCmId);
        }
        // In a course backup every activity belongs to a listed section (restore order).
        if (type == u"course"_s) {
            QVERIFY(info.hasCourse);
            QCOMPARE(info.courseDirectory, u"course"_s);
            for (const MbzActivity &activity : info.activities)
                QVERIFY(std::any_of(info.sections.cbegin(), info.sections.cend(),
                    [&](const MbzSection &s) { return s.sectionId == activity.sectionId; }));
        }
        root = reader.rootPath();
        QVERIFY(root.startsWith(m_tmp));
    }
    QVERIFY(!QFileInfo::exists(root));
}

void TestMbzReader::readsEveryField()
{
    MbzReader reader(QStringLiteral(TEST_DATA_DIR "/import/moodle45-small.mbz"));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    const MbzInfo &info = reader.info();
    QCOMPARE(info.name, u"backup-moodle2-course-25-fixture-small-20261122-1039-nu.mbz"_s);
    QCOMPARE(info.moodleVersion, u"2024100706"_s);
    QCOMPARE(info.moodleRelease, u"4.5.6 (Build: 20250811)"_s);
    QCOMPARE(info.backupVersion, 2024100700);
    QCOMPARE(info.backupDate, 1795343951);
    QVERIFY(info.includeFiles);
    QCOMPARE(info.originalWwwroot, u"http://localhost/moodle"_s);
    QCOMPARE(info.originalSiteIdentifierHash, u"5df6e8c04bfc4174cc50144081d4f3c7"_s);
    QCOMPARE(info.originalCourseId, 25);
    QCOMPARE(info.originalCourseFullname, u"Fixture small (Moodle 4.5 reference)"_s);
    QCOMPARE(info.originalCourseStartDate, 1795305600);
    QCOMPARE(info.originalCourseEndDate, std::optional<qint64>(0));
    QCOMPARE(info.originalCourseContextId, 2568);
    QCOMPARE(info.originalSystemContextId, 1);
    QCOMPARE(info.backupId, u"0b6ef54c763469cbc790829a7b03ae29"_s);
    QCOMPARE(info.mode, 10);

    const MbzActivity &first = info.activities.first();
    QCOMPARE(first.moduleId, 2535);
    QCOMPARE(first.sectionId, 206);
    QCOMPARE(first.title, u"Introduction page"_s);
    QCOMPARE(first.directory, u"activities/page_2535"_s);
    QVERIFY(!first.inSubsection);
    QCOMPARE(info.activities.at(1).title, u"Note: this label sits after the page."_s);

    QCOMPARE(info.sections.at(0).sectionId, 205);
    QCOMPARE(info.sections.at(0).title, u"0"_s);
    QCOMPARE(info.sections.at(3).title, u"Unlocked after the quiz"_s);
    QCOMPARE(info.sections.at(3).directory, u"sections/section_208"_s);
    QCOMPARE(info.courseId, 25);
    QCOMPARE(info.courseTitle, u"fixture-small"_s);

    // A 2.6 backup has no end date and no course format.
    MbzReader old(QStringLiteral(TEST_DATA_DIR "/import/moodle26dev_uploadcourse_backup_zip.mbz"));
    QVERIFY2(old.open(&error), qPrintable(error));
    QVERIFY(!old.info().originalCourseEndDate);
    QVERIFY(old.info().originalCourseFormat.isNull());
    QCOMPARE(old.info().originalCourseFullname, u"Course Import"_s);
}

void TestMbzReader::readsSettingsAndDelegatedSections()
{
    const QByteArray contents
        = "<activities>"
          "<activity><moduleid>7</moduleid><sectionid>2</sectionid><modulename>page</modulename>"
          "<title>Kept</title><directory>activities/page_7</directory>"
          "<insubsection>1</insubsection></activity>"
          "<activity><moduleid>8</moduleid><sectionid>2</sectionid><modulename>page</modulename>"
          "<title>Left out</title><directory>./activities/page_8/</directory>"
          "<insubsection></insubsection></activity>"
          "</activities><sections>"
          "<section><sectionid>2</sectionid><title>S</title><directory>sections/section_2"
          "</directory><parentcmid></parentcmid><modname></modname></section>"
          "<section><sectionid>3</sectionid><title>Sub</title><directory>sections/section_3"
          "</directory><parentcmid>9</parentcmid><modname>subsection</modname></section>"
          "</sections>"
        + s_course;
    const QByteArray settings = "<setting><level>activity</level><activity>page_8</activity>"
                                "<name>page_8_included</name><value>0</value></setting>"
                                "<setting><level>activity</level><activity>page_7</activity>"
                                "<name>page_7_included</name><value>1</value></setting>";
    const QString path = QDir(m_sandbox.path()).filePath(u"settings.mbz"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTgz({{"./moodle_backup.xml", backupXml(contents, settings)},
        {"activities/page_7/module.xml", "<module/>"},
        {"sections/section_2/section.xml", "<section/>"}}));
    f.close();

    MbzReader reader(path);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    const MbzInfo &info = reader.info();
    QCOMPARE(info.activities.size(), 2);
    QVERIFY(info.activities.at(0).included && info.activities.at(0).present);
    QVERIFY(info.activities.at(0).inSubsection);
    QCOMPARE(info.activities.at(1).directory, u"activities/page_8"_s);
    QVERIFY(!info.activities.at(1).included);
    QVERIFY(!info.activities.at(1).present);
    QVERIFY(!info.sections.at(0).parentCmId);
    QCOMPARE(info.sections.at(1).parentCmId, std::optional<qint64>(9));
    QCOMPARE(info.sections.at(1).moduleName, u"subsection"_s);
    QVERIFY(!info.sections.at(1).present);
    QVERIFY(!info.originalCourseEndDate); // $@NULL@$
}

void TestMbzReader::refusesBrokenBackups_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QByteArray activity = "<activities><activity><moduleid>7</moduleid><sectionid>2"
                                "</sectionid><modulename>page</modulename><title>P</title>"
                                "<directory>../../outside</directory></activity></activities>";
    QTest::newRow("no moodle_backup.xml")
        << makeTgz({{"course/course.xml", "<course/>"}}) << u"has no moodle_backup.xml"_s;
    QTest::newRow("moodle 1.9") << makeTgz({{"moodle.xml", "<MOODLE_BACKUP/>"}}) << u"Moodle 1.9"_s;
    QTest::newRow("other xml") << makeTgz(
        {{"moodle_backup.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<foo/>"}})
                               << u"not in the format of Moodle 2"_s;
    QTest::newRow("doctype") << makeTgz({{"moodle_backup.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE m [<!ENTITY "
        "x \"y\">]>\n<moodle_backup>\n<information>&x;</information>\n"
        "</moodle_backup>\n"}})
                             << u"line 2 declares a DOCTYPE"_s;
    QByteArray badUtf8 = backupXml(s_course);
    badUtf8.replace("<title>T</title>", "<title>\xe9</title>");
    QTest::newRow("invalid utf-8")
        << makeTgz({{"moodle_backup.xml", badUtf8}}) << u"line 12 is not valid UTF-8"_s;
    QTest::newRow("traversal in directory")
        << makeTgz({{"moodle_backup.xml", backupXml(activity + s_course)}})
        << u"the folder “../../outside” points outside"_s;
    QTest::newRow("moodle1 format")
        << makeTgz({{"moodle_backup.xml", backupXml(s_course, {}, "course", "moodle1")}})
        << u"“moodle1”"_s;
    QTest::newRow("unknown type") << makeTgz(
        {{"moodle_backup.xml", backupXml(s_course, {}, "site")}})
                                  << u"“site”"_s;
    QTest::newRow("course without course")
        << makeTgz({{"moodle_backup.xml", backupXml({})}}) << u"without its <course>"_s;
    QTest::newRow("not an archive") << QByteArray("hello") << u"neither a tar.gz nor a zip"_s;
}

void TestMbzReader::refusesBrokenBackups()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = QDir(m_sandbox.path()).filePath(u"broken.mbz"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const QByteArray before = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    MbzReader reader(path);
    QString error;
    QVERIFY(!reader.open(&error));
    qInfo().noquote() << error;
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(reader.errorString(), error);
    QVERIFY(reader.rootPath().isEmpty());
    QVERIFY(reader.info().activities.isEmpty());
    // The extracted files were removed at once; the input is untouched.
    QVERIFY(contentsOf(m_tmp).isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
}

QTEST_GUILESS_MAIN(TestMbzReader)
#include "tst_mbzreader.moc"
