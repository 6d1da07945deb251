// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"

#include <QHash>
#include <QUndoStack>

#include <algorithm>
#include <vector>

namespace Parcours {

namespace {

enum class Action { Add, Remove, Move, Duplicate };

QString commandText(Action action, NodeType type)
{
    switch (action) {
    case Action::Add:
        switch (type) {
        case NodeType::Section:
            return Command::tr("Add section");
        case NodeType::Activity:
            return Command::tr("Add activity");
        case NodeType::QuestionCategory:
            return Command::tr("Add question category");
        case NodeType::Question:
            return Command::tr("Add question");
        default:
            return Command::tr("Add item");
        }
    case Action::Remove:
        switch (type) {
        case NodeType::Section:
            return Command::tr("Delete section");
        case NodeType::Activity:
            return Command::tr("Delete activity");
        case NodeType::QuestionCategory:
            return Command::tr("Delete question category");
        case NodeType::Question:
            return Command::tr("Delete question");
        default:
            return Command::tr("Delete item");
        }
    case Action::Move:
        switch (type) {
        case NodeType::Section:
            return Command::tr("Move section");
        case NodeType::Activity:
            return Command::tr("Move activity");
        case NodeType::QuestionCategory:
            return Command::tr("Move question category");
        case NodeType::Question:
            return Command::tr("Move question");
        default:
            return Command::tr("Move item");
        }
    case Action::Duplicate:
        switch (type) {
        case NodeType::Section:
            return Command::tr("Duplicate section");
        case NodeType::Activity:
            return Command::tr("Duplicate activity");
        case NodeType::Question:
            return Command::tr("Duplicate question");
        default:
            return Command::tr("Duplicate item");
        }
    }
    return QString();
}

bool isAncestorOrSelf(const Node *ancestor, const Node *node)
{
    for (const Node *n = node; n; n = n->parent()) {
        if (n == ancestor)
            return true;
    }
    return false;
}

} // namespace

// ---- AddNode ----

AddNode::AddNode(CourseDocument *document,
    Node *parent,
    int row,
    std::unique_ptr<Node> node,
    QUndoCommand *parentCommand)
    : Command(document, commandText(Action::Add, node->type()), parentCommand)
    , m_parent(parent)
    , m_row(row)
    , m_node(std::move(node))
    , m_raw(m_node.get())
{ }

AddNode::~AddNode() = default;

void AddNode::redo()
{
    m_document->insertNode(m_parent, m_row, std::move(m_node));
}

void AddNode::undo()
{
    m_node = m_document->takeNode(m_parent, m_row);
    Q_ASSERT(m_node.get() == m_raw);
}

// ---- RemoveNode ----

RemoveNode::RemoveNode(CourseDocument *document, Node *node, QUndoCommand *parentCommand)
    : Command(document, commandText(Action::Remove, node->type()), parentCommand)
    , m_parent(node->parent())
    , m_row(node->row())
    , m_raw(node)
{ }

RemoveNode::~RemoveNode() = default;

void RemoveNode::redo()
{
    m_node = m_document->takeNode(m_parent, m_row);
    Q_ASSERT(m_node.get() == m_raw);
}

void RemoveNode::undo()
{
    m_document->insertNode(m_parent, m_row, std::move(m_node));
}

// ---- MoveNode ----

MoveNode::MoveNode(
    CourseDocument *document, Node *node, Node *newParent, int newRow, QUndoCommand *parentCommand)
    : Command(document, commandText(Action::Move, node->type()), parentCommand)
    , m_node(node)
    , m_oldParent(node->parent())
    , m_oldRow(node->row())
    , m_newParent(newParent)
    , m_newRow(newRow)
{ }

void MoveNode::redo()
{
    m_document->moveNode(m_node, m_newParent, m_newRow);
}

void MoveNode::undo()
{
    m_document->moveNode(m_node, m_oldParent, m_oldRow);
}

// ---- Making nodes ----

template<class N> std::unique_ptr<N> makeNode(NodeId id, const typename N::Data &data)
{
    auto node = std::make_unique<N>(id);
    if constexpr (std::is_same_v<N, Activity>)
        node->dataFromJson(activityDataToJson(data));
    else
        node->dataFromJson(Json::toObject(data));
    return node;
}

template std::unique_ptr<Course> makeNode<Course>(NodeId, const CourseData &);
template std::unique_ptr<Section> makeNode<Section>(NodeId, const SectionData &);
template std::unique_ptr<Activity> makeNode<Activity>(NodeId, const ActivityData &);
template std::unique_ptr<QuestionCategory> makeNode<QuestionCategory>(
    NodeId, const QuestionCategoryData &);
template std::unique_ptr<Question> makeNode<Question>(NodeId, const QuestionData &);

QString defaultActivityName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Page:
        return Command::tr("New page");
    case ActivityKind::Label:
        return Command::tr("New text and media area");
    case ActivityKind::Url:
        return Command::tr("New link");
    case ActivityKind::Resource:
        return Command::tr("New file");
    case ActivityKind::Folder:
        return Command::tr("New folder");
    case ActivityKind::Forum:
        return Command::tr("New forum");
    case ActivityKind::Assign:
        return Command::tr("New assignment");
    case ActivityKind::Quiz:
        return Command::tr("New quiz");
    case ActivityKind::WordCloud:
        return Command::tr("New word cloud");
    case ActivityKind::MindMap:
        return Command::tr("New mind map");
    case ActivityKind::CompletionMarker:
        return Command::tr("New completion marker");
    case ActivityKind::Opaque:
        break;
    }
    return Command::tr("New activity");
}

