// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"

#include "core/storage/coursestore.h"

#include <QJsonArray>
#include <QSet>
#include <QUndoStack>

namespace Parcours {

CourseDocument::CourseDocument(std::unique_ptr<CourseStore> store)
    : m_store(std::move(store))
    , m_undoStack(std::make_unique<QUndoStack>())
{
    if (m_store->isReadOnly())
        m_readOnlyReason = m_store->readOnlyReason();
}

CourseDocument::~CourseDocument()
{
    // The stack's commands may own detached nodes; drop them before the tree they refer to.
    m_undoStack.reset();
}

std::unique_ptr<CourseDocument> CourseDocument::create(const QString &path, QString *errorString)
{
    std::unique_ptr<CourseStore> store = CourseStore::create(path, errorString);
    if (!store)
        return nullptr;
    std::unique_ptr<CourseDocument> doc(new CourseDocument(std::move(store)));
    auto course = std::make_unique<Course>(1);
    auto bank = std::make_unique<QuestionBank>(2);
    if (!doc->resetContent(std::move(course), std::move(bank), errorString))
        return nullptr;
    return doc;
}

std::unique_ptr<CourseDocument> CourseDocument::open(
    const QString &path, QString *errorString, bool readOnly)
{
    std::unique_ptr<CourseStore> store = CourseStore::open(path, readOnly, errorString);
    if (!store)
        return nullptr;
    std::unique_ptr<CourseDocument> doc(new CourseDocument(std::move(store)));
    if (!doc->m_store->load(&doc->m_course, &doc->m_bank, errorString))
        return nullptr;
    doc->m_lastId = doc->m_store->maxNodeId();
    doc->index(doc->m_course.get());
    doc->index(doc->m_bank.get());
    return doc;
}

QString CourseDocument::filePath() const
{
    return m_store->filePath();
}

NodeId CourseDocument::allocateId()
{
    return ++m_lastId;
}

bool CourseDocument::push(QUndoCommand *command)
{
    if (isReadOnly()) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

namespace {

/**
 * First and last child of a document macro. QUndoStack runs a macro's children in order on
 * redo and in reverse on undo, so the opening boundary begins the transaction and the closing
 * one commits it both ways: the whole macro is one transaction when pushed, undone and redone.
 */
class EditBoundary : public QUndoCommand
{
public:
    EditBoundary(CourseDocument *document, bool opening)
        : m_document(document)
        , m_opening(opening)
    { }
    void redo() override { m_opening ? m_document->beginEdit() : m_document->endEdit(); }
    void undo() override { m_opening ? m_document->endEdit() : m_document->beginEdit(); }

private:
    CourseDocument *m_document;
    bool m_opening;
};

} // namespace

void CourseDocument::beginMacro(const QString &text)
{
    m_undoStack->beginMacro(text);
    // Pushed on the stack directly: a boundary must run even on a document that became
    // read-only mid-macro, so that beginEdit() and endEdit() stay paired.
    m_undoStack->push(new EditBoundary(this, true));
}

void CourseDocument::endMacro()
{
    m_undoStack->push(new EditBoundary(this, false));
    m_undoStack->endMacro();
}

bool CourseDocument::resetContent(
    std::unique_ptr<Course> course, std::unique_ptr<QuestionBank> bank, QString *errorString)
{
    if (isReadOnly()) {
        if (errorString)
            *errorString = m_readOnlyReason;
        return false;
    }
    QString error;
    if (!m_store->begin(&error) || !m_store->replaceAll(course.get(), bank.get(), &error)
        || !m_store->commit(&error)) {
        m_store->rollback();
        if (errorString)
            *errorString = error;
        return false;
    }
    Q_EMIT contentAboutToBeReset();
    m_undoStack->clear();
    m_index.clear();
    m_course = std::move(course);
    m_bank = std::move(bank);
    index(m_course.get());
    index(m_bank.get());
    m_lastId = std::max(m_lastId, m_store->maxNodeId());
    Q_EMIT contentReset();
    return true;
}

void CourseDocument::index(Node *node)
{
    node->forEach([this](Node *n) {
        m_index.insert(n->id(), n);
        m_lastId = std::max(m_lastId, n->id());
    });
}

void CourseDocument::unindex(Node *node)
{
    node->forEach([this](Node *n) { m_index.remove(n->id()); });
}

void CourseDocument::beginEdit()
{
    if (m_editDepth++ == 0) {
        m_editFailed = false;
        QString error;
        if (!m_store->begin(&error))
            fail(error);
    }
}

void CourseDocument::endEdit()
{
    Q_ASSERT(m_editDepth > 0);
    if (--m_editDepth == 0 && !m_editFailed) {
        QString error;
        if (!m_store->commit(&error)) {
            m_store->rollback();
            fail(error);
        }
    }
}

void CourseDocument::fail(const QString &message)
{
    m_editFailed = true;
    if (isReadOnly())
        return;
    m_readOnlyReason
        = tr("Changes can no longer be saved to %1: %2").arg(m_store->filePath(), message);
    Q_EMIT storageFailed(m_readOnlyReason);
}

void CourseDocument::insertNode(Node *parent, int row, std::unique_ptr<Node> node)
{
    Q_ASSERT(parent && node && parent->canContain(node->type()));
    beginEdit();
    Node *raw = node.get();
    Q_EMIT nodeAboutToBeInserted(parent, row);
    parent->insertChild(row, std::move(node));
    index(raw);
    Q_EMIT nodeInserted(parent, row);
    QString error;
    if (!m_editFailed && !m_store->nodeInserted(raw, &error))
        fail(error);
    endEdit();
}

std::unique_ptr<Node> CourseDocument::takeNode(Node *parent, int row)
{
    beginEdit();
    Q_EMIT nodeAboutToBeRemoved(parent, row);
    std::unique_ptr<Node> node = parent->takeChild(row);
    unindex(node.get());
    Q_EMIT nodeRemoved(parent, row);
    QString error;
    if (!m_editFailed && !m_store->nodeRemoved(node.get(), parent, &error))
        fail(error);
    endEdit();
    return node;
}

void CourseDocument::moveNode(Node *node, Node *newParent, int newRow)
{
    Node *oldParent = node->parent();
    const int oldRow = node->row();
    if (oldParent == newParent && oldRow == newRow)
        return;
    beginEdit();
    Q_EMIT nodeAboutToBeMoved(node, newParent, newRow);
    std::unique_ptr<Node> owned = oldParent->takeChild(oldRow);
    newParent->insertChild(newRow, std::move(owned));
    Q_EMIT nodeMoved(node, oldParent, oldRow);
    QString error;
    if (!m_editFailed && !m_store->nodeMoved(node, oldParent, &error))
        fail(error);
    endEdit();
}

void CourseDocument::nodeDataChanged(Node *node, NodeFields fields)
{
    beginEdit();
    Q_EMIT nodeChanged(node, fields);
    QString error;
    if (!m_editFailed && !m_store->nodeChanged(node, &error))
        fail(error);
    endEdit();
}

// ---- Snapshots ----

static QJsonObject nodeToJson(const Node *node)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), node->id());
    object.insert(QStringLiteral("type"), Json::toJson(node->type()));
    object.insert(QStringLiteral("data"), node->dataToJson());
    if (node->childCount() > 0) {
        QJsonArray children;
        for (int i = 0; i < node->childCount(); ++i)
            children.append(nodeToJson(node->childAt(i)));
        object.insert(QStringLiteral("children"), children);
    }
    return object;
}

