// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/mbzexporter.h"
#include "core/import/mbzimporter.h"
#include "core/import/mbzreader.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/tools/generator.h"
#include "core/tools/treebuilder.h"
#include "core/validation/validator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <atomic>
#include <functional>

using namespace Parcours;

namespace {

la_ssize_t appendToByteArray(archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(
        static_cast<const char *>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

/** A tar.gz of the given files (path → content), as Moodle writes a backup. */
QByteArray makeTgz(const QMap<QByteArray, QByteArray> &files)
{
    QByteArray out;
    std::unique_ptr<archive, decltype(&archive_write_free)> a(
        archive_write_new(), archive_write_free);
    archive_write_set_format_ustar(a.get());
    archive_write_add_filter_gzip(a.get());
    archive_write_open(a.get(), &out, nullptr, appendToByteArray, nullptr);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, it.key().constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, it.value().size());
        archive_write_header(a.get(), e);
        archive_write_data(a.get(), it.value().constData(), size_t(it.value().size()));
        archive_entry_free(e);
    }
    archive_write_close(a.get());
    return out;
}

QString fixture(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/") + name;
}

QByteArray sha1Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

/** The activities of the course, in order. */
QList<const Activity *> activities(const CourseDocument &doc)
{
    QList<const Activity *> result;
    static_cast<const Node *>(doc.course())->forEach([&result](const Node *n) {
        if (n->type() == NodeType::Activity)
            result.append(static_cast<const Activity *>(n));
    });
    return result;
}

int countOf(const CourseDocument &doc, NodeType type)
{
    int n = 0;
    auto count = [&n, type](const Node *node) { n += node->type() == type ? 1 : 0; };
    static_cast<const Node *>(doc.course())->forEach(count);
    static_cast<const Node *>(doc.questionBank())->forEach(count);
    return n;
}

/**
 * A snapshot for comparing two imports: the kept XML files an export regenerates (module.xml,
 * inforef.xml) and those it adds when missing are compared only when the first import has them.
 */
QJsonObject comparable(QJsonObject node, const QJsonObject *reference = nullptr)
{
    QJsonObject data = node.value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("kind")).toString() == QLatin1String("Opaque")) {
        QJsonObject settings = data.value(QStringLiteral("settings")).toObject();
        QJsonObject files = settings.value(QStringLiteral("xmlFiles")).toObject();
        const QJsonObject referenceFiles = reference ? reference->value(QStringLiteral("data"))
                                                           .toObject()
                                                           .value(QStringLiteral("settings"))
                                                           .toObject()
                                                           .value(QStringLiteral("xmlFiles"))
                                                           .toObject()
                                                     : files;
        for (const QString &key : files.keys()) {
            if (key == QLatin1String("module.xml") || key == QLatin1String("inforef.xml")
                || !referenceFiles.contains(key))
                files.remove(key);
        }
        settings.insert(QStringLiteral("xmlFiles"), files);
        data.insert(QStringLiteral("settings"), settings);
        node.insert(QStringLiteral("data"), data);
    }
    QJsonArray children = node.value(QStringLiteral("children")).toArray();
    const QJsonArray referenceChildren
        = reference ? reference->value(QStringLiteral("children")).toArray() : children;
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QJsonObject ref = referenceChildren.at(i).toObject();
        children[i] = comparable(children.at(i).toObject(), reference ? &ref : nullptr);
    }
    node.insert(QStringLiteral("children"), children);
    return node;
}

/**
 * The snapshot with node ids replaced by their rank in document order, in the nodes and in the
 * fields that refer to nodes (conditions, quiz slots, course completion), so that two imports
 * whose ids were handed out with an offset compare equal.
 */
QJsonObject renumbered(const QJsonObject &snapshot)
{
    QHash<qint64, qint64> rank;
    std::function<void(const QJsonObject &)> collect = [&](const QJsonObject &node) {
        rank.insert(node.value(QStringLiteral("id")).toInteger(), rank.size() + 1);
        for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray())
            collect(child.toObject());
    };
    collect(snapshot.value(QStringLiteral("course")).toObject());
    collect(snapshot.value(QStringLiteral("questionBank")).toObject());
    std::function<QJsonValue(const QJsonValue &, const QString &)> map
        = [&](const QJsonValue &value, const QString &key) -> QJsonValue {
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = map(it.value(), it.key());
            return object;
        }
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                array[i] = map(array.at(i), key);
            return array;
        }
        if ((key == QLatin1String("id") || key == QLatin1String("activity")
                || key == QLatin1String("question") || key == QLatin1String("activities")
                || key == QLatin1String("category") || key == QLatin1String("parentActivity"))
            && value.isDouble() && value.toInteger() != 0)
            return rank.value(value.toInteger(), -value.toInteger());
        return value;
    };
    return map(snapshot, QString()).toObject();
}

/**
 * The tree as the exporter writes it: true/false answers named "True" and "False", a cloze
 * question's mark the sum of its parts' marks (Moodle computes it so), no penalty for essays and
 * descriptions (they are never retried).
 */
QJsonObject asExported(QJsonObject node)
{
    QJsonObject data = node.value(QStringLiteral("data")).toObject();
    const QString type = data.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("Essay") || type == QLatin1String("Description")) {
        data.insert(QStringLiteral("penalty"), 0);
        node.insert(QStringLiteral("data"), data);
    }
    if (data.value(QStringLiteral("type")).toString() == QLatin1String("MultiAnswer")) {
        double total = 0;
        static const QRegularExpression part(QStringLiteral("\\{(\\d*):"));
        QRegularExpressionMatchIterator it
            = part.globalMatch(data.value(QStringLiteral("text")).toString());
        while (it.hasNext()) {
            const QString weight = it.next().captured(1);
            total += weight.isEmpty() ? 1 : weight.toDouble();
        }
        data.insert(QStringLiteral("defaultMark"), total);
        node.insert(QStringLiteral("data"), data);
    }
    if (data.value(QStringLiteral("type")).toString() == QLatin1String("TrueFalse")) {
        QJsonArray answers = data.value(QStringLiteral("answers")).toArray();
        for (qsizetype i = 0; i < answers.size() && i < 2; ++i) {
            QJsonObject answer = answers.at(i).toObject();
            answer.insert(
                QStringLiteral("text"), i == 0 ? QStringLiteral("True") : QStringLiteral("False"));
            answers[i] = answer;
        }
        data.insert(QStringLiteral("answers"), answers);
        node.insert(QStringLiteral("data"), data);
    }
    if (node.contains(QStringLiteral("children"))) {
        QJsonArray children = node.value(QStringLiteral("children")).toArray();
        for (qsizetype i = 0; i < children.size(); ++i)
            children[i] = asExported(children.at(i).toObject());
        node.insert(QStringLiteral("children"), children);
    }
    return node;
}

/** The value without the given key at any depth. */
QJsonValue withoutKey(const QJsonValue &value, const QString &key)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withoutKey(array.at(i), key);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(key);
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = withoutKey(it.value(), key);
    return object;
}

