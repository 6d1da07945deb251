// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "tests/common/modelfactory.h"

#include <QJsonArray>
#include <QTest>

using namespace Parcours;

/** Model invariants: field reflection, JSON form, tree rules, snapshots. */
class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActivityKindRoundTripsThroughJson_data();
    void everyActivityKindRoundTripsThroughJson();
    void everyNodeDataRoundTripsThroughJson();
    void missingKeysKeepDefaults();
    void unknownEnumNameKeepsDefault();
    void kindIsTheSettingsAlternative();
    void moduleAndQtypeNames();
    void treeRules();
    void cloneDeepKeepsIdsAndData();
    void snapshotRoundTrip();
    void snapshotRejectsMalformedTrees_data();
    void snapshotRejectsMalformedTrees();
    void derivedValues();
};

void TestModel::everyActivityKindRoundTripsThroughJson_data()
{
    QTest::addColumn<int>("kind");
    const QMetaEnum e = QMetaEnum::fromType<ActivityKind>();
    for (int i = 0; i < e.keyCount(); ++i)
        QTest::newRow(e.key(i)) << e.value(i);
}

void TestModel::everyActivityKindRoundTripsThroughJson()
{
    QFETCH(int, kind);
    Activity original(7);
    Activity copy(8);
    const ActivityData filled = Test::filledActivity(static_cast<ActivityKind>(kind), kind * 100);
    Activity source(9);
    source.dataFromJson(activityDataToJson(filled));
    QCOMPARE(source.data(), filled);
    QCOMPARE(source.kind(), static_cast<ActivityKind>(kind));
    copy.dataFromJson(source.dataToJson());
    QCOMPARE(copy.data(), filled);
    QVERIFY(!(copy.data() == original.data()));
}

template<class N> static void checkNodeRoundTrip(int seed)
{
    const typename N::Data data = Test::filled<typename N::Data>(seed);
    const QJsonObject json = Json::toObject(data);
    N node(1);
    node.dataFromJson(json);
    QCOMPARE(node.data(), data);
    QCOMPARE(node.dataToJson(), json);
    QVERIFY(!(data == typename N::Data {}));
}

void TestModel::everyNodeDataRoundTripsThroughJson()
{
    checkNodeRoundTrip<Course>(1);
    checkNodeRoundTrip<Section>(2);
    checkNodeRoundTrip<QuestionCategory>(3);
    checkNodeRoundTrip<Question>(4);
}

void TestModel::missingKeysKeepDefaults()
{
    Section section(1);
    section.dataFromJson(QJsonObject {{QStringLiteral("title"), QStringLiteral("Accueil")}});
    QCOMPARE(section.data().title, QStringLiteral("Accueil"));
    QCOMPARE(section.data().visible, true);
    QVERIFY(section.data().restriction.isEmpty());

    Activity activity(2);
    activity.dataFromJson(QJsonObject {{QStringLiteral("kind"), QStringLiteral("Quiz")}});
    QCOMPARE(activity.kind(), ActivityKind::Quiz);
    QCOMPARE(activity.settings<QuizSettings>()->grade, 10.0);
}

void TestModel::unknownEnumNameKeepsDefault()
{
    Question question(1);
    question.dataFromJson(QJsonObject {{QStringLiteral("type"), QStringLiteral("NoSuchType")},
        {QStringLiteral("name"), QStringLiteral("Q")}});
    QCOMPARE(question.data().type, QuestionType::MultiChoice);
    QCOMPARE(question.data().name, QStringLiteral("Q"));
}

void TestModel::kindIsTheSettingsAlternative()
{
    const QMetaEnum e = QMetaEnum::fromType<ActivityKind>();
    QCOMPARE(e.keyCount(), static_cast<int>(std::variant_size_v<ActivitySettings>));
    for (int i = 0; i < e.keyCount(); ++i) {
        ActivityData data;
        data.settings = defaultSettings(static_cast<ActivityKind>(e.value(i)));
        QCOMPARE(static_cast<int>(data.kind()), e.value(i));
    }
}

void TestModel::moduleAndQtypeNames()
{
    const QStringList kinds = {QStringLiteral("page"), QStringLiteral("label"),
        QStringLiteral("url"), QStringLiteral("resource"), QStringLiteral("folder"),
        QStringLiteral("forum"), QStringLiteral("assign"), QStringLiteral("quiz"),
        QStringLiteral("wordcloud"), QStringLiteral("mindmap"), QStringLiteral("completionmarker"),
        QStringLiteral("opaque")};
    for (int i = 0; i < kinds.size(); ++i) {
        QCOMPARE(moduleName(static_cast<ActivityKind>(i)), kinds.at(i));
        QCOMPARE(kindFromModuleName(kinds.at(i)), std::optional(static_cast<ActivityKind>(i)));
    }
    QVERIFY(!kindFromModuleName(QStringLiteral("scorm")));
    QCOMPARE(qtypeName(QuestionType::DdWtoS), QStringLiteral("ddwtos"));
    QCOMPARE(questionTypeFromName(QStringLiteral("multianswer")),
        std::optional(QuestionType::MultiAnswer));
    QVERIFY(!questionTypeFromName(QStringLiteral("other")));
    QVERIFY(!questionTypeFromName(QStringLiteral("calculated")));
}

void TestModel::treeRules()
{
    Course course(1);
    QVERIFY(course.canContain(NodeType::Section));
    QVERIFY(!course.canContain(NodeType::Activity));
    Section section(2);
    QVERIFY(section.canContain(NodeType::Activity));
    QVERIFY(!section.canContain(NodeType::Section));
    QuestionCategory category(3);
    QVERIFY(category.canContain(NodeType::QuestionCategory));
    QVERIFY(category.canContain(NodeType::Question));
    QVERIFY(!category.canContain(NodeType::Activity));
    QuestionBank bank(4);
    QVERIFY(bank.canContain(NodeType::QuestionCategory));
    QVERIFY(!bank.canContain(NodeType::Question));
    Activity activity(5);
    QVERIFY(!activity.canContain(NodeType::Activity));
    QCOMPARE(course.row(), -1);
}

