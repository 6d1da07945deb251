// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/cloze.h"
#include "core/export/mbzexporter.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/tools/generator.h"
#include "core/tools/sample.h"
#include "core/tools/treebuilder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <csignal>
#include <sys/resource.h>

using namespace Parcours;

namespace {

/** Reads a tar.gz with libarchive: path → content, in archive order; format in *ustar. */
QList<std::pair<QByteArray, QByteArray>> readArchive(
    const QString &path, bool *ustar = nullptr, QString *error = nullptr)
{
    QList<std::pair<QByteArray, QByteArray>> entries;
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK) {
        if (error)
            *error = QString::fromUtf8(archive_error_string(a));
        archive_read_free(a);
        return entries;
    }
    bool allUstar = true;
    archive_entry *entry = nullptr;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        allUstar = allUstar && archive_format(a) == ARCHIVE_FORMAT_TAR_USTAR;
        QByteArray content;
        const la_int64_t size = archive_entry_size(entry);
        content.resize(static_cast<qsizetype>(size));
        if (size > 0 && archive_read_data(a, content.data(), static_cast<size_t>(size)) != size)
            rc = ARCHIVE_FATAL;
        entries.append({QByteArray(archive_entry_pathname(entry)), content});
    }
    if (rc != ARCHIVE_EOF && error)
        *error = QString::fromUtf8(archive_error_string(a));
    archive_read_free(a);
    if (ustar)
        *ustar = allUstar;
    return entries;
}

QMap<QByteArray, QByteArray> toMap(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QMap<QByteArray, QByteArray> map;
    for (const auto &[path, content] : entries)
        map.insert(path, content);
    return map;
}

/** A file's kind: ids replaced, so that the same kind of content compares across archives. */
QByteArray kindOf(const QByteArray &path)
{
    QString p = QString::fromLatin1(path);
    static const QRegularExpression activity(QStringLiteral("^activities/([a-z]+)_\\d+/"));
    static const QRegularExpression section(QStringLiteral("^sections/section_\\d+/"));
    p.replace(activity, QStringLiteral("activities/\\1_N/"));
    p.replace(section, QStringLiteral("sections/section_N/"));
    return p.toLatin1();
}

struct XmlShape
{
    bool wellFormed = false;
    QString error;
    /** Element paths. */
    QStringList paths;
    /** Paths of elements with no child element (scalar fields). */
    QSet<QString> leaves;
    /** "parent|a|b": inside one parent element, a child a came before a child b. */
    QSet<QString> orders;
};

XmlShape shapeOf(const QByteArray &xml)
{
    XmlShape shape;
    QXmlStreamReader reader(xml);
    QStringList stack;
    QList<bool> hasChild;
    QList<QStringList> children;
    QSet<QString> seen;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            if (!hasChild.isEmpty()) {
                hasChild.last() = true;
                const QString parent = QLatin1Char('/') + stack.join(QLatin1Char('/'));
                for (const QString &before : std::as_const(children.last())) {
                    if (before != name)
                        shape.orders.insert(
                            parent + QLatin1Char('|') + before + QLatin1Char('|') + name);
                }
                if (!children.last().contains(name))
                    children.last().append(name);
            }
            children.append(QStringList());
            stack.append(name);
            hasChild.append(false);
            const QString path = QLatin1Char('/') + stack.join(QLatin1Char('/'));
            if (!seen.contains(path)) {
                seen.insert(path);
                shape.paths.append(path);
            }
        } else if (reader.isEndElement()) {
            if (!hasChild.last())
                shape.leaves.insert(QLatin1Char('/') + stack.join(QLatin1Char('/')));
            stack.removeLast();
            hasChild.removeLast();
            children.removeLast();
        }
    }
    shape.wellFormed = !reader.hasError();
    shape.error = reader.errorString();
    return shape;
}

/**
 * Compares one of our XML files with Moodle's: the element paths both have come in the same
 * order, and every scalar field Moodle writes in a record we also write is there.
 */
QString compareShapes(const QByteArray &ours, const QByteArray &moodle)
{
    const XmlShape a = shapeOf(ours);
    const XmlShape b = shapeOf(moodle);
    if (!a.wellFormed)
        return QStringLiteral("not well-formed: ") + a.error;
    const QSet<QString> ourPaths(a.paths.begin(), a.paths.end());
    for (const QString &order : a.orders) {
        const QStringList parts = order.split(QLatin1Char('|'));
        const QString reversed
            = parts[0] + QLatin1Char('|') + parts[2] + QLatin1Char('|') + parts[1];
        if (b.orders.contains(reversed) && !b.orders.contains(order))
            return QStringLiteral("in %1, %2 comes before %3; Moodle writes the opposite")
                .arg(parts[0], parts[1], parts[2]);
    }
    for (const QString &leaf : b.leaves) {
        const QString parent = leaf.left(leaf.lastIndexOf(QLatin1Char('/')));
        if (ourPaths.contains(parent) && !ourPaths.contains(leaf) && b.paths.contains(parent))
            return QStringLiteral("missing field %1").arg(leaf);
    }
    return QString();
}

