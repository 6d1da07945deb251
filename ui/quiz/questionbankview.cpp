// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/quiz/questionbankview.h"

#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "ui/messagebox.h"
#include "ui/quiz/questiontypeinfo.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Parcours {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

enum Column { NameColumn, TypeColumn, UsageColumn, ColumnCount };

/** The question list's model: drags carry the questions' NodeIds. */
class QuestionListModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;

    QStringList mimeTypes() const override { return {QuestionBankView::mimeType()}; }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QList<NodeId> ids;
        QModelIndexList sorted = indexes;
        std::sort(sorted.begin(), sorted.end(),
            [](const QModelIndex &l, const QModelIndex &r) { return l.row() < r.row(); });
        for (const QModelIndex &index : sorted) {
            const NodeId id = index.siblingAtColumn(NameColumn).data(IdRole).toLongLong();
            if (id != 0 && !ids.contains(id))
                ids.append(id);
        }
        return ids.isEmpty() ? nullptr : QuestionBankView::createMimeData(ids);
    }
};

/** Quiz names using each question. */
QHash<NodeId, QStringList> quizUsage(const CourseDocument *document)
{
    QHash<NodeId, QStringList> usage;
    if (!document || !document->course())
        return usage;
    static_cast<const Node *>(document->course())->forEach([&usage](const Node *node) {
        if (node->type() != NodeType::Activity)
            return;
        const auto *activity = static_cast<const Activity *>(node);
        if (const auto *quiz = activity->settings<QuizSettings>()) {
            for (const QuizSlot &slot : quiz->slots) {
                QStringList &names = usage[slot.question];
                if (!names.contains(activity->displayName()))
                    names.append(activity->displayName());
            }
        }
    });
    return usage;
}

QList<Question *> questionsUnder(Node *node)
{
    QList<Question *> questions;
    node->forEach([&questions](Node *n) {
        if (n->type() == NodeType::Question)
            questions.append(static_cast<Question *>(n));
    });
    return questions;
}

} // namespace

