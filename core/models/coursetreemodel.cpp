// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/coursetreemodel.h"

#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"

#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QPalette>

namespace Parcours {

CourseTreeModel::CourseTreeModel(CourseDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &CourseDocument::nodeAboutToBeInserted, this,
        &CourseTreeModel::onAboutToBeInserted);
    connect(document, &CourseDocument::nodeInserted, this, &CourseTreeModel::onInserted);
    connect(document, &CourseDocument::nodeAboutToBeRemoved, this,
        &CourseTreeModel::onAboutToBeRemoved);
    connect(document, &CourseDocument::nodeRemoved, this, &CourseTreeModel::onRemoved);
    connect(
        document, &CourseDocument::nodeAboutToBeMoved, this, &CourseTreeModel::onAboutToBeMoved);
    connect(document, &CourseDocument::nodeMoved, this, &CourseTreeModel::onMoved);
    connect(document, &CourseDocument::nodeChanged, this, &CourseTreeModel::onChanged);
    connect(
        document, &CourseDocument::contentAboutToBeReset, this, &CourseTreeModel::beginResetModel);
    connect(document, &CourseDocument::contentReset, this, &CourseTreeModel::endResetModel);
    connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

CourseTreeModel::~CourseTreeModel() = default;

Node *CourseTreeModel::rootNode() const
{
    return m_document ? m_document->course() : nullptr;
}

Node *CourseTreeModel::nodeForIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

bool CourseTreeModel::isShown(const Node *node) const
{
    // Sections and activities of the course: at most two steps up to the root.
    const Node *root = rootNode();
    if (!node || !root)
        return false;
    const Node *n = node;
    while (n->parent())
        n = n->parent();
    return n == root;
}

QModelIndex CourseTreeModel::indexForNode(Node *node) const
{
    if (!node || node == rootNode() || !isShown(node))
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex CourseTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *parentNode = parent.isValid() ? nodeForIndex(parent) : rootNode();
    if (!parentNode || parentNode->type() == NodeType::Activity || row >= parentNode->childCount())
        return {};
    return createIndex(row, 0, parentNode->childAt(row));
}

QModelIndex CourseTreeModel::parent(const QModelIndex &index) const
{
    const Node *node = nodeForIndex(index);
    if (!node)
        return {};
    return indexForNode(node->parent());
}

int CourseTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = parent.isValid() ? nodeForIndex(parent) : rootNode();
    if (!node || node->type() == NodeType::Activity)
        return 0;
    return node->childCount();
}

int CourseTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool CourseTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant CourseTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeForIndex(index);
    if (!node)
        return {};
    const auto *activity
        = node->type() == NodeType::Activity ? static_cast<const Activity *>(node) : nullptr;
    // An untitled section shows the name Moodle gives it, greyed and in italics; editing starts
    // from the empty title so that the default name is never stored.
    const bool defaultName = !activity && static_cast<const Section *>(node)->hasDefaultName();
    switch (role) {
    case Qt::DisplayRole:
        return node->displayName();
    case Qt::EditRole:
        return activity ? activity->data().name : static_cast<const Section *>(node)->data().title;
    case Qt::ForegroundRole:
        if (!defaultName)
            return {};
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    case Qt::ToolTipRole:
        if (activity)
            return tr("%1 (%2)").arg(node->displayName(), activityKindName(activity->kind()));
        return tr("Section: %1").arg(node->displayName());
    case Qt::DecorationRole:
        return QIcon::fromTheme(data(index, IconNameRole).toString());
    case Qt::FontRole: {
        const bool visible = activity ? activity->data().visible
                                      : static_cast<const Section *>(node)->data().visible;
        if (visible && !defaultName)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case NodeIdRole:
        return node->id();
    case NodeTypeRole:
        return QVariant::fromValue(node->type());
    case ActivityKindRole:
        return activity ? QVariant::fromValue(activity->kind()) : QVariant();
    case IconNameRole:
        return activity ? iconName(activity->kind()) : QStringLiteral("folder");
    default:
        return {};
    }
}

bool CourseTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *node = nodeForIndex(index);
    if (!node || role != Qt::EditRole || !m_document || m_document->isReadOnly())
        return false;
    const QString name = value.toString();
    if (node->type() == NodeType::Section) {
        SetNodeField<Section, QString>::push(m_document, static_cast<Section *>(node),
            &SectionData::title, name, NodeField::Name, tr("Rename section"));
        return true;
    }
    if (node->type() == NodeType::Activity) {
        // Moodle refuses an activity without a name.
        if (name.trimmed().isEmpty())
            return false;
        SetNodeField<Activity, QString>::push(m_document, static_cast<Activity *>(node),
            &ActivityData::name, name, NodeField::Name, tr("Rename activity"));
        return true;
    }
    return false;
}

Qt::ItemFlags CourseTreeModel::flags(const QModelIndex &index) const
{
    const bool writable = m_document && !m_document->isReadOnly();
    const Node *node = nodeForIndex(index);
    if (!node)
        return writable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (writable)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (writable && node->type() == NodeType::Section)
        f |= Qt::ItemIsDropEnabled;
    if (node->type() == NodeType::Activity)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString CourseTreeModel::mimeType()
{
    return QStringLiteral("application/x-parcours-node-id");
}

QStringList CourseTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *CourseTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One item is dragged at a time: the first one.
    const Node *node = indexes.isEmpty() ? nullptr : nodeForIndex(indexes.first());
    if (!node)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(node->id()));
    return data;
}

