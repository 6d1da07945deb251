// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "ui/forms/nodeform.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

class QAction;
class QBoxLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parcours {

class Activity;
class CompletionEditor;
class FilesEditor;
class RestrictionBinder;
struct FeedbackBand;
struct MindMapNode;

/**
 * The form of an activity in the editor's form pane: the common fields (name, description,
 * visibility, ID number), the completion pane, the access restriction, and the settings of the
 * activity's kind (one group box per kind, only the activity's own shown).
 *
 * Every edit is a SetNodeField command; edits of one sub-field of the kind's settings merge into
 * one undo step (a mergeKey per control), edits of two sub-fields stay apart.
 */
class ActivityForm : public NodeForm
{
    Q_OBJECT

public:
    explicit ActivityForm(CourseDocument *document, QWidget *parent = nullptr);
    ~ActivityForm() override;

    /** The activity to edit, or nullptr (the form is then disabled). */
    void setActivity(Activity *activity);
    Activity *activity() const;

    /** A new merge key for one control editing a sub-field of the settings. */
    int nextMergeKey() { return ++m_lastMergeKey; }

protected:
    void nodeBound() override;

private:
    QFormLayout *addKindBox(ActivityKind kind, const QString &title);
    void buildPage();
    void buildUrl();
    /** The files of the activity's "content" area, for a resource (with its main file) or a
     * folder. */
    FilesEditor *addFilesEditor(
        QFormLayout *form, const QString &label, const QString &objectName, bool mainFile);
    void buildResource();
    void buildFolder();
    void buildForum();
    void buildAssign();
    void buildQuiz();
    void buildReviewOptions(QFormLayout *form);
    void buildFeedbackBands(QFormLayout *form);
    std::vector<FeedbackBand> feedbackFromTable() const;
    void pushFeedback();
    /**
     * An action of an item view shown as a push button in buttons: its shortcuts apply only
     * while the view has the focus, its tooltip names the first shortcut, and the button follows
     * its enabled state. The caller connects triggered().
     */
    QAction *addViewAction(QWidget *view,
        QBoxLayout *buttons,
        const QString &text,
        const QString &name,
        const QString &toolTip,
        const QList<QKeySequence> &shortcuts);
    void buildWordCloud();
    void buildMindMap();
    void buildOpaque();

    /** The seed words as shown in the list (empty entries left out). */
    QStringList seedWordsFromList() const;
    void refreshSeedWords();
    void pushSeedWords();
    void updateSeedActions();
    void addSeedWord();
    void moveSeedWord(int delta);
    void removeSeedWord();

    /** The mind map outline as shown in the tree. */
    MindMapNode outlineFromTree() const;
    void refreshOutline();
    void pushOutline();
    void addOutlineNode(bool child);
    void removeOutlineNode();
    /** Moves the current idea among its siblings (delta -1 up, +1 down). */
    void moveOutlineNode(int delta);
    /** Makes the current idea a child of the previous one, or a sibling of its parent. */
    void indentOutlineNode(bool indent);
    /** Enables the outline actions that apply to the current idea. */
    void updateOutlineActions();

    QHash<int, QGroupBox *> m_kindBoxes;
    CompletionEditor *m_completionEditor = nullptr;
    RestrictionBinder *m_restrictionBinder = nullptr;
    QListWidget *m_seedList = nullptr;
    /** Add, edit, move up, move down and remove a seed word, in this order. */
    QList<QAction *> m_seedActions;
    QTreeWidget *m_outlineTree = nullptr;
    /** The outline's actions, each with when it applies to the current idea. */
    std::vector<std::pair<QAction *, std::function<bool(QTreeWidgetItem *)>>> m_outlineActions;
    QLabel *m_opaqueLabel = nullptr;
    QTableWidget *m_feedbackTable = nullptr;
    int m_lastMergeKey = 0;
};

} // namespace Parcours