QuestionBankView::QuestionBankView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("questionBankView"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search questions (name and text)…"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setToolTip(tr("Finds questions of every category whose name or text holds these "
                            "words, ignoring case and accents"));
    m_search->setClearButtonEnabled(true);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("bankToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setAccessibleName(tr("Question bank actions"));

    m_newCategoryAction = new QAction(tr("New &category"), this);
    m_newCategoryAction->setObjectName(QStringLiteral("newCategoryAction"));
    m_newCategoryAction->setToolTip(
        tr("Adds a category inside the selected one, or at the top of the bank"));
    m_renameCategoryAction = new QAction(tr("&Rename category"), this);
    m_renameCategoryAction->setObjectName(QStringLiteral("renameCategoryAction"));
    m_renameCategoryAction->setShortcut(Qt::Key_F2);
    m_renameCategoryAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteCategoryAction = new QAction(tr("De&lete category"), this);
    m_deleteCategoryAction->setObjectName(QStringLiteral("deleteCategoryAction"));
    m_deleteCategoryAction->setShortcut(QKeySequence::Delete);
    m_deleteCategoryAction->setShortcutContext(Qt::WidgetShortcut);

    m_newQuestionMenu = new QMenu(tr("New &question"), this);
    m_newQuestionMenu->setObjectName(QStringLiteral("newQuestionMenu"));
    for (QuestionType type : QuestionTypeInfo::creatableTypes()) {
        QAction *action = m_newQuestionMenu->addAction(
            QuestionTypeInfo::icon(type), QuestionTypeInfo::menuText(type));
        action->setObjectName(QStringLiteral("newQuestion%1Action").arg(static_cast<int>(type)));
        action->setData(static_cast<int>(type));
        connect(action, &QAction::triggered, this, [this, type] { newQuestion(type); });
    }
    m_newQuestionAction = m_newQuestionMenu->menuAction();
    m_newQuestionAction->setObjectName(QStringLiteral("newQuestionAction"));
    m_newQuestionAction->setToolTip(tr("Adds a question of the chosen type to the category"));

    m_duplicateAction = new QAction(tr("D&uplicate question"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateQuestionAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction = new QAction(tr("&Delete question"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteQuestionAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);

    toolBar->addAction(m_newCategoryAction);
    toolBar->addAction(m_newQuestionAction);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_newQuestionAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    // Short texts on the tool bar, so that it fits a narrow dock.
    m_duplicateAction->setIconText(tr("Duplicate"));
    m_deleteAction->setIconText(tr("Delete"));
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);

    m_categories = new QTreeWidget(this);
    m_categories->setObjectName(QStringLiteral("categoryTreeWidget"));
    m_categories->setAccessibleName(tr("Question categories"));
    m_categories->setColumnCount(2);
    m_categories->setHeaderLabels({tr("Category"), tr("Questions")});
    m_categories->header()->setStretchLastSection(false);
    m_categories->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_categories->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_categories->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_categories->addActions(
        {m_newCategoryAction, m_renameCategoryAction, m_deleteCategoryAction, m_newQuestionAction});

    m_questionModel = new QuestionListModel(0, ColumnCount, this);
    m_questionModel->setHorizontalHeaderLabels({tr("Question"), tr("Type"), tr("Used by")});
    m_questions = new QTreeView(this);
    m_questions->setObjectName(QStringLiteral("questionTreeView"));
    m_questions->setAccessibleName(tr("Questions of the category"));
    m_questions->setToolTip(tr("Drag questions onto a quiz's question list to add them"));
    m_questions->setModel(m_questionModel);
    m_questions->setRootIsDecorated(false);
    m_questions->setUniformRowHeights(true);
    m_questions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_questions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_questions->setDragEnabled(true);
    m_questions->setDragDropMode(QAbstractItemView::DragOnly);
    m_questions->setDefaultDropAction(Qt::CopyAction);
    m_questions->header()->setStretchLastSection(false);
    m_questions->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_questions->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_questions->header()->setSectionResizeMode(UsageColumn, QHeaderView::ResizeToContents);
    m_questions->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_questions->addActions({m_newQuestionAction, m_duplicateAction, m_deleteAction});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bankStatusLabel"));
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_categories);
    splitter->addWidget(m_questions);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    setTabOrder(m_search, m_categories);
    setTabOrder(m_categories, m_questions);

    connect(m_search, &QLineEdit::textChanged, this, [this] { rebuildQuestions(); });
    connect(m_categories, &QTreeWidget::currentItemChanged, this, [this] {
        rebuildQuestions();
        updateActions();
    });
    connect(
        m_categories, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
            if (column != 0 || !m_document)
                return;
            auto *category
                = m_document->nodeAs<QuestionCategory>(item->data(0, IdRole).toLongLong());
            if (!category)
                return;
            const QString name = item->text(0).trimmed();
            if (name.isEmpty()
                || !SetNodeField<QuestionCategory, QString>::push(m_document, category,
                    &QuestionCategoryData::name, name, NodeField::Name, tr("Rename category"))) {
                const QSignalBlocker blocker(m_categories);
                item->setText(0, category->data().name);
            }
        });
    connect(m_questions->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { updateActions(); });
    connect(m_questions, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_document)
            return;
        if (auto *question = m_document->nodeAs<Question>(
                index.siblingAtColumn(NameColumn).data(IdRole).toLongLong()))
            Q_EMIT questionActivated(question);
    });
    connect(m_newCategoryAction, &QAction::triggered, this, &QuestionBankView::newCategory);
    connect(m_renameCategoryAction, &QAction::triggered, this, &QuestionBankView::renameCategory);
    connect(m_deleteCategoryAction, &QAction::triggered, this, &QuestionBankView::deleteCategory);
    connect(m_duplicateAction, &QAction::triggered, this, &QuestionBankView::duplicateQuestions);
    connect(m_deleteAction, &QAction::triggered, this, &QuestionBankView::deleteQuestions);

    updateActions();
}

