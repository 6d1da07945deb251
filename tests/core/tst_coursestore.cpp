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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCourseStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_coursestore.moc"
