// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "ui/forms/nodeform.h"

#include <QHash>
#include <QVariant>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

namespace Parcours {

class Question;
class RowTable;
struct QuestionData;
struct RowEdit;

/**
 * The form of a question of the bank: the common fields (name, text, default mark, general
 * feedback, penalty, ID number, hints) and one page per question type, only the question's own
 * shown: answer tables with Moodle's grades, true/false, matching pairs, numerical units, essay
 * options, gap choices, the cloze text with its parsed sub-questions, and Moodle's raw XML of a
 * type the app does not model (read-only).
 *
 * The live checks of the question (checkQuestion(), the same the validator reports) are listed at
 * the top of the form and follow every change.
 *
 * Every edit is a SetNodeField command on the question. Typing in one field, or in one cell of a
 * table, merges into one undo step (a merge key per control, per cell); adding, removing and
 * moving rows are steps of their own.
 */
class QuestionForm : public NodeForm
{
    Q_OBJECT

public:
    explicit QuestionForm(CourseDocument *document, QWidget *parent = nullptr);
    ~QuestionForm() override;

    /** The question to edit, or nullptr (the form is then cleared and disabled). */
    void setQuestion(Question *question);
    Question *question() const;

    /** The texts of the live checks shown at the top, for tests. */
    QStringList shownProblems() const;

protected:
    void nodeBound() override;

private:
    QFormLayout *addPage(QuestionType type);
    void buildCommon(QVBoxLayout *layout);
    void buildMultiChoice();
    void buildTrueFalse();
    void buildShortAnswer();
    void buildNumerical();
    void buildMatch();
    void buildEssay();
    void buildDescription();
    void buildGaps(QuestionType type);
    void buildCloze();
    void buildOther();
    void addCombinedFeedback(QFormLayout *form, const QString &prefix);
    void addHints(QFormLayout *form);
    RowTable *addAnswerTable(QFormLayout *form, QuestionType type);
    /** Shows rows in table and turns its edits into commands through apply. */
    void bindTable(RowTable *table,
        const std::function<QList<QVariantList>()> &rows,
        const std::function<bool(const RowEdit &)> &apply);

    void updateType();
    /** Follows any change of the question, the form's own included: checks, grades, cloze parse. */
    void updateChecks();
    void updateCloze();

    /** A new merge key for one control editing one field or sub-field. */
    int nextMergeKey() { return ++m_lastMergeKey; }

    QLabel *m_typeLabel = nullptr;
    QWidget *m_checksBox = nullptr;
    QLabel *m_checksLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<int, QWidget *> m_pageOf;
    QFormLayout *m_commonForm = nullptr;
    QWidget *m_textEdit = nullptr;
    QWidget *m_markEdit = nullptr;
    QWidget *m_penaltyEdit = nullptr;
    QWidget *m_hintsBox = nullptr;
    RowTable *m_multiChoiceAnswers = nullptr;
    QTreeWidget *m_clozeParts = nullptr;
    QLabel *m_clozeErrors = nullptr;
    QStringList m_problems;
    int m_lastMergeKey = 0;
    int m_tableCount = 0;
    int m_structureCount = 0;
};

} // namespace Parcours