/** The path and values of the first difference between two JSON values, or empty. */
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.type() != b.type())
        return QStringLiteral("%1: type %2 vs %3").arg(path).arg(a.type()).arg(b.type());
    if (a.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QString d = firstDifference(oa.value(key), ob.value(key), path + u'/' + key);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        if (aa.size() != ab.size())
            return QStringLiteral("%1: %2 vs %3 items").arg(path).arg(aa.size()).arg(ab.size());
        for (qsizetype i = 0; i < aa.size(); ++i) {
            const QString d = firstDifference(aa.at(i), ab.at(i), path + u'/' + QString::number(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a != b) {
        return QStringLiteral("%1: \"%2\" vs \"%3\"")
            .arg(path, a.toVariant().toString().left(300), b.toVariant().toString().left(300));
    }
    return {};
}

} // namespace

class TestMbzImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CourseDocument> importFile(const QString &path, ImportReport *report = nullptr)
    {
        QString error;
        auto doc = CourseDocument::create(
            m_dir.filePath(QStringLiteral("p%1.parcours").arg(++m_count)), &error);
        if (!doc) {
            qWarning() << error;
            return nullptr;
        }
        MbzImporter importer(path);
        if (!importer.import(doc.get(), &error)) {
            qWarning() << error;
            return nullptr;
        }
        if (report)
            *report = importer.report();
        return doc;
    }

    /**
     * Every file the import kept (the course's blocks, filters, events…, an opaque activity's
     * files, a modelled activity's blocks…) is exported byte for byte as the backup had it.
     * An opaque activity's module.xml and inforef.xml are the model's, and its main file when
     * its cmid had to move (movesClashingKeptIds).
     */
    void checkKeptFilesUnchanged(const QString &backup,
        const CourseDocument &doc,
        const QMap<QByteArray, QByteArray> &exported)
    {
        MbzReader reader(backup);
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        auto original = [&reader](const QString &relative) {
            QFile f(reader.rootPath() + QLatin1Char('/') + relative);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
        };
        const QJsonObject courseFiles
            = doc.course()->data().extra.value(QStringLiteral("keptFiles")).toObject();
        for (const QString &path : courseFiles.keys())
            QCOMPARE(exported.value(path.toUtf8()), original(path));
        // Tags, custom fields and format options of course.xml, as the backup wrote them.
        const QJsonObject courseXml
            = doc.course()->data().extra.value(QStringLiteral("courseXml")).toObject();
        for (auto e = courseXml.constBegin(); e != courseXml.constEnd(); ++e) {
            const QByteArray element = e.value().toString().toUtf8();
            QVERIFY2(original(QStringLiteral("course/course.xml")).contains(element),
                element.constData());
            QVERIFY(exported.value("course/course.xml").contains(element));
        }
        // Activities by name: the export's directory is named after the cmid it gives.
        QHash<QString, QString> exportedDir;
        const QByteArray backupXml = exported.value("moodle_backup.xml");
        static const QRegularExpression entry(
            QStringLiteral("<activity>.*?<title>(.*?)</title>\\s*<directory>(.*?)</directory>"),
            QRegularExpression::DotMatchesEverythingOption);
        QRegularExpressionMatchIterator it = entry.globalMatch(QString::fromUtf8(backupXml));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            exportedDir.insert(m.captured(1), m.captured(2));
        }
        int compared = 0;
        for (const MbzActivity &a : reader.info().activities) {
            const Activity *activity = nullptr;
            for (const Activity *candidate : activities(doc)) {
                if (candidate->data().name.toHtmlEscaped() == a.title.toHtmlEscaped()
                    && exportedDir.contains(candidate->data().name.toHtmlEscaped()))
                    activity = candidate;
            }
            if (!activity)
                continue;
            const QString to = exportedDir.value(activity->data().name.toHtmlEscaped());
            QStringList kept
                = activity->data().extra.value(QStringLiteral("keptFiles")).toObject().keys();
            if (const OpaqueSettings *opaque = activity->settings<OpaqueSettings>()) {
                const bool moved
                    = a.directory.section(QLatin1Char('/'), -1) != to.section(QLatin1Char('/'), -1);
                for (const QString &name : opaque->xmlFiles.keys()) {
                    if (name != QLatin1String("module.xml") && name != QLatin1String("inforef.xml")
                        && !(moved && name == opaque->moduleName + QStringLiteral(".xml")))
                        kept.append(name);
                }
            }
            for (const QString &name : std::as_const(kept)) {
                QCOMPARE(exported.value((to + QLatin1Char('/') + name).toUtf8()),
                    original(a.directory + QLatin1Char('/') + name));
                ++compared;
            }
        }
        qDebug() << "kept files compared byte for byte:" << courseFiles.size() + compared
                 << "elements of course.xml:" << courseXml.size();
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void importsEveryFixture_data();
    void importsEveryFixture();
    void mapsKindsQuizAndRestriction();
    void keepsUnknownModulesOpaque();
    void readsPluginActivities();
    void movesClashingKeptIds();
    void boundsHostileMindMapDepth();
    void importsRandomSlots_data();
    void importsRandomSlots();
    void exportsRandomSlotsForEachTarget();
    void keepsSubsections();
    void reportsPinnedQuestionVersions();
    void roundTrip_data();
    void roundTrip();
    void roundTripKeepsFilesAndEveryKind();
    void roundTripsGeneratedParcours();
    void readsLegacyAvailability();
    void cancelsWithoutChange();
    void namesTheBrokenXmlFile();
    void keepsCourseDataAndWritesItBack();
    void refusesBrokenArchiveWithoutOutput();
    void importsFromCommandLine();
};

void TestMbzImport::importsEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sections");
    QTest::addColumn<int>("activities");
    QTest::addColumn<int>("questions");
    // Counts from each backup's moodle_backup.xml and questions.xml (random questions and
    // cloze parts are not questions of the bank).
    QTest::newRow("2.6 zip") << "import/moodle26dev_uploadcourse_backup_zip.mbz" << 11 << 1 << 0;
    QTest::newRow("2.8 quiz zip") << "import/moodle28_quiz_zip.mbz" << 1 << 1 << 2;
    QTest::newRow("3.1 random") << "import/moodle31_pre-40-shared-random-question.mbz" << 1 << 2
                                << 1;
    QTest::newRow("3.4 categories")
        << "import/moodle34_question_category_34_format.mbz" << 5 << 2 << 0;
    QTest::newRow("3.5 categories")
        << "import/moodle35_question_category_35_format.mbz" << 5 << 2 << 0;
    QTest::newRow("3.5 random by tag") << "import/moodle35_random_by_tag_quiz.mbz" << 1 << 1 << 6;
    QTest::newRow("3.9 random") << "import/moodle39_quiz_with_random_question_from_mod_context.mbz"
                                << 1 << 1 << 1;
    QTest::newRow("3.11 quiz") << "import/moodle311_quiz.mbz" << 1 << 1 << 2;
    QTest::newRow("4.1 completion")
        << "import/moodle41_legacy_course_completion.mbz" << 6 << 1 << 0;
    QTest::newRow("4.1 reference quiz")
        << "import/moodle41_quiz_archiver_referencequiz.mbz" << 1 << 1 << 16;
    QTest::newRow("4.1 tags") << "import/moodle41_test_tags_backup.mbz" << 6 << 1 << 2;
    QTest::newRow("4.3 random") << "import/moodle43dev_random_question.mbz" << 1 << 1 << 2;
    QTest::newRow("4.5 plugins") << "mbz-real/moodle45-plugins.mbz" << 3 << 3 << 0;
    QTest::newRow("4.5 small") << "mbz-real/moodle45-small.mbz" << 4 << 5 << 7;
}

void TestMbzImport::importsEveryFixture()
{
    QFETCH(QString, file);
    QFETCH(int, sections);
    QFETCH(int, activities);
    QFETCH(int, questions);
    const QByteArray before = sha1Of(fixture(file));
    ImportReport report;
    auto doc = importFile(fixture(file), &report);
    QVERIFY(doc);
    QCOMPARE(countOf(*doc, NodeType::Section), sections);
    QCOMPARE(countOf(*doc, NodeType::Activity), activities);
    QCOMPARE(countOf(*doc, NodeType::Question), questions);
    QCOMPARE(report.sections, sections);
    QCOMPARE(report.activities, activities);
    QCOMPARE(report.questions, questions);
    QCOMPARE(report.editable.size() + report.opaque.size(), activities);
    QVERIFY(!doc->course()->data().title.isEmpty());
    // The input is only read.
    QCOMPARE(sha1Of(fixture(file)), before);
    // What was imported is stored: reopening the project gives the same parcours.
    const QJsonObject snapshot = doc->snapshot();
    const QString path = doc->filePath();
    doc.reset();
    auto reopened = CourseDocument::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened->snapshot(), snapshot);
}

