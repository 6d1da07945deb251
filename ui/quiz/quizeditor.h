// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QMimeData;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parcours {

class Activity;
class CourseDocument;
class Node;
class Question;
class QuestionCategory;
class QuestionForm;
struct QuizSettings;
struct QuizSlot;

/**
 * The questions of a quiz, like Moodle's « Modifier le test » page: the slots in order under
 * their page headers (« Page 1 »…) and section headings, each with its number, type, name and
 * mark, the number of questions and the total of marks, and the live checks of each question
 * (a warning icon whose tooltip says what is wrong).
 *
 * Actions (buttons, context menu and keys of the list): add a new question of a type (made in the
 * quiz's category, « Default for <quiz> » when the quiz has none yet), add questions from the
 * bank, duplicate, remove from the quiz (the question stays in the bank), move up and down
 * (Alt+Up/Down, or drag), add or remove a page break after a question, make a question require
 * the previous one to be finished (a padlock in the last column), repaginate with the quiz's
 * « Questions per page », add, rename (in place) and remove section headings, shuffle the
 * questions of a section. Each is one undo step: a change of
 * the quiz's settings, or a macro when a question is created too. Questions dragged from the
 * question bank browser are dropped in at the drop position.
 *
 * Random slots (Moodle's random questions) show the category they draw from, with a die; the
 * selected one is edited under the list (its category, sub-categories) instead of a QuestionForm.
 *
 * The selected question's QuestionForm is shown under the list.
 */
class QuizEditor : public QWidget
{
    Q_OBJECT

public:
    explicit QuizEditor(CourseDocument *document, QWidget *parent = nullptr);
    ~QuizEditor() override;

    /** The quiz to edit (an activity of kind Quiz), or nullptr. */
    void setQuiz(Activity *quiz);
    Activity *quiz() const;

    /** Index of the selected slot, -1 for none. */
    int currentSlot() const;
    void setCurrentSlot(int slot);
    /** The list row showing a slot (page and section rows are in between). */
    QTreeWidgetItem *slotItem(int slot) const;

    /** Adds a new question of a type after the current slot (at the end when none). */
    Question *addNewQuestion(QuestionType type);
    /**
     * Adds a random slot drawing from a category of the bank after the current slot (at the end
     * when none); one undo step.
     */
    bool addRandomQuestion(NodeId category, bool includeSubcategories);
    /** Adds slots for existing questions at position (slot index; -1 = at the end). */
    bool addQuestions(const QList<NodeId> &questions, int position = -1);
    /**
     * Adds the questions carried by drag data from the bank browser (or moves slots dragged
     * within the list) as if dropped before slot position (-1 = at the end).
     */
    bool dropMimeData(const QMimeData *mime, int position);
    /** Drag data for slots dragged within the list. */
    static QString slotMimeType();

    /** The quiz's category for new questions, made (as part of the current step) if needed. */
    QuestionCategory *quizCategory(bool create);

    /** The QuestionForm of the selected question, under the list. */
    QWidget *questionForm() const { return m_detail; }
    /** The editor of the selected random slot, under the list. */
    QWidget *randomSlotEditor() const { return m_randomEditor; }

    /** Texts of the live problems of a slot's question (empty when it has none). */
    QStringList slotProblems(int slot) const;

Q_SIGNALS:
    /** The current slot's question changed (nullptr for none). */
    void currentQuestionChanged(Parcours::Question *question);

private:
    void rebuild();
    void updateActions();
    void updateDetail();
    void onCurrentItemChanged();
    void onNodeChanged(Parcours::Node *node, Parcours::NodeFields fields);
    bool pushSettings(const QuizSettings &settings, const QString &text, int mergeKey = 0);
    void setMark(int slot, double mark);
    void duplicateCurrent();
    void removeCurrent();
    void moveCurrent(int delta);
    bool moveSlot(int from, int to);
    void setPageBreak(bool on);
    void setRequirePrevious(bool on);
    void repaginate();
    void toggleShuffle(bool on);
    /** First slot of the section of the current row (heading or slot), -1 for none. */
    int currentSectionStart() const;
    void addSection();
    void removeSection();
    void setHeading(int firstSlot, const QString &heading);
    void addFromBank();
    void chooseRandomQuestion();
    void setRandomCategory(NodeId category);
    void setRandomSubcategories(bool on);
    /** The category list of the bank in combo, with current selected (none if not in it). */
    void fillCategories(QComboBox *combo, NodeId current) const;
    /** What the list says of a random slot: its category, sub-categories and tags. */
    QString randomSlotText(const QuizSlot &slot) const;
    /** A name for a slot in undo texts. */
    QString slotName(const QuizSlot &slot) const;
    int sectionOfSlot(const QuizSettings &settings, int slot) const;
    int slotOfItem(const QTreeWidgetItem *item) const;

    CourseDocument *m_document;
    NodeId m_quizId = 0;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailSummary = nullptr;
    QWidget *m_randomEditor = nullptr;
    QComboBox *m_randomCategoryCombo = nullptr;
    QCheckBox *m_randomSubcategoriesCheck = nullptr;
    QLabel *m_randomTagsLabel = nullptr;
    QAction *m_addRandomAction = nullptr;
    QMenu *m_addMenu = nullptr;
    QAction *m_addFromBankAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_addPageBreakAction = nullptr;
    QAction *m_removePageBreakAction = nullptr;
    QAction *m_repaginateAction = nullptr;
    QAction *m_addSectionAction = nullptr;
    QAction *m_removeSectionAction = nullptr;
    QAction *m_shuffleAction = nullptr;
    QAction *m_requirePreviousAction = nullptr;
    QToolButton *m_addButton = nullptr;
    QObject *m_markDelegate = nullptr;
    int m_nextMergeKey = 0;
    bool m_rebuilding = false;
};

} // namespace Parcours