/** A device that accepts `limit` bytes and then fails, like a full disk. */
class FailDevice : public QIODevice
{
public:
    explicit FailDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

class TestMbzExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parsesCloze();
    void encodesMindMapParentFirst();
    void xmlIsWellFormed_data();
    void xmlIsWellFormed();
    void matchesMoodleFileSet();
    void matchesMoodleElementOrder();
    void pluginsMatchMoodle();
    void matchesMoodle41Quiz();
    void matchesMoodle41Course_data();
    void matchesMoodle41Course();
    void writesReadableUstarArchive();
    void isDeterministic_data();
    void isDeterministic();
    void remapsRestrictionsToExportedIds();
    void quizGradesAreConsistent();
    void questionBankFollowsTheTarget();
    void writesPluginsAndWarns();
    void streamsMediaWithTheirHash();
    void keepsOpaqueActivitiesAsWritten();
    void writesEveryCourseCompletionRule();
    void stopsOnValidationErrors();
    void refusesEmptyResourceAndLink();
    void failingDeviceNamesTheFile();
    void diskFullLeavesNothingBehind();
    void cancelLeavesNothingBehind();

private:
    QMap<QByteArray, QByteArray> exportXml(
        MoodleTarget target, WordCloudPlugin cloud = WordCloudPlugin::CollabWordCloud);
    QString exportFile(MoodleTarget target, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CourseDocument> m_doc;
};

void TestMbzExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_doc = CourseDocument::create(m_dir->filePath(QStringLiteral("sample.parcours")), &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY2(Sample::build(m_doc.get(), &error), qPrintable(error));
}

void TestMbzExport::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

QMap<QByteArray, QByteArray> TestMbzExport::exportXml(MoodleTarget target, WordCloudPlugin cloud)
{
    MbzExporter exporter({target, cloud});
    const QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*m_doc);
    for (const Issue &issue : exporter.report().issues) {
        if (issue.severity == Issue::Severity::Error)
            qWarning("%s", qPrintable(issue.message));
    }
    return files;
}

QString TestMbzExport::exportFile(MoodleTarget target, const QString &name)
{
    MbzExporter exporter({target, WordCloudPlugin::CollabWordCloud});
    const QString path = m_dir->filePath(name);
    if (!exporter.writeFile(*m_doc, path)) {
        qWarning("%s", qPrintable(exporter.errorString()));
        return QString();
    }
    return path;
}

void TestMbzExport::parsesCloze()
{
    const ClozeQuestion cloze = parseCloze(QStringLiteral(
        "<p>A {1:SHORTANSWER:=chat#Oui~%50%chien#Presque} et {2:MCV:=Paris~Lyon#Non} "
        "puis {:NUMERICAL:=3.14:0.01}.</p>"));
    QCOMPARE(cloze.text, QStringLiteral("<p>A {#1} et {#2} puis {#3}.</p>"));
    QCOMPARE(cloze.parts.size(), 3);
    QCOMPARE(cloze.parts[0].type, QuestionType::ShortAnswer);
    QCOMPARE(cloze.parts[0].answers.size(), size_t(2));
    QCOMPARE(cloze.parts[0].answers[1].fraction, 0.5);
    QCOMPARE(cloze.parts[0].answers[1].feedback, QStringLiteral("Presque"));
    QCOMPARE(cloze.parts[1].type, QuestionType::MultiChoice);
    QCOMPARE(cloze.parts[1].mark, 2.0);
    QCOMPARE(cloze.parts[1].layout, 1);
    QCOMPARE(cloze.parts[2].type, QuestionType::Numerical);
    QCOMPARE(cloze.parts[2].answers[0].text, QStringLiteral("3.14"));
    QCOMPARE(cloze.parts[2].answers[0].tolerance, 0.01);
}

