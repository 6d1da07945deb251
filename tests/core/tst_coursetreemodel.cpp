// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/models/coursetreemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

/** Course: section A (P1, Quiz on Q, P2), section B (X); bank: one category with Q. */
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<CourseDocument> doc;
    Section *a = nullptr;
    Section *b = nullptr;
    Activity *p1 = nullptr;
    Activity *quiz = nullptr;
    Activity *p2 = nullptr;
    Activity *x = nullptr;
    QuestionCategory *cat = nullptr;
    Question *q = nullptr;

    bool build()
    {
        doc = CourseDocument::create(dir.filePath(u"tree.parcours"_s));
        if (!doc)
            return false;
        CourseDocument *d = doc.get();
        cat = static_cast<QuestionCategory *>(
            pushAddNode(d, d->questionBank(), 0, newQuestionCategory(d)));
        q = static_cast<Question *>(pushAddNode(d, cat, 0, newQuestion(d, QuestionType::Essay)));
        a = static_cast<Section *>(pushAddNode(d, d->course(), 0, section(u"A"_s)));
        b = static_cast<Section *>(pushAddNode(d, d->course(), 1, section(u"B"_s)));
        p1 = static_cast<Activity *>(pushAddNode(d, a, 0, activity(u"P1"_s, ActivityKind::Page)));
        quiz = static_cast<Activity *>(
            pushAddNode(d, a, 1, activity(u"Quiz"_s, ActivityKind::Quiz)));
        p2 = static_cast<Activity *>(pushAddNode(d, a, 2, activity(u"P2"_s, ActivityKind::Page)));
        x = static_cast<Activity *>(pushAddNode(d, b, 0, activity(u"X"_s, ActivityKind::Url)));
        ActivitySettings settings = quiz->data().settings;
        QuizSlot slot;
        slot.question = q->id();
        std::get<QuizSettings>(settings).slots.push_back(slot);
        SetNodeField<Activity, ActivitySettings>::push(
            d, quiz, &ActivityData::settings, settings, NodeField::Settings, u"Slots"_s);
        d->undoStack()->clear();
        return a && b && p1 && quiz && p2 && x && cat && q;
    }

    std::unique_ptr<Section> section(const QString &title)
    {
        auto s = newSection(doc.get());
        SectionData data = s->data();
        data.title = title;
        return makeNode<Section>(s->id(), data);
    }

    std::unique_ptr<Activity> activity(const QString &name, ActivityKind kind)
    {
        auto act = newActivity(doc.get(), kind);
        ActivityData data = act->data();
        data.name = name;
        return makeNode<Activity>(act->id(), data);
    }
};

/** Spies on the row and data signals of a model. */
struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }

    QList<int> counts() const
    {
        return {int(inserted.count()), int(removed.count()), int(moved.count()),
            int(changed.count()), int(reset.count()), int(layout.count())};
    }
    void clear()
    {
        for (QSignalSpy *s : {&inserted, &removed, &moved, &changed, &reset, &layout})
            s->clear();
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

// Expected counts, in Spies::counts() order.
QList<int> expect(int inserted, int removed, int moved, int changed, int reset = 0)
{
    return {inserted, removed, moved, changed, reset, 0};
}

} // namespace

/** CourseTreeModel: the structure tree follows the document, signal by signal. */
class TestCourseTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsSectionsAndActivities();
    void indexForNodeRoundTrips();
    void insertAndUndo();
    void removeAndUndo();
    void moveWithinParent_data();
    void moveWithinParent();
    void moveBetweenParents();
    void renameThroughSetDataPushesACommand();
    void refusesEmptyActivityName();
    void dataChangedOnlyForShownFields();
    void questionBankChangesAreNotShown();
    void duplicateSectionAndUndo();
    void contentResetResetsTheModel();
    void readOnlyDocumentIsNotEditable();
    void untitledSectionShowsMoodleDefaultName();

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<CourseTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCourseTreeModel::init()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->build());
    m_model = std::make_unique<CourseTreeModel>(m_f->doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestCourseTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_f.reset();
}

