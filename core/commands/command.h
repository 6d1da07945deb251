// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

/*
 * Design note: undo commands.
 *
 * Every change to a parcours is a command pushed on the document's undo stack with
 * CourseDocument::push(); widgets and item models never change nodes themselves. A command
 * changes the tree only through the document's mutation API (insertNode, takeNode, moveNode,
 * setData), which emits the before/after signal pairs for the views and writes the change to
 * the project file. redo() and undo() must leave the tree exactly as it was before the other
 * ran: tests compare CourseDocument::snapshot() after each step.
 *
 * Ownership: a detached node belongs to the command that detached it. AddNode owns its node
 * until redo() inserts it and again after undo() takes it back; RemoveNode owns the removed
 * subtree between redo() and undo(). Commands refer to nodes in the tree by pointer: a node
 * object lives as long as the tree or a command holds it, and undo re-inserts the very same
 * object, so the pointers held by older commands stay valid.
 *
 * Compound actions (duplicate, paste, import) are a CompoundCommand holding child commands:
 * one undo step, and one SQLite transaction for its redo and for its undo. A user-level group of
 * separate pushes uses CourseDocument::beginMacro()/endMacro() instead, which is likewise one
 * undo step and one transaction each way.
 */
namespace Parcours {

class CourseDocument;

/** Identifiers returned by Command::id() for commands that merge (QUndoCommand::mergeWith). */
enum class CommandId {
    None = -1,
    SetNodeField = 1,
};

/** Base of the parcours commands: holds the document and the translation context "Command". */
class Command : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    explicit Command(
        CourseDocument *document, const QString &text = QString(), QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
    { }

    CourseDocument *document() const { return m_document; }

protected:
    CourseDocument *m_document;
};

/**
 * A command made of child commands (created with this command as their parent): redo() runs
 * them in order and undo() in reverse, each as one transaction of the project file.
 */
class CompoundCommand : public Command
{
public:
    using Command::Command;

    void redo() override;
    void undo() override;
};

} // namespace Parcours