QuestionBankView::~QuestionBankView() = default;

void QuestionBankView::setDocument(CourseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            rebuildCategories();
        });
        connect(
            m_document, &CourseDocument::nodeInserted, this, &QuestionBankView::onStructureChanged);
        connect(
            m_document, &CourseDocument::nodeRemoved, this, &QuestionBankView::onStructureChanged);
        connect(
            m_document, &CourseDocument::nodeMoved, this, &QuestionBankView::onStructureChanged);
        connect(
            m_document, &CourseDocument::contentReset, this, &QuestionBankView::onStructureChanged);
        connect(m_document, &CourseDocument::nodeChanged, this,
            [this](Node *node, NodeFields) { onNodeChanged(node); });
    }
    rebuildCategories();
}

QuestionCategory *QuestionBankView::currentCategory() const
{
    QTreeWidgetItem *item = m_categories->currentItem();
    if (!m_document || !item)
        return nullptr;
    return m_document->nodeAs<QuestionCategory>(item->data(0, IdRole).toLongLong());
}

void QuestionBankView::setCurrentCategory(QuestionCategory *category)
{
    QTreeWidgetItem *item = category ? categoryItem(category->id()) : nullptr;
    m_categories->setCurrentItem(item);
}

Question *QuestionBankView::currentQuestion() const
{
    if (!m_document)
        return nullptr;
    const QModelIndex index = m_questions->currentIndex();
    return m_document->nodeAs<Question>(
        index.siblingAtColumn(NameColumn).data(IdRole).toLongLong());
}

QList<Question *> QuestionBankView::selectedQuestions() const
{
    QList<Question *> questions;
    if (!m_document)
        return questions;
    const QModelIndexList rows = m_questions->selectionModel()->selectedRows(NameColumn);
    for (const QModelIndex &index : rows) {
        if (auto *question = m_document->nodeAs<Question>(index.data(IdRole).toLongLong()))
            questions.append(question);
    }
    std::sort(questions.begin(), questions.end(), [](Question *l, Question *r) {
        return l->parent() == r->parent() ? l->row() < r->row() : l->id() < r->id();
    });
    return questions;
}

void QuestionBankView::selectQuestion(Question *question)
{
    if (!question)
        return;
    if (!searchText().isEmpty())
        m_search->clear();
    if (question->parent() && question->parent()->type() == NodeType::QuestionCategory)
        setCurrentCategory(static_cast<QuestionCategory *>(question->parent()));
    for (int row = 0; row < m_questionModel->rowCount(); ++row) {
        const QModelIndex index = m_questionModel->index(row, NameColumn);
        if (index.data(IdRole).toLongLong() == question->id()) {
            m_questions->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_questions->scrollTo(index);
            return;
        }
    }
}

QString QuestionBankView::searchText() const
{
    return m_search->text();
}

void QuestionBankView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString QuestionBankView::mimeType()
{
    return QStringLiteral("application/x-parcours-question-ids");
}

QMimeData *QuestionBankView::createMimeData(const QList<NodeId> &questions)
{
    QStringList lines;
    for (NodeId id : questions)
        lines.append(QString::number(id));
    auto *data = new QMimeData;
    data->setData(mimeType(), lines.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QList<NodeId> QuestionBankView::questionIds(const QMimeData *data)
{
    QList<NodeId> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    const QStringList lines = QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        bool ok = false;
        const NodeId id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

int QuestionBankView::quizUsageCount(const CourseDocument *document, NodeId question)
{
    return static_cast<int>(quizUsage(document).value(question).size());
}

QString QuestionBankView::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c.toCaseFolded());
    }
    return folded.simplified();
}