void TestCourseTreeModel::showsSectionsAndActivities()
{
    CourseTreeModel *m = m_model.get();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->columnCount(), 1);
    const QModelIndex a = m->index(0, 0);
    QCOMPARE(a.data().toString(), u"A"_s);
    QCOMPARE(m->rowCount(a), 3);
    QCOMPARE(m->index(1, 0, a).data().toString(), u"Quiz"_s);
    QCOMPARE(m->index(1, 0, a).data(CourseTreeModel::NodeIdRole).value<NodeId>(), m_f->quiz->id());
    QCOMPARE(m->index(1, 0, a).data(CourseTreeModel::ActivityKindRole).value<ActivityKind>(),
        ActivityKind::Quiz);
    QCOMPARE(a.data(CourseTreeModel::NodeTypeRole).value<NodeType>(), NodeType::Section);
    QVERIFY(!a.data(CourseTreeModel::ActivityKindRole).isValid());
    QCOMPARE(
        m->index(1, 0, a).data(CourseTreeModel::IconNameRole).toString(), u"dialog-question"_s);
    QVERIFY(m->index(1, 0, a).data(Qt::ToolTipRole).toString().contains(u"Quiz"_s));
    QCOMPARE(m->rowCount(m->index(0, 0, a)), 0);
    QVERIFY(m->flags(m->index(0, 0, a)) & Qt::ItemNeverHasChildren);
    QVERIFY(m->flags(a) & Qt::ItemIsEditable);
    QCOMPARE(m->index(0, 0, m->index(1, 0)).data().toString(), u"X"_s);
    QVERIFY(!m->index(2, 0).isValid());
    QVERIFY(!m->index(0, 1).isValid());
}

void TestCourseTreeModel::indexForNodeRoundTrips()
{
    CourseTreeModel *m = m_model.get();
    for (Node *node :
        std::initializer_list<Node *> {m_f->a, m_f->b, m_f->p1, m_f->quiz, m_f->p2, m_f->x}) {
        const QModelIndex index = m->indexForNode(node);
        QVERIFY(index.isValid());
        QCOMPARE(m->nodeForIndex(index), node);
        QCOMPARE(index.row(), node->row());
        QCOMPARE(m->nodeForIndex(index.parent()),
            node->parent() == m_f->doc->course() ? nullptr : node->parent());
    }
    QVERIFY(!m->indexForNode(m_f->doc->course()).isValid());
    QVERIFY(!m->indexForNode(m_f->q).isValid());
    QVERIFY(!m->indexForNode(m_f->cat).isValid());
}

void TestCourseTreeModel::insertAndUndo()
{
    CourseDocument *doc = m_f->doc.get();
    Spies spies(m_model.get());
    QVERIFY(pushAddNode(doc, doc->course(), 1, newSection(doc)));
    QCOMPARE(spies.counts(), expect(1, 0, 0, 0));
    QCOMPARE(spies.inserted.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->index(1, 0).data().toString(), u"New section"_s);

    Node *forum = pushAddNode(doc, m_f->b, 1, newActivity(doc, ActivityKind::Forum));
    QCOMPARE(spies.counts(), expect(2, 0, 0, 0));
    QCOMPARE(spies.inserted.at(1).at(0).value<QModelIndex>(), m_model->indexForNode(m_f->b));
    QCOMPARE(m_model->indexForNode(forum).row(), 1);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(spies.counts(), expect(2, 2, 0, 0));
    QCOMPARE(m_model->rowCount(), 2);
    doc->undoStack()->redo();
    QCOMPARE(spies.counts(), expect(3, 2, 0, 0));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestCourseTreeModel::removeAndUndo()
{
    CourseDocument *doc = m_f->doc.get();
    Spies spies(m_model.get());
    QVERIFY(pushRemoveNode(doc, m_f->quiz));
    QCOMPARE(spies.counts(), expect(0, 1, 0, 0));
    QCOMPARE(spies.removed.at(0).at(0).value<QModelIndex>(), m_model->indexForNode(m_f->a));
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(m_model->indexForNode(m_f->a)), 2);

    // A section goes with its activities in one row removal.
    QVERIFY(pushRemoveNode(doc, m_f->a));
    QCOMPARE(spies.counts(), expect(0, 2, 0, 0));
    QCOMPARE(m_model->rowCount(), 1);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(spies.counts(), expect(2, 2, 0, 0));
    QCOMPARE(m_model->index(1, 0, m_model->index(0, 0)).data().toString(), u"Quiz"_s);
}

