// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Parcours {

class CourseDocument;
class Node;

/**
 * The structure of a parcours as an item model: sections at the top level, their activities
 * below, one column (the name). The question bank is not shown.
 *
 * The model holds no copy of the tree: an index's internal pointer is its Node, and the index
 * of a node is found from its parent pointer and row, never by searching the tree. It follows
 * the document's before/after signal pairs with begin/end{Insert,Remove,Move}Rows, turns
 * nodeChanged into a dataChanged on that one cell (only when a field it shows changed) and
 * contentReset into a model reset.
 *
 * Editing a name through setData() pushes a command on the document's undo stack; the model
 * never changes nodes itself.
 */
class CourseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        /** The node's id (NodeId, qint64). */
        NodeIdRole = Qt::UserRole + 1,
        /** The node's NodeType. */
        NodeTypeRole,
        /** An activity's ActivityKind (invalid for a section). */
        ActivityKindRole,
        /** Freedesktop icon theme name for the node, also used for Qt::DecorationRole. */
        IconNameRole,
    };
    Q_ENUM(Role)

    explicit CourseTreeModel(CourseDocument *document, QObject *parent = nullptr);
    ~CourseTreeModel() override;

    CourseDocument *document() const { return m_document; }

    /** The node of an index (nullptr for the invalid root index). */
    Node *nodeForIndex(const QModelIndex &index) const;
    /** The index of a section or activity of the course, invalid for any other node. */
    QModelIndex indexForNode(Node *node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Renames a section or activity by pushing a command. Refuses an empty activity name. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The MIME type of dragged sections and activities: their ids, as text. */
    static QString mimeType();
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    /** A section can go among the sections, an activity into any section. */
    bool canDropMimeData(const QMimeData *data,
        Qt::DropAction action,
        int row,
        int column,
        const QModelIndex &parent) const override;
    /** Moves the dropped section or activity by pushing a command (one undo step). */
    bool dropMimeData(const QMimeData *data,
        Qt::DropAction action,
        int row,
        int column,
        const QModelIndex &parent) override;

    /** Icon theme name for an activity kind. */
    static QString iconName(ActivityKind kind);

private:
    bool isShown(const Node *node) const;
    /** The dragged node and where it would go, or nullptr when it cannot go there. */
    Node *droppedNode(const QMimeData *data, const QModelIndex &parent, Node **target) const;
    Node *rootNode() const;

    void onAboutToBeInserted(Node *parent, int row);
    void onInserted(Node *parent, int row);
    void onAboutToBeRemoved(Node *parent, int row);
    void onRemoved(Node *parent, int row);
    void onAboutToBeMoved(Node *node, Node *newParent, int newRow);
    void onMoved(Node *node, Node *oldParent, int oldRow);
    void onChanged(Node *node, NodeFields fields);

    QPointer<CourseDocument> m_document;
    bool m_inserting = false;
    bool m_removing = false;
    bool m_moving = false;
};

} // namespace Parcours