QJsonObject CourseDocument::snapshot() const
{
    QJsonObject object;
    object.insert(QStringLiteral("course"), nodeToJson(m_course.get()));
    object.insert(QStringLiteral("questionBank"), nodeToJson(m_bank.get()));
    return object;
}

class DocumentBuilder
{
public:
    static std::unique_ptr<Node> fromJson(
        const QJsonObject &json, const QString &where, QString *error)
    {
        NodeType type = NodeType::Course;
        const QString typeName = json.value(QStringLiteral("type")).toString();
        bool ok = false;
        const int t
            = QMetaEnum::fromType<NodeType>().keyToValue(typeName.toLatin1().constData(), &ok);
        if (!ok) {
            *error = CourseDocument::tr("%1: unknown node type \"%2\"").arg(where, typeName);
            return nullptr;
        }
        type = static_cast<NodeType>(t);
        std::unique_ptr<Node> node
            = Node::create(type, json.value(QStringLiteral("id")).toInteger());
        if (node->id() <= 0) {
            *error = CourseDocument::tr("%1: missing or invalid id").arg(where);
            return nullptr;
        }
        node->dataFromJson(json.value(QStringLiteral("data")).toObject());
        const QJsonArray children = json.value(QStringLiteral("children")).toArray();
        for (int i = 0; i < children.size(); ++i) {
            const QString childWhere = QStringLiteral("%1/%2").arg(where).arg(i);
            std::unique_ptr<Node> child = fromJson(children.at(i).toObject(), childWhere, error);
            if (!child)
                return nullptr;
            if (!node->canContain(child->type())) {
                *error = CourseDocument::tr("%1: a %2 cannot contain a %3")
                             .arg(childWhere, typeName,
                                 QLatin1String(QMetaEnum::fromType<NodeType>().valueToKey(
                                     static_cast<int>(child->type()))));
                return nullptr;
            }
            node->insertChild(node->childCount(), std::move(child));
        }
        return node;
    }
};

bool CourseDocument::treeFromSnapshot(const QJsonObject &json,
    std::unique_ptr<Course> *course,
    std::unique_ptr<QuestionBank> *bank,
    QString *errorString)
{
    QString error;
    std::unique_ptr<Node> c = DocumentBuilder::fromJson(
        json.value(QStringLiteral("course")).toObject(), QStringLiteral("course"), &error);
    std::unique_ptr<Node> b;
    if (c)
        b = DocumentBuilder::fromJson(json.value(QStringLiteral("questionBank")).toObject(),
            QStringLiteral("questionBank"), &error);
    if (c && c->type() != NodeType::Course)
        error = tr("course: the root is not a course");
    else if (b && b->type() != NodeType::QuestionBank)
        error = tr("questionBank: the root is not a question bank");
    if (!error.isEmpty() || !c || !b) {
        if (errorString)
            *errorString = error;
        return false;
    }
    // Ids must be unique across both trees.
    QSet<NodeId> seen;
    bool duplicate = false;
    auto check = [&](const Node *n) {
        if (seen.contains(n->id()))
            duplicate = true;
        seen.insert(n->id());
    };
    c->forEach(check);
    b->forEach(check);
    if (duplicate) {
        if (errorString)
            *errorString = tr("The snapshot uses the same node id twice.");
        return false;
    }
    course->reset(static_cast<Course *>(c.release()));
    bank->reset(static_cast<QuestionBank *>(b.release()));
    return true;
}

} // namespace Parcours