void TestCourseTreeModel::moveWithinParent_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("qtDestination");
    QTest::newRow("first to last") << 0 << 2 << 3;
    QTest::newRow("first to middle") << 0 << 1 << 2;
    QTest::newRow("last to first") << 2 << 0 << 0;
    QTest::newRow("middle to first") << 1 << 0 << 0;
}

void TestCourseTreeModel::moveWithinParent()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, qtDestination);
    CourseDocument *doc = m_f->doc.get();
    Node *moved = m_f->a->childAt(from);
    const QString name = moved->displayName();
    const QModelIndex parent = m_model->indexForNode(m_f->a);
    Spies spies(m_model.get());
    QVERIFY(pushMoveNode(doc, moved, m_f->a, to));
    QCOMPARE(spies.counts(), expect(0, 0, 1, 0));
    const QList<QVariant> args = spies.moved.at(0);
    QCOMPARE(args.at(0).value<QModelIndex>(), parent);
    QCOMPARE(args.at(1).toInt(), from);
    QCOMPARE(args.at(2).toInt(), from);
    QCOMPARE(args.at(3).value<QModelIndex>(), parent);
    QCOMPARE(args.at(4).toInt(), qtDestination);
    QCOMPARE(m_model->index(to, 0, parent).data().toString(), name);
    QCOMPARE(m_model->indexForNode(moved).row(), to);

    doc->undoStack()->undo();
    QCOMPARE(spies.counts(), expect(0, 0, 2, 0));
    QCOMPARE(m_model->index(from, 0, parent).data().toString(), name);
}

void TestCourseTreeModel::moveBetweenParents()
{
    CourseDocument *doc = m_f->doc.get();
    Spies spies(m_model.get());
    QVERIFY(pushMoveNode(doc, m_f->quiz, m_f->b, 1));
    QCOMPARE(spies.counts(), expect(0, 0, 1, 0));
    const QList<QVariant> args = spies.moved.at(0);
    QCOMPARE(args.at(0).value<QModelIndex>(), m_model->indexForNode(m_f->a));
    QCOMPARE(args.at(1).toInt(), 1);
    QCOMPARE(args.at(3).value<QModelIndex>(), m_model->indexForNode(m_f->b));
    QCOMPARE(args.at(4).toInt(), 1);
    QCOMPARE(m_model->rowCount(m_model->indexForNode(m_f->a)), 2);
    QCOMPARE(m_model->index(1, 0, m_model->indexForNode(m_f->b)).data().toString(), u"Quiz"_s);

    // Sections move too.
    QVERIFY(pushMoveNode(doc, m_f->b, doc->course(), 0));
    QCOMPARE(spies.counts(), expect(0, 0, 2, 0));
    QCOMPARE(m_model->index(0, 0).data().toString(), u"B"_s);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(spies.counts(), expect(0, 0, 4, 0));
    QCOMPARE(m_f->quiz->parent(), m_f->a);
    QCOMPARE(m_f->quiz->row(), 1);
}

