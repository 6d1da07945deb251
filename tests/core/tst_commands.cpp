// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "tests/common/modelfactory.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

using SetSectionString = SetNodeField<Section, QString>;
using SetActivityString = SetNodeField<Activity, QString>;
using SetActivitySettings = SetNodeField<Activity, ActivitySettings>;
using SetActivityRestriction = SetNodeField<Activity, Restriction>;
using SetCourseIndexation = SetNodeField<Course, Indexation>;
using SetQuestionString = SetNodeField<Question, QString>;
using SetCategoryString = SetNodeField<QuestionCategory, QString>;

namespace {

QByteArray snap(const CourseDocument *doc)
{
    return QJsonDocument(doc->snapshot()).toJson(QJsonDocument::Indented);
}

RestrictionItem completionOf(NodeId activity)
{
    RestrictionItem item;
    item.condition.type = ConditionType::Completion;
    item.condition.activity = activity;
    return item;
}

/**
 * A small parcours built with the commands themselves, history cleared:
 *   section A: page p1, quiz (slots q1, q2, q1 again), page p2 (restricted on p1 and on x)
 *   section B: page x; section A's restriction: x, and a nested set on p1 and on the quiz's grade
 *   bank: category cat with q1, q2
 */
struct Fixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<CourseDocument> doc;
    Section *a = nullptr;
    Section *b = nullptr;
    Activity *p1 = nullptr;
    Activity *quiz = nullptr;
    Activity *p2 = nullptr;
    Activity *x = nullptr;
    QuestionCategory *cat = nullptr;
    Question *q1 = nullptr;
    Question *q2 = nullptr;

    bool build()
    {
        path = dir.filePath(QStringLiteral("test.parcours"));
        QString error;
        doc = CourseDocument::create(path, &error);
        if (!doc) {
            qWarning() << error;
            return false;
        }
        cat = static_cast<QuestionCategory *>(
            pushAddNode(doc.get(), doc->questionBank(), 0, newQuestionCategory(doc.get())));
        QuestionData qd;
        qd.name = QStringLiteral("Q1");
        qd.stamp = QStringLiteral("stamp-q1");
        qd.idNumber = QStringLiteral("Q1-ID");
        q1 = static_cast<Question *>(
            pushAddNode(doc.get(), cat, 0, makeNode<Question>(doc->allocateId(), qd)));
        qd.name = QStringLiteral("Q2");
        qd.stamp = QStringLiteral("stamp-q2");
        qd.idNumber.clear();
        q2 = static_cast<Question *>(
            pushAddNode(doc.get(), cat, 1, makeNode<Question>(doc->allocateId(), qd)));

        const NodeId p1Id = doc->allocateId();
        const NodeId quizId = doc->allocateId();
        const NodeId p2Id = doc->allocateId();
        const NodeId xId = doc->allocateId();

        SectionData sa;
        sa.title = QStringLiteral("A");
        sa.restriction.items.push_back(completionOf(xId));
        RestrictionItem nested;
        nested.isSet = true;
        nested.set.op = RestrictionOp::Any;
        nested.set.items.push_back(completionOf(p1Id));
        RestrictionItem grade = completionOf(quizId);
        grade.condition.type = ConditionType::Grade;
        grade.condition.minPercent = 50;
        nested.set.items.push_back(grade);
        sa.restriction.items.push_back(nested);
        a = static_cast<Section *>(
            pushAddNode(doc.get(), doc->course(), 0, makeNode<Section>(doc->allocateId(), sa)));
        SectionData sb;
        sb.title = QStringLiteral("B");
        b = static_cast<Section *>(
            pushAddNode(doc.get(), doc->course(), 1, makeNode<Section>(doc->allocateId(), sb)));

        ActivityData page;
        page.name = QStringLiteral("P1");
        page.idNumber = QStringLiteral("P1-ID");
        page.settings = PageSettings {};
        p1 = static_cast<Activity *>(pushAddNode(doc.get(), a, 0, makeNode<Activity>(p1Id, page)));
        ActivityData qz;
        qz.name = QStringLiteral("Quiz");
        QuizSettings settings;
        for (NodeId q : {q1->id(), q2->id(), q1->id()}) {
            QuizSlot slot;
            slot.question = q;
            settings.slots.push_back(slot);
        }
        qz.settings = settings;
        quiz
            = static_cast<Activity *>(pushAddNode(doc.get(), a, 1, makeNode<Activity>(quizId, qz)));
        page.name = QStringLiteral("P2");
        page.idNumber.clear();
        page.restriction.items = {completionOf(p1Id), completionOf(xId)};
        p2 = static_cast<Activity *>(pushAddNode(doc.get(), a, 2, makeNode<Activity>(p2Id, page)));
        page.name = QStringLiteral("X");
        page.restriction = {};
        x = static_cast<Activity *>(pushAddNode(doc.get(), b, 0, makeNode<Activity>(xId, page)));
        doc->undoStack()->clear();
        return cat && q1 && q2 && a && b && p1 && quiz && p2 && x;
    }
};

} // namespace