void TestMbzExport::encodesMindMapParentFirst()
{
    MindMapNode root {QStringLiteral("Centre"), QString(), {}};
    MindMapNode a {QStringLiteral("A"), QString(), {}};
    a.children.push_back({QStringLiteral("A1"), QStringLiteral("#ff0000"), {}});
    a.children.push_back({QStringLiteral("A2"), QString(), {}});
    root.children.push_back(a);
    root.children.push_back({QStringLiteral("B"), QString(), {}});
    const QJsonArray nodes = QJsonDocument::fromJson(mindMapJson(root).toUtf8()).array();
    QCOMPARE(nodes.size(), 5);
    QSet<QString> seen;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QString id = node.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty() && !id.front().isDigit());
        const QJsonArray connections = node.value(QStringLiteral("connections")).toArray();
        // Pre-order: the parent (listed first) was already emitted.
        if (id != QLatin1String("n0"))
            QVERIFY2(seen.contains(connections.first().toString()), qPrintable(id));
        QVERIFY(node.contains(QStringLiteral("x")) && node.contains(QStringLiteral("y")));
        seen.insert(id);
    }
    QCOMPARE(nodes.at(0).toObject().value(QStringLiteral("connections")).toArray().size(), 2);
}

void TestMbzExport::xmlIsWellFormed_data()
{
    QTest::addColumn<MoodleTarget>("target");
    QTest::newRow("4.1") << MoodleTarget::Moodle41;
    QTest::newRow("4.5") << MoodleTarget::Moodle45;
    QTest::newRow("5.0") << MoodleTarget::Moodle50;
}

void TestMbzExport::xmlIsWellFormed()
{
    QFETCH(MoodleTarget, target);
    const QMap<QByteArray, QByteArray> files = exportXml(target);
    QVERIFY(files.size() > 50);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY2(it.value().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            it.key().constData());
        const XmlShape shape = shapeOf(it.value());
        QVERIFY2(shape.wellFormed, qPrintable(QString::fromLatin1(it.key()) + shape.error));
    }
    // Detection reads the first 200 bytes.
    QVERIFY(files.value("moodle_backup.xml").left(200).contains("<information>"));
}

void TestMbzExport::matchesMoodleFileSet()
{
    const auto fixture
        = toMap(readArchive(QStringLiteral(TEST_DATA_DIR "/mbz-real/moodle45-small.mbz")));
    QVERIFY(!fixture.isEmpty());
    QSet<QByteArray> moodleKinds;
    for (auto it = fixture.cbegin(); it != fixture.cend(); ++it) {
        // Directory entries are optional (the extractor creates parents); the log is not read.
        if (it.key() != ".ARCHIVE_INDEX" && it.key() != "moodle_backup.log"
            && !it.key().endsWith('/'))
            moodleKinds.insert(kindOf(it.key()));
    }
    const QMap<QByteArray, QByteArray> ours = exportXml(MoodleTarget::Moodle45);
    QSet<QByteArray> ourKinds;
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const QByteArray kind = kindOf(it.key());
        // Compare the module types both archives hold.
        static const QRegularExpression mod(QStringLiteral("^activities/(page|label|url|quiz)_N/"));
        if (!kind.startsWith("activities/") || mod.match(QString::fromLatin1(kind)).hasMatch())
            ourKinds.insert(kind);
    }
    QCOMPARE(QByteArrayList((ourKinds - moodleKinds).values()), QByteArrayList());
    QCOMPARE(QByteArrayList((moodleKinds - ourKinds).values()), QByteArrayList());

    // 4.1 has no xAPI state files, otherwise the same set.
    const QMap<QByteArray, QByteArray> old = exportXml(MoodleTarget::Moodle41);
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        QVERIFY(!it.key().endsWith("/xapistate.xml"));
    qsizetype xapi = 0;
    for (const QByteArray &path : ours.keys())
        xapi += path.endsWith("/xapistate.xml") ? 1 : 0;
    QVERIFY(xapi > 0);
    QCOMPARE(old.size() + xapi, ours.size());
}

void TestMbzExport::matchesMoodleElementOrder()
{
    const auto fixture
        = toMap(readArchive(QStringLiteral(TEST_DATA_DIR "/mbz-real/moodle45-small.mbz")));
    QMap<QByteArray, QByteArray> moodleByKind;
    for (auto it = fixture.cbegin(); it != fixture.cend(); ++it)
        moodleByKind.insert(kindOf(it.key()), it.value());
    const QMap<QByteArray, QByteArray> ours = exportXml(MoodleTarget::Moodle45);
    int compared = 0;
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const QByteArray kind = kindOf(it.key());
        if (!moodleByKind.contains(kind))
            continue;
        const QString difference = compareShapes(it.value(), moodleByKind.value(kind));
        QVERIFY2(difference.isEmpty(),
            qPrintable(QString::fromLatin1(it.key()) + QStringLiteral(": ") + difference));
        ++compared;
    }
    QVERIFY(compared > 40);
}