static QJsonObject nodeJson(
    NodeId id, const char *type, const QJsonObject &data, const QJsonArray &children = {})
{
    QJsonObject o {{QStringLiteral("id"), id}, {QStringLiteral("type"), QLatin1String(type)},
        {QStringLiteral("data"), data}};
    if (!children.isEmpty())
        o.insert(QStringLiteral("children"), children);
    return o;
}

static QJsonObject sampleSnapshot()
{
    const QJsonObject page {{QStringLiteral("name"), QStringLiteral("Page")},
        {QStringLiteral("kind"), QStringLiteral("Page")}};
    const QJsonObject quiz {{QStringLiteral("name"), QStringLiteral("Quiz")},
        {QStringLiteral("kind"), QStringLiteral("Quiz")}};
    const QJsonArray activities {nodeJson(3, "Activity", page), nodeJson(4, "Activity", quiz)};
    const QJsonArray sections {
        nodeJson(2, "Section", {{QStringLiteral("title"), QStringLiteral("S1")}}, activities)};
    const QJsonArray questions {
        nodeJson(7, "Question", {{QStringLiteral("name"), QStringLiteral("Q")}})};
    const QJsonArray categories {nodeJson(
        6, "QuestionCategory", {{QStringLiteral("name"), QStringLiteral("C")}}, questions)};
    return {{QStringLiteral("course"),
                nodeJson(1, "Course", {{QStringLiteral("title"), QStringLiteral("T")}}, sections)},
        {QStringLiteral("questionBank"), nodeJson(5, "QuestionBank", {}, categories)}};
}

void TestModel::cloneDeepKeepsIdsAndData()
{
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    QVERIFY(CourseDocument::treeFromSnapshot(sampleSnapshot(), &course, &bank));
    std::unique_ptr<Node> copy = course->childAt(0)->cloneDeep();
    QCOMPARE(copy->id(), NodeId(2));
    QCOMPARE(copy->parent(), nullptr);
    QCOMPARE(copy->childCount(), 2);
    QCOMPARE(copy->childAt(1)->id(), NodeId(4));
    QCOMPARE(copy->childAt(1)->dataToJson(), course->childAt(0)->childAt(1)->dataToJson());
    QCOMPARE(copy->childAt(1)->parent(), copy.get());
}

void TestModel::snapshotRoundTrip()
{
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    QString error;
    QVERIFY2(CourseDocument::treeFromSnapshot(sampleSnapshot(), &course, &bank, &error),
        qPrintable(error));
    QCOMPARE(course->childCount(), 1);
    QCOMPARE(course->childAt(0)->childCount(), 2);
    QCOMPARE(course->childAt(0)->childAt(1)->displayName(), QStringLiteral("Quiz"));
    QCOMPARE(static_cast<Activity *>(course->childAt(0)->childAt(1))->kind(), ActivityKind::Quiz);
    QCOMPARE(bank->childAt(0)->childAt(0)->type(), NodeType::Question);
}

void TestModel::snapshotRejectsMalformedTrees_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");

    QJsonObject duplicate = sampleSnapshot();
    QJsonObject bank = duplicate.value(QStringLiteral("questionBank")).toObject();
    bank.insert(QStringLiteral("id"), 3);
    duplicate.insert(QStringLiteral("questionBank"), bank);
    QTest::newRow("duplicate id") << duplicate << QStringLiteral("same node id");

    QJsonObject nesting = sampleSnapshot();
    QJsonObject course = nesting.value(QStringLiteral("course")).toObject();
    course.insert(QStringLiteral("children"),
        QJsonArray {nodeJson(9, "Activity", {{QStringLiteral("name"), QStringLiteral("x")}})});
    nesting.insert(QStringLiteral("course"), course);
    QTest::newRow("activity in course") << nesting << QStringLiteral("course/0");

    QJsonObject type = sampleSnapshot();
    type.insert(QStringLiteral("course"), nodeJson(1, "Lesson", {}));
    QTest::newRow("unknown type") << type << QStringLiteral("Lesson");

    QJsonObject noId = sampleSnapshot();
    noId.insert(QStringLiteral("course"), nodeJson(0, "Course", {}));
    QTest::newRow("missing id") << noId << QStringLiteral("id");

    QJsonObject swapped = sampleSnapshot();
    swapped.insert(
        QStringLiteral("course"), sampleSnapshot().value(QStringLiteral("questionBank")));
    QTest::newRow("bank as course") << swapped << QStringLiteral("not a course");
}

void TestModel::snapshotRejectsMalformedTrees()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    QString error;
    QVERIFY(!CourseDocument::treeFromSnapshot(json, &course, &bank, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!course);
    QVERIFY(!bank);
}

void TestModel::derivedValues()
{
    QuizSettings quiz;
    quiz.slots = {QuizSlot {1, 2.5, true, false}, QuizSlot {2, 1, false, false}};
    QCOMPARE(quiz.sumOfMarks(), 3.5);
    Indexation indexation;
    indexation.remoteMinutes = 720;
    indexation.inPersonMinutes = 360;
    QCOMPARE(indexation.totalMinutes(), 18 * 60);
    MindMapNode root {
        QStringLiteral("a"), {}, {MindMapNode {QStringLiteral("b"), {}, {MindMapNode {}}}}};
    QCOMPARE(root.count(), 3);
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