void TestCourseTreeModel::renameThroughSetDataPushesACommand()
{
    CourseDocument *doc = m_f->doc.get();
    const QModelIndex p1 = m_model->indexForNode(m_f->p1);
    Spies spies(m_model.get());
    QVERIFY(m_model->setData(p1, u"Accueil"_s));
    QCOMPARE(m_f->p1->data().name, u"Accueil"_s);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(spies.counts(), expect(0, 0, 0, 1));
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(), p1);
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>(), p1);
    QVERIFY(spies.changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));

    // Typing goes on: one undo step.
    QVERIFY(m_model->setData(p1, u"Accueil !"_s));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(m_model->setData(m_model->indexForNode(m_f->a), u"Semaine 1"_s));
    QCOMPARE(doc->undoStack()->count(), 2);
    QCOMPARE(m_f->a->data().title, u"Semaine 1"_s);
    QCOMPARE(spies.counts(), expect(0, 0, 0, 3));

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(p1.data().toString(), u"P1"_s);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"A"_s);
    QCOMPARE(spies.counts(), expect(0, 0, 0, 5));
}

void TestCourseTreeModel::refusesEmptyActivityName()
{
    QVERIFY(!m_model->setData(m_model->indexForNode(m_f->p1), u"  "_s));
    QVERIFY(!m_model->setData(m_model->indexForNode(m_f->p1), u"Z"_s, Qt::DisplayRole));
    QCOMPARE(m_f->doc->undoStack()->count(), 0);
    QCOMPARE(m_f->p1->data().name, u"P1"_s);
}

void TestCourseTreeModel::dataChangedOnlyForShownFields()
{
    CourseDocument *doc = m_f->doc.get();
    Spies spies(m_model.get());
    QVERIFY((SetNodeField<Activity, QString>::push(doc, m_f->p2, &ActivityData::description,
        u"<p>Lire</p>"_s, NodeField::Description, u"Describe"_s)));
    QCOMPARE(spies.counts(), expect(0, 0, 0, 0));
    QVERIFY((SetNodeField<Activity, bool>::push(
        doc, m_f->p2, &ActivityData::visible, false, NodeField::Visibility, u"Hide"_s)));
    QCOMPARE(spies.counts(), expect(0, 0, 0, 1));
    QVERIFY(spies.changed.at(0).at(2).value<QList<int>>().contains(Qt::FontRole));
    QVERIFY(m_model->indexForNode(m_f->p2).data(Qt::FontRole).value<QFont>().italic());
    // The course title is not a row of the tree.
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, doc->course(), &CourseData::title, u"Parcours"_s, NodeField::Name, u"Rename"_s)));
    QCOMPARE(spies.counts(), expect(0, 0, 0, 1));
}

void TestCourseTreeModel::questionBankChangesAreNotShown()
{
    CourseDocument *doc = m_f->doc.get();
    Spies spies(m_model.get());
    Node *question = pushAddNode(doc, m_f->cat, 1, newQuestion(doc, QuestionType::MultiChoice));
    QVERIFY(question);
    QVERIFY(pushMoveNode(doc, question, m_f->cat, 0));
    QVERIFY((SetNodeField<Question, QString>::push(
        doc, m_f->q, &QuestionData::name, u"Q"_s, NodeField::Name, u"Rename"_s)));
    QVERIFY(pushRemoveNode(doc, m_f->cat));
    doc->undoStack()->undo();
    QCOMPARE(spies.counts(), expect(0, 0, 0, 0));
}

void TestCourseTreeModel::duplicateSectionAndUndo()
{
    CourseDocument *doc = m_f->doc.get();
    Spies spies(m_model.get());
    Section *copy = duplicateSection(doc, m_f->a);
    QVERIFY(copy);
    // The section row, then its three activities; the question copy is not in this tree.
    QCOMPARE(spies.counts(), expect(4, 0, 0, 0));
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowCount(m_model->index(1, 0)), 3);
    QCOMPARE(m_model->index(1, 0).data().toString(), u"A (copy)"_s);
    doc->undoStack()->undo();
    QCOMPARE(spies.counts(), expect(4, 4, 0, 0));
    QCOMPARE(m_model->rowCount(), 2);
    doc->undoStack()->redo();
    QCOMPARE(spies.counts(), expect(8, 4, 0, 0));
    QCOMPARE(m_model->indexForNode(copy).row(), 1);
}