void TestMbzImport::mapsKindsQuizAndRestriction()
{
    ImportReport report;
    auto doc = importFile(fixture(QStringLiteral("mbz-real/moodle45-small.mbz")), &report);
    QVERIFY(doc);
    const QList<const Activity *> list = activities(*doc);
    QCOMPARE(list.size(), 5);
    QCOMPARE(report.activitiesByKind.value(ActivityKind::Page), 2);
    QCOMPARE(report.activitiesByKind.value(ActivityKind::Label), 1);
    QCOMPARE(report.activitiesByKind.value(ActivityKind::Url), 1);
    QCOMPARE(report.activitiesByKind.value(ActivityKind::Quiz), 1);
    int editableQuestions = 0;
    for (int n : std::as_const(report.questionsByType))
        editableQuestions += n;
    QCOMPARE(editableQuestions + report.keptCount(KeptItem::Kind::Question), report.questions);
    QCOMPARE(list[0]->kind(), ActivityKind::Page);
    QCOMPARE(list[0]->data().name, QStringLiteral("Introduction page"));
    QVERIFY(!list[0]->settings<PageSettings>()->content.isEmpty());
    QCOMPARE(list[1]->kind(), ActivityKind::Label);
    QCOMPARE(list[2]->kind(), ActivityKind::Url);
    QVERIFY(list[2]->settings<UrlSettings>()->url.startsWith(QLatin1String("http")));
    QCOMPARE(list[3]->kind(), ActivityKind::Quiz);
    QCOMPARE(list[4]->kind(), ActivityKind::Page);

    // Every slot of the quiz is a question of the bank.
    const QuizSettings *quiz = list[3]->settings<QuizSettings>();
    QVERIFY(quiz);
    QVERIFY(!quiz->slots.empty());
    QVERIFY(quiz->slots.front().newPage);
    for (const QuizSlot &slot : quiz->slots)
        QVERIFY(doc->nodeAs<Question>(slot.question));

    // The last section waits for the quiz's completion: the cm id became the quiz's node.
    const auto *last
        = static_cast<const Section *>(doc->course()->childAt(doc->course()->childCount() - 1));
    const Restriction &r = last->data().restriction;
    QCOMPARE(r.items.size(), size_t(1));
    QCOMPARE(r.items[0].condition.type, ConditionType::Completion);
    QCOMPARE(r.items[0].condition.activity, list[3]->id());
    QCOMPARE(r.items[0].condition.state, CompletionState::Complete);
    QVERIFY(!r.items[0].hidden);

    // Section 0 stays Moodle's general section on export.
    const auto *first = static_cast<const Section *>(doc->course()->childAt(0));
    QCOMPARE(first->data().extra.value(QStringLiteral("number")).toInt(-1), 0);
}

void TestMbzImport::keepsUnknownModulesOpaque()
{
    ImportReport report;
    auto doc = importFile(
        fixture(QStringLiteral("import/moodle26dev_uploadcourse_backup_zip.mbz")), &report);
    QVERIFY(doc);
    const QList<const Activity *> list = activities(*doc);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0]->kind(), ActivityKind::Opaque);
    const OpaqueSettings *opaque = list[0]->settings<OpaqueSettings>();
    QCOMPARE(opaque->moduleName, QStringLiteral("glossary"));
    QVERIFY(opaque->xmlFiles.value(QStringLiteral("glossary.xml"))
                .contains(QLatin1String("<glossary")));
    QCOMPARE(report.opaque.size(), 1);
    // The report counts what is editable by kind and describes what is kept.
    QCOMPARE(report.activitiesByKind.value(ActivityKind::Opaque), 0);
    QCOMPARE(report.keptCount(KeptItem::Kind::Activity), 1);
    const auto keptActivity = std::find_if(report.kept.cbegin(), report.kept.cend(),
        [](const KeptItem &k) { return k.kind == KeptItem::Kind::Activity; });
    QVERIFY(keptActivity != report.kept.cend());
    const KeptItem &kept = *keptActivity;
    QCOMPARE(kept.owner, QStringLiteral("Imported Glossary"));
    QVERIFY(kept.description.contains(QLatin1String("glossary")));
    QVERIFY(kept.keptOnExport);

    // Exported, the glossary's own XML is written back unchanged.
    MbzExporter exporter;
    const QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*doc);
    QVERIFY2(!files.isEmpty(), qPrintable(exporter.errorString()));
    QCOMPARE(files.value("activities/glossary_112/glossary.xml"),
        opaque->xmlFiles.value(QStringLiteral("glossary.xml")).toUtf8());
}

void TestMbzImport::readsPluginActivities()
{
    auto doc = importFile(fixture(QStringLiteral("mbz-real/moodle45-plugins.mbz")));
    QVERIFY(doc);
    const QList<const Activity *> list = activities(*doc);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0]->kind(), ActivityKind::WordCloud);
    QCOMPARE(list[1]->kind(), ActivityKind::WordCloud);
    QCOMPARE(list[2]->kind(), ActivityKind::MindMap);
    QVERIFY(!list[2]->settings<MindMapSettings>()->root.label.isEmpty());
}

void TestMbzImport::movesClashingKeptIds()
{
    // A kept glossary with Moodle id 6, before a page: once imported (with the general section
    // the export adds), the page's NodeId is 6 too, and the glossary must move to export.
    QString error;
    auto source = CourseDocument::create(m_dir.filePath(QStringLiteral("clash.parcours")), &error);
    QVERIFY2(source, qPrintable(error));
    TreeBuilder builder;
    builder.course().title = QStringLiteral("Glossaire");
    builder.course().shortName = QStringLiteral("GLOS");
    const NodeId section = builder.addSection(SectionData {});
    ActivityData glossary;
    glossary.name = QStringLiteral("Lexique");
    OpaqueSettings opaque;
    opaque.moduleName = QStringLiteral("glossary");
    opaque.xmlFiles.insert(QStringLiteral("glossary.xml"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<activity id=\"1\" "
                       "moduleid=\"6\" modulename=\"glossary\" contextid=\"5000\">\n  "
                       "<glossary id=\"1\"><name>Lexique</name></glossary>\n</activity>"));
    glossary.settings = opaque;
    builder.addActivity(section, glossary);
    ActivityData page;
    page.name = QStringLiteral("Lire");
    page.settings = PageSettings {};
    builder.addActivity(section, page);
    QVERIFY2(builder.applyTo(source.get(), &error), qPrintable(error));
    MbzExporter exporter;
    const QString first = m_dir.filePath(QStringLiteral("clash1.mbz"));
    QVERIFY2(exporter.writeFile(*source, first), qPrintable(exporter.errorString()));

    auto imported = importFile(first);
    QVERIFY(imported);
    const QList<const Activity *> list = activities(*imported);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[1]->id(), NodeId(6));
    const QString xml
        = list[0]->settings<OpaqueSettings>()->xmlFiles.value(QStringLiteral("glossary.xml"));
    QVERIFY2(xml.contains(QLatin1String("moduleid=\"1000000006\"")), qPrintable(xml));
    const QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*imported);
    QVERIFY2(!exporter.report().hasErrors(), qPrintable(exporter.report().issues.value(0).message));
    QVERIFY(files.contains("activities/glossary_1000000006/glossary.xml"));
    QVERIFY(files.contains("activities/page_6/page.xml"));
}

