// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/command.h"
#include "core/model/coursedocument.h"

#include <memory>

namespace Parcours {

/**
 * Inserts a detached node (with its subtree) at row of parent. The command owns the node until
 * redo() inserts it, and again after undo() takes it back out.
 */
class AddNode : public Command
{
public:
    AddNode(CourseDocument *document,
        Node *parent,
        int row,
        std::unique_ptr<Node> node,
        QUndoCommand *parentCommand = nullptr);
    ~AddNode() override;

    /** The added node, whether it is in the tree or held by this command. */
    Node *node() const { return m_raw; }

    void redo() override;
    void undo() override;

private:
    Node *m_parent;
    int m_row;
    std::unique_ptr<Node> m_node;
    Node *m_raw;
};

/**
 * Detaches a node and its subtree. The command owns them between redo() and undo(). References
 * to the removed nodes (restrictions, quiz slots, completion criteria) are left as they are:
 * the validator reports them as dangling, and undo makes them valid again.
 */
class RemoveNode : public Command
{
public:
    RemoveNode(CourseDocument *document, Node *node, QUndoCommand *parentCommand = nullptr);
    ~RemoveNode() override;

    void redo() override;
    void undo() override;

private:
    Node *m_parent;
    int m_row;
    Node *m_raw;
    std::unique_ptr<Node> m_node;
};

/**
 * Moves a node within its parent or to another parent. newRow is the final row, counted without
 * the node (CourseDocument::moveNode).
 */
class MoveNode : public Command
{
public:
    MoveNode(CourseDocument *document,
        Node *node,
        Node *newParent,
        int newRow,
        QUndoCommand *parentCommand = nullptr);

    void redo() override;
    void undo() override;

private:
    Node *m_node;
    Node *m_oldParent;
    int m_oldRow;
    Node *m_newParent;
    int m_newRow;
};

// ---- Making nodes ----

/**
 * A detached node of type N with the given id and data. Builders and commands use it to make
 * nodes outside the document (the node's setters are reserved to the document).
 */
template<class N> std::unique_ptr<N> makeNode(NodeId id, const typename N::Data &data);

/** Translated default name of a new activity of this kind ("New quiz"). */
QString defaultActivityName(ActivityKind kind);

/** A new, detached section with an allocated id and the default title ("New section"). */
std::unique_ptr<Section> newSection(CourseDocument *document);
/** A new, detached activity of a kind with an allocated id, default name and settings. */
std::unique_ptr<Activity> newActivity(CourseDocument *document, ActivityKind kind);
/** A new, detached question category with an allocated id and the default name. */
std::unique_ptr<QuestionCategory> newQuestionCategory(CourseDocument *document);
/** A new, detached question of a type with an allocated id, default name and answers. */
std::unique_ptr<Question> newQuestion(CourseDocument *document, QuestionType type);

// ---- Pushing structure commands ----

/**
 * Pushes an AddNode. Returns the node once in the tree, or nullptr when the document is
 * read-only or parent cannot hold the node (the node is then deleted). row is clamped.
 */
Node *pushAddNode(CourseDocument *document, Node *parent, int row, std::unique_ptr<Node> node);
/** Pushes a RemoveNode for a node in the tree (not a root). */
bool pushRemoveNode(CourseDocument *document, Node *node);
/**
 * Pushes a MoveNode. Refuses (returns false) a parent that cannot hold the node, a move into the
 * node's own subtree and a move that changes nothing. newRow is clamped.
 */
bool pushMoveNode(CourseDocument *document, Node *node, Node *newParent, int newRow);

// ---- Duplicating ----

/**
 * Duplicates a section just after itself, with its activities, as one undo step. Copies get new
 * ids; quizzes get copies of their questions (in the same category as each original, appended),
 * and their slots point to those copies. Restrictions in the copy (the section's and its
 * activities') that refer to an activity of the section are re-pointed to that activity's copy;
 * references to activities outside the section are kept. Activity id numbers and question stamps
 * are not copied (they must stay unique in Moodle). Returns the copy, or nullptr when read-only.
 */
Section *duplicateSection(CourseDocument *document, Section *section);
/**
 * Duplicates an activity just after itself ("Name (copy)"), as one undo step. A quiz's questions
 * are copied as for duplicateSection, and a restriction of the activity on itself points to the
 * copy. Returns the copy, or nullptr when read-only.
 */
Activity *duplicateActivity(CourseDocument *document, Activity *activity);
/** Duplicates a question just after itself in its category ("Name (copy)"), without stamps. */
Question *duplicateQuestion(CourseDocument *document, Question *question);

} // namespace Parcours