/** Undo commands: every command redoes and undoes exactly, merges, persists. */
class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setFieldRedoUndoRedo();
    void setFieldMergesConsecutiveEdits();
    void setFieldBackToOriginalIsObsolete();
    void setFieldSkipsNoOps();
    void setFieldMergesOnlySameNodeFieldAndKey();
    void addNodeRedoUndoRedo_data();
    void addNodeRedoUndoRedo();
    void newNodesHaveDefaults();
    void removeNodeRedoUndoRedo();
    void removeLeavesReferencesDanglingUntilUndo();
    void moveNodeRedoUndoRedo_data();
    void moveNodeRedoUndoRedo();
    void moveNodeRefusesImpossibleMoves();
    void duplicateSectionRedoUndoRedo();
    void duplicateSectionRemapsReferences();
    void duplicateActivityCopiesQuizQuestions();
    void duplicateQuestion();
    void undoIsStoredInTheFile();
    void readOnlyDocumentRefusesPushes();
    void signalsComeInPairs();

private:
    /** Runs action, then undo and redo, comparing snapshots; checks the file after each step. */
    void checkRedoUndoRedo(Fixture &f, const std::function<void()> &action);
};

void TestCommands::checkRedoUndoRedo(Fixture &f, const std::function<void()> &action)
{
    QUndoStack *stack = f.doc->undoStack();
    const int countBefore = stack->count();
    const QByteArray before = snap(f.doc.get());
    action();
    QCOMPARE(stack->count(), countBefore + 1);
    const QByteArray after = snap(f.doc.get());
    QVERIFY(after != before);
    stack->undo();
    QCOMPARE(snap(f.doc.get()), before);
    stack->redo();
    QCOMPARE(snap(f.doc.get()), after);
    stack->undo();
    stack->redo();
    QCOMPARE(snap(f.doc.get()), after);
}

void TestCommands::setFieldRedoUndoRedo()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    checkRedoUndoRedo(f, [&] {
        QVERIFY(SetSectionString::push(doc, f.a, &SectionData::title, QStringLiteral("Renamed"),
            NodeField::Name, QStringLiteral("Rename")));
    });
    checkRedoUndoRedo(f, [&] {
        QVERIFY(SetActivityString::push(doc, f.p1, &ActivityData::name,
            QStringLiteral("Page renamed"), NodeField::Name, QStringLiteral("Rename")));
    });
    checkRedoUndoRedo(f, [&] {
        ActivitySettings settings = f.quiz->data().settings;
        std::get<QuizSettings>(settings).attempts = 3;
        QVERIFY(SetActivitySettings::push(doc, f.quiz, &ActivityData::settings, settings,
            NodeField::Settings, QStringLiteral("Attempts")));
    });
    checkRedoUndoRedo(f, [&] {
        QVERIFY(SetActivityRestriction::push(doc, f.p2, &ActivityData::restriction, Restriction {},
            NodeField::Restriction, QStringLiteral("Clear")));
    });
    checkRedoUndoRedo(f, [&] {
        QVERIFY(SetCourseIndexation::push(doc, doc->course(), &CourseData::indexation,
            Test::filled<Indexation>(5), NodeField::Metadata, QStringLiteral("Indexation")));
    });
    checkRedoUndoRedo(f, [&] {
        QVERIFY(SetQuestionString::push(doc, f.q1, &QuestionData::text,
            QStringLiteral("<p>Texte</p>"), NodeField::Content, QStringLiteral("Text")));
    });
    checkRedoUndoRedo(f, [&] {
        QVERIFY(SetCategoryString::push(doc, f.cat, &QuestionCategoryData::name,
            QStringLiteral("Cat"), NodeField::Name, QStringLiteral("Rename")));
    });
    QCOMPARE(f.a->data().title, QStringLiteral("Renamed"));
    QCOMPARE(f.quiz->settings<QuizSettings>()->attempts, 3);
}