void TestMbzImport::boundsHostileMindMapDepth()
{
    // A mind map whose nodes form a chain 100000 deep must not exhaust the stack.
    QString error;
    auto source = CourseDocument::create(m_dir.filePath(QStringLiteral("deep.parcours")), &error);
    QVERIFY2(source, qPrintable(error));
    TreeBuilder builder;
    builder.course().title = QStringLiteral("Carte");
    builder.course().shortName = QStringLiteral("CARTE");
    ActivityData map;
    map.name = QStringLiteral("Carte mentale");
    map.settings = MindMapSettings {};
    const NodeId id = builder.addActivity(builder.addSection(SectionData {}), map);
    QVERIFY2(builder.applyTo(source.get(), &error), qPrintable(error));
    MbzExporter exporter;
    QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*source);
    const QByteArray path = QStringLiteral("activities/mindmap_%1/mindmap.xml").arg(id).toLatin1();
    QByteArray &xml = files[path];
    const qsizetype start = xml.indexOf("<mindmapdata>");
    const qsizetype end = xml.indexOf("</mindmapdata>");
    QVERIFY(start > 0 && end > start);
    QJsonArray chain;
    const int length = 100000;
    for (int i = 0; i < length; ++i) {
        QJsonArray connections;
        if (i > 0)
            connections.append(QStringLiteral("n%1").arg(i - 1));
        if (i + 1 < length)
            connections.append(QStringLiteral("n%1").arg(i + 1));
        chain.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("n%1").arg(i)},
            {QStringLiteral("label"), QString::number(i)},
            {QStringLiteral("connections"), connections}});
    }
    xml.replace(
        start, end - start, "<mindmapdata>" + QJsonDocument(chain).toJson(QJsonDocument::Compact));
    const QString archivePath = m_dir.filePath(QStringLiteral("deep.mbz"));
    QFile out(archivePath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(makeTgz(files));
    out.close();

    ImportReport report;
    auto doc = importFile(archivePath, &report);
    QVERIFY(doc);
    const MindMapSettings *settings = activities(*doc).constFirst()->settings<MindMapSettings>();
    QVERIFY(settings);
    QCOMPARE(settings->root.label, QStringLiteral("0"));
    QCOMPARE(settings->root.count(), 65);
    QVERIFY(!report.warnings.filter(QLatin1String("Carte mentale")).isEmpty());
}

void TestMbzImport::importsRandomSlots_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("randomSlots");
    QTest::newRow("3.1 shared random") << "import/moodle31_pre-40-shared-random-question.mbz"
                                       << "01. - jog lényege" << QStringList() << 2;
    QTest::newRow("3.5 random by tag")
        << "import/moodle35_random_by_tag_quiz.mbz"
        << "Default for C101" << QStringList {QStringLiteral("166,t2")} << 1;
    QTest::newRow("3.9 module context")
        << "import/moodle39_quiz_with_random_question_from_mod_context.mbz"
        << "Default for Test MDL-78902 quiz" << QStringList() << 1;
    QTest::newRow("4.3 set reference")
        << "import/moodle43dev_random_question.mbz"
        << "Random question category"
        << QStringList {QStringLiteral("1,foo"), QStringLiteral("2,bar")} << 1;
}

void TestMbzImport::importsRandomSlots()
{
    QFETCH(QString, file);
    QFETCH(QString, category);
    QFETCH(QStringList, tags);
    QFETCH(int, randomSlots);
    ImportReport report;
    auto doc = importFile(fixture(file), &report);
    QVERIFY(doc);
    QCOMPARE(report.randomSlots, randomSlots);
    QVERIFY2(report.warnings.filter(QLatin1String("random")).isEmpty(),
        qPrintable(report.warnings.join(QLatin1Char('\n'))));
    int found = 0;
    for (const Activity *activity : activities(*doc)) {
        const QuizSettings *quiz = activity->settings<QuizSettings>();
        if (!quiz)
            continue;
        for (const QuizSlot &slot : quiz->slots) {
            if (!slot.random)
                continue;
            ++found;
            QCOMPARE(slot.question, NodeId(0));
            const auto *c = doc->nodeAs<QuestionCategory>(slot.category);
            QVERIFY(c);
            QCOMPARE(c->data().name, category);
            QCOMPARE(slot.tags, tags);
            QVERIFY(!slot.includeSubcategories);
        }
    }
    QCOMPARE(found, randomSlots);
    // A random slot drawing by tag needs the questions' tags: they are kept and exported.
    if (!tags.isEmpty()) {
        QCOMPARE(report.keptCount(KeptItem::Kind::Tags), 1);
        const QByteArray questions = MbzExporter().xmlFiles(*doc).value("questions.xml");
        for (const QString &tag : std::as_const(tags)) {
            const QByteArray name = tag.section(QLatin1Char(','), 1).toUtf8();
            QVERIFY2(questions.contains("<rawname>" + name + "</rawname>"), name.constData());
        }
    }
    // The validator accepts a random slot: it has no question, but a category that exists.
    for (const Validator::Issue &issue : Validator::validate(*doc)) {
        QVERIFY2(!issue.message.contains(QLatin1String("of the quiz")), qPrintable(issue.message));
    }
}

void TestMbzImport::exportsRandomSlotsForEachTarget()
{
    auto doc = importFile(fixture(QStringLiteral("import/moodle43dev_random_question.mbz")));
    QVERIFY(doc);
    const Activity *quiz = activities(*doc).constFirst();
    const NodeId category = quiz->settings<QuizSettings>()->slots.front().category;
    for (MoodleTarget target :
        {MoodleTarget::Moodle41, MoodleTarget::Moodle45, MoodleTarget::Moodle50}) {
        MbzExporter exporter({target, WordCloudPlugin::CollabWordCloud});
        const QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*doc);
        QVERIFY2(!files.isEmpty(), qPrintable(exporter.errorString()));
        QByteArray xml;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().endsWith("/quiz.xml"))
                xml = it.value();
        }
        const qsizetype start = xml.indexOf("<filtercondition>");
        QVERIFY(start > 0);
        QVERIFY(xml.contains("<question_set_reference"));
        const QByteArray json = xml.mid(start + 17, xml.indexOf("</filtercondition>") - start - 17)
                                    .replace("&quot;", "\"");
        const QJsonObject filter = QJsonDocument::fromJson(json).object();
        QVERIFY2(!filter.isEmpty(), json.constData());
        // 4.1 and 4.2 restore only the legacy form; 4.3+ convert it, and only it names tags.
        QCOMPARE(filter.value(QStringLiteral("questioncategoryid")).toString(),
            QString::number(category));
        QCOMPARE(filter.value(QStringLiteral("tags")).toArray(),
            QJsonArray({QStringLiteral("1,foo"), QStringLiteral("2,bar")}));
        if (target != MoodleTarget::Moodle41) {
            // Without tags, 4.5+ get the 4.3+ form.
            auto untagged = importFile(fixture(
                QStringLiteral("import/moodle39_quiz_with_random_question_from_mod_context.mbz")));
            QVERIFY(untagged);
            const Activity *activity = activities(*untagged).constFirst();
            QVERIFY(activity->settings<QuizSettings>()->slots.front().tags.isEmpty());
            const QByteArray quizXml = MbzExporter({target, WordCloudPlugin::CollabWordCloud})
                                           .xmlFiles(*untagged)
                                           .value(QByteArray("activities/quiz_")
                                               + QByteArray::number(activity->id()) + "/quiz.xml");
            const qsizetype at = quizXml.indexOf("<filtercondition>");
            QVERIFY(at > 0);
            const QJsonObject f = QJsonDocument::fromJson(
                quizXml.mid(at + 17, quizXml.indexOf("</filtercondition>") - at - 17)
                    .replace("&quot;", "\""))
                                      .object()
                                      .value(QStringLiteral("filter"))
                                      .toObject();
            QCOMPARE(f.value(QStringLiteral("category"))
                         .toObject()
                         .value(QStringLiteral("values"))
                         .toArray()
                         .size(),
                1);
        }
        // The category is in questions.xml, so that the restore maps it.
        QVERIFY(
            files.value("questions.xml")
                .contains(QStringLiteral("<question_category id=\"%1\">").arg(category).toUtf8()));
    }
}

