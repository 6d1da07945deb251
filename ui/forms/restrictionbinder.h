// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/values.h"

#include <QObject>

namespace Parcours {

class CourseDocument;
class Node;
class RestrictionEditor;

/**
 * Connects a RestrictionEditor to the restriction of a section or an activity: every edit in
 * the editor becomes a SetNodeField command on the document's undo stack, and the editor follows
 * the document when the restriction changes otherwise (undo, redo, another view). While its own
 * command is being pushed it does not refresh the editor (Subsurface's placingCommand), so the
 * control being edited keeps its focus and text.
 *
 * Neither the document nor the editor is owned. The node is forgotten when it leaves the tree.
 */
class RestrictionBinder : public QObject
{
    Q_OBJECT

public:
    RestrictionBinder(
        CourseDocument *document, RestrictionEditor *editor, QObject *parent = nullptr);

    /** The section or activity to edit, or nullptr (the editor is then disabled and empty). */
    void setNode(Node *node);
    Node *node() const { return m_node; }

private:
    void onEdited(const Restriction &restriction, int mergeKey);
    void onNodeChanged(Node *node, NodeFields fields);
    void onAboutToBeRemoved(Node *parent, int row);
    Restriction currentRestriction() const;

    CourseDocument *m_document;
    RestrictionEditor *m_editor;
    Node *m_node = nullptr;
    bool m_placingCommand = false;
};

} // namespace Parcours