void TestCommands::setFieldMergesConsecutiveEdits()
{
    Fixture f;
    QVERIFY(f.build());
    using SetTitle = SetSectionString;
    for (const char *title : {"A1", "A12", "A123"}) {
        QVERIFY(SetTitle::push(f.doc.get(), f.a, &SectionData::title, QString::fromLatin1(title),
            NodeField::Name, QStringLiteral("Rename")));
    }
    QCOMPARE(f.doc->undoStack()->count(), 1);
    QCOMPARE(f.a->data().title, QStringLiteral("A123"));
    f.doc->undoStack()->undo();
    QCOMPARE(f.a->data().title, QStringLiteral("A"));
    f.doc->undoStack()->redo();
    QCOMPARE(f.a->data().title, QStringLiteral("A123"));
}

void TestCommands::setFieldBackToOriginalIsObsolete()
{
    Fixture f;
    QVERIFY(f.build());
    const QByteArray before = snap(f.doc.get());
    using SetName = SetActivityString;
    QVERIFY(SetName::push(f.doc.get(), f.p1, &ActivityData::name, QStringLiteral("P"),
        NodeField::Name, QStringLiteral("Rename")));
    QVERIFY(SetName::push(f.doc.get(), f.p1, &ActivityData::name, QStringLiteral("P1"),
        NodeField::Name, QStringLiteral("Rename")));
    QCOMPARE(f.doc->undoStack()->count(), 0);
    QVERIFY(!f.doc->undoStack()->canUndo());
    QCOMPARE(snap(f.doc.get()), before);
}

void TestCommands::setFieldSkipsNoOps()
{
    Fixture f;
    QVERIFY(f.build());
    QSignalSpy changed(f.doc.get(), &CourseDocument::nodeChanged);
    QVERIFY(!(SetActivityString::push(f.doc.get(), f.p1, &ActivityData::name, QStringLiteral("P1"),
        NodeField::Name, QStringLiteral("Rename"))));
    QVERIFY(!(SetActivitySettings::push(f.doc.get(), f.quiz, &ActivityData::settings,
        f.quiz->data().settings, NodeField::Settings, QStringLiteral("Settings"))));
    QCOMPARE(f.doc->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestCommands::setFieldMergesOnlySameNodeFieldAndKey()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    QUndoStack *stack = doc->undoStack();
    using SetName = SetActivityString;
    using SetDescription = SetActivityString;
    QVERIFY(SetName::push(doc, f.p1, &ActivityData::name, QStringLiteral("a"), NodeField::Name,
        QStringLiteral("Rename")));
    QVERIFY(SetName::push(doc, f.p2, &ActivityData::name, QStringLiteral("b"), NodeField::Name,
        QStringLiteral("Rename")));
    QCOMPARE(stack->count(), 2);
    QVERIFY(SetDescription::push(doc, f.p2, &ActivityData::description, QStringLiteral("c"),
        NodeField::Description, QStringLiteral("Describe")));
    QCOMPARE(stack->count(), 3);

    // Settings: one member, sub-fields told apart by the merge key.
    enum { AttemptsKey = 1, GradeKey = 2 };
    auto setQuiz = [&](int key, const std::function<void(QuizSettings &)> &change) {
        ActivitySettings settings = f.quiz->data().settings;
        change(std::get<QuizSettings>(settings));
        return SetActivitySettings::push(doc, f.quiz, &ActivityData::settings, settings,
            NodeField::Settings, QStringLiteral("Quiz"), key);
    };
    QVERIFY(setQuiz(AttemptsKey, [](QuizSettings &s) { s.attempts = 1; }));
    QVERIFY(setQuiz(AttemptsKey, [](QuizSettings &s) { s.attempts = 2; }));
    QCOMPARE(stack->count(), 4);
    QVERIFY(setQuiz(GradeKey, [](QuizSettings &s) { s.grade = 20; }));
    QVERIFY(setQuiz(GradeKey, [](QuizSettings &s) { s.grade = 30; }));
    QCOMPARE(stack->count(), 5);
    stack->undo();
    QCOMPARE(f.quiz->settings<QuizSettings>()->grade, 10.0);
    QCOMPARE(f.quiz->settings<QuizSettings>()->attempts, 2);
    stack->undo();
    QCOMPARE(f.quiz->settings<QuizSettings>()->attempts, 0);
}

void TestCommands::addNodeRedoUndoRedo_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("section") << -1;
    const QMetaEnum e = QMetaEnum::fromType<ActivityKind>();
    for (int i = 0; i < e.keyCount(); ++i)
        QTest::newRow(e.key(i)) << e.value(i);
    QTest::newRow("category") << -2;
    QTest::newRow("question") << -3;
    QTest::newRow("filled activity") << -4;
}

