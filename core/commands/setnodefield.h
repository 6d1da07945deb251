// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/command.h"
#include "core/model/coursedocument.h"

#include <utility>

namespace Parcours {

/**
 * Changes one member of a node's data struct (Tiled's ChangeValue, Subsurface's
 * EditStringSetter): `member` is a pointer to a member of `N::Data`, so one template serves
 * every field of every node type. An activity's kind-specific settings are one member
 * (`&ActivityData::settings`).
 *
 * Consecutive edits of the same member of the same node merge into one undo step (typing in a
 * field); `mergeKey` narrows that further, so that edits of two different sub-fields of one
 * member (two settings of a quiz) stay separate steps while repeated edits of one sub-field
 * merge. A merge that brings the value back to where it started makes the command obsolete: the
 * stack drops it.
 *
 * Use push() rather than constructing the command: it drops edits that change nothing
 * (Subsurface's workToBeDone).
 */
template<class N, class T> class SetNodeField : public Command
{
public:
    using Member = T N::Data::*;

    SetNodeField(CourseDocument *document,
        N *node,
        Member member,
        T value,
        NodeFields fields,
        const QString &text,
        int mergeKey = 0,
        QUndoCommand *parent = nullptr)
        : Command(document, text, parent)
        , m_node(node)
        , m_member(member)
        , m_oldValue(node->data().*member)
        , m_newValue(std::move(value))
        , m_fields(fields)
        , m_mergeKey(mergeKey)
    { }

    /**
     * Pushes a change of node's member to value on the document's stack, unless the value is
     * already there. Returns true when a command was pushed (false for a no-op or a read-only
     * document).
     */
    static bool push(CourseDocument *document,
        N *node,
        Member member,
        T value,
        NodeFields fields,
        const QString &text,
        int mergeKey = 0)
    {
        if (node->data().*member == value)
            return false;
        return document->push(
            new SetNodeField(document, node, member, std::move(value), fields, text, mergeKey));
    }

    N *node() const { return m_node; }
    const T &oldValue() const { return m_oldValue; }
    const T &newValue() const { return m_newValue; }

    void redo() override { apply(m_newValue); }
    void undo() override { apply(m_oldValue); }
    int id() const override { return static_cast<int>(CommandId::SetNodeField); }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Every SetNodeField instantiation shares one id; the cast tells the types apart.
        const auto *o = dynamic_cast<const SetNodeField *>(other);
        if (!o || o->m_node != m_node || o->m_member != m_member || o->m_mergeKey != m_mergeKey)
            return false;
        m_newValue = o->m_newValue;
        m_fields |= o->m_fields;
        setObsolete(m_newValue == m_oldValue);
        return true;
    }

private:
    void apply(const T &value)
    {
        typename N::Data data = m_node->data();
        data.*m_member = value;
        m_document->setData(m_node, std::move(data), m_fields);
    }

    N *m_node;
    Member m_member;
    T m_oldValue;
    T m_newValue;
    NodeFields m_fields;
    int m_mergeKey;
};

} // namespace Parcours
