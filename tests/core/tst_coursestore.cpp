// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/storage/schema.h"
#include "tests/common/modelfactory.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <functional>

using namespace Parcours;

namespace {

/** An undoable edit made of two functions, standing for the real commands. */
class LambdaCommand : public QUndoCommand
{
public:
    LambdaCommand(std::function<void()> redo, std::function<void()> undo)
        : m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

QJsonObject activityJson(const ActivityData &data)
{
    QJsonObject json;
    ActivityData::reflectCommon(data, [&json](const char *key, const auto &field) {
        json.insert(QLatin1String(key), Json::toJson(field));
    });
    json.insert(QStringLiteral("kind"), Json::toJson(data.kind()));
    std::visit([&json](const auto &s) { json.insert(QStringLiteral("settings"), Json::toJson(s)); },
        data.settings);
    return json;
}

QJsonObject nodeJson(
    NodeId id, NodeType type, const QJsonObject &data, const QJsonArray &children = {})
{
    QJsonObject json {{QStringLiteral("id"), id}, {QStringLiteral("type"), Json::toJson(type)},
        {QStringLiteral("data"), data}};
    if (!children.isEmpty())
        json.insert(QStringLiteral("children"), children);
    return json;
}

/** A new node of type N with the given data, ready for CourseDocument::insertNode. */
template<class N> std::unique_ptr<Node> makeNode(NodeId id, const typename N::Data &data)
{
    auto node = std::make_unique<N>(id);
    if constexpr (std::is_same_v<N, Activity>)
        node->dataFromJson(activityJson(data));
    else
        node->dataFromJson(Json::toObject(data));
    return node;
}

/** Whole-file bytes and modification time, to prove that a refused file was left alone. */
struct FileState
{
    QByteArray sha1;
    qint64 size = -1;
    qint64 mtimeNs = -1;
    bool operator==(const FileState &) const = default;
};

FileState fileState(const QString &path)
{
    FileState state;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return state;
    state.size = st.st_size;
    state.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(&file);
        state.sha1 = hash.result().toHex();
    }
    return state;
}

/** Runs SQL on a file with a connection of the test's own. */
bool rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK;
    char *message = nullptr;
    ok = ok && sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (message)
        qWarning("%s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

int rawInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    int value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

/** The permissions a plain new file gets in dir (the umask's). */
QFileDevice::Permissions plainFilePermissions(const QString &dir)
{
    const QString probe = dir + QStringLiteral("/probe.txt");
    QFile file(probe);
    file.open(QIODevice::WriteOnly);
    file.close();
    const QFileDevice::Permissions permissions = QFileInfo(probe).permissions();
    QFile::remove(probe);
    return permissions;
}

bool sameData(const Node *a, const Node *b)
{
    if (a->type() != b->type() || a->id() != b->id())
        return false;
    switch (a->type()) {
    case NodeType::Course:
        return static_cast<const Course *>(a)->data() == static_cast<const Course *>(b)->data();
    case NodeType::Section:
        return static_cast<const Section *>(a)->data() == static_cast<const Section *>(b)->data();
    case NodeType::Activity:
        return static_cast<const Activity *>(a)->data() == static_cast<const Activity *>(b)->data();
    case NodeType::QuestionBank:
        return true;
    case NodeType::QuestionCategory:
        return static_cast<const QuestionCategory *>(a)->data()
            == static_cast<const QuestionCategory *>(b)->data();
    case NodeType::Question:
        return static_cast<const Question *>(a)->data() == static_cast<const Question *>(b)->data();
    }
    return false;
}

/** Compares two trees node by node, with the typed data structs. */
void compareTrees(const Node *expected, const Node *actual)
{
    QVERIFY2(sameData(expected, actual), qPrintable(QStringLiteral("node %1").arg(expected->id())));
    QCOMPARE(actual->childCount(), expected->childCount());
    for (int i = 0; i < expected->childCount(); ++i) {
        compareTrees(expected->childAt(i), actual->childAt(i));
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace

/** The project file: round trips, edits, migrations, refused files, locking, copies, failures. */
class TestCourseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyFieldOfEveryNodeRoundTrips();
    void editsAndUndoAreStored();
    void idsAreNeverReused();
    void manyInsertionsAtOnePlaceKeepTheOrder();
    void newFileHasTheCurrentSchema();
    void migratesEveryOlderVersion_data();
    void migratesEveryOlderVersion();
    void refusesBadFilesWithoutTouchingThem_data();
    void refusesBadFilesWithoutTouchingThem();
    void refusesNewerFileWithoutTouchingIt();
    void refusesDamagedTree();
    void secondInstanceOpensReadOnly();
    void staleLockOfKilledProcessIsTakenOver();
    void readOnlyOpenOnRequest();
    void createRefusesExistingFile();
    void backupCopiesEverything();
    void backupRefusesFileOpenElsewhere();
    void replacedFileStopsEditing();
    void fullDiskStopsEditing();
    void commentsAndMeta();

private:
    /** A document holding filled nodes of every type, kind and question type. */
    std::unique_ptr<CourseDocument> makeFullDocument(const QString &path);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCourseStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<CourseDocument> TestCourseStore::makeFullDocument(const QString &file)
{
    NodeId id = 10;
    int seed = 1;
    QJsonArray sections;
    for (int s = 0; s < 2; ++s) {
        QJsonArray activities;
        const QMetaEnum kinds = QMetaEnum::fromType<ActivityKind>();
        for (int k = 0; k < kinds.keyCount(); ++k) {
            const auto kind = static_cast<ActivityKind>(kinds.value(k));
            activities.append(nodeJson(
                ++id, NodeType::Activity, activityJson(Test::filledActivity(kind, seed += 100))));
        }
        sections.append(nodeJson(++id, NodeType::Section,
            Json::toObject(Test::filled<SectionData>(seed += 100)), activities));
    }
    QJsonArray questions;
    const QMetaEnum types = QMetaEnum::fromType<QuestionType>();
    for (int t = 0; t < types.keyCount(); ++t) {
        QuestionData question = Test::filled<QuestionData>(seed += 100);
        question.type = static_cast<QuestionType>(types.value(t));
        questions.append(nodeJson(++id, NodeType::Question, Json::toObject(question)));
    }
    const QJsonObject sub = nodeJson(++id, NodeType::QuestionCategory,
        Json::toObject(Test::filled<QuestionCategoryData>(seed += 100)), questions);
    const QJsonObject top = nodeJson(++id, NodeType::QuestionCategory,
        Json::toObject(Test::filled<QuestionCategoryData>(seed += 100)), QJsonArray {sub});
    const QJsonObject snapshot {
        {QStringLiteral("course"),
            nodeJson(1, NodeType::Course, Json::toObject(Test::filled<CourseData>(seed += 100)),
                sections)},
        {QStringLiteral("questionBank"),
            nodeJson(2, NodeType::QuestionBank, {}, QJsonArray {top})}};

    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    QString error;
    if (!CourseDocument::treeFromSnapshot(snapshot, &course, &bank, &error)) {
        qWarning() << error;
        return nullptr;
    }
    std::unique_ptr<CourseDocument> doc = CourseDocument::create(file, &error);
    if (!doc || !doc->resetContent(std::move(course), std::move(bank), &error)) {
        qWarning() << error;
        return nullptr;
    }
    return doc;
}

void TestCourseStore::everyFieldOfEveryNodeRoundTrips()
{
    QString error;
    std::unique_ptr<CourseDocument> doc = makeFullDocument(path(QStringLiteral("full.parcours")));
    QVERIFY(doc);
    const QJsonObject before = doc->snapshot();
    const std::unique_ptr<Node> course = doc->course()->cloneDeep();
    const std::unique_ptr<Node> bank = doc->questionBank()->cloneDeep();
    // The filler reached every kind-specific field: the settings differ from their defaults.
    const auto *quiz = static_cast<const Activity *>(
        course->childAt(0)->childAt(static_cast<int>(ActivityKind::Quiz)));
    QVERIFY(quiz->data().settings != defaultSettings(ActivityKind::Quiz));
    doc.reset();

    doc = CourseDocument::open(path(QStringLiteral("full.parcours")), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(QJsonDocument(doc->snapshot()).toJson(), QJsonDocument(before).toJson());
    compareTrees(course.get(), doc->course());
    compareTrees(bank.get(), doc->questionBank());
    QCOMPARE(doc->node(quiz->id())->type(), NodeType::Activity);
}

void TestCourseStore::editsAndUndoAreStored()
{
    QString error;
    const QString file = path(QStringLiteral("edits.parcours"));
    std::unique_ptr<CourseDocument> doc = makeFullDocument(file);
    QVERIFY(doc);
    Course *course = doc->course();
    auto *first = static_cast<Section *>(course->childAt(0));
    auto *second = static_cast<Section *>(course->childAt(1));

    auto reopenAndCompare = [&] {
        const QByteArray expected = QJsonDocument(doc->snapshot()).toJson();
        QUndoStack *stack = doc->undoStack();
        Q_UNUSED(stack);
        std::unique_ptr<CourseDocument> other = CourseDocument::open(file, &error);
        QVERIFY2(other, qPrintable(error));
        // The second document is read-only (the first holds the lock) but reads the same data.
        QVERIFY(other->isReadOnly());
        QCOMPARE(QJsonDocument(other->snapshot()).toJson(), expected);
    };

    // Change a field.
    SectionData renamed = first->data();
    const SectionData oldData = first->data();
    renamed.title = QStringLiteral("Renommée");
    QVERIFY(doc->push(new LambdaCommand([&] { doc->setData(first, renamed, NodeField::Name); },
        [&] { doc->setData(first, oldData, NodeField::Name); })));
    reopenAndCompare();

    // Insert at the front, in the middle and at the end.
    for (int row : {0, 3, first->childCount() + 2}) {
        const NodeId id = doc->allocateId();
        ActivityData data = Test::filledActivity(ActivityKind::Page, static_cast<int>(id));
        data.name = QStringLiteral("inséré %1").arg(id);
        QVERIFY(doc->push(new LambdaCommand(
            [&, id, data, row] {
                doc->insertNode(
                    first, std::min(row, first->childCount()), makeNode<Activity>(id, data));
            },
            [&, id] {
                Node *n = doc->node(id);
                doc->takeNode(n->parent(), n->row());
            })));
        reopenAndCompare();
    }

    // Move forward and backward within a section, then to the other section.
    auto move = [&](Node *node, Node *parent, int row) {
        Node *oldParent = node->parent();
        const int oldRow = node->row();
        return doc->push(new LambdaCommand([=, &doc] { doc->moveNode(node, parent, row); },
            [=, &doc] { doc->moveNode(node, oldParent, oldRow); }));
    };
    QVERIFY(move(first->childAt(1), first, 5));
    reopenAndCompare();
    QVERIFY(move(first->childAt(6), first, 0));
    reopenAndCompare();
    QVERIFY(move(first->childAt(2), second, 4));
    reopenAndCompare();
    QVERIFY(move(second->childAt(0), first, first->childCount()));
    reopenAndCompare();

    // Remove a whole section with its activities.
    std::shared_ptr<std::unique_ptr<Node>> held = std::make_shared<std::unique_ptr<Node>>();
    QVERIFY(doc->push(new LambdaCommand([&, held] { *held = doc->takeNode(course, 0); },
        [&, held] { doc->insertNode(course, 0, std::move(*held)); })));
    reopenAndCompare();

    // Undo everything, then redo everything: each step is stored.
    while (doc->undoStack()->canUndo()) {
        doc->undoStack()->undo();
        reopenAndCompare();
    }
    while (doc->undoStack()->canRedo()) {
        doc->undoStack()->redo();
        reopenAndCompare();
    }
    const QByteArray last = QJsonDocument(doc->snapshot()).toJson();
    doc.reset();
    doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(QJsonDocument(doc->snapshot()).toJson(), last);
}

void TestCourseStore::idsAreNeverReused()
{
    QString error;
    const QString file = path(QStringLiteral("ids.parcours"));
    std::unique_ptr<CourseDocument> doc = CourseDocument::create(file, &error);
    QVERIFY2(doc, qPrintable(error));
    Course *course = doc->course();
    const NodeId id = doc->allocateId() + 40;
    QVERIFY(doc->push(new LambdaCommand(
        [&] { doc->insertNode(course, 0, makeNode<Section>(id, SectionData {})); },
        [&] { doc->takeNode(course, 0); })));
    doc->undoStack()->undo();
    QCOMPARE(course->childCount(), 0);
    doc.reset();
    doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->allocateId() > id);
}

void TestCourseStore::manyInsertionsAtOnePlaceKeepTheOrder()
{
    // Positions are stored with gaps; inserting again and again at the same place uses a gap up
    // and makes the store space the siblings again. The order must survive all of that.
    QString error;
    const QString file = path(QStringLiteral("order.parcours"));
    std::unique_ptr<CourseDocument> doc = CourseDocument::create(file, &error);
    QVERIFY2(doc, qPrintable(error));
    Course *course = doc->course();
    auto insertSection = [&](int row, const QString &title) {
        const NodeId id = doc->allocateId();
        SectionData data;
        data.title = title;
        return doc->push(new LambdaCommand(
            [&, id, row, data] { doc->insertNode(course, row, makeNode<Section>(id, data)); },
            [&, id] { doc->takeNode(course, doc->node(id)->row()); }));
    };
    QVERIFY(insertSection(0, QStringLiteral("first")));
    QVERIFY(insertSection(1, QStringLiteral("last")));
    for (int i = 0; i < 60; ++i)
        QVERIFY(insertSection(1, QStringLiteral("between %1").arg(i)));
    for (int i = 0; i < 30; ++i)
        QVERIFY(insertSection(0, QStringLiteral("front %1").arg(i)));
    // Moves into the crowded place too.
    QVERIFY(doc->push(new LambdaCommand(
        [&] { doc->moveNode(course->childAt(course->childCount() - 1), course, 31); },
        [&] { doc->moveNode(course->childAt(31), course, course->childCount() - 1); })));
    QCOMPARE(doc->store()->maxNodeId(), course->childAt(0)->id());
    const QJsonObject expected = doc->snapshot();
    doc.reset();
    doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->snapshot(), expected);
    QCOMPARE(
        static_cast<Section *>(doc->course()->childAt(31))->data().title, QStringLiteral("last"));
}

void TestCourseStore::newFileHasTheCurrentSchema()
{
    const QString file = path(QStringLiteral("new.parcours"));
    QString error;
    // What a creation killed half-way leaves: its temporary file and journal.
    QVERIFY(rawExec(file + QStringLiteral(".0badf00d.part"), "CREATE TABLE t(x)"));
    QVERIFY(QFile(file + QStringLiteral(".0badf00d.part-wal")).open(QIODevice::WriteOnly));
    QVERIFY2(CourseDocument::create(file, &error), qPrintable(error));
    // The lock is released with the document, creation leaves no temporary file and removes
    // those of a killed creation of the same file. (Checked
    // first: the test's own read-only connections below leave -wal and -shm files.)
    QCOMPARE(
        QDir(m_dir->path()).entryList(QDir::Files), QStringList {QStringLiteral("new.parcours")});
    // The usual permissions of a new file (a project may live in a shared folder).
    QCOMPARE(QFileInfo(file).permissions(), plainFilePermissions(m_dir->path()));
    QCOMPARE(rawInt(file, "PRAGMA application_id"), Schema::applicationId);
    QCOMPARE(rawInt(file, "PRAGMA user_version"), Schema::currentVersion);
    QCOMPARE(CourseStore::schemaVersion(), Schema::currentVersion);
    QCOMPARE(
        rawInt(file, "SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
    // The index that the ordered load scan and the sibling renumbering rely on.
    QCOMPARE(rawInt(file, "SELECT COUNT(*) FROM pragma_index_info('nodes_parent_position')"), 2);
    // A folder that does not exist is reported with the file's name.
    const QString nowhere = path(QStringLiteral("absent/new.parcours"));
    QVERIFY(!CourseDocument::create(nowhere, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(nowhere)), qPrintable(error));
}

void TestCourseStore::migratesEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Schema::currentVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

void TestCourseStore::migratesEveryOlderVersion()
{
    QFETCH(int, version);
    const QString file = path(QStringLiteral("old.parcours"));
    // A file exactly as version `version` made it, with the DDL kept in the migration code.
    QByteArray sql = "PRAGMA journal_mode = WAL;";
    for (int v = 1; v <= version; ++v)
        sql += Schema::migrationSql(v);
    sql += "PRAGMA user_version = " + QByteArray::number(version) + ";";
    CourseData courseData = Test::filled<CourseData>(3);
    SectionData sectionData = Test::filled<SectionData>(4);
    auto row = [](NodeId id, const char *parent, int position, const char *type,
                   const QJsonObject &data) {
        return QByteArray("INSERT INTO nodes VALUES(") + QByteArray::number(id) + "," + parent + ","
            + QByteArray::number(position) + ",'" + type + "','"
            + QJsonDocument(data).toJson(QJsonDocument::Compact).replace('\'', "''") + "');";
    };
    sql += row(1, "NULL", 0, "Course", Json::toObject(courseData));
    sql += row(2, "NULL", 1, "QuestionBank", {});
    sql += row(5, "1", 0, "Section", Json::toObject(sectionData));
    sql += "INSERT INTO meta VALUES('author', 'Anne');";
    QVERIFY(rawExec(file, sql));
    QCOMPARE(rawInt(file, "PRAGMA user_version"), version);

    QString error;
    {
        // Read-only, the old file is read as it is, and not updated.
        const FileState before = fileState(file);
        std::unique_ptr<CourseStore> store = CourseStore::open(file, true, &error);
        QVERIFY2(store, qPrintable(error));
        std::unique_ptr<Course> course;
        std::unique_ptr<QuestionBank> bank;
        QVERIFY2(store->load(&course, &bank, &error), qPrintable(error));
        QCOMPARE(course->data(), courseData);
        QVERIFY(store->readOnlyReason().contains(QLatin1String("older format")));
        store.reset();
        QCOMPARE(fileState(file), before);
    }
    std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(doc->course()->data(), courseData);
    QCOMPARE(doc->course()->childCount(), 1);
    QCOMPARE(static_cast<Section *>(doc->course()->childAt(0))->data(), sectionData);
    QCOMPARE(doc->store()->meta(QStringLiteral("author")), QStringLiteral("Anne"));
    // The features of the newer versions work on the migrated file.
    QVERIFY(doc->store()->addComment(
        5, QStringLiteral("Relecteur"), QStringLiteral("Clair."), nullptr, &error));
    QCOMPARE(doc->store()->comments(5).size(), 1);
    doc.reset();
    QCOMPARE(rawInt(file, "PRAGMA user_version"), Schema::currentVersion);
    QCOMPARE(rawInt(file, "PRAGMA application_id"), Schema::applicationId);
    QCOMPARE(rawInt(file, "PRAGMA quick_check = 'ok'"), -1);
}

void TestCourseStore::refusesBadFilesWithoutTouchingThem_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"missing", "directory", "empty", "random", "text", "truncated",
             "corruptPages", "foreign", "foreignWithVersion", "zeroVersion"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCourseStore::refusesBadFilesWithoutTouchingThem()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("bad.parcours"));
    auto makeProject = [&] {
        std::unique_ptr<CourseDocument> doc = makeFullDocument(file);
        QVERIFY(doc);
        // Enough content for several pages, so that damage hits the tree and not only free space.
        QVERIFY(doc->store()->setMeta(QStringLiteral("filler"), QString(20000, QLatin1Char('x'))));
    };
    auto writeBytes = [&](const QByteArray &bytes) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    if (kind == QLatin1String("directory")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("bad.parcours")));
    } else if (kind == QLatin1String("empty")) {
        writeBytes({});
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writeBytes(bytes);
    } else if (kind == QLatin1String("text")) {
        writeBytes("<?xml version=\"1.0\"?><course/>\n");
    } else if (kind == QLatin1String("truncated")) {
        makeProject();
        QFile f(file);
        QVERIFY(f.resize(f.size() / 3));
    } else if (kind == QLatin1String("corruptPages")) {
        makeProject();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Overwrite the pages after the first (the header stays valid).
        for (qint64 offset = 4096; offset < f.size(); offset += 4096) {
            f.seek(offset + 8);
            f.write(QByteArray(64, '\xA5'));
        }
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(
            rawExec(file, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('x');"));
    } else if (kind == QLatin1String("foreignWithVersion")) {
        QVERIFY(rawExec(file,
            "PRAGMA application_id = 1234; PRAGMA user_version = 1; "
            "CREATE TABLE nodes(x);"));
    } else if (kind == QLatin1String("zeroVersion")) {
        QVERIFY(rawExec(file, "PRAGMA application_id = 1346458179; CREATE TABLE t(x);"));
    }
    if (QTest::currentTestFailed())
        return;
    const FileState before = fileState(file);
    const QStringList entriesBefore
        = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    QString error;
    QVERIFY(!CourseDocument::open(file, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())),
        qPrintable(error));
    if (kind == QLatin1String("missing"))
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    else if (kind == QLatin1String("truncated") || kind == QLatin1String("corruptPages"))
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    else if (kind == QLatin1String("directory"))
        QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
    else if (kind == QLatin1String("empty"))
        QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));
    else
        QVERIFY2(error.contains(QLatin1String("not a Parcours Studio project")), qPrintable(error));
    QCOMPARE(fileState(file), before);
    // No lock, journal or other file is left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore);
    // Read-only opening refuses it just the same.
    QVERIFY(!CourseStore::open(file, true));
    QCOMPARE(fileState(file), before);
}