std::unique_ptr<Section> newSection(CourseDocument *document)
{
    SectionData data;
    data.title = Command::tr("New section");
    return makeNode<Section>(document->allocateId(), data);
}

std::unique_ptr<Activity> newActivity(CourseDocument *document, ActivityKind kind)
{
    ActivityData data;
    data.name = defaultActivityName(kind);
    data.settings = defaultSettings(kind);
    return makeNode<Activity>(document->allocateId(), data);
}

std::unique_ptr<QuestionCategory> newQuestionCategory(CourseDocument *document)
{
    QuestionCategoryData data;
    data.name = Command::tr("New category");
    return makeNode<QuestionCategory>(document->allocateId(), data);
}

std::unique_ptr<Question> newQuestion(CourseDocument *document, QuestionType type)
{
    QuestionData data;
    data.type = type;
    data.name = Command::tr("New question");
    if (type == QuestionType::TrueFalse) {
        // Named as the question readers name them and as Moodle stores them, not translated:
        // the exporter writes the names Moodle gives them.
        Answer yes;
        yes.text = QStringLiteral("true");
        yes.fraction = 1;
        Answer no;
        no.text = QStringLiteral("false");
        data.answers = {yes, no};
    }
    return makeNode<Question>(document->allocateId(), data);
}

// ---- Pushing structure commands ----

Node *pushAddNode(CourseDocument *document, Node *parent, int row, std::unique_ptr<Node> node)
{
    if (!parent || !node || !parent->canContain(node->type()))
        return nullptr;
    row = std::clamp(row, 0, parent->childCount());
    Node *raw = node.get();
    if (!document->push(new AddNode(document, parent, row, std::move(node))))
        return nullptr;
    return raw;
}

bool pushRemoveNode(CourseDocument *document, Node *node)
{
    if (!node || !node->parent())
        return false;
    return document->push(new RemoveNode(document, node));
}

bool pushMoveNode(CourseDocument *document, Node *node, Node *newParent, int newRow)
{
    if (!node || !node->parent() || !newParent || !newParent->canContain(node->type())
        || isAncestorOrSelf(node, newParent)) {
        return false;
    }
    const int rowCount = newParent->childCount() - (newParent == node->parent() ? 1 : 0);
    newRow = std::clamp(newRow, 0, rowCount);
    if (newParent == node->parent() && newRow == node->row())
        return false;
    return document->push(new MoveNode(document, node, newParent, newRow));
}

// ---- Duplicating ----

namespace {

/**
 * Plans the copies of a set of activities: new ids for the activities, copies of their quizzes'
 * questions, and the re-pointing of references inside the copied set.
 */
class Duplicator
{
public:
    explicit Duplicator(CourseDocument *document)
        : m_document(document)
    { }

    /** Gives the activity a new id and plans copies of its quiz's questions. */
    NodeId plan(const Activity *activity)
    {
        const NodeId copyId = m_document->allocateId();
        m_activities.insert(activity->id(), copyId);
        if (const auto *quiz = activity->settings<QuizSettings>()) {
            for (const QuizSlot &slot : quiz->slots) {
                if (m_questions.contains(slot.question))
                    continue;
                // A slot whose question is gone stays as it is: the validator reports it.
                Question *question = m_document->nodeAs<Question>(slot.question);
                if (!question)
                    continue;
                const NodeId questionCopyId = m_document->allocateId();
                m_questions.insert(question->id(), questionCopyId);
                QuestionData data = question->data();
                clearStamps(data);
                m_questionCopies.push_back(
                    {question->parent(), makeNode<Question>(questionCopyId, data)});
            }
        }
        return copyId;
    }