void QuestionBankView::rebuildCategories()
{
    const NodeId current = m_categories->currentItem()
        ? m_categories->currentItem()->data(0, IdRole).toLongLong()
        : 0;
    {
        const QSignalBlocker blocker(m_categories);
        m_categories->clear();
        if (m_document && m_document->questionBank()) {
            std::function<void(Node *, QTreeWidgetItem *)> add
                = [&](Node *parent, QTreeWidgetItem *parentItem) {
                      for (int row = 0; row < parent->childCount(); ++row) {
                          Node *child = parent->childAt(row);
                          if (child->type() != NodeType::QuestionCategory)
                              continue;
                          auto *item = parentItem ? new QTreeWidgetItem(parentItem)
                                                  : new QTreeWidgetItem(m_categories);
                          int count = 0;
                          for (int i = 0; i < child->childCount(); ++i)
                              count += child->childAt(i)->type() == NodeType::Question ? 1 : 0;
                          item->setText(0, child->displayName());
                          item->setData(0, IdRole, child->id());
                          item->setText(1, QString::number(count));
                          item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                          item->setFlags(item->flags() | Qt::ItemIsEditable);
                          const QString info = QTextDocumentFragment::fromHtml(
                              static_cast<QuestionCategory *>(child)->data().info)
                                                   .toPlainText()
                                                   .trimmed();
                          if (!info.isEmpty())
                              item->setToolTip(0, info);
                          add(child, item);
                      }
                  };
            add(m_document->questionBank(), nullptr);
            m_categories->expandAll();
        }
        QTreeWidgetItem *item = current ? categoryItem(current) : nullptr;
        if (!item && m_categories->topLevelItemCount() > 0)
            item = m_categories->topLevelItem(0);
        m_categories->setCurrentItem(item);
    }
    rebuildQuestions();
    updateActions();
}

void QuestionBankView::rebuildQuestions()
{
    QList<NodeId> selected;
    for (Question *question : selectedQuestions())
        selected.append(question->id());
    const NodeId current = currentQuestion() ? currentQuestion()->id() : 0;

    m_questionModel->removeRows(0, m_questionModel->rowCount());
    QList<Question *> questions;
    const QString query = foldForSearch(searchText());
    if (m_document && !query.isEmpty()) {
        const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (Question *question : questionsUnder(m_document->questionBank())) {
            const QString haystack = foldForSearch(question->data().name + QLatin1Char(' ')
                + QTextDocumentFragment::fromHtml(question->data().text).toPlainText());
            const bool all = std::all_of(words.begin(), words.end(),
                [&haystack](const QString &word) { return haystack.contains(word); });
            if (all)
                questions.append(question);
        }
    } else if (QuestionCategory *category = currentCategory()) {
        for (int row = 0; row < category->childCount(); ++row) {
            if (category->childAt(row)->type() == NodeType::Question)
                questions.append(static_cast<Question *>(category->childAt(row)));
        }
    }

    const QHash<NodeId, QStringList> usage = quizUsage(m_document);
    for (Question *question : questions) {
        const QuestionData &fields = question->data();
        auto *name = new QStandardItem(QuestionTypeInfo::icon(fields.type),
            fields.name.isEmpty() ? tr("(no name)") : fields.name);
        name->setData(question->id(), IdRole);
        const QString text = QTextDocumentFragment::fromHtml(fields.text).toPlainText().trimmed();
        QString tip = text.left(300);
        if (!query.isEmpty() && question->parent())
            tip = tr("Category: %1").arg(question->parent()->displayName())
                + (tip.isEmpty() ? QString() : QStringLiteral("\n\n") + tip);
        name->setToolTip(tip);
        auto *type = new QStandardItem(QuestionTypeInfo::name(fields.type));
        auto *used = new QStandardItem;
        showUsage(used, usage.value(question->id()));
        const QList<QStandardItem *> row {name, type, used};
        for (QStandardItem *item : row)
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        m_questionModel->appendRow(row);
    }

    QItemSelection selection;
    for (int row = 0; row < m_questionModel->rowCount(); ++row) {
        const QModelIndex index = m_questionModel->index(row, NameColumn);
        const NodeId id = index.data(IdRole).toLongLong();
        if (id == current)
            m_questions->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        if (selected.contains(id))
            selection.select(index, m_questionModel->index(row, ColumnCount - 1));
    }
    m_questions->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);

    if (!m_document)
        m_status->clear();
    else if (!query.isEmpty())
        m_status->setText(
            tr("%n question(s) found in the whole bank", nullptr, m_questionModel->rowCount()));
    else if (!currentCategory())
        m_status->setText(tr("The bank has no category yet: add one to hold questions."));
    else
        m_status->setText(
            tr("%n question(s) in this category", nullptr, m_questionModel->rowCount()));
    updateActions();
}

