// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/reflect.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace Parcours {

class CourseDocument;

/**
 * A node of a parcours: the course, a section, an activity, the question bank, a question
 * category or a question. Nodes are plain C++ objects with no signals (Tiled's Layer): the
 * CourseDocument is the single notifier, and only commands change nodes, through the document.
 *
 * Ownership: a parent owns its children through std::unique_ptr. A node detached from the tree
 * is owned by the command that detached it. The id is stable for the life of the project file and
 * is how restrictions, quiz slots and completion criteria refer to other nodes.
 */
class Node
{
public:
    virtual ~Node();
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    NodeType type() const { return m_type; }
    NodeId id() const { return m_id; }
    Node *parent() const { return m_parent; }

    int childCount() const { return static_cast<int>(m_children.size()); }
    Node *childAt(int row) const { return m_children.at(static_cast<size_t>(row)).get(); }
    /** Row of this node in its parent, or -1 for a root. Constant time (kept by the parent). */
    int row() const { return m_parent ? m_row : -1; }
    int indexOf(const Node *child) const;
    /** True when this node type may hold a child of the given type. */
    bool canContain(NodeType childType) const;

    /** Name shown in trees and messages. */
    virtual QString displayName() const = 0;
    /** The node's own fields (not its children) as JSON, for the project file and snapshots. */
    virtual QJsonObject dataToJson() const = 0;
    virtual void dataFromJson(const QJsonObject &json) = 0;
    /** A copy of this node's fields with the same id and no children. */
    virtual std::unique_ptr<Node> cloneShallow() const = 0;
    /** A copy of this node and its subtree, keeping ids (callers re-id copies they insert). */
    std::unique_ptr<Node> cloneDeep() const;

    /** Calls f(node) for this node and every descendant, parents first. */
    template<class F> void forEach(F &&f)
    {
        f(this);
        for (const auto &child : m_children)
            child->forEach(f);
    }
    template<class F> void forEach(F &&f) const
    {
        f(this);
        for (const auto &child : m_children)
            static_cast<const Node *>(child.get())->forEach(f);
    }

    /** Creates an empty node of the given type (activities are pages until their data is set). */
    static std::unique_ptr<Node> create(NodeType type, NodeId id = 0);

protected:
    Node(NodeType type, NodeId id)
        : m_type(type)
        , m_id(id)
    { }

private:
    friend class CourseDocument;
    friend class DocumentBuilder;
    friend class CourseStore;
    void insertChild(int row, std::unique_ptr<Node> child);
    std::unique_ptr<Node> takeChild(int row);
    void setId(NodeId id) { m_id = id; }
    void renumberFrom(int row);

    NodeType m_type;
    NodeId m_id;
    Node *m_parent = nullptr;
    int m_row = -1;
    std::vector<std::unique_ptr<Node>> m_children;
};

/**
 * A node whose fields are one value struct D (Subsurface keeps dive fields in a struct; here the
 * struct makes every field reflectable, comparable and storable in one place).
 */
template<class D, NodeType Type> class DataNode : public Node
{
public:
    using Data = D;
    static constexpr NodeType StaticType = Type;

    explicit DataNode(NodeId id = 0)
        : Node(Type, id)
    { }

    const D &data() const { return m_data; }

    QJsonObject dataToJson() const override { return Json::toObject(m_data); }
    void dataFromJson(const QJsonObject &json) override
    {
        m_data = D {};
        Json::fromObject(json, m_data);
    }

protected:
    /** Only the document changes data (CourseDocument::setData), so that it is stored and notified.
     */
    void setData(D data) { m_data = std::move(data); }
    friend class CourseDocument;
    friend class DocumentBuilder;

    D m_data;
};

} // namespace Parcours
