// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/restrictionbinder.h"

#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "ui/forms/restrictioneditor.h"

namespace Parcours {

RestrictionBinder::RestrictionBinder(
    CourseDocument *document, RestrictionEditor *editor, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_editor(editor)
{
    m_editor->setDocument(document);
    m_editor->setEnabled(false);
    connect(m_editor, &RestrictionEditor::restrictionEdited, this, &RestrictionBinder::onEdited);
    connect(document, &CourseDocument::nodeChanged, this, &RestrictionBinder::onNodeChanged);
    connect(document, &CourseDocument::nodeAboutToBeRemoved, this,
        &RestrictionBinder::onAboutToBeRemoved);
    // Activities come and go: the activity lists of the rows follow.
    connect(document, &CourseDocument::nodeInserted, m_editor, &RestrictionEditor::refresh);
    connect(document, &CourseDocument::nodeRemoved, m_editor, &RestrictionEditor::refresh);
    connect(document, &CourseDocument::contentAboutToBeReset, this, [this] { setNode(nullptr); });
}

void RestrictionBinder::setNode(Node *node)
{
    if (node && node->type() != NodeType::Section && node->type() != NodeType::Activity)
        node = nullptr;
    m_node = node;
    m_editor->setEnabled(node != nullptr);
    m_editor->setExcludedActivity(node && node->type() == NodeType::Activity ? node->id() : 0);
    m_editor->setRestriction(currentRestriction());
}

Restriction RestrictionBinder::currentRestriction() const
{
    if (!m_node)
        return {};
    if (m_node->type() == NodeType::Section)
        return static_cast<Section *>(m_node)->data().restriction;
    return static_cast<Activity *>(m_node)->data().restriction;
}

void RestrictionBinder::onEdited(const Restriction &restriction, int mergeKey)
{
    if (!m_node)
        return;
    bool pushed = false;
    m_placingCommand = true;
    if (m_node->type() == NodeType::Section) {
        auto *section = static_cast<Section *>(m_node);
        pushed = SetNodeField<Section, Restriction>::push(m_document, section,
            &SectionData::restriction, restriction, NodeField::Restriction,
            tr("Change the access restriction of “%1”").arg(section->displayName()), mergeKey);
    } else {
        auto *activity = static_cast<Activity *>(m_node);
        pushed = SetNodeField<Activity, Restriction>::push(m_document, activity,
            &ActivityData::restriction, restriction, NodeField::Restriction,
            tr("Change the access restriction of “%1”").arg(activity->displayName()), mergeKey);
    }
    m_placingCommand = false;
    // A refused push (read-only document) leaves the node as it was: so must the editor.
    if (!pushed && currentRestriction() != restriction)
        m_editor->setRestriction(currentRestriction());
}

void RestrictionBinder::onNodeChanged(Node *node, NodeFields fields)
{
    if (m_placingCommand || !m_node)
        return;
    if (node == m_node && (fields & NodeField::Restriction))
        m_editor->setRestriction(currentRestriction());
    else if (node->type() == NodeType::Activity && (fields & NodeField::Name))
        m_editor->refresh();
}

void RestrictionBinder::onAboutToBeRemoved(Node *parent, int row)
{
    if (!m_node)
        return;
    const Node *removed = parent->childAt(row);
    for (const Node *n = m_node; n; n = n->parent()) {
        if (n == removed) {
            setNode(nullptr);
            return;
        }
    }
}

} // namespace Parcours