void TestCommands::addNodeRedoUndoRedo()
{
    QFETCH(int, what);
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    Node *added = nullptr;
    checkRedoUndoRedo(f, [&] {
        switch (what) {
        case -1:
            added = pushAddNode(doc, doc->course(), 1, newSection(doc));
            break;
        case -2:
            added = pushAddNode(doc, f.cat, 0, newQuestionCategory(doc));
            break;
        case -3:
            added = pushAddNode(doc, f.cat, 2, newQuestion(doc, QuestionType::TrueFalse));
            break;
        case -4:
            added = pushAddNode(doc, f.b, 0,
                makeNode<Activity>(doc->allocateId(), Test::filledActivity(ActivityKind::Quiz, 3)));
            break;
        default:
            added = pushAddNode(doc, f.a, 1, newActivity(doc, static_cast<ActivityKind>(what)));
            break;
        }
        QVERIFY(added);
    });
    QCOMPARE(doc->node(added->id()), added);
    QVERIFY(added->parent());
    doc->undoStack()->undo();
    QCOMPARE(doc->node(added->id()), nullptr);
}

void TestCommands::newNodesHaveDefaults()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    auto section = newSection(doc);
    QCOMPARE(section->data().title, QStringLiteral("New section"));
    auto quiz = newActivity(doc, ActivityKind::Quiz);
    QCOMPARE(quiz->kind(), ActivityKind::Quiz);
    QCOMPARE(quiz->data().name, QStringLiteral("New quiz"));
    auto truefalse = newQuestion(doc, QuestionType::TrueFalse);
    QCOMPARE(truefalse->data().type, QuestionType::TrueFalse);
    QCOMPARE(truefalse->data().answers.size(), size_t(2));
    QCOMPARE(truefalse->data().answers[0].fraction, 1.0);
    // Untranslated, as the question readers and Moodle name them.
    QCOMPARE(truefalse->data().answers[0].text, QStringLiteral("true"));
    QCOMPARE(truefalse->data().answers[1].text, QStringLiteral("false"));
    // Fresh ids, never one already in the document.
    QVERIFY(section->id() != quiz->id());
    QCOMPARE(doc->node(section->id()), nullptr);
    QCOMPARE(doc->node(truefalse->id()), nullptr);
    QVERIFY(section->id() > f.x->id());
}

void TestCommands::removeNodeRedoUndoRedo()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    checkRedoUndoRedo(f, [&] { QVERIFY(pushRemoveNode(doc, f.a)); });
    checkRedoUndoRedo(f, [&] { QVERIFY(pushRemoveNode(doc, f.x)); });
    checkRedoUndoRedo(f, [&] { QVERIFY(pushRemoveNode(doc, f.cat)); });
    QVERIFY(!pushRemoveNode(doc, doc->course()));
}