Qt::DropActions CourseTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CourseTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Node *CourseTreeModel::droppedNode(
    const QMimeData *data, const QModelIndex &parent, Node **target) const
{
    if (!m_document || m_document->isReadOnly() || !data || !data->hasFormat(mimeType()))
        return nullptr;
    bool ok = false;
    const NodeId id = data->data(mimeType()).toLongLong(&ok);
    Node *node = ok ? m_document->node(id) : nullptr;
    if (!node || !isShown(node))
        return nullptr;
    Node *parentNode = parent.isValid() ? nodeForIndex(parent) : rootNode();
    const NodeType wanted
        = node->type() == NodeType::Section ? NodeType::Course : NodeType::Section;
    if (!parentNode || parentNode->type() != wanted)
        return nullptr;
    *target = parentNode;
    return node;
}

bool CourseTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    Node *target = nullptr;
    return action == Qt::MoveAction && droppedNode(data, parent, &target);
}

bool CourseTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    Node *target = nullptr;
    Node *node = action == Qt::MoveAction ? droppedNode(data, parent, &target) : nullptr;
    if (!node)
        return false;
    // row is counted with the node still in place; the command counts without it.
    int newRow = row < 0 ? target->childCount() : row;
    if (node->parent() == target && node->row() < newRow)
        --newRow;
    return pushMoveNode(m_document, node, target, newRow);
}

QVariant CourseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Structure");
    return {};
}

QHash<int, QByteArray> CourseTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeIdRole, "nodeId");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(ActivityKindRole, "activityKind");
    names.insert(IconNameRole, "iconName");
    return names;
}

QString CourseTreeModel::iconName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Page:
    case ActivityKind::Label:
        return QStringLiteral("text-x-generic");
    case ActivityKind::Url:
        return QStringLiteral("text-html");
    case ActivityKind::Resource:
        return QStringLiteral("document-open");
    case ActivityKind::Folder:
        return QStringLiteral("folder");
    case ActivityKind::Forum:
        return QStringLiteral("mail-message-new");
    case ActivityKind::Assign:
        return QStringLiteral("document-send");
    case ActivityKind::Quiz:
        return QStringLiteral("dialog-question");
    case ActivityKind::WordCloud:
        return QStringLiteral("format-text-bold");
    case ActivityKind::MindMap:
        return QStringLiteral("view-list-tree");
    case ActivityKind::CompletionMarker:
        return QStringLiteral("emblem-default");
    case ActivityKind::Opaque:
        break;
    }
    return QStringLiteral("application-x-executable");
}

// ---- Document signals ----

void CourseTreeModel::onAboutToBeInserted(Node *parent, int row)
{
    if (parent != rootNode() && !isShown(parent))
        return;
    m_inserting = true;
    beginInsertRows(indexForNode(parent), row, row);
}

void CourseTreeModel::onInserted(Node *, int)
{
    if (!m_inserting)
        return;
    m_inserting = false;
    endInsertRows();
}

void CourseTreeModel::onAboutToBeRemoved(Node *parent, int row)
{
    if (parent != rootNode() && !isShown(parent))
        return;
    m_removing = true;
    beginRemoveRows(indexForNode(parent), row, row);
}

void CourseTreeModel::onRemoved(Node *, int)
{
    if (!m_removing)
        return;
    m_removing = false;
    endRemoveRows();
}

void CourseTreeModel::onAboutToBeMoved(Node *node, Node *newParent, int newRow)
{
    if (!isShown(node))
        return;
    Node *oldParent = node->parent();
    const int oldRow = node->row();
    // The document counts newRow without the node; Qt counts the destination before the move,
    // so a move down within one parent lands one row further.
    const int destination = oldParent == newParent && newRow > oldRow ? newRow + 1 : newRow;
    m_moving = beginMoveRows(
        indexForNode(oldParent), oldRow, oldRow, indexForNode(newParent), destination);
    Q_ASSERT(m_moving);
}

void CourseTreeModel::onMoved(Node *, Node *, int)
{
    if (!m_moving)
        return;
    m_moving = false;
    endMoveRows();
}

void CourseTreeModel::onChanged(Node *node, NodeFields fields)
{
    if (node == rootNode() && (fields & (NodeField::Settings | NodeField::Metadata))) {
        // The course format and start date name the untitled sections.
        const int rows = rowCount({});
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, 0), {Qt::DisplayRole, Qt::ToolTipRole});
        return;
    }
    if (node == rootNode() || !isShown(node))
        return;
    QList<int> roles;
    if (fields & NodeField::Name)
        roles << Qt::DisplayRole << Qt::EditRole << Qt::ToolTipRole << Qt::ForegroundRole
              << Qt::FontRole;
    if (fields & NodeField::Visibility)
        roles << Qt::FontRole;
    // Settings may replace the variant with another kind's.
    if (node->type() == NodeType::Activity && (fields & NodeField::Settings))
        roles << Qt::ToolTipRole << Qt::DecorationRole << ActivityKindRole << IconNameRole;
    if (roles.isEmpty())
        return;
    const QModelIndex index = indexForNode(node);
    Q_EMIT dataChanged(index, index, roles);
}

} // namespace Parcours