void TestCourseStore::refusesNewerFileWithoutTouchingIt()
{
    const QString file = path(QStringLiteral("newer.parcours"));
    QVERIFY(makeFullDocument(file));
    const int newer = Schema::currentVersion + 7;
    QVERIFY(rawExec(file, "PRAGMA user_version = " + QByteArray::number(newer)));
    const FileState before = fileState(file);
    QString error;
    QVERIFY(!CourseDocument::open(file, &error));
    QCOMPARE(error,
        QStringLiteral("%1 was made by a newer version of Parcours Studio (schema %2); this "
                       "version reads up to %3. Update the application.")
            .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
            .arg(newer)
            .arg(Schema::currentVersion));
    QCOMPARE(fileState(file), before);
}

void TestCourseStore::refusesDamagedTree()
{
    const QString file = path(QStringLiteral("orphan.parcours"));
    QVERIFY(makeFullDocument(file));
    QVERIFY(rawExec(file, "INSERT INTO nodes VALUES(999, 888, 0, 'Activity', '{}');"));
    const FileState before = fileState(file);
    QString error;
    QVERIFY(!CourseDocument::open(file, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")) && error.contains(QLatin1String("999")),
        qPrintable(error));
    QCOMPARE(fileState(file), before);
    // A question directly under the course.
    QVERIFY(rawExec(file, "UPDATE nodes SET parent = 1, type = 'Question' WHERE id = 999"));
    QVERIFY(!CourseDocument::open(file, &error));
    QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
    // Data that is not a JSON object.
    QVERIFY(rawExec(file, "UPDATE nodes SET type = 'Section', data = '[1]' WHERE id = 999"));
    QVERIFY(!CourseDocument::open(file, &error));
    QVERIFY2(error.contains(QLatin1String("JSON")), qPrintable(error));
    // Two nodes that are each other's parent hang from no root.
    QVERIFY(rawExec(file,
        "UPDATE nodes SET type = 'QuestionCategory', data = '{}', parent = 1000 "
        "WHERE id = 999;"
        "INSERT INTO nodes VALUES(1000, 999, 0, 'QuestionCategory', '{}');"));
    QVERIFY(!CourseDocument::open(file, &error));
    QVERIFY2(error.contains(QLatin1String("not attached")), qPrintable(error));
}

/** Starts this executable as a second instance that opens file and keeps it open. */
static bool startHolder(QProcess *process, const QString &file)
{
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), file});
    if (!process->waitForStarted(10000))
        return false;
    while (!process->canReadLine()) {
        if (!process->waitForReadyRead(10000))
            return false;
    }
    return process->readLine().trimmed() == "ready";
}

