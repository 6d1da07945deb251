// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/activity.h"
#include "core/model/course.h"
#include "core/model/enums.h"
#include "core/model/question.h"
#include "core/model/questionbank.h"
#include "core/model/section.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Parcours {

class CourseStore;

/**
 * One open parcours: the course tree, the question bank, the undo stack and the project file
 * behind them. It is the single notifier for that file; there is no global document or stack.
 *
 * Every change goes through a command pushed with push(). Commands change the tree only through
 * the narrow mutation API below (insertNode, takeNode, moveNode, setData), which emits the
 * before/after signal pair and writes the change to the project file in one SQLite transaction.
 * A compound action wraps its commands in beginMacro()/endMacro(), which is one transaction.
 * Undo and redo go through the same API, so they are stored like any edit: there is never unsaved
 * work.
 *
 * If the project file cannot be written (disk full, file removed), the document reports
 * storageFailed() once and becomes read-only; nothing more is changed in memory either.
 */
class CourseDocument : public QObject
{
    Q_OBJECT

public:
    ~CourseDocument() override;

    /** Creates a new project file holding an empty parcours. Refuses to overwrite a file. */
    static std::unique_ptr<CourseDocument> create(
        const QString &path, QString *errorString = nullptr);
    /**
     * Opens a project file. A file another instance has open is opened read-only (see
     * readOnlyReason()); a corrupt, foreign or newer file is refused and left untouched. With
     * readOnly (a snapshot's preview), it is always opened read-only.
     */
    static std::unique_ptr<CourseDocument> open(
        const QString &path, QString *errorString = nullptr, bool readOnly = false);

    QString filePath() const;
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /** Translated reason why the document is read-only, empty when it is writable. */
    QString readOnlyReason() const { return m_readOnlyReason; }

    Course *course() const { return m_course.get(); }
    QuestionBank *questionBank() const { return m_bank.get(); }
    QUndoStack *undoStack() const { return m_undoStack.get(); }
    CourseStore *store() const { return m_store.get(); }

    /** The node with this id if it is in the tree (not if a command holds it detached). */
    Node *node(NodeId id) const { return m_index.value(id); }
    template<class N> N *nodeAs(NodeId id) const
    {
        Node *n = node(id);
        return n && n->type() == N::StaticType ? static_cast<N *>(n) : nullptr;
    }
    /** A new id, never used before in this project file. */
    NodeId allocateId();

    /** Pushes a command on the undo stack (which runs it). Refused (and deleted) when read-only. */
    bool push(QUndoCommand *command);
    /** Starts a compound action: one undo step, and one transaction when pushed, undone and
     * redone. */
    void beginMacro(const QString &text);
    void endMacro();

    /**
     * Replaces the whole content in one transaction and clears the undo history. For builders
     * (sample, generator, importers) that make a parcours from scratch; not an undoable edit.
     */
    bool resetContent(std::unique_ptr<Course> course,
        std::unique_ptr<QuestionBank> bank,
        QString *errorString = nullptr);

    /** The whole document as JSON (ids, fields and children), for tests and debugging. */
    QJsonObject snapshot() const;
    /** Builds a tree from snapshot() JSON. Returns false with a message on malformed input. */
    static bool treeFromSnapshot(const QJsonObject &json,
        std::unique_ptr<Course> *course,
        std::unique_ptr<QuestionBank> *bank,
        QString *errorString = nullptr);

    // ---- Mutation API, for commands only ----

    /** Inserts a detached node (and its subtree) at row of parent. */
    void insertNode(Node *parent, int row, std::unique_ptr<Node> node);
    /** Detaches the node at row of parent; the caller owns it. */
    std::unique_ptr<Node> takeNode(Node *parent, int row);
    /** Moves node so that it ends up at newRow of newParent (row counted without the node). */
    void moveNode(Node *node, Node *newParent, int newRow);
    /** Replaces a node's fields; fields says what changed, for the views. */
    template<class N> void setData(N *node, typename N::Data data, NodeFields fields)
    {
        node->setData(std::move(data));
        nodeDataChanged(node, fields);
    }
    /**
     * Makes the changes until the matching endEdit() one transaction of the project file (calls
     * nest). For a command that changes several nodes in one step, so that its undo and redo
     * are one transaction too.
     */
    void beginEdit();
    void endEdit();

Q_SIGNALS:
    void nodeAboutToBeInserted(Parcours::Node *parent, int row);
    void nodeInserted(Parcours::Node *parent, int row);
    void nodeAboutToBeRemoved(Parcours::Node *parent, int row);
    void nodeRemoved(Parcours::Node *parent, int row);
    /** newRow as in moveNode(): the final row, counted without the node. */
    void nodeAboutToBeMoved(Parcours::Node *node, Parcours::Node *newParent, int newRow);
    void nodeMoved(Parcours::Node *node, Parcours::Node *oldParent, int oldRow);
    void nodeChanged(Parcours::Node *node, Parcours::NodeFields fields);
    /** The tree is about to be replaced as a whole (resetContent); old nodes are still valid. */
    void contentAboutToBeReset();
    /** The tree was replaced as a whole (resetContent). */
    void contentReset();
    /** Writing to the project file failed; the document is now read-only. */
    void storageFailed(const QString &message);

private:
    explicit CourseDocument(std::unique_ptr<CourseStore> store);
    void index(Node *node);
    void unindex(Node *node);
    void nodeDataChanged(Node *node, NodeFields fields);
    void fail(const QString &message);

    std::unique_ptr<CourseStore> m_store;
    std::unique_ptr<Course> m_course;
    std::unique_ptr<QuestionBank> m_bank;
    std::unique_ptr<QUndoStack> m_undoStack;
    QHash<NodeId, Node *> m_index;
    QString m_readOnlyReason;
    NodeId m_lastId = 0;
    int m_editDepth = 0;
    bool m_editFailed = false;
};

} // namespace Parcours