void TestMbzExport::pluginsMatchMoodle()
{
    const auto fixture
        = toMap(readArchive(QStringLiteral(TEST_DATA_DIR "/mbz-real/moodle45-plugins.mbz")));
    QMap<QByteArray, QByteArray> moodleByKind;
    for (auto it = fixture.cbegin(); it != fixture.cend(); ++it)
        moodleByKind.insert(kindOf(it.key()), it.value());
    for (WordCloudPlugin cloud : {WordCloudPlugin::CollabWordCloud, WordCloudPlugin::WordCloud}) {
        const QMap<QByteArray, QByteArray> ours = exportXml(MoodleTarget::Moodle45, cloud);
        int compared = 0;
        for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
            const QByteArray kind = kindOf(it.key());
            if (!kind.startsWith("activities/") || !moodleByKind.contains(kind))
                continue;
            const QString difference = compareShapes(it.value(), moodleByKind.value(kind));
            QVERIFY2(difference.isEmpty(),
                qPrintable(QString::fromLatin1(it.key()) + QStringLiteral(": ") + difference));
            ++compared;
        }
        // Word cloud and mind map: 12 files each.
        QCOMPARE(compared, 24);
    }
}

void TestMbzExport::matchesMoodle41Quiz()
{
    // A quiz backup made by Moodle 4.1.10 holding every core question type.
    const auto fixture = toMap(
        readArchive(QStringLiteral(TEST_DATA_DIR "/mbz/moodle41_quiz_archiver_referencequiz.mbz")));
    QMap<QByteArray, QByteArray> moodleByKind;
    for (auto it = fixture.cbegin(); it != fixture.cend(); ++it)
        moodleByKind.insert(kindOf(it.key()), it.value());
    QVERIFY(moodleByKind.contains("questions.xml"));
    const QMap<QByteArray, QByteArray> ours = exportXml(MoodleTarget::Moodle41);
    int compared = 0;
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const QByteArray kind = kindOf(it.key());
        if (kind != "questions.xml" && !kind.startsWith("activities/quiz_N/"))
            continue;
        if (!moodleByKind.contains(kind))
            continue;
        const QString difference = compareShapes(it.value(), moodleByKind.value(kind));
        QVERIFY2(difference.isEmpty(),
            qPrintable(QString::fromLatin1(it.key()) + QStringLiteral(": ") + difference));
        ++compared;
    }
    QCOMPARE(compared, 7);
}

void TestMbzExport::matchesMoodle41Course_data()
{
    QTest::addColumn<QString>("fixture");
    // Course backups made by Moodle 4.1: a quiz course with enrolments, and an assignment
    // course with course completion.
    QTest::newRow("test_tags") << QStringLiteral("moodle41_test_tags_backup.mbz");
    QTest::newRow("course_completion") << QStringLiteral("moodle41_legacy_course_completion.mbz");
}

void TestMbzExport::matchesMoodle41Course()
{
    QFETCH(QString, fixture);
    const auto archive = toMap(readArchive(QStringLiteral(TEST_DATA_DIR "/mbz/") + fixture));
    QVERIFY(archive.contains("moodle_backup.xml"));
    QMap<QByteArray, QByteArray> moodleByKind;
    for (auto it = archive.cbegin(); it != archive.cend(); ++it)
        moodleByKind.insert(kindOf(it.key()), it.value());
    const QMap<QByteArray, QByteArray> ours = exportXml(MoodleTarget::Moodle41);
    int compared = 0;
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const QByteArray kind = kindOf(it.key());
        if (!moodleByKind.contains(kind))
            continue;
        const QString difference = compareShapes(it.value(), moodleByKind.value(kind));
        QVERIFY2(difference.isEmpty(),
            qPrintable(QString::fromLatin1(it.key()) + QStringLiteral(": ") + difference));
        ++compared;
    }
    QVERIFY(compared > 30);
}

void TestMbzExport::writesReadableUstarArchive()
{
    const QString path = exportFile(MoodleTarget::Moodle45, QStringLiteral("out.mbz"));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("\x1f\x8b"));
    file.close();

    bool ustar = false;
    QString error;
    const auto entries = readArchive(path, &ustar, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(ustar);
    QCOMPARE(entries.first().first, QByteArray(".ARCHIVE_INDEX"));
    const QList<QByteArray> lines = entries.first().second.split('\n');
    QCOMPARE(lines.first(),
        "Moodle archive file index. Count: " + QByteArray::number(entries.size() - 1));
    QByteArrayList paths;
    for (qsizetype i = 1; i < entries.size(); ++i) {
        const QByteArray &p = entries[i].first;
        QVERIFY(!p.startsWith("./") && !p.startsWith('/'));
        for (char c : p)
            QVERIFY(static_cast<unsigned char>(c) < 128);
        const QList<QByteArray> fields = lines.value(i).split('\t');
        QCOMPARE(fields.value(0), p);
        QCOMPARE(fields.value(2).toLongLong(), entries[i].second.size());
        paths.append(p);
    }
    QByteArrayList sorted = paths;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(paths, sorted);

    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("tzf"), path});
    QVERIFY(tar.waitForFinished());
    QCOMPARE(tar.exitCode(), 0);
    QCOMPARE(tar.readAllStandardOutput().split('\n').size() - 1, entries.size());
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-t"), path});
    QVERIFY(gzip.waitForFinished());
    QCOMPARE(gzip.exitCode(), 0);
}