/** The --hold mode of this executable: open the file, say so, wait to be killed. */
static int holdFile(const QString &file)
{
    QString error;
    std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
    if (!doc || doc->isReadOnly()) {
        fprintf(
            stderr, "holder: %s\n", qPrintable(error.isEmpty() ? doc->readOnlyReason() : error));
        return 1;
    }
    fputs("ready\n", stdout);
    fflush(stdout);
    // Wait for the parent to close our stdin or kill us.
    char line[16];
    while (fgets(line, sizeof line, stdin))
        ;
    return 0;
}

void TestCourseStore::secondInstanceOpensReadOnly()
{
    const QString file = path(QStringLiteral("shared.parcours"));
    QVERIFY(makeFullDocument(file));
    QProcess holder;
    QVERIFY(startHolder(&holder, file));

    QString error;
    std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->isReadOnly());
    QCOMPARE(doc->readOnlyReason(),
        QStringLiteral("%1 is open in another Parcours Studio window (process %2); it is "
                       "opened read-only.")
            .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
            .arg(holder.processId()));
    QVERIFY(doc->course()->childCount() > 0);
    // Edits are refused and the file is not written.
    const FileState before = fileState(file);
    QVERIFY(!doc->push(new LambdaCommand([] {}, [] {})));
    QVERIFY(!doc->store()->setMeta(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(fileState(file), before);

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    doc.reset();
    doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
}

void TestCourseStore::staleLockOfKilledProcessIsTakenOver()
{
    const QString file = path(QStringLiteral("killed.parcours"));
    QVERIFY(makeFullDocument(file));
    QProcess holder;
    QVERIFY(startHolder(&holder, file));
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".lock")));

    QString error;
    std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY2(!doc->isReadOnly(), qPrintable(doc->readOnlyReason()));
}

