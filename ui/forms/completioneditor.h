// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/activity.h"
#include "core/model/enums.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QSpinBox;

namespace Parcours {

class CourseDocument;

/**
 * The completion pane of an activity: the completion mode and, for automatic completion, the
 * conditions Moodle offers for the activity's kind, and the expected completion date. Each
 * change pushes a SetNodeField<Activity, Completion> command; edits of one control merge into
 * one undo step. The pane follows the document (undo, redo, a change of the passing grade),
 * except while its own command is pushed.
 *
 * Conditions the kind does not allow are hidden and left as they are in the data.
 */
class CompletionEditor : public QWidget
{
    Q_OBJECT

public:
    /** Automatic completion conditions (the members of Completion). */
    enum class Rule {
        View = 0x1,
        ReceiveGrade = 0x2,
        PassGrade = 0x4,
        AttemptsExhausted = 0x8,
        MinAttempts = 0x10,
        Submit = 0x20,
        ForumPosts = 0x40,
        ForumDiscussions = 0x80,
        ForumReplies = 0x100,
        ContributeWords = 0x200,
    };
    Q_DECLARE_FLAGS(Rules, Rule)

    /**
     * The automatic conditions Moodle offers for an activity: it depends on the kind and, for a
     * passing grade, on a passing grade being set (quiz, assignment).
     */
    static Rules allowedRules(const ActivityData &data);
    /** The modes Moodle offers for a kind (a label has no automatic completion, a completion
     * marker only manual completion). */
    static QList<CompletionMode> allowedModes(ActivityKind kind);

    explicit CompletionEditor(CourseDocument *document, QWidget *parent = nullptr);
    ~CompletionEditor() override;

    /** The activity to edit, or nullptr (the pane is then disabled). Forgotten when removed. */
    void setActivity(Activity *activity);
    Activity *activity() const { return m_activity; }

private:
    enum Control { ModeControl = 1, ExpectedControl, FirstRuleControl };

    void refresh();
    void push(int control);
    Completion fromControls() const;
    QCheckBox *addRule(Rule rule, const QString &objectName, const QString &text);
    QSpinBox *addCount(Rule rule, QCheckBox *check, const QString &objectName);

    CourseDocument *m_document;
    Activity *m_activity = nullptr;
    bool m_placingCommand = false;

    QComboBox *m_modeComboBox = nullptr;
    QWidget *m_rulesWidget = nullptr;
    QList<QPair<Rule, QWidget *>> m_ruleWidgets;
    QCheckBox *m_viewCheckBox = nullptr;
    QCheckBox *m_receiveGradeCheckBox = nullptr;
    QCheckBox *m_passGradeCheckBox = nullptr;
    QCheckBox *m_attemptsExhaustedCheckBox = nullptr;
    QCheckBox *m_minAttemptsCheckBox = nullptr;
    QSpinBox *m_minAttemptsSpinBox = nullptr;
    QCheckBox *m_submitCheckBox = nullptr;
    QCheckBox *m_forumPostsCheckBox = nullptr;
    QSpinBox *m_forumPostsSpinBox = nullptr;
    QCheckBox *m_forumDiscussionsCheckBox = nullptr;
    QSpinBox *m_forumDiscussionsSpinBox = nullptr;
    QCheckBox *m_forumRepliesCheckBox = nullptr;
    QSpinBox *m_forumRepliesSpinBox = nullptr;
    QCheckBox *m_contributeWordsCheckBox = nullptr;
    QCheckBox *m_expectedCheckBox = nullptr;
    QDateTimeEdit *m_expectedDateTimeEdit = nullptr;
};

} // namespace Parcours

Q_DECLARE_OPERATORS_FOR_FLAGS(Parcours::CompletionEditor::Rules)