void TestMbzImport::keepsSubsections()
{
    // A Moodle 4.5 subsection: an activity of mod_subsection (kept opaque) owning a delegated
    // section. Exported for 4.5 the pair is written as Moodle writes it, and read back the same.
    QString error;
    auto source = CourseDocument::create(m_dir.filePath(QStringLiteral("sub.parcours")), &error);
    QVERIFY2(source, qPrintable(error));
    TreeBuilder builder;
    CourseData cd;
    cd.title = QStringLiteral("Parcours à sous-sections");
    cd.shortName = QStringLiteral("SOUS");
    cd.startDate = 1767225600;
    cd.created = 1767225600;
    builder.setCourse(cd);
    SectionData general;
    general.extra.insert(QStringLiteral("number"), 0);
    builder.addSection(general);
    SectionData step;
    step.title = QStringLiteral("Étape 1");
    const NodeId stepId = builder.addSection(step);
    ActivityData subsection;
    subsection.name = QStringLiteral("Pour aller plus loin");
    OpaqueSettings opaque;
    opaque.moduleName = QStringLiteral("subsection");
    opaque.xmlFiles.insert(QStringLiteral("subsection.xml"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<activity id=\"7\" "
                       "moduleid=\"500\" modulename=\"subsection\" contextid=\"900\">\n  "
                       "<subsection id=\"7\">\n    <name>Pour aller plus loin</name>\n    "
                       "<timemodified>1767225600</timemodified>\n  </subsection>\n</activity>"));
    subsection.settings = opaque;
    const NodeId owner = builder.addActivity(stepId, subsection);
    SectionData delegated;
    delegated.title = QStringLiteral("Pour aller plus loin");
    delegated.extra.insert(QStringLiteral("delegatedBy"), QStringLiteral("subsection"));
    delegated.extra.insert(QStringLiteral("parentActivity"), owner);
    const NodeId delegatedId = builder.addSection(delegated);
    ActivityData page;
    page.name = QStringLiteral("Lecture complémentaire");
    page.settings = PageSettings {};
    const NodeId pageId = builder.addActivity(delegatedId, page);
    QVERIFY2(builder.applyTo(source.get(), &error), qPrintable(error));

    MbzExporter exporter({MoodleTarget::Moodle45, WordCloudPlugin::CollabWordCloud});
    const QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*source);
    QVERIFY2(!files.isEmpty(), qPrintable(exporter.errorString()));
    const QByteArray backup = files.value("moodle_backup.xml");
    const QByteArray sectionEntry
        = "<sectionid>" + QByteArray::number(delegatedId) + "</sectionid>";
    const qsizetype at = backup.indexOf(sectionEntry, backup.indexOf("<sections>"));
    QVERIFY(at > 0);
    const QByteArray entry = backup.mid(at, backup.indexOf("</section>", at) - at);
    QVERIFY2(entry.contains("<parentcmid>500</parentcmid>"), entry.constData());
    QVERIFY2(entry.contains("<modname>subsection</modname>"), entry.constData());
    const qsizetype pageAt
        = backup.indexOf("<moduleid>" + QByteArray::number(pageId) + "</moduleid>");
    QVERIFY(pageAt > 0);
    QVERIFY(backup.mid(pageAt, backup.indexOf("</activity>", pageAt) - pageAt)
                .contains("<insubsection>1</insubsection>"));
    const QByteArray sectionXml
        = files.value("sections/section_" + QByteArray::number(delegatedId) + "/section.xml");
    QVERIFY2(sectionXml.contains("<component>mod_subsection</component>"), sectionXml.constData());
    QVERIFY(sectionXml.contains("<itemid>7</itemid>"));
    // An ordinary section is not delegated.
    QVERIFY(files.value("sections/section_" + QByteArray::number(stepId) + "/section.xml")
                .contains("<component>$@NULL@$</component>"));

    const QString exported = m_dir.filePath(QStringLiteral("sub.mbz"));
    QVERIFY2(exporter.writeFile(*source, exported), qPrintable(exporter.errorString()));
    ImportReport report;
    auto imported = importFile(exported, &report);
    QVERIFY(imported);
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(report.keptCount(KeptItem::Kind::Subsection), 1);
    // The export adds the empty files Moodle expects to the kept activity; they are not compared.
    // Ids are compared by rank: the import numbers sections before activities.
    const QJsonObject courseA
        = comparable(renumbered(source->snapshot()).value(QStringLiteral("course")).toObject());
    const QJsonObject courseB = comparable(
        renumbered(imported->snapshot()).value(QStringLiteral("course")).toObject(), &courseA);
    const QString difference = firstDifference(courseA, courseB, QStringLiteral("course"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Moodle 4.1 has no subsections: the export says so.
    MbzExporter old({MoodleTarget::Moodle41, WordCloudPlugin::CollabWordCloud});
    const ExportReport oldReport = old.validate(*source);
    QVERIFY(!oldReport.hasErrors());
    bool warned = false;
    for (const auto &issue : oldReport.issues)
        warned = warned || issue.message.contains(QLatin1String("needs Moodle 4.5"));
    QVERIFY(warned);
}

void TestMbzImport::reportsPinnedQuestionVersions()
{
    // A 4.x slot may use a set version of its question; the bank keeps the latest only.
    auto source = importFile(fixture(QStringLiteral("mbz-real/moodle45-small.mbz")));
    QVERIFY(source);
    QMap<QByteArray, QByteArray> files = MbzExporter().xmlFiles(*source);
    int pinned = 0;
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!it.key().endsWith("/quiz.xml"))
            continue;
        const qsizetype at = it.value().indexOf("<version>$@NULL@$</version>");
        QVERIFY(at > 0);
        it.value().replace(at, 27, "<version>1</version>");
        ++pinned;
    }
    QCOMPARE(pinned, 1);
    const QString path = m_dir.filePath(QStringLiteral("pinned.mbz"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(makeTgz(files));
    out.close();
    ImportReport report;
    QVERIFY(importFile(path, &report));
    QCOMPARE(report.warnings.filter(QLatin1String("set version of 1 question")).size(), 1);
    // Without a set version, nothing is said.
    ImportReport plain;
    QVERIFY(importFile(fixture(QStringLiteral("mbz-real/moodle45-small.mbz")), &plain));
    QVERIFY(plain.warnings.filter(QLatin1String("set version")).isEmpty());
}

void TestMbzImport::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<MoodleTarget>("target");
    QTest::newRow("2.6 zip") << "import/moodle26dev_uploadcourse_backup_zip.mbz"
                             << MoodleTarget::Moodle45;
    QTest::newRow("2.8 quiz zip") << "import/moodle28_quiz_zip.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("3.1 random") << "import/moodle31_pre-40-shared-random-question.mbz"
                                << MoodleTarget::Moodle45;
    QTest::newRow("3.4 categories")
        << "import/moodle34_question_category_34_format.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("3.5 categories")
        << "import/moodle35_question_category_35_format.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("3.5 random by tag")
        << "import/moodle35_random_by_tag_quiz.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("3.9 random") << "import/moodle39_quiz_with_random_question_from_mod_context.mbz"
                                << MoodleTarget::Moodle45;
    QTest::newRow("4.3 random") << "import/moodle43dev_random_question.mbz"
                                << MoodleTarget::Moodle45;
    QTest::newRow("3.11 quiz") << "import/moodle311_quiz.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("4.1 completion")
        << "import/moodle41_legacy_course_completion.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("4.1 reference quiz")
        << "import/moodle41_quiz_archiver_referencequiz.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("4.1 tags") << "import/moodle41_test_tags_backup.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("4.5 plugins") << "mbz-real/moodle45-plugins.mbz" << MoodleTarget::Moodle45;
    QTest::newRow("4.5 small") << "mbz-real/moodle45-small.mbz" << MoodleTarget::Moodle45;
    // 4.1 is m@gistère's release and the default target.
    QTest::newRow("4.1 reference quiz via 4.1")
        << "import/moodle41_quiz_archiver_referencequiz.mbz" << MoodleTarget::Moodle41;
    QTest::newRow("4.5 plugins via 4.1")
        << "mbz-real/moodle45-plugins.mbz" << MoodleTarget::Moodle41;
    QTest::newRow("4.5 small via 4.1") << "mbz-real/moodle45-small.mbz" << MoodleTarget::Moodle41;
    // Moodle 5 keeps the bank in a qbank activity, which becomes the bank again.
    QTest::newRow("4.1 reference quiz via 5.0")
        << "import/moodle41_quiz_archiver_referencequiz.mbz" << MoodleTarget::Moodle50;
    QTest::newRow("4.5 small via 5.0") << "mbz-real/moodle45-small.mbz" << MoodleTarget::Moodle50;
}