void TestCourseStore::readOnlyOpenOnRequest()
{
    const QString file = path(QStringLiteral("ro.parcours"));
    QVERIFY(makeFullDocument(file));
    QString error;
    std::unique_ptr<CourseStore> store = CourseStore::open(file, true, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isReadOnly());
    QVERIFY(!store->readOnlyReason().isEmpty());
    // A read-only opening does not take the lock: a writer can still open the file.
    std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
    QVERIFY2(doc && !doc->isReadOnly(), qPrintable(error));
    // Two writers in one process: the second one is read-only too.
    std::unique_ptr<CourseDocument> second = CourseDocument::open(file, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
}

void TestCourseStore::createRefusesExistingFile()
{
    const QString file = path(QStringLiteral("exists.parcours"));
    QVERIFY(makeFullDocument(file));
    const FileState before = fileState(file);
    QString error;
    QVERIFY(!CourseDocument::create(file, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(fileState(file), before);
}

void TestCourseStore::backupCopiesEverything()
{
    const QString file = path(QStringLiteral("source.parcours"));
    const QString copy = path(QStringLiteral("copy.parcours"));
    std::unique_ptr<CourseDocument> doc = makeFullDocument(file);
    QVERIFY(doc);
    QString sha1;
    QBuffer media;
    media.setData(QByteArray(300000, 'm'));
    QVERIFY(media.open(QIODevice::ReadOnly));
    QVERIFY(doc->store()->addMedia(&media, &sha1));
    QVERIFY(doc->store()->addComment(1, QStringLiteral("Anne"), QStringLiteral("Bien.")));
    // An older file at the target, with a journal left over: both are replaced.
    QVERIFY(rawExec(copy, "CREATE TABLE old(x)"));
    QVERIFY(QFile(copy + QStringLiteral("-wal")).open(QIODevice::WriteOnly));

    QString error;
    QVERIFY2(doc->store()->backupTo(copy, &error), qPrintable(error));
    // The source stays open and writable.
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(doc->store()->filePath(), QFileInfo(file).absoluteFilePath());
    const QJsonObject snapshot = doc->snapshot();

    std::unique_ptr<CourseDocument> other = CourseDocument::open(copy, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(!other->isReadOnly());
    QCOMPARE(other->snapshot(), snapshot);
    QCOMPARE(other->store()->mediaSize(sha1), 300000);
    std::unique_ptr<QIODevice> device = other->store()->openMedia(sha1);
    QVERIFY(device);
    QCOMPARE(device->readAll(), media.data());
    QCOMPARE(other->store()->comments(1).size(), 1);
    QCOMPARE(QFileInfo(copy).permissions(), plainFilePermissions(m_dir->path()));
    QCOMPARE(rawInt(copy, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'old'"), 0);
    // No temporary file is left.
    const QStringList parts = QDir(m_dir->path()).entryList({QStringLiteral("*.part*")});
    QVERIFY2(parts.isEmpty(), qPrintable(parts.join(QLatin1Char(' '))));
    // A copy of the copy after an edit of the copy is independent of the source.
    QVERIFY(other->store()->setMeta(QStringLiteral("k"), QStringLiteral("copy")));
    QCOMPARE(doc->store()->meta(QStringLiteral("k")), QString());
}

void TestCourseStore::backupRefusesFileOpenElsewhere()
{
    const QString file = path(QStringLiteral("a.parcours"));
    const QString target = path(QStringLiteral("b.parcours"));
    std::unique_ptr<CourseDocument> doc = makeFullDocument(file);
    QVERIFY(doc);
    std::unique_ptr<CourseDocument> other = CourseDocument::create(target);
    QVERIFY(other);
    const FileState before = fileState(target);
    QString error;
    QVERIFY(!doc->store()->backupTo(target, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())),
        qPrintable(error));
    QCOMPARE(fileState(target), before);
    QVERIFY(!doc->store()->backupTo(file, &error));
}

void TestCourseStore::replacedFileStopsEditing()
{
    const QString file = path(QStringLiteral("replaced.parcours"));
    std::unique_ptr<CourseDocument> doc = makeFullDocument(file);
    QVERIFY(doc);
    QSignalSpy failed(doc.get(), &CourseDocument::storageFailed);
    // Another program replaces the file with a read-only one (a sync tool, a restore).
    QVERIFY(QFile::rename(file, path(QStringLiteral("moved.parcours"))));
    QVERIFY(rawExec(file, "CREATE TABLE other(x)"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const FileState before = fileState(file);

    auto *section = static_cast<Section *>(doc->course()->childAt(0));
    SectionData data = section->data();
    data.title = QStringLiteral("Perdu ?");
    doc->push(new LambdaCommand([&] { doc->setData(section, data, NodeField::Name); }, [] {}));
    QCOMPARE(failed.count(), 1);
    QVERIFY(doc->isReadOnly());
    QVERIFY2(doc->readOnlyReason().contains(QFileInfo(file).fileName()),
        qPrintable(doc->readOnlyReason()));
    QVERIFY(!doc->push(new LambdaCommand([] {}, [] {})));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(fileState(file), before);
}

void TestCourseStore::fullDiskStopsEditing()
{
    const QString file = path(QStringLiteral("full.parcours"));
    std::unique_ptr<CourseDocument> doc = makeFullDocument(file);
    QVERIFY(doc);
    QSignalSpy failed(doc.get(), &CourseDocument::storageFailed);
    const QByteArray before = QJsonDocument(doc->snapshot()).toJson();

    // A full disk, for this process only: no file may grow past its current size.
    rlimit old;
    QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    const qint64 biggest
        = std::max(QFileInfo(file).size(), QFileInfo(file + QStringLiteral("-wal")).size());
    rlimit limited = old;
    limited.rlim_cur = static_cast<rlim_t>(biggest);
    QVERIFY(setrlimit(RLIMIT_FSIZE, &limited) == 0);

    auto *section = static_cast<Section *>(doc->course()->childAt(0));
    SectionData data = section->data();
    data.summary = QString(4 * 1024 * 1024, QLatin1Char('a'));
    doc->push(
        new LambdaCommand([&] { doc->setData(section, data, NodeField::Description); }, [] {}));

    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QCOMPARE(failed.count(), 1);
    QVERIFY(doc->isReadOnly());
    QVERIFY2(doc->readOnlyReason().contains(QFileInfo(file).fileName()),
        qPrintable(doc->readOnlyReason()));
    doc.reset();

    // The failed edit was rolled back: the file holds the state before it.
    QString error;
    doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(QJsonDocument(doc->snapshot()).toJson(), before);
}

void TestCourseStore::commentsAndMeta()
{
    const QString file = path(QStringLiteral("comments.parcours"));
    QString error;
    {
        std::unique_ptr<CourseDocument> doc = makeFullDocument(file);
        QVERIFY(doc);
        CourseStore *store = doc->store();
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY(store->addComment(
            11, QStringLiteral("Anne"), QStringLiteral("Trop long ?"), &first, &error));
        QVERIFY(store->addComment(
            12, QStringLiteral("Paul"), QStringLiteral("« Bien » & <b>"), &second, &error));
        QVERIFY(store->addComment(
            11, QStringLiteral("Paul"), QStringLiteral("D'accord."), nullptr, &error));
        QVERIFY(first > 0 && second > first);
        QVERIFY2(store->setCommentResolved(first, true, &error), qPrintable(error));
        QVERIFY(!store->setCommentResolved(9999, true, &error));
        QVERIFY2(error.contains(QLatin1String("9999")), qPrintable(error));
        QVERIFY(store->setMeta(QStringLiteral("reviewer"), QStringLiteral("Anne")));
        QVERIFY(store->setMeta(QStringLiteral("reviewer"), QStringLiteral("Paul")));
    }
    std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
    QVERIFY2(doc, qPrintable(error));
    const QList<ReviewComment> all = doc->store()->comments();
    QCOMPARE(all.size(), 3);
    const QList<ReviewComment> on11 = doc->store()->comments(11);
    QCOMPARE(on11.size(), 2);
    QCOMPARE(on11.at(0).author, QStringLiteral("Anne"));
    QCOMPARE(on11.at(0).body, QStringLiteral("Trop long ?"));
    QVERIFY(on11.at(0).resolved);
    QVERIFY(!on11.at(1).resolved);
    QVERIFY(qAbs(on11.at(0).created - QDateTime::currentSecsSinceEpoch()) < 600);
    QCOMPARE(doc->store()->comments(12).at(0).body, QStringLiteral("« Bien » & <b>"));
    QCOMPARE(doc->store()->meta(QStringLiteral("reviewer")), QStringLiteral("Paul"));
    QCOMPARE(doc->store()->meta(QStringLiteral("absent")), QString());
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0) {
        QCoreApplication app(argc, argv);
        return holdFile(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCourseStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_coursestore.moc"