    std::unique_ptr<Activity> copy(const Activity *activity, const QString &name)
    {
        ActivityData data = activity->data();
        data.name = name;
        data.idNumber.clear();
        remap(data.restriction);
        if (auto *quiz = std::get_if<QuizSettings>(&data.settings)) {
            for (QuizSlot &slot : quiz->slots)
                slot.question = m_questions.value(slot.question, slot.question);
        }
        return makeNode<Activity>(m_activities.value(activity->id()), data);
    }

    void remap(Restriction &restriction) const
    {
        for (RestrictionItem &item : restriction.items) {
            if (item.isSet) {
                remap(item.set);
            } else if (item.condition.type == ConditionType::Completion
                || item.condition.type == ConditionType::Grade) {
                item.condition.activity
                    = m_activities.value(item.condition.activity, item.condition.activity);
            }
        }
    }

    /** Adds the planned question copies to parent, each appended to its original's category. */
    void addQuestionCopies(QUndoCommand *parent)
    {
        QHash<Node *, int> nextRow;
        for (auto &[category, question] : m_questionCopies) {
            auto it = nextRow.find(category);
            if (it == nextRow.end())
                it = nextRow.insert(category, category->childCount());
            new AddNode(m_document, category, (*it)++, std::move(question), parent);
        }
        m_questionCopies.clear();
    }

    static void clearStamps(QuestionData &data)
    {
        data.idNumber.clear();
        data.stamp.clear();
        data.versionStamp.clear();
    }

private:
    struct QuestionCopy
    {
        Node *category;
        std::unique_ptr<Question> question;
    };

    CourseDocument *m_document;
    QHash<NodeId, NodeId> m_activities;
    QHash<NodeId, NodeId> m_questions;
    std::vector<QuestionCopy> m_questionCopies;
};

QString copyName(const QString &name)
{
    return Command::tr("%1 (copy)").arg(name);
}

} // namespace

Section *duplicateSection(CourseDocument *document, Section *section)
{
    if (document->isReadOnly() || !section || !section->parent())
        return nullptr;
    Duplicator duplicator(document);
    for (int i = 0; i < section->childCount(); ++i)
        duplicator.plan(static_cast<const Activity *>(section->childAt(i)));

    SectionData data = section->data();
    data.title = copyName(data.title);
    duplicator.remap(data.restriction);
    auto copy = makeNode<Section>(document->allocateId(), data);
    Section *raw = copy.get();

    auto *command
        = new CompoundCommand(document, commandText(Action::Duplicate, NodeType::Section));
    duplicator.addQuestionCopies(command);
    new AddNode(document, section->parent(), section->row() + 1, std::move(copy), command);
    for (int i = 0; i < section->childCount(); ++i) {
        const auto *activity = static_cast<const Activity *>(section->childAt(i));
        new AddNode(document, raw, i, duplicator.copy(activity, activity->data().name), command);
    }
    return document->push(command) ? raw : nullptr;
}

Activity *duplicateActivity(CourseDocument *document, Activity *activity)
{
    if (document->isReadOnly() || !activity || !activity->parent())
        return nullptr;
    Duplicator duplicator(document);
    duplicator.plan(activity);
    auto copy = duplicator.copy(activity, copyName(activity->data().name));
    Activity *raw = copy.get();

    auto *command
        = new CompoundCommand(document, commandText(Action::Duplicate, NodeType::Activity));
    duplicator.addQuestionCopies(command);
    new AddNode(document, activity->parent(), activity->row() + 1, std::move(copy), command);
    return document->push(command) ? raw : nullptr;
}

Question *duplicateQuestion(CourseDocument *document, Question *question)
{
    if (document->isReadOnly() || !question || !question->parent())
        return nullptr;
    QuestionData data = question->data();
    data.name = copyName(data.name);
    Duplicator::clearStamps(data);
    auto copy = makeNode<Question>(document->allocateId(), data);
    Question *raw = copy.get();
    auto *command = new AddNode(document, question->parent(), question->row() + 1, std::move(copy));
    command->setText(commandText(Action::Duplicate, NodeType::Question));
    if (!document->push(command))
        return nullptr;
    return raw;
}

} // namespace Parcours