void QuestionBankView::showUsage(QStandardItem *item, const QStringList &quizzes)
{
    const QString text = quizzes.isEmpty()
        ? tr("—")
        : tr("%n quiz(zes)", nullptr, static_cast<int>(quizzes.size()));
    if (item->text() == text && item->data(IdRole).toInt() == quizzes.size())
        return;
    item->setText(text);
    item->setData(static_cast<int>(quizzes.size()), IdRole);
    item->setToolTip(quizzes.isEmpty() ? tr("No quiz uses this question")
                                       : tr("Used by: %1").arg(quizzes.join(tr(", "))));
}

void QuestionBankView::updateUsage()
{
    // A quiz changed: only the "used by" column can change, in place.
    const QHash<NodeId, QStringList> usage = quizUsage(m_document);
    for (int row = 0; row < m_questionModel->rowCount(); ++row) {
        const NodeId id = m_questionModel->item(row, NameColumn)->data(IdRole).toLongLong();
        showUsage(m_questionModel->item(row, UsageColumn), usage.value(id));
    }
}

void QuestionBankView::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool hasCategory = currentCategory() != nullptr;
    const bool hasSelection = !selectedQuestions().isEmpty();
    m_search->setEnabled(m_document != nullptr);
    m_newCategoryAction->setEnabled(writable);
    m_renameCategoryAction->setEnabled(writable && hasCategory);
    m_deleteCategoryAction->setEnabled(writable && hasCategory);
    m_newQuestionAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && hasSelection);
    m_deleteAction->setEnabled(writable && hasSelection);
}

void QuestionBankView::onNodeChanged(Node *node)
{
    if (!node)
        return;
    switch (node->type()) {
    case NodeType::QuestionCategory:
        // In place: a rename may come from the item being edited.
        if (QTreeWidgetItem *item = categoryItem(node->id())) {
            const QSignalBlocker blocker(m_categories);
            item->setText(0, node->displayName());
            const QString info = QTextDocumentFragment::fromHtml(
                static_cast<QuestionCategory *>(node)->data().info)
                                     .toPlainText()
                                     .trimmed();
            item->setToolTip(0, info);
        }
        rebuildQuestions();
        break;
    case NodeType::Question:
        rebuildQuestions();
        break;
    case NodeType::Activity:
        if (static_cast<Activity *>(node)->kind() == ActivityKind::Quiz)
            updateUsage();
        break;
    default:
        break;
    }
}

void QuestionBankView::onStructureChanged()
{
    rebuildCategories();
}

void QuestionBankView::newCategory()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Node *parent = currentCategory();
    if (!parent)
        parent = m_document->questionBank();
    Node *added
        = pushAddNode(m_document, parent, parent->childCount(), newQuestionCategory(m_document));
    if (!added)
        return;
    setCurrentCategory(static_cast<QuestionCategory *>(added));
    if (QTreeWidgetItem *item = categoryItem(added->id())) {
        m_categories->setFocus();
        m_categories->editItem(item, 0);
    }
}