void TestMbzExport::isDeterministic_data()
{
    xmlIsWellFormed_data();
}

void TestMbzExport::isDeterministic()
{
    QFETCH(MoodleTarget, target);
    const QString a = exportFile(target, QStringLiteral("a.mbz"));
    const QString b = exportFile(target, QStringLiteral("b.mbz"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QFile fa(a);
    QFile fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray bytes = fa.readAll();
    QVERIFY(bytes.size() > 1000);
    QCOMPARE(bytes, fb.readAll());
}

void TestMbzExport::remapsRestrictionsToExportedIds()
{
    const QMap<QByteArray, QByteArray> files = exportXml(MoodleTarget::Moodle45);
    QSet<qint64> cmids;
    static const QRegularExpression dir(QStringLiteral("^activities/[a-z]+_(\\d+)/module.xml$"));
    for (const QByteArray &path : files.keys()) {
        const auto m = dir.match(QString::fromLatin1(path));
        if (m.hasMatch())
            cmids.insert(m.captured(1).toLongLong());
    }
    int checked = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const bool section = it.key().endsWith("/section.xml");
        if (!section && !it.key().endsWith("/module.xml"))
            continue;
        QXmlStreamReader reader(it.value());
        while (reader.readNextStartElement() || !reader.atEnd()) {
            if (!reader.isStartElement()
                || reader.name()
                    != (section ? QStringLiteral("availabilityjson")
                                : QStringLiteral("availability")))
                continue;
            const QString text = reader.readElementText();
            if (text == QLatin1String("$@NULL@$"))
                continue;
            const QJsonObject tree = QJsonDocument::fromJson(text.toUtf8()).object();
            QVERIFY(tree.contains(QStringLiteral("op")));
            const QJsonArray children = tree.value(QStringLiteral("c")).toArray();
            QCOMPARE(tree.value(QStringLiteral("showc")).toArray().size(), children.size());
            for (const QJsonValue &child : children) {
                const QJsonObject condition = child.toObject();
                if (condition.value(QStringLiteral("type")) == QLatin1String("completion")) {
                    // An integer, naming an exported course module.
                    QVERIFY(
                        text.contains(QStringLiteral("\"cm\":%1")
                                          .arg(condition.value(QStringLiteral("cm")).toInteger())));
                    QVERIFY(cmids.contains(condition.value(QStringLiteral("cm")).toInteger()));
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, 4);
    // JSON keeps its raw quotes; only & < > are escaped, as Moodle does.
    bool exact = false;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        exact = exact
            || it.value().contains("{\"op\":\"&amp;\",\"c\":[{\"type\":\"completion\",\"cm\":");
    QVERIFY(exact);
    // Course completion names exported modules too.
    const QByteArray completion = files.value("completion.xml");
    QCOMPARE(completion.count("<criteriatype>4</criteriatype>"), 5);
}

void TestMbzExport::quizGradesAreConsistent()
{
    const QMap<QByteArray, QByteArray> files = exportXml(MoodleTarget::Moodle41);
    QByteArray quizPath;
    for (const QByteArray &path : files.keys()) {
        if (path.endsWith("/quiz.xml"))
            quizPath = path;
    }
    QVERIFY(!quizPath.isEmpty());
    const QByteArray quiz = files.value(quizPath);
    double marks = 0;
    static const QRegularExpression maxmark(QStringLiteral("<maxmark>([0-9.]+)</maxmark>"));
    auto it = maxmark.globalMatch(QString::fromUtf8(quiz));
    int slots = 0;
    while (it.hasNext()) {
        marks += it.next().captured(1).toDouble();
        ++slots;
    }
    QVERIFY(slots >= 10);
    static const QRegularExpression sum(QStringLiteral("<sumgrades>([0-9.]+)</sumgrades>"));
    QCOMPARE(sum.match(QString::fromUtf8(quiz)).captured(1).toDouble(), marks);
    static const QRegularExpression grade(QStringLiteral("<grade>([0-9.]+)</grade>"));
    const double quizGrade = grade.match(QString::fromUtf8(quiz)).captured(1).toDouble();
    const QByteArray grades = files.value(quizPath.left(quizPath.lastIndexOf('/')) + "/grades.xml");
    static const QRegularExpression grademax(QStringLiteral("<grademax>([0-9.]+)</grademax>"));
    QCOMPARE(grademax.match(QString::fromUtf8(grades)).captured(1).toDouble(), quizGrade);
    QVERIFY(!quiz.contains("<reviewmaxmarks>"));
    // Every slot points at a bank entry of questions.xml.
    const QByteArray questions = files.value("questions.xml");
    static const QRegularExpression entry(QStringLiteral("<questionbankentryid>(\\d+)<"));
    auto refs = entry.globalMatch(QString::fromUtf8(quiz));
    while (refs.hasNext()) {
        const QString id = refs.next().captured(1);
        QVERIFY(
            questions.contains(QStringLiteral("<question_bank_entry id=\"%1\">").arg(id).toUtf8()));
    }
    for (const char *qtype : {"multichoice", "truefalse", "shortanswer", "numerical", "match",
             "essay", "description", "gapselect", "ddwtos", "multianswer"})
        QVERIFY2(questions.contains(QByteArray("<qtype>") + qtype + "</qtype>"), qtype);
}

void TestMbzExport::questionBankFollowsTheTarget()
{
    const QMap<QByteArray, QByteArray> v45 = exportXml(MoodleTarget::Moodle45);
    QVERIFY(v45.value("questions.xml").contains("<contextlevel>50</contextlevel>"));
    QVERIFY(!v45.value("questions.xml").contains("<contextlevel>70</contextlevel>"));
    QCOMPARE(v45.value("questions.xml").count("<parent>0</parent>\n    <sortorder>"), 1);

    // Moodle 5 keeps questions in module contexts only: a qbank activity holds them.
    const QMap<QByteArray, QByteArray> v50 = exportXml(MoodleTarget::Moodle50);
    const QByteArray questions = v50.value("questions.xml");
    QVERIFY(!questions.contains("<contextlevel>50</contextlevel>"));
    QByteArray bank;
    for (const QByteArray &path : v50.keys()) {
        if (path.startsWith("activities/qbank_") && path.endsWith("/qbank.xml"))
            bank = v50.value(path);
    }
    QVERIFY(!bank.isEmpty());
    static const QRegularExpression ctx(QStringLiteral("contextid=\"(\\d+)\""));
    const QString context = ctx.match(QString::fromUtf8(bank)).captured(1);
    QVERIFY(questions.contains(QStringLiteral("<contextid>%1</contextid>").arg(context).toUtf8()));
    QVERIFY(v50.value("moodle_backup.xml").contains("<backup_release>5.0</backup_release>"));
}

void TestMbzExport::writesPluginsAndWarns()
{
    MbzExporter exporter({MoodleTarget::Moodle41, WordCloudPlugin::CollabWordCloud});
    const QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*m_doc);
    QVERIFY(!exporter.report().hasErrors());
    bool pluginWarning = false;
    for (const Issue &issue : exporter.report().issues) {
        if (issue.message.contains(QStringLiteral("mod_collabwordcloud"))
            && issue.message.contains(QStringLiteral("mod_mindmap"))
            && issue.message.contains(QStringLiteral("mod_completionmarker")))
            pluginWarning = true;
    }
    QVERIFY(pluginWarning);
    QByteArray mindmap;
    QByteArray marker;
    QByteArray cloud;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith("/mindmap.xml"))
            mindmap = it.value();
        if (it.key().endsWith("/completionmarker.xml"))
            marker = it.value();
        if (it.key().endsWith("/collabwordcloud.xml"))
            cloud = it.value();
    }
    QVERIFY(mindmap.contains("<mindmapmode>") && mindmap.contains("<userid>0</userid>"));
    QVERIFY(!mindmap.contains("<locked>"));
    QVERIFY(marker.contains("<timemodified>"));
    QVERIFY(cloud.contains("<wordsallowed>"));
}

void TestMbzExport::streamsMediaWithTheirHash()
{
    const QString path = exportFile(MoodleTarget::Moodle45, QStringLiteral("media.mbz"));
    QVERIFY(!path.isEmpty());
    const auto entries = toMap(readArchive(path));
    int media = 0;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it.key().startsWith("files/"))
            continue;
        const QByteArray hash
            = QCryptographicHash::hash(it.value(), QCryptographicHash::Sha1).toHex();
        QCOMPARE(it.key(), "files/" + hash.left(2) + '/' + hash);
        QVERIFY(entries.value("files.xml").contains("<contenthash>" + hash + "</contenthash>"));
        ++media;
    }
    QVERIFY(media >= 4);
    // The page image is referenced by the page's inforef.
    QVERIFY(entries.value("files.xml").contains("<component>mod_page</component>"));
}