void TestCommands::removeLeavesReferencesDanglingUntilUndo()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    const NodeId p1 = f.p1->id();
    const NodeId q1 = f.q1->id();
    QVERIFY(pushRemoveNode(doc, f.p1));
    QVERIFY(pushRemoveNode(doc, f.q1));
    QCOMPARE(doc->node(p1), nullptr);
    QCOMPARE(doc->node(q1), nullptr);
    // The references stay, pointing at nothing, for the validator to report.
    QCOMPARE(f.p2->data().restriction.items[0].condition.activity, p1);
    QCOMPARE(f.quiz->settings<QuizSettings>()->slots[0].question, q1);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->node(p1), f.p1);
    QCOMPARE(doc->node(q1), f.q1);
    QCOMPARE(f.p1->parent(), f.a);
    QCOMPARE(f.p1->row(), 0);
}

void TestCommands::moveNodeRedoUndoRedo_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("newParent");
    QTest::addColumn<int>("newRow");
    QTest::newRow("section down") << u"a"_s << u"course"_s << 1;
    QTest::newRow("section up") << u"b"_s << u"course"_s << 0;
    QTest::newRow("activity down") << u"p1"_s << u"a"_s << 2;
    QTest::newRow("activity up") << u"p2"_s << u"a"_s << 0;
    QTest::newRow("activity one down") << u"p1"_s << u"a"_s << 1;
    QTest::newRow("activity to other section") << u"quiz"_s << u"b"_s << 1;
    QTest::newRow("activity to other section top") << u"p2"_s << u"b"_s << 0;
    QTest::newRow("question to new category") << u"q2"_s << u"cat2"_s << 0;
}

void TestCommands::moveNodeRedoUndoRedo()
{
    QFETCH(QString, node);
    QFETCH(QString, newParent);
    QFETCH(int, newRow);
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    Node *cat2 = pushAddNode(doc, doc->questionBank(), 1, newQuestionCategory(doc));
    doc->undoStack()->clear();
    const QHash<QString, Node *> nodes {{QStringLiteral("a"), f.a}, {QStringLiteral("b"), f.b},
        {QStringLiteral("p1"), f.p1}, {QStringLiteral("p2"), f.p2},
        {QStringLiteral("quiz"), f.quiz}, {QStringLiteral("q2"), f.q2},
        {QStringLiteral("course"), doc->course()}, {QStringLiteral("cat2"), cat2}};
    Node *moved = nodes.value(node);
    Node *target = nodes.value(newParent);
    const QString movedName = moved->displayName();
    checkRedoUndoRedo(f, [&] { QVERIFY(pushMoveNode(doc, moved, target, newRow)); });
    QCOMPARE(moved->parent(), target);
    QCOMPARE(moved->row(), newRow);
    QCOMPARE(target->childAt(newRow)->displayName(), movedName);
}

void TestCommands::moveNodeRefusesImpossibleMoves()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    Node *sub = pushAddNode(doc, f.cat, 0, newQuestionCategory(doc));
    doc->undoStack()->clear();
    QVERIFY(!pushMoveNode(doc, f.p1, doc->course(), 0)); // an activity under the course
    QVERIFY(!pushMoveNode(doc, f.a, f.b, 0));            // a section in a section
    QVERIFY(!pushMoveNode(doc, f.cat, sub, 0));          // a category into its own child
    QVERIFY(!pushMoveNode(doc, f.p1, f.a, 0));           // where it already is
    QCOMPARE(doc->undoStack()->count(), 0);
    // Rows beyond the end are clamped.
    QVERIFY(pushMoveNode(doc, f.p1, f.a, 99));
    QCOMPARE(f.p1->row(), 2);
}

void TestCommands::duplicateSectionRedoUndoRedo()
{
    Fixture f;
    QVERIFY(f.build());
    Section *copy = nullptr;
    checkRedoUndoRedo(f, [&] { copy = duplicateSection(f.doc.get(), f.a); });
    QVERIFY(copy);
    QCOMPARE(f.doc->undoStack()->count(), 1);
    QCOMPARE(copy->row(), 1);
    QCOMPARE(copy->childCount(), 3);
    QCOMPARE(copy->data().title, QStringLiteral("A (copy)"));
    QCOMPARE(f.b->row(), 2);
}