void TestCourseTreeModel::contentResetResetsTheModel()
{
    CourseDocument *doc = m_f->doc.get();
    Spies spies(m_model.get());
    auto course = std::make_unique<Course>(doc->allocateId());
    auto bank = std::make_unique<QuestionBank>(doc->allocateId());
    QVERIFY(doc->resetContent(std::move(course), std::move(bank)));
    QCOMPARE(spies.counts(), expect(0, 0, 0, 0, 1));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(pushAddNode(doc, doc->course(), 0, newSection(doc)));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestCourseTreeModel::readOnlyDocumentIsNotEditable()
{
    auto second = CourseDocument::open(m_f->doc->filePath());
    QVERIFY(second);
    QVERIFY(second->isReadOnly());
    CourseTreeModel model(second.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex a = model.index(0, 0);
    QVERIFY(!(model.flags(a) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(a, u"Nope"_s));
    QCOMPARE(a.data().toString(), u"A"_s);
}

QTEST_GUILESS_MAIN(TestCourseTreeModel)
void TestCourseTreeModel::untitledSectionShowsMoodleDefaultName()
{
    CourseDocument *doc = m_f->doc.get();
    Course *course = doc->course();
    const QModelIndex b = m_model->indexForNode(m_f->b);
    // Renaming to nothing stores nothing; the row shows Moodle's name, greyed and in italics.
    QVERIFY(m_model->setData(b, QString()));
    QCOMPARE(m_f->b->data().title, QString());
    QVERIFY(m_f->b->hasDefaultName());
    // No section is marked as section 0: the export adds the general one, B is number 2.
    QCOMPARE(m_f->b->number(), 2);
    QCOMPARE(b.data().toString(), u"Topic 2"_s);
    QCOMPARE(b.data(Qt::EditRole).toString(), QString());
    QVERIFY(b.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(b.data(Qt::ForegroundRole).isValid());
    const QModelIndex a = m_model->indexForNode(m_f->a);
    QCOMPARE(a.data().toString(), u"A"_s);
    QVERIFY(!a.data(Qt::ForegroundRole).isValid());
    QVERIFY(!a.data(Qt::FontRole).isValid());

    // The course format names the sections: the rows follow a change of the course settings.
    Spies spies(m_model.get());
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, course, &CourseData::format, u"weeks"_s, NodeField::Metadata, u"Format"_s)));
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(b.data().toString(), u"Week 2"_s);
    const QDateTime start(QDate(2026, 9, 7), QTime(0, 0));
    QVERIFY((SetNodeField<Course, qint64>::push(doc, course, &CourseData::startDate,
        start.toSecsSinceEpoch(), NodeField::Metadata, u"Start"_s)));
    const QLocale locale;
    QCOMPARE(b.data().toString(),
        u"%1 - %2"_s.arg(locale.toString(QDate(2026, 9, 14), u"d MMMM"_s),
            locale.toString(QDate(2026, 9, 20), u"d MMMM"_s)));
    QVERIFY((SetNodeField<Course, QString>::push(
        doc, course, &CourseData::format, u"modular"_s, NodeField::Metadata, u"Format"_s)));
    QCOMPARE(b.data().toString(), u"Section 2"_s);

    // An imported section 0 is the general section, and the others count from it.
    QJsonObject extra = m_f->a->data().extra;
    extra.insert(u"number"_s, 0);
    QVERIFY((SetNodeField<Section, QJsonObject>::push(
        doc, m_f->a, &SectionData::extra, extra, NodeField::Settings, u"General"_s)));
    QVERIFY(m_model->setData(a, QString()));
    QCOMPARE(a.data().toString(), u"General"_s);
    QCOMPARE(b.data().toString(), u"Section 1"_s);

    // Undo gives the title back, in the normal style.
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(b.data().toString(), u"B"_s);
    QVERIFY(!b.data(Qt::ForegroundRole).isValid());
}

#include "tst_coursetreemodel.moc"