void TestMbzExport::keepsOpaqueActivitiesAsWritten()
{
    const QString choice = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<activity id=\"7\" moduleid=\"555\" "
        "modulename=\"choice\" contextid=\"777\">\n  <choice id=\"7\">\n    <name>Vote</name>\n"
        "    <custom>\u00e9 &amp; co</custom>\n  </choice>\n</activity>");
    TreeBuilder builder;
    CourseData course;
    course.title = QStringLiteral("Opaque");
    course.shortName = QStringLiteral("OPQ");
    course.created = 1735732800;
    builder.setCourse(course);
    SectionData sectionData;
    sectionData.title = QStringLiteral("S1");
    const NodeId section = builder.addSection(sectionData);
    ActivityData opaque;
    opaque.name = QStringLiteral("Vote");
    opaque.completion.mode = CompletionMode::Manual;
    opaque.settings = OpaqueSettings {QStringLiteral("choice"),
        {{QStringLiteral("choice.xml"), choice},
            {QStringLiteral("inforef.xml"), QStringLiteral("<old/>")}}};
    const NodeId vote = builder.addActivity(section, opaque);
    ActivityData page;
    page.name = QStringLiteral("After the vote");
    page.settings = PageSettings {};
    RestrictionItem item;
    item.condition.type = ConditionType::Completion;
    item.condition.activity = vote;
    page.restriction.items.push_back(item);
    builder.addActivity(section, page);
    QString error;
    QVERIFY2(builder.applyTo(m_doc.get(), &error), qPrintable(error));

    const QMap<QByteArray, QByteArray> files = exportXml(MoodleTarget::Moodle45);
    QCOMPARE(files.value("activities/choice_555/choice.xml"), choice.toUtf8());
    QVERIFY(files.value("activities/choice_555/module.xml").contains("<module id=\"555\""));
    QVERIFY(files.value("activities/choice_555/inforef.xml").contains("<inforef>"));
    QVERIFY(
        files.value("moodle_backup.xml").contains("<directory>activities/choice_555</directory>"));
    bool remapped = false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().startsWith("activities/page_") && it.key().endsWith("/module.xml"))
            remapped
                = it.value().contains("&quot;cm&quot;:555") || it.value().contains("\"cm\":555");
    }
    QVERIFY(remapped);
}