void TestMbzImport::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(MoodleTarget, target);
    auto first = importFile(fixture(file));
    QVERIFY(first);
    // 4.5 and 5.0 write every quiz review option (4.1 has no "max marks" one).
    MbzExporter exporter({target, WordCloudPlugin::CollabWordCloud});
    const QString exported = m_dir.filePath(QStringLiteral("e%1.mbz").arg(++m_count));
    QVERIFY2(exporter.writeFile(*first, exported), qPrintable(exporter.errorString()));
    auto second = importFile(exported);
    QVERIFY(second);
    checkKeptFilesUnchanged(fixture(file), *first, exporter.xmlFiles(*first));

    QJsonObject a = renumbered(first->snapshot());
    QJsonObject b = second->snapshot();
    // A backup of one activity has no general section; the export adds an empty one.
    QJsonObject course = b.value(QStringLiteral("course")).toObject();
    QJsonArray sections = course.value(QStringLiteral("children")).toArray();
    const int firstSections = a.value(QStringLiteral("course"))
                                  .toObject()
                                  .value(QStringLiteral("children"))
                                  .toArray()
                                  .size();
    if (sections.size() == firstSections + 1
        && sections.at(0).toObject().value(QStringLiteral("children")).toArray().isEmpty()) {
        sections.removeAt(0);
        course.insert(QStringLiteral("children"), sections);
        b.insert(QStringLiteral("course"), course);
    }
    b = renumbered(b);
    const QJsonObject courseA = comparable(a.value(QStringLiteral("course")).toObject());
    const QJsonObject courseB = comparable(b.value(QStringLiteral("course")).toObject(), &courseA);
    QString difference = firstDifference(courseA, courseB, QStringLiteral("course"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // 3.x version stamps are not in the 4.x format the exporter writes.
    const QString versionStamp = QStringLiteral("versionStamp");
    difference = firstDifference(withoutKey(a.value(QStringLiteral("questionBank")), versionStamp),
        withoutKey(b.value(QStringLiteral("questionBank")), versionStamp),
        QStringLiteral("questionBank"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestMbzImport::roundTripKeepsFilesAndEveryKind()
{
    // A parcours with a file in a page, a resource, a folder, a forum, an assignment and a
    // restriction on a grade: export it, import it, and the import gives the same fields back.
    QString error;
    auto source = CourseDocument::create(m_dir.filePath(QStringLiteral("source.parcours")), &error);
    QVERIFY2(source, qPrintable(error));
    QByteArray content("%PDF-1.4 not really a PDF, but bytes to keep");
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    QString sha1;
    QVERIFY2(source->store()->addMedia(&buffer, &sha1, &error), qPrintable(error));

    TreeBuilder builder;
    CourseData cd;
    cd.title = QStringLiteral("Parcours d'essai");
    cd.shortName = QStringLiteral("ESSAI");
    cd.summary = QStringLiteral("<p>Résumé</p>");
    cd.startDate = 1767225600;
    cd.created = 1767225600;
    builder.setCourse(cd);
    SectionData general;
    general.title = QStringLiteral("Généralités");
    general.extra.insert(QStringLiteral("number"), 0);
    const NodeId s0 = builder.addSection(general);
    SectionData second;
    second.title = QStringLiteral("Étape 1");
    second.summary = QStringLiteral("<p>Lire puis rendre</p>");
    const NodeId s1 = builder.addSection(second);

    FileRef file;
    file.area = QStringLiteral("content");
    file.name = QStringLiteral("guide.pdf");
    file.sha1 = sha1;
    file.size = content.size();
    file.mimeType = QStringLiteral("application/pdf");
    file.sortOrder = 1;

    ActivityData page;
    page.name = QStringLiteral("Lire le guide");
    page.description = QStringLiteral("<p>Intro</p>");
    page.showDescription = true;
    PageSettings pageSettings;
    pageSettings.content = QStringLiteral("<p><a href=\"@@PLUGINFILE@@/guide.pdf\">guide</a></p>");
    pageSettings.printIntro = true;
    pageSettings.printLastModified = false;
    page.settings = pageSettings;
    page.files = {file};
    page.completion.mode = CompletionMode::Automatic;
    page.completion.view = true;
    const NodeId pageId = builder.addActivity(s0, page);

    ActivityData resource;
    resource.name = QStringLiteral("Le guide");
    ResourceSettings resourceSettings;
    resourceSettings.display = DisplayMode::Download;
    resourceSettings.showSize = true;
    resource.settings = resourceSettings;
    resource.files = {file};
    builder.addActivity(s0, resource);

    ActivityData folder;
    folder.name = QStringLiteral("Ressources");
    FolderSettings folderSettings;
    folderSettings.inlineOnCoursePage = true;
    folderSettings.showExpanded = false;
    folder.settings = folderSettings;
    FileRef inFolder = file;
    inFolder.path = QStringLiteral("/docs/");
    inFolder.sortOrder = 0;
    folder.files = {inFolder};
    builder.addActivity(s1, folder);

    ActivityData forum;
    forum.name = QStringLiteral("Échanges");
    ForumSettings forumSettings;
    forumSettings.type = ForumType::QAndA;
    forumSettings.maxAttachments = 2;
    forum.settings = forumSettings;
    forum.completion.mode = CompletionMode::Automatic;
    forum.completion.forumPosts = 2;
    forum.completion.forumReplies = 1;
    builder.addActivity(s1, forum);

    ActivityData assign;
    assign.name = QStringLiteral("Rendre une analyse");
    AssignSettings assignSettings;
    assignSettings.maxGrade = 20;
    assignSettings.gradePass = 10;
    assignSettings.fileSubmissions = true;
    assignSettings.maxFiles = 3;
    assignSettings.wordLimit = 500;
    assignSettings.dueDate = 1767830400;
    assign.settings = assignSettings;
    assign.completion.mode = CompletionMode::Automatic;
    assign.completion.submit = true;
    // Moodle's passing grade rule is a refinement of its "receive a grade" rule.
    assign.completion.receiveGrade = true;
    assign.completion.passGrade = true;
    const NodeId assignId = builder.addActivity(s1, assign);

    ActivityData after;
    after.name = QStringLiteral("Bilan");
    after.settings = PageSettings {};
    RestrictionItem grade;
    grade.condition.type = ConditionType::Grade;
    grade.condition.activity = assignId;
    grade.condition.minPercent = 50;
    RestrictionItem seen;
    seen.condition.type = ConditionType::Completion;
    seen.condition.activity = pageId;
    seen.hidden = true;
    after.restriction.items = {grade, seen};
    builder.addActivity(s1, after);
    builder.course().completion.activities = {pageId};
    QVERIFY2(builder.applyTo(source.get(), &error), qPrintable(error));

    MbzExporter exporter;
    const QString exported = m_dir.filePath(QStringLiteral("kinds.mbz"));
    QVERIFY2(exporter.writeFile(*source, exported), qPrintable(exporter.errorString()));
    ImportReport report;
    auto imported = importFile(exported, &report);
    QVERIFY(imported);
    QCOMPARE(report.files, 1);
    QVERIFY(imported->store()->hasMedia(sha1));
    QCOMPARE(report.opaque.size(), 0);
    // Ids are given in the same order, so the two snapshots must be equal field by field.
    QCOMPARE(
        QJsonDocument(imported->snapshot()).toJson(), QJsonDocument(source->snapshot()).toJson());
}

void TestMbzImport::readsLegacyAvailability()
{
    // Moodle 2.6 wrote restrictions as fields of module.xml; make such a backup from an export.
    QString error;
    auto source = CourseDocument::create(m_dir.filePath(QStringLiteral("legacy.parcours")), &error);
    QVERIFY2(source, qPrintable(error));
    TreeBuilder builder;
    builder.course().title = QStringLiteral("Ancien parcours");
    builder.course().shortName = QStringLiteral("ANCIEN");
    const NodeId section = builder.addSection(SectionData {});
    ActivityData first;
    first.name = QStringLiteral("Lire");
    first.settings = PageSettings {};
    first.completion.mode = CompletionMode::Manual;
    const NodeId firstId = builder.addActivity(section, first);
    ActivityData second;
    second.name = QStringLiteral("Ensuite");
    second.settings = PageSettings {};
    const NodeId secondId = builder.addActivity(section, second);
    QVERIFY2(builder.applyTo(source.get(), &error), qPrintable(error));
    MbzExporter exporter;
    QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*source);
    const QByteArray module
        = QStringLiteral("activities/page_%1/module.xml").arg(secondId).toLatin1();
    QVERIFY(files.contains(module));
    const QByteArray legacy = QStringLiteral(
        "<availablefrom>1767225600</availablefrom><availableuntil>0</availableuntil>"
        "<showavailability>0</showavailability><availability_info><availability id=\"1\">"
        "<sourcecmid>%1</sourcecmid><requiredcompletion>1</requiredcompletion>"
        "<gradeitemid>$@NULL@$</gradeitemid><grademin>$@NULL@$</grademin>"
        "<grademax>$@NULL@$</grademax></availability></availability_info>")
                                  .arg(firstId)
                                  .toUtf8();
    QByteArray &xml = files[module];
    QVERIFY(xml.contains("<availability>$@NULL@$</availability>"));
    xml.replace("<availability>$@NULL@$</availability>", legacy);
    const QString path = m_dir.filePath(QStringLiteral("legacy.mbz"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(makeTgz(files));
    out.close();

    auto doc = importFile(path);
    QVERIFY(doc);
    const QList<const Activity *> list = activities(*doc);
    QCOMPARE(list.size(), 2);
    const Restriction &r = list[1]->data().restriction;
    QCOMPARE(r.op, RestrictionOp::All);
    QCOMPARE(r.items.size(), size_t(2));
    QCOMPARE(r.items[0].condition.type, ConditionType::Date);
    QCOMPARE(r.items[0].condition.direction, DateDirection::From);
    QCOMPARE(r.items[0].condition.time, qint64(1767225600));
    QCOMPARE(r.items[1].condition.type, ConditionType::Completion);
    QCOMPARE(r.items[1].condition.activity, list[0]->id());
    QCOMPARE(r.items[1].condition.state, CompletionState::Complete);
    // showavailability 0: a failing condition hides the activity.
    QVERIFY(r.items[0].hidden && r.items[1].hidden);
}

void TestMbzImport::cancelsWithoutChange()
{
    QString error;
    auto doc = CourseDocument::create(m_dir.filePath(QStringLiteral("cancel.parcours")), &error);
    QVERIFY(doc);
    const QJsonObject empty = doc->snapshot();
    MbzImporter importer(fixture(QStringLiteral("mbz-real/moodle45-small.mbz")));
    std::atomic<bool> cancel = false;
    importer.setCancelFlag(&cancel);
    qint64 calls = 0;
    importer.setProgressCallback([&](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        if (++calls == 2)
            cancel = true;
    });
    QVERIFY(!importer.import(doc.get(), &error));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QCOMPARE(calls, qint64(2));
    QCOMPARE(doc->snapshot(), empty);

    // Without cancelling, progress ends at its total.
    cancel = false;
    qint64 lastDone = 0;
    qint64 lastTotal = -1;
    importer.setProgressCallback([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(importer.import(doc.get(), &error), qPrintable(error));
    QCOMPARE(lastDone, lastTotal);
}

void TestMbzImport::namesTheBrokenXmlFile()
{
    auto source = importFile(fixture(QStringLiteral("mbz-real/moodle45-small.mbz")));
    QVERIFY(source);
    MbzExporter exporter;
    QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*source);
    const NodeId page = activities(*source).constFirst()->id();
    const QByteArray module = QStringLiteral("activities/page_%1/page.xml").arg(page).toLatin1();
    QVERIFY(files.contains(module));
    files[module].replace("</page>", "</pag>");
    const QString path = m_dir.filePath(QStringLiteral("brokenxml.mbz"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(makeTgz(files));
    out.close();

    QString error;
    auto doc = CourseDocument::create(m_dir.filePath(QStringLiteral("brokenxml.parcours")), &error);
    QVERIFY(doc);
    MbzImporter importer(path);
    QVERIFY(!importer.import(doc.get(), &error));
    QVERIFY2(error.contains(QString::fromLatin1(module)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("line")), qPrintable(error));
    QCOMPARE(countOf(*doc, NodeType::Activity), 0);
}

void TestMbzImport::roundTripsGeneratedParcours()
{
    // Every modelled question type, quizzes, files, completion and restrictions, as the generator
    // makes them: exported and imported, the parcours comes back the same, plus the general
    // section the export adds.
    QString error;
    auto source = CourseDocument::create(m_dir.filePath(QStringLiteral("gen.parcours")), &error);
    QVERIFY2(source, qPrintable(error));
    GeneratorOptions options;
    options.sections = 3;
    options.activitiesPerSection = 4;
    options.questions = 20;
    options.mediaFiles = 2;
    options.mediaSize = 4096;
    QVERIFY2(Generator::generate(source.get(), options, &error), qPrintable(error));
    MbzExporter exporter;
    const QString exported = m_dir.filePath(QStringLiteral("gen.mbz"));
    QVERIFY2(exporter.writeFile(*source, exported), qPrintable(exporter.errorString()));
    auto imported = importFile(exported);
    QVERIFY(imported);

    QJsonObject b = imported->snapshot();
    QJsonObject course = b.value(QStringLiteral("course")).toObject();
    QJsonArray sections = course.value(QStringLiteral("children")).toArray();
    QCOMPARE(sections.size(), options.sections + 1);
    QVERIFY(sections.at(0).toObject().value(QStringLiteral("children")).toArray().isEmpty());
    sections.removeAt(0);
    course.insert(QStringLiteral("children"), sections);
    b.insert(QStringLiteral("course"), course);
    // The m@gistère indexation is not part of a Moodle backup.
    QJsonObject a = source->snapshot();
    for (QJsonObject *snapshot : {&a, &b}) {
        QJsonObject c = snapshot->value(QStringLiteral("course")).toObject();
        QJsonObject data = c.value(QStringLiteral("data")).toObject();
        data.remove(QStringLiteral("indexation"));
        c.insert(QStringLiteral("data"), data);
        snapshot->insert(QStringLiteral("course"), c);
    }
    // The exporter names true/false answers "True" and "False", as Moodle does.
    a.insert(QStringLiteral("questionBank"),
        asExported(a.value(QStringLiteral("questionBank")).toObject()));
    // The export gives stamps to the bank's nodes that had none, and the import keeps them.
    const QString stamp = QStringLiteral("stamp");
    const QString difference = firstDifference(withoutKey(renumbered(a), stamp),
        withoutKey(renumbered(b), stamp), QStringLiteral("document"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestMbzImport::keepsCourseDataAndWritesItBack()
{
    // Blocks, calendar events, filters and tags of the course and of an activity have no field
    // in the parcours: the import keeps them, says so, and the export writes them back as they
    // were. Role overrides cannot be kept (their roles are the site's): they are reported.
    auto source = importFile(fixture(QStringLiteral("mbz-real/moodle45-small.mbz")));
    QVERIFY(source);
    MbzExporter exporter;
    QMap<QByteArray, QByteArray> files = exporter.xmlFiles(*source);
    QByteArray quizDir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().startsWith("activities/quiz_") && it.key().endsWith("/quiz.xml"))
            quizDir = it.key().chopped(9);
    }
    QVERIFY(!quizDir.isEmpty());
    const QByteArray block
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<block id=\"9\" contextid=\"77\" "
          "version=\"2022112800\"><blockname>html</blockname></block>";
    const QByteArray events
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<events><event id=\"1\"><name>Classe "
          "virtuelle</name></event></events>";
    const QByteArray filters
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<filters><filter_actives><filter_active>"
          "<filter>mathjaxloader</filter><active>1</active></filter_active></filter_actives>"
          "<filter_configs></filter_configs></filters>";
    files.insert("course/blocks/html_9/block.xml", block);
    files.insert("course/calendar.xml", events);
    files.insert("course/filters.xml", filters);
    files.insert(quizDir + "/blocks/html_10/block.xml", block);
    files.insert(quizDir + "/filters.xml", filters);
    // The quiz's own events repeat its dates, which the parcours edits: not kept.
    files.insert(quizDir + "/calendar.xml", events);
    files.insert("course/roles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<roles><role_overrides><override "
        "id=\"3\"><roleid>5</roleid><capability>mod/forum:replypost</capability>"
        "<permission>-1</permission></override></role_overrides><role_assignments>"
        "</role_assignments></roles>");
    // The HTML block of the course has an image: the block is kept, its file is reported.
    QByteArray &filesXml = files["files.xml"];
    QVERIFY(filesXml.contains("</files>"));
    filesXml.replace("</files>",
        "<file id=\"999\"><contenthash>0123456789abcdef0123456789abcdef01234567</contenthash>"
        "<contextid>77</contextid><component>block_html</component><filearea>content</filearea>"
        "<itemid>0</itemid><filepath>/</filepath><filename>logo.png</filename></file></files>");
    QByteArray &course = files["course/course.xml"];
    QVERIFY(course.contains("<tags></tags>") || course.contains("<tags/>"));
    const QByteArray tags
        = "<tags><tag id=\"4\"><name>maternelle</name><rawname>Maternelle</rawname></tag></tags>";
    course.replace(
        course.contains("<tags/>") ? QByteArray("<tags/>") : QByteArray("<tags></tags>"), tags);
    const QString path = m_dir.filePath(QStringLiteral("extras.mbz"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(makeTgz(files));
    out.close();

    ImportReport report;
    auto doc = importFile(path, &report);
    QVERIFY(doc);
    QCOMPARE(report.keptCount(KeptItem::Kind::Block), 2);
    QCOMPARE(report.keptCount(KeptItem::Kind::CalendarEvents), 1);
    QCOMPARE(report.keptCount(KeptItem::Kind::Filters), 2);
    QCOMPARE(report.keptCount(KeptItem::Kind::Tags), 1);
    QCOMPARE(report.keptCount(KeptItem::Kind::Roles), 1);
    QStringList descriptions;
    for (const KeptItem &item : std::as_const(report.kept)) {
        descriptions.append(item.description);
        QCOMPARE(item.keptOnExport, item.kind != KeptItem::Kind::Roles);
    }
    const QString all = descriptions.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Block \"html\" of the course")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("1 calendar event")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Maternelle")), qPrintable(all));
    QVERIFY(!report.warnings.filter(QLatin1String("Role overrides of the course")).isEmpty());
    QVERIFY(!report.warnings.filter(QLatin1String("kept without its 1 file")).isEmpty());

    const QMap<QByteArray, QByteArray> again = exporter.xmlFiles(*doc);
    QVERIFY2(!again.isEmpty(), qPrintable(exporter.errorString()));
    QCOMPARE(again.value("course/blocks/html_9/block.xml"), block);
    QCOMPARE(again.value("course/calendar.xml"), events);
    QCOMPARE(again.value("course/filters.xml"), filters);
    QVERIFY(again.value("course/course.xml").contains(tags));
    QByteArray newQuizDir;
    for (auto it = again.cbegin(); it != again.cend(); ++it) {
        if (it.key().startsWith("activities/quiz_") && it.key().endsWith("/quiz.xml"))
            newQuizDir = it.key().chopped(9);
    }
    QCOMPARE(again.value(newQuizDir + "/blocks/html_10/block.xml"), block);
    QCOMPARE(again.value(newQuizDir + "/filters.xml"), filters);
    QVERIFY(!again.value(newQuizDir + "/calendar.xml").contains("Classe virtuelle"));
    // The restore only looks at the blocks when the backup says it has some.
    const QByteArray backup = again.value("moodle_backup.xml");
    const qsizetype setting = backup.indexOf("<name>blocks</name>");
    QVERIFY(setting > 0);
    QVERIFY(backup.mid(setting, 60).contains("<value>1</value>"));
}

void TestMbzImport::refusesBrokenArchiveWithoutOutput()
{
    // A truncated real backup and a file that is no archive at all.
    QFile original(fixture(QStringLiteral("mbz-real/moodle45-small.mbz")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.mbz"));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.mbz"));
    for (const auto &[path, data] : {std::pair {truncated, bytes.left(bytes.size() / 2)},
             std::pair {garbage, QByteArray("this is not a Moodle backup\n")}}) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();

        QString error;
        auto doc = CourseDocument::create(
            m_dir.filePath(QStringLiteral("p%1.parcours").arg(++m_count)), &error);
        QVERIFY(doc);
        const QJsonObject empty = doc->snapshot();
        MbzImporter importer(path);
        QVERIFY(!importer.import(doc.get(), &error));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QCOMPARE(doc->snapshot(), empty);

        const QString target = m_dir.filePath(QStringLiteral("cli%1.parcours").arg(++m_count));
        QProcess cli;
        cli.start(QStringLiteral(PARCOURS_CLI),
            {QStringLiteral("import"), path, QStringLiteral("-o"), target});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(!cli.readAllStandardError().isEmpty());
        QVERIFY(!QFileInfo::exists(target));
        const QStringList left = QDir(m_dir.path())
                                     .entryList({QFileInfo(target).fileName() + QLatin1Char('*'),
                                                    QLatin1Char('.') + QFileInfo(target).fileName()
                                                        + QLatin1Char('*')},
                                         QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
}

void TestMbzImport::importsFromCommandLine()
{
    const QString input = fixture(QStringLiteral("import/moodle26dev_uploadcourse_backup_zip.mbz"));
    const QString target = m_dir.filePath(QStringLiteral("cli.parcours"));
    QProcess cli;
    cli.start(QStringLiteral(PARCOURS_CLI),
        {QStringLiteral("import"), input, QStringLiteral("-o"), target});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString output = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(output.contains(QLatin1String("Imported Glossary")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("glossary")), qPrintable(output));
    auto doc = CourseDocument::open(target);
    QVERIFY(doc);
    QCOMPARE(countOf(*doc, NodeType::Section), 11);
    doc.reset();

    // An existing project is kept unless --force is given.
    cli.start(QStringLiteral(PARCOURS_CLI),
        {QStringLiteral("import"), input, QStringLiteral("-o"), target});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestMbzImport)
#include "tst_mbzimport.moc"