void TestCommands::duplicateSectionRemapsReferences()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    const int questionsBefore = f.cat->childCount();
    Section *copy = duplicateSection(doc, f.a);
    QVERIFY(copy);
    auto *p1c = static_cast<Activity *>(copy->childAt(0));
    auto *quizc = static_cast<Activity *>(copy->childAt(1));
    auto *p2c = static_cast<Activity *>(copy->childAt(2));

    // New ids everywhere, names of activities kept, id numbers not copied.
    for (Activity *c : {p1c, quizc, p2c}) {
        QVERIFY(c->id() != f.p1->id() && c->id() != f.quiz->id() && c->id() != f.p2->id());
        QCOMPARE(doc->node(c->id()), c);
    }
    QCOMPARE(p1c->data().name, QStringLiteral("P1"));
    QVERIFY(p1c->data().idNumber.isEmpty());
    QCOMPARE(f.p1->data().idNumber, QStringLiteral("P1-ID"));

    // Inside references point to the copies, outside ones are kept.
    const Restriction &r = p2c->data().restriction;
    QCOMPARE(r.items[0].condition.activity, p1c->id());
    QCOMPARE(r.items[1].condition.activity, f.x->id());
    const Restriction &sr = copy->data().restriction;
    QCOMPARE(sr.items[0].condition.activity, f.x->id());
    QCOMPARE(sr.items[1].set.items[0].condition.activity, p1c->id());
    QCOMPARE(sr.items[1].set.items[1].condition.activity, quizc->id());
    QCOMPARE(sr.items[1].set.items[1].condition.minPercent, std::optional<double>(50));
    // The originals are untouched.
    QCOMPARE(f.p2->data().restriction.items[0].condition.activity, f.p1->id());
    QCOMPARE(f.a->data().restriction.items[1].set.items[0].condition.activity, f.p1->id());

    // One copy per question, in the same category, slots re-pointed (q1 is used twice).
    QCOMPARE(f.cat->childCount(), questionsBefore + 2);
    const auto &slots = quizc->settings<QuizSettings>()->slots;
    QCOMPARE(slots.size(), size_t(3));
    auto *q1c = doc->nodeAs<Question>(slots[0].question);
    auto *q2c = doc->nodeAs<Question>(slots[1].question);
    QVERIFY(q1c && q2c);
    QCOMPARE(slots[2].question, q1c->id());
    QVERIFY(q1c != f.q1 && q2c != f.q2);
    QCOMPARE(q1c->parent(), f.cat);
    QCOMPARE(q1c->data().name, QStringLiteral("Q1"));
    QCOMPARE(q1c->data().text, f.q1->data().text);
    QVERIFY(q1c->data().stamp.isEmpty());
    QVERIFY(q1c->data().idNumber.isEmpty());
    QCOMPARE(f.q1->data().stamp, QStringLiteral("stamp-q1"));
    QCOMPARE(f.quiz->settings<QuizSettings>()->slots[0].question, f.q1->id());

    // One undo step removes every copy.
    doc->undoStack()->undo();
    QCOMPARE(f.cat->childCount(), questionsBefore);
    QCOMPARE(doc->course()->childCount(), 2);
}

void TestCommands::duplicateActivityCopiesQuizQuestions()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    Activity *copy = nullptr;
    checkRedoUndoRedo(f, [&] { copy = duplicateActivity(doc, f.quiz); });
    QCOMPARE(copy->parent(), f.a);
    QCOMPARE(copy->row(), f.quiz->row() + 1);
    QCOMPARE(copy->data().name, QStringLiteral("Quiz (copy)"));
    QCOMPARE(f.cat->childCount(), 4);
    const auto &slots = copy->settings<QuizSettings>()->slots;
    QVERIFY(slots[0].question != f.q1->id());
    QCOMPARE(doc->nodeAs<Question>(slots[0].question)->parent(), f.cat);

    // A plain activity keeps its outside references.
    Activity *p2c = duplicateActivity(doc, f.p2);
    QCOMPARE(p2c->data().restriction, f.p2->data().restriction);
}

void TestCommands::duplicateQuestion()
{
    Fixture f;
    QVERIFY(f.build());
    Question *copy = nullptr;
    checkRedoUndoRedo(f, [&] { copy = Parcours::duplicateQuestion(f.doc.get(), f.q1); });
    QCOMPARE(copy->parent(), f.cat);
    QCOMPARE(copy->row(), 1);
    QCOMPARE(copy->data().name, QStringLiteral("Q1 (copy)"));
    QVERIFY(copy->data().stamp.isEmpty());
    QCOMPARE(copy->data().text, f.q1->data().text);
}