void TestMbzExport::writesEveryCourseCompletionRule()
{
    TreeBuilder builder;
    CourseData course;
    course.title = QStringLiteral("Completion");
    course.shortName = QStringLiteral("CC");
    course.completion.selfCompletion = true;
    course.completion.date = 1767225600;
    course.completion.enrolmentDays = 30;
    course.completion.gradePercent = 50;
    course.completion.overall = Aggregation::Any;
    course.completion.activityAggregation = Aggregation::All;
    builder.setCourse(course);
    SectionData sectionData;
    sectionData.title = QStringLiteral("S1");
    const NodeId section = builder.addSection(sectionData);
    ActivityData assign;
    assign.name = QStringLiteral("Devoir");
    assign.completion.mode = CompletionMode::Automatic;
    assign.completion.submit = true;
    AssignSettings settings;
    settings.maxGrade = 20;
    assign.settings = settings;
    const NodeId id = builder.addActivity(section, assign);
    builder.course().completion.activities = {id};
    QString error;
    QVERIFY2(builder.applyTo(m_doc.get(), &error), qPrintable(error));

    const QMap<QByteArray, QByteArray> files = exportXml(MoodleTarget::Moodle41);
    const QByteArray completion = files.value("completion.xml");
    for (int type : {1, 2, 4, 5, 6})
        QVERIFY2(completion.contains(QByteArray("<criteriatype>") + QByteArray::number(type) + '<'),
            QByteArray::number(type).constData());
    QVERIFY(completion.contains("<timeend>1767225600</timeend>"));
    QVERIFY(completion.contains("<enrolperiod>2592000</enrolperiod>"));
    // 50 % of the course total (one assignment out of 20).
    QVERIFY(completion.contains("<gradepass>10.00000</gradepass>"));
    QVERIFY(completion.contains(QByteArray("<moduleinstance>") + QByteArray::number(id) + '<'));
    // Overall "any" aggregation, activities "all".
    QVERIFY(completion.contains("<criteriatype>$@NULL@$</criteriatype>\n    <method>2</method>"));
    QVERIFY(completion.contains("<criteriatype>4</criteriatype>\n    <method>1</method>"));
    const QByteArray assignXml
        = files.value("activities/assign_" + QByteArray::number(id) + "/assign.xml");
    QVERIFY(assignXml.contains("<completionsubmit>1</completionsubmit>"));
    QVERIFY(files.value("course/course.xml").contains("<enablecompletion>1</enablecompletion>"));
}

