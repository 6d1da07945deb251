// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QStandardItem;
class QStandardItemModel;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parcours {

class CourseDocument;
class Node;
class Question;
class QuestionCategory;

/**
 * The question bank browser (Moodle's « Banque de questions »): the category tree on top, the
 * questions of the current category below (name, type, number of quizzes using it), a search
 * field that looks through every category (name and text, ignoring case and accents), and the
 * actions on categories (new, rename, delete) and questions (new of a type, duplicate, delete).
 *
 * Every change is an undo command on the document. A question a quiz uses cannot be deleted
 * (nor the category holding it); the view says which quizzes use it. Questions are dragged out
 * as mimeType() data carrying their NodeIds; the quiz editor accepts that drop.
 */
class QuestionBankView : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionBankView(QWidget *parent = nullptr);
    ~QuestionBankView() override;

    /** Shows the bank of document (nullptr for none). The view follows the document's changes. */
    void setDocument(CourseDocument *document);
    CourseDocument *document() const { return m_document; }

    /** The category whose questions are listed (nullptr when searching the whole bank). */
    QuestionCategory *currentCategory() const;
    void setCurrentCategory(QuestionCategory *category);
    /** The question with the keyboard focus in the list, and the selected ones. */
    Question *currentQuestion() const;
    QList<Question *> selectedQuestions() const;
    /** Shows the category of question and selects it. */
    void selectQuestion(Question *question);

    /** The search text: when not empty, the list holds the matching questions of every category. */
    QString searchText() const;
    void setSearchText(const QString &text);

    /** MIME type of dragged questions: their NodeIds, one per line, in UTF-8. */
    static QString mimeType();
    /** Drag data carrying questions, as the view's drag produces it. */
    static QMimeData *createMimeData(const QList<NodeId> &questions);
    /** The NodeIds carried by drag data (empty when it holds none). */
    static QList<NodeId> questionIds(const QMimeData *data);
    /** Quizzes of document whose slots use question. */
    static int quizUsageCount(const CourseDocument *document, NodeId question);
    /** Lower-case text without accents, for searching. */
    static QString foldForSearch(const QString &text);

Q_SIGNALS:
    /** A question was activated (double-click, Enter) or created: show it in the form pane. */
    void questionActivated(Parcours::Question *question);

private:
    void rebuildCategories();
    void rebuildQuestions();
    void updateActions();
    void updateUsage();
    void showUsage(QStandardItem *item, const QStringList &quizzes);
    void onNodeChanged(Parcours::Node *node);
    void onStructureChanged();
    void newCategory();
    void renameCategory();
    void deleteCategory();
    void newQuestion(QuestionType type);
    void duplicateQuestions();
    void deleteQuestions();
    bool refuseUsed(const QList<Question *> &questions, const QString &title);
    QuestionCategory *categoryForNewQuestion();
    QTreeWidgetItem *categoryItem(NodeId id) const;

    CourseDocument *m_document = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_categories = nullptr;
    QTreeView *m_questions = nullptr;
    QStandardItemModel *m_questionModel = nullptr;
    QLabel *m_status = nullptr;
    QMenu *m_newQuestionMenu = nullptr;
    QAction *m_newCategoryAction = nullptr;
    QAction *m_renameCategoryAction = nullptr;
    QAction *m_deleteCategoryAction = nullptr;
    QAction *m_newQuestionAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace Parcours