void QuestionBankView::renameCategory()
{
    QTreeWidgetItem *item = m_categories->currentItem();
    if (!item || !m_document || m_document->isReadOnly())
        return;
    m_categories->setFocus();
    m_categories->editItem(item, 0);
}

void QuestionBankView::deleteCategory()
{
    QuestionCategory *category = currentCategory();
    if (!category || !m_document || m_document->isReadOnly())
        return;
    if (refuseUsed(questionsUnder(category), tr("Delete category")))
        return;
    pushRemoveNode(m_document, category);
}

void QuestionBankView::newQuestion(QuestionType type)
{
    if (!m_document || m_document->isReadOnly())
        return;
    m_document->beginMacro(tr("New question: %1").arg(QuestionTypeInfo::name(type)));
    QuestionCategory *category = categoryForNewQuestion();
    Node *added = category ? pushAddNode(m_document, category, category->childCount(),
                      Parcours::newQuestion(m_document, type))
                           : nullptr;
    m_document->endMacro();
    if (!added)
        return;
    auto *question = static_cast<Question *>(added);
    selectQuestion(question);
    Q_EMIT questionActivated(question);
}

QuestionCategory *QuestionBankView::categoryForNewQuestion()
{
    if (QuestionCategory *category = currentCategory())
        return category;
    if (Question *question = currentQuestion()) {
        if (question->parent() && question->parent()->type() == NodeType::QuestionCategory)
            return static_cast<QuestionCategory *>(question->parent());
    }
    QuestionBank *bank = m_document->questionBank();
    for (int row = 0; row < bank->childCount(); ++row) {
        if (bank->childAt(row)->type() == NodeType::QuestionCategory)
            return static_cast<QuestionCategory *>(bank->childAt(row));
    }
    QuestionCategoryData fields;
    fields.name = tr("Default");
    return static_cast<QuestionCategory *>(pushAddNode(m_document, bank, bank->childCount(),
        makeNode<QuestionCategory>(m_document->allocateId(), fields)));
}

void QuestionBankView::duplicateQuestions()
{
    const QList<Question *> questions = selectedQuestions();
    if (questions.isEmpty() || !m_document || m_document->isReadOnly())
        return;
    Question *last = nullptr;
    m_document->beginMacro(
        tr("Duplicate %n question(s)", nullptr, static_cast<int>(questions.size())));
    for (Question *question : questions) {
        if (Question *copy = duplicateQuestion(m_document, question))
            last = copy;
    }
    m_document->endMacro();
    if (last)
        selectQuestion(last);
}

void QuestionBankView::deleteQuestions()
{
    const QList<Question *> questions = selectedQuestions();
    if (questions.isEmpty() || !m_document || m_document->isReadOnly())
        return;
    if (refuseUsed(questions, tr("Delete question")))
        return;
    m_document->beginMacro(
        tr("Delete %n question(s)", nullptr, static_cast<int>(questions.size())));
    for (Question *question : questions)
        pushRemoveNode(m_document, question);
    m_document->endMacro();
}

bool QuestionBankView::refuseUsed(const QList<Question *> &questions, const QString &title)
{
    const QHash<NodeId, QStringList> usage = quizUsage(m_document);
    QStringList lines;
    for (Question *question : questions) {
        const QStringList quizzes = usage.value(question->id());
        if (!quizzes.isEmpty())
            lines.append(
                tr("“%1”, used by %2").arg(question->displayName(), quizzes.join(tr(", "))));
    }
    if (lines.isEmpty())
        return false;
    MessageBox::warning(this, title,
        tr("A question used by a quiz cannot be deleted. Remove it from these quizzes first:\n%1")
            .arg(lines.join(QLatin1Char('\n'))));
    return true;
}

QTreeWidgetItem *QuestionBankView::categoryItem(NodeId id) const
{
    for (QTreeWidgetItemIterator it(m_categories); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

} // namespace Parcours