void TestCommands::undoIsStoredInTheFile()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    const QByteArray original = snap(doc);
    QVERIFY(duplicateSection(doc, f.a));
    QVERIFY(pushMoveNode(doc, f.x, f.a, 0));
    QVERIFY(SetSectionString::push(doc, f.b, &SectionData::title, QStringLiteral("B2"),
        NodeField::Name, QStringLiteral("Rename")));
    const QByteArray edited = snap(doc);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    const QByteArray undone = snap(doc);
    f.doc.reset();

    QString error;
    auto reopened = CourseDocument::open(f.path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(snap(reopened.get()), undone);
    QVERIFY(undone != edited && undone != original);
    // Ids are never reused, even those of undone nodes.
    auto section = newSection(reopened.get());
    QVERIFY(!QString::fromUtf8(edited).contains(QStringLiteral("\"id\": %1,").arg(section->id())));
}

void TestCommands::readOnlyDocumentRefusesPushes()
{
    Fixture f;
    QVERIFY(f.build());
    // A second instance of an open file is read-only.
    auto second = CourseDocument::open(f.path);
    QVERIFY(second);
    QVERIFY(second->isReadOnly());
    QVERIFY(!second->readOnlyReason().isEmpty());
    const QByteArray before = snap(second.get());
    auto *a = second->nodeAs<Section>(f.a->id());
    QVERIFY(a);
    QVERIFY(!(SetSectionString::push(second.get(), a, &SectionData::title, QStringLiteral("nope"),
        NodeField::Name, QStringLiteral("Rename"))));
    QCOMPARE(pushAddNode(second.get(), second->course(), 0, newSection(second.get())), nullptr);
    QVERIFY(!pushRemoveNode(second.get(), a));
    QCOMPARE(duplicateSection(second.get(), a), nullptr);
    QCOMPARE(second->undoStack()->count(), 0);
    QCOMPARE(snap(second.get()), before);
}

void TestCommands::signalsComeInPairs()
{
    Fixture f;
    QVERIFY(f.build());
    CourseDocument *doc = f.doc.get();
    QStringList log;
    auto record = [&log](const char *name) {
        return [&log, name](auto &&...) { log << QLatin1String(name); };
    };
    connect(doc, &CourseDocument::nodeAboutToBeInserted, this, record("aboutToInsert"));
    connect(doc, &CourseDocument::nodeInserted, this, record("inserted"));
    connect(doc, &CourseDocument::nodeAboutToBeRemoved, this, record("aboutToRemove"));
    connect(doc, &CourseDocument::nodeRemoved, this, record("removed"));
    connect(doc, &CourseDocument::nodeAboutToBeMoved, this, record("aboutToMove"));
    connect(doc, &CourseDocument::nodeMoved, this, record("moved"));
    connect(doc, &CourseDocument::nodeChanged, this, record("changed"));

    QSignalSpy inserted(doc, &CourseDocument::nodeInserted);
    QVERIFY(pushAddNode(doc, f.b, 1, newActivity(doc, ActivityKind::Forum)));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<Node *>(), f.b);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    doc->undoStack()->undo();
    QVERIFY(pushMoveNode(doc, f.p1, f.b, 0));
    doc->undoStack()->undo();
    QVERIFY(SetSectionString::push(doc, f.b, &SectionData::title, QStringLiteral("B2"),
        NodeField::Name, QStringLiteral("Rename")));
    QCOMPARE(log,
        QStringList({u"aboutToInsert"_s, u"inserted"_s, u"aboutToRemove"_s, u"removed"_s,
            u"aboutToMove"_s, u"moved"_s, u"aboutToMove"_s, u"moved"_s, u"changed"_s}));

    log.clear();
    QVERIFY(duplicateSection(doc, f.a));
    // Two question copies, the section, its three activities.
    QCOMPARE(log.count(QStringLiteral("aboutToInsert")), 6);
    QCOMPARE(log.count(QStringLiteral("inserted")), 6);
    for (int i = 0; i < log.size(); i += 2) {
        QCOMPARE(log.at(i), QStringLiteral("aboutToInsert"));
        QCOMPARE(log.at(i + 1), QStringLiteral("inserted"));
    }
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