void TestMbzExport::stopsOnValidationErrors()
{
    const auto *quiz = [this]() -> const Activity * {
        const Activity *found = nullptr;
        m_doc->course()->forEach([&found](const Node *n) {
            if (n->type() == NodeType::Activity
                && static_cast<const Activity *>(n)->kind() == ActivityKind::Quiz)
                found = static_cast<const Activity *>(n);
        });
        return found;
    }();
    QVERIFY(quiz);
    QJsonObject snapshot = m_doc->snapshot();
    // Point a slot at a question that does not exist, through a rebuilt tree.
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    QVERIFY(CourseDocument::treeFromSnapshot(snapshot, &course, &bank));
    QVERIFY(m_doc->resetContent(std::move(course), std::move(bank)));
    auto *q = m_doc->nodeAs<Activity>(quiz->id());
    QVERIFY(q);
    ActivityData data = q->data();
    std::get<QuizSettings>(data.settings).slots.push_back(QuizSlot {987654, 1, true, false});
    m_doc->setData(q, data, NodeField::Settings);

    MbzExporter exporter;
    const QString path = m_dir->filePath(QStringLiteral("invalid.mbz"));
    QVERIFY(!exporter.writeFile(*m_doc, path));
    QVERIFY(exporter.report().hasErrors());
    QVERIFY2(exporter.errorString().contains(q->data().name), qPrintable(exporter.errorString()));
    QVERIFY(!QFile::exists(path));
}

void TestMbzExport::refusesEmptyResourceAndLink()
{
    TreeBuilder builder;
    CourseData course;
    course.title = QStringLiteral("Empty");
    course.shortName = QStringLiteral("E");
    builder.setCourse(course);
    SectionData sectionData;
    sectionData.title = QStringLiteral("S1");
    const NodeId section = builder.addSection(sectionData);
    ActivityData resource;
    resource.name = QStringLiteral("Sans fichier");
    resource.settings = ResourceSettings {};
    builder.addActivity(section, resource);
    ActivityData url;
    url.name = QStringLiteral("Sans adresse");
    url.settings = UrlSettings {};
    builder.addActivity(section, url);
    QString error;
    QVERIFY2(builder.applyTo(m_doc.get(), &error), qPrintable(error));
    const ExportReport report = MbzExporter().validate(*m_doc);
    QStringList errors;
    for (const Issue &issue : report.issues) {
        if (issue.severity == Issue::Severity::Error)
            errors.append(issue.message);
    }
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("Sans fichier")));
    QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("Sans adresse")));
}

void TestMbzExport::failingDeviceNamesTheFile()
{
    MbzExporter exporter;
    FailDevice device(20000);
    QVERIFY(!exporter.write(*m_doc, &device, QStringLiteral("/media/usb/parcours.mbz")));
    QVERIFY2(exporter.errorString().contains(QStringLiteral("/media/usb/parcours.mbz")),
        qPrintable(exporter.errorString()));
    QVERIFY(exporter.errorString().contains(QStringLiteral("No space left on device")));
}

void TestMbzExport::diskFullLeavesNothingBehind()
{
    // A parcours with 3 MB of media, written under a 256 KiB file size limit: the write fails
    // mid-archive as on a full disk.
    QString error;
    GeneratorOptions options;
    options.sections = 2;
    options.activitiesPerSection = 3;
    options.questions = 4;
    options.mediaFiles = 3;
    options.mediaSize = 1 << 20;
    QVERIFY2(Generator::generate(m_doc.get(), options, &error), qPrintable(error));

    const QString outDir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(outDir));
    const QString path = outDir + QStringLiteral("/full.mbz");
    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = old;
    limit.rlim_cur = 256 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
    MbzExporter exporter;
    const bool ok = exporter.writeFile(*m_doc, path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    QVERIFY(!ok);
    QVERIFY2(exporter.errorString().contains(path), qPrintable(exporter.errorString()));
    QCOMPARE(
        QDir(outDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // Without the limit the same export succeeds.
    QVERIFY2(exporter.writeFile(*m_doc, path), qPrintable(exporter.errorString()));
    QVERIFY(QFileInfo(path).size() > 3 * 1000 * 1000);
}

void TestMbzExport::cancelLeavesNothingBehind()
{
    const QString outDir = m_dir->filePath(QStringLiteral("cancel"));
    QVERIFY(QDir().mkpath(outDir));
    std::atomic<bool> cancel = false;
    int calls = 0;
    MbzExporter exporter;
    exporter.setCancelFlag(&cancel);
    exporter.setProgressCallback([&](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        if (++calls == 10)
            cancel = true;
    });
    QVERIFY(!exporter.writeFile(*m_doc, outDir + QStringLiteral("/c.mbz")));
    QVERIFY(calls >= 10);
    QVERIFY(exporter.errorString().contains(QStringLiteral("c.mbz")));
    QCOMPARE(
        QDir(outDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestMbzExport)
#include "tst_mbzexport.moc"
