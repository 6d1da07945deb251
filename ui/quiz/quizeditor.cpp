// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/quiz/quizeditor.h"

#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/model/questionbank.h"
#include "core/validation/questioncheck.h"
#include "ui/questions/questionform.h"
#include "ui/quiz/questionbankview.h"
#include "ui/quiz/questiontypeinfo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Parcours {

namespace {

constexpr int SlotRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int MarkRole = Qt::UserRole + 3;
constexpr int HeadingRole = Qt::UserRole + 4;
/** Merge keys of mark edits: one per slot, away from the activity form's own keys. */
constexpr int MarkMergeKeyBase = 0x100000;

enum Column { NumberColumn, QuestionColumn, TypeColumn, MarkColumn, LockColumn, ColumnCount };

QString formatMark(double mark)
{
    return QLocale().toString(mark, 'f', 2);
}

/** The categories of the bank in tree order, with their depth. */
void collectCategories(Node *parent, int depth, QList<std::pair<QuestionCategory *, int>> *out)
{
    for (int row = 0; row < parent->childCount(); ++row) {
        Node *child = parent->childAt(row);
        if (child->type() != NodeType::QuestionCategory)
            continue;
        out->append({static_cast<QuestionCategory *>(child), depth});
        collectCategories(child, depth + 1, out);
    }
}

/** A random slot's tag names (Moodle keeps them as "id,name"). */
QStringList tagNames(const QStringList &tags)
{
    QStringList names;
    for (const QString &tag : tags) {
        const qsizetype comma = tag.indexOf(QLatin1Char(','));
        names.append(comma < 0 ? tag : tag.mid(comma + 1));
    }
    return names;
}

/** Sorted, without duplicates or sections past the last slot; the first starts at 0. */
void normalizeSections(QuizSettings &settings)
{
    auto &sections = settings.sections;
    std::stable_sort(sections.begin(), sections.end(),
        [](const QuizSection &l, const QuizSection &r) { return l.firstSlot < r.firstSlot; });
    const int count = static_cast<int>(settings.slots.size());
    std::vector<QuizSection> kept;
    for (const QuizSection &section : sections) {
        if (!kept.empty() && kept.back().firstSlot == section.firstSlot)
            continue;
        if (section.firstSlot > 0 && section.firstSlot >= count)
            continue;
        kept.push_back(section);
    }
    if (!kept.empty())
        kept.front().firstSlot = 0;
    sections = kept;
}

bool startsSection(const QuizSettings &settings, int slot)
{
    return std::any_of(settings.sections.begin(), settings.sections.end(),
        [slot](const QuizSection &s) { return s.firstSlot == slot; });
}

/** Inserts slots at position, keeping sections and pages around them. */
void insertSlots(QuizSettings &settings, int position, std::vector<QuizSlot> added)
{
    const int count = static_cast<int>(settings.slots.size());
    position = std::clamp(position, 0, count);
    if (added.empty())
        return;
    const int perPage = settings.questionsPerPage;
    if (position == count) {
        // At the end: follow the quiz's « questions per page ».
        int onLastPage = 0;
        for (int i = count - 1; i >= 0; --i) {
            ++onLastPage;
            if (i == 0 || settings.slots[static_cast<size_t>(i)].newPage)
                break;
        }
        for (QuizSlot &slot : added) {
            slot.newPage = onLastPage == 0 || (perPage > 0 && onLastPage >= perPage);
            onLastPage = slot.newPage ? 1 : onLastPage + 1;
        }
    } else {
        for (QuizSlot &slot : added)
            slot.newPage = false;
        if (position == 0) {
            added.front().newPage = true;
            settings.slots.front().newPage = false;
        }
    }
    const int n = static_cast<int>(added.size());
    for (QuizSection &section : settings.sections) {
        if (section.firstSlot > 0 && section.firstSlot >= position)
            section.firstSlot += n;
    }
    settings.slots.insert(settings.slots.begin() + position, added.begin(), added.end());
    normalizeSections(settings);
}

void removeSlot(QuizSettings &settings, int index)
{
    const auto i = static_cast<size_t>(index);
    if (i + 1 < settings.slots.size() && (index == 0 || settings.slots[i].newPage))
        settings.slots[i + 1].newPage = true;
    settings.slots.erase(settings.slots.begin() + index);
    for (QuizSection &section : settings.sections) {
        if (section.firstSlot > index)
            --section.firstSlot;
    }
    normalizeSections(settings);
}

/** Moves the slot at from so that it ends at index to; page breaks stay with positions. */
void moveSlotContent(QuizSettings &settings, int from, int to)
{
    std::vector<QuizSlot> contents = settings.slots;
    const QuizSlot moved = contents[static_cast<size_t>(from)];
    contents.erase(contents.begin() + from);
    contents.insert(contents.begin() + to, moved);
    for (size_t i = 0; i < contents.size(); ++i) {
        const bool newPage = settings.slots[i].newPage;
        settings.slots[i] = contents[i];
        settings.slots[i].newPage = newPage;
    }
}

/** The list's rows: slots, with page and section rows in between; drags carry slot indexes. */
class SlotList : public QTreeWidget
{
public:
    SlotList(QuizEditor *editor, QWidget *parent)
        : QTreeWidget(parent)
        , m_editor(editor)
    {
        setAcceptDrops(true);
        setDragEnabled(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::CopyAction);
        setDropIndicatorShown(true);
    }

    /** Slot index a drop at pos goes before (the number of slots for the end). */
    int dropPosition(const QPoint &pos) const
    {
        QTreeWidgetItem *item = itemAt(pos);
        if (!item)
            return -1;
        const int slot = item->data(0, SlotRole).toInt();
        if (item->data(0, KeyRole).toString().startsWith(QLatin1Char('s'))) {
            const QRect rect = visualItemRect(item);
            return pos.y() < rect.center().y() ? slot : slot + 1;
        }
        // A page or section row: before the first slot under it.
        return slot;
    }

protected:
    QStringList mimeTypes() const override
    {
        return {QuizEditor::slotMimeType(), QuestionBankView::mimeType()};
    }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        QStringList slots;
        for (QTreeWidgetItem *item : items) {
            if (item->data(0, KeyRole).toString().startsWith(QLatin1Char('s')))
                slots.append(QString::number(item->data(0, SlotRole).toInt()));
        }
        if (slots.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(QuizEditor::slotMimeType(), slots.join(QLatin1Char('\n')).toUtf8());
        return mime;
    }
    Qt::DropActions supportedDropActions() const override
    {
        return Qt::CopyAction | Qt::MoveAction;
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        // The base class starts the drag state (the drop indicator, autoscroll).
        QTreeWidget::dragEnterEvent(event);
        if (accepts(event->mimeData())) {
            event->setDropAction(Qt::CopyAction);
            event->accept();
        } else {
            event->ignore();
        }
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        QTreeWidget::dragMoveEvent(event);
        if (accepts(event->mimeData())) {
            event->setDropAction(Qt::CopyAction);
            event->accept();
        } else {
            event->ignore();
        }
    }
    void dropEvent(QDropEvent *event) override
    {
        stopAutoScroll();
        setState(NoState);
        viewport()->update();
        // Copy, never Move: the view must not remove the dragged rows itself, the list is
        // rebuilt from the quiz.
        if (m_editor->dropMimeData(event->mimeData(), dropPosition(event->position().toPoint()))) {
            event->setDropAction(Qt::CopyAction);
            event->accept();
        } else {
            event->ignore();
        }
    }

private:
    bool accepts(const QMimeData *mime) const
    {
        return mime
            && (mime->hasFormat(QuizEditor::slotMimeType())
                || mime->hasFormat(QuestionBankView::mimeType()));
    }

    QuizEditor *m_editor;
};

/** Edits the mark column with a spin box of two decimals. */
class MarkDelegate : public QStyledItemDelegate
{
public:
    MarkDelegate(std::function<void(int, double)> setMark,
        std::function<void(int, const QString &)> setHeading,
        QObject *parent)
        : QStyledItemDelegate(parent)
        , m_setMark(std::move(setMark))
        , m_setHeading(std::move(setHeading))
    { }

    static bool isHeading(const QModelIndex &index)
    {
        return index.siblingAtColumn(0).data(KeyRole).toString().startsWith(QLatin1Char('h'));
    }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        if (isHeading(index)) {
            auto *edit = new QLineEdit(parent);
            edit->setObjectName(QStringLiteral("sectionHeadingLineEdit"));
            edit->setAccessibleName(QuizEditor::tr("Section heading"));
            return edit;
        }
        if (index.column() != MarkColumn)
            return nullptr;
        auto *spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("slotMarkSpinBox"));
        spin->setAccessibleName(QuizEditor::tr("Mark"));
        spin->setDecimals(2);
        spin->setRange(0, 1000);
        spin->setSingleStep(0.5);
        spin->setFrame(false);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (isHeading(index))
            static_cast<QLineEdit *>(editor)->setText(index.data(HeadingRole).toString());
        else
            static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(MarkRole).toDouble());
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        if (isHeading(index)) {
            if (m_setHeading)
                m_setHeading(index.data(SlotRole).toInt(),
                    static_cast<QLineEdit *>(editor)->text().trimmed());
            return;
        }
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        if (m_setMark)
            m_setMark(index.data(SlotRole).toInt(), spin->value());
    }
    /** Forgets the editor being destroyed: an open spin box commits on its way out. */
    void detach()
    {
        m_setMark = nullptr;
        m_setHeading = nullptr;
    }

private:
    std::function<void(int, double)> m_setMark;
    std::function<void(int, const QString &)> m_setHeading;
};

} // namespace

QuizEditor::QuizEditor(CourseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("quizEditor"));

    m_list = new SlotList(this, this);
    m_list->setObjectName(QStringLiteral("quizSlotTree"));
    m_list->setAccessibleName(tr("Questions of the quiz"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("No."), tr("Question"), tr("Type"), tr("Mark"), QString()});
    m_list->headerItem()->setIcon(LockColumn, QuestionTypeInfo::lockIcon());
    m_list->headerItem()->setToolTip(
        LockColumn, tr("A padlock: the question needs the previous one finished first"));
    m_list->headerItem()->setData(LockColumn, Qt::AccessibleTextRole, tr("Requires previous"));
    m_list->setRootIsDecorated(false);
    // Page and section rows have no icon: rows differ in height.
    m_list->setUniformRowHeights(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_markDelegate = new MarkDelegate([this](int slot, double mark) { setMark(slot, mark); },
        [this](int firstSlot, const QString &heading) { setHeading(firstSlot, heading); }, m_list);
    m_list->setItemDelegate(static_cast<MarkDelegate *>(m_markDelegate));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(MarkColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LockColumn, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 18);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setToolTip(tr("Double-click a mark (or press F2) to change it; drag questions to "
                          "reorder them, or from the question bank to add them"));

    const auto listAction
        = [this](const QString &text, const QString &name, const QKeySequence &keys, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(name);
              if (!keys.isEmpty()) {
                  action->setShortcut(keys);
                  action->setShortcutContext(Qt::WidgetShortcut);
              }
              connect(action, &QAction::triggered, this, slot);
              m_list->addAction(action);
              return action;
          };

    m_addMenu = new QMenu(tr("&Add a question"), this);
    m_addMenu->setObjectName(QStringLiteral("quizAddMenu"));
    for (QuestionType type : QuestionTypeInfo::creatableTypes()) {
        QAction *action
            = m_addMenu->addAction(QuestionTypeInfo::icon(type), QuestionTypeInfo::menuText(type));
        action->setObjectName(
            QStringLiteral("quizAdd%1Action")
                .arg(QString::fromLatin1(
                    QMetaEnum::fromType<QuestionType>().valueToKey(static_cast<int>(type)))));
        connect(action, &QAction::triggered, this, [this, type] { addNewQuestion(type); });
    }
    m_addMenu->addSeparator();
    m_addRandomAction = m_addMenu->addAction(QuestionTypeInfo::randomIcon(),
        tr("A &random question…"), this, [this] { chooseRandomQuestion(); });
    m_addRandomAction->setObjectName(QStringLiteral("quizAddRandomAction"));
    m_addRandomAction->setToolTip(tr("Adds a slot that shows each attempt a question drawn at "
                                     "random from a category of the bank"));
    m_list->addAction(m_addMenu->menuAction());

    m_addFromBankAction
        = listAction(tr("Add from the &bank…"), QStringLiteral("quizAddFromBankAction"),
            QKeySequence(Qt::CTRL | Qt::Key_B), [this] { addFromBank(); });
    m_addFromBankAction->setToolTip(tr("Adds questions of the question bank to the quiz"));
    m_duplicateAction = listAction(tr("&Duplicate"), QStringLiteral("quizDuplicateAction"),
        QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateCurrent(); });
    m_duplicateAction->setToolTip(
        tr("Adds a copy of the question to the bank and to the quiz, just after it (Ctrl+D)"));
    m_removeAction = listAction(tr("&Remove from the quiz"), QStringLiteral("quizRemoveAction"),
        QKeySequence::Delete, [this] { removeCurrent(); });
    m_removeAction->setToolTip(
        tr("Removes the question from this quiz; it stays in the question bank (Delete)"));
    m_moveUpAction = listAction(tr("Move &up"), QStringLiteral("quizMoveUpAction"),
        QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    m_moveUpAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_moveUpAction->setToolTip(tr("Moves the question up (Alt+Up)"));
    m_moveDownAction = listAction(tr("Move do&wn"), QStringLiteral("quizMoveDownAction"),
        QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });
    m_moveDownAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_moveDownAction->setToolTip(tr("Moves the question down (Alt+Down)"));
    listAction(tr("Change the &mark or heading"), QStringLiteral("quizEditMarkAction"),
        QKeySequence(Qt::Key_F2), [this] {
            QTreeWidgetItem *item = m_list->currentItem();
            if (item && item->data(0, KeyRole).toString().startsWith(QLatin1Char('h')))
                m_list->editItem(item, 0);
            else if ((item = slotItem(currentSlot())))
                m_list->editItem(item, MarkColumn);
        });

    m_requirePreviousAction = new QAction(
        QuestionTypeInfo::lockIcon(), tr("Re&quire the previous question to be finished"), this);
    m_requirePreviousAction->setObjectName(QStringLiteral("quizRequirePreviousAction"));
    m_requirePreviousAction->setCheckable(true);
    m_requirePreviousAction->setToolTip(
        tr("This question cannot be attempted until the previous question has been completed "
           "(with free navigation, not for the first question)"));
    connect(m_requirePreviousAction, &QAction::triggered, this,
        [this](bool on) { setRequirePrevious(on); });
    m_list->addAction(m_requirePreviousAction);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_list->addAction(separator);
    m_addPageBreakAction
        = listAction(tr("Add a &page break after"), QStringLiteral("quizAddPageBreakAction"),
            QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { setPageBreak(true); });
    m_removePageBreakAction = listAction(tr("Remove the page brea&k after"),
        QStringLiteral("quizRemovePageBreakAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { setPageBreak(false); });
    m_repaginateAction = listAction(tr("Repa&ginate"), QStringLiteral("quizRepaginateAction"),
        QKeySequence(), [this] { repaginate(); });
    m_repaginateAction->setToolTip(
        tr("Puts the number of questions set in “Questions per page” on each page"));
    m_addSectionAction = listAction(tr("Add a section &heading here"),
        QStringLiteral("quizAddSectionAction"), QKeySequence(), [this] { addSection(); });
    m_addSectionAction->setToolTip(tr("Starts a new section, on a new page, at the selected "
                                      "question; its heading is shown above it in the quiz"));
    m_removeSectionAction = listAction(tr("Remove the section heading"),
        QStringLiteral("quizRemoveSectionAction"), QKeySequence(), [this] { removeSection(); });
    m_shuffleAction = new QAction(tr("&Shuffle the questions of this section"), this);
    m_shuffleAction->setObjectName(QStringLiteral("quizShuffleAction"));
    m_shuffleAction->setCheckable(true);
    m_shuffleAction->setToolTip(
        tr("Shows the questions of the selected question's section in a random order"));
    connect(m_shuffleAction, &QAction::triggered, this, [this](bool on) { toggleShuffle(on); });
    m_list->addAction(m_shuffleAction);

    const auto button = [this](QAction *action, const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::StrongFocus);
        b->setAccessibleName(action->text().remove(QLatin1Char('&')));
        return b;
    };
    m_addButton = new QToolButton(this);
    m_addButton->setObjectName(QStringLiteral("quizAddButton"));
    m_addButton->setText(tr("&Add a question"));
    m_addButton->setAccessibleName(tr("Add a question"));
    m_addButton->setToolTip(tr("Makes a new question of the chosen type in the quiz's category"));
    m_addButton->setMenu(m_addMenu);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addButton->setFocusPolicy(Qt::StrongFocus);

    auto *pagesMenu = new QMenu(tr("Pages and sections"), this);
    pagesMenu->setObjectName(QStringLiteral("quizPagesMenu"));
    pagesMenu->addAction(m_addPageBreakAction);
    pagesMenu->addAction(m_removePageBreakAction);
    pagesMenu->addAction(m_repaginateAction);
    pagesMenu->addSeparator();
    pagesMenu->addAction(m_addSectionAction);
    pagesMenu->addAction(m_removeSectionAction);
    pagesMenu->addAction(m_shuffleAction);
    auto *pagesButton = new QToolButton(this);
    pagesButton->setObjectName(QStringLiteral("quizPagesButton"));
    pagesButton->setText(tr("&Pages and sections"));
    pagesButton->setAccessibleName(tr("Pages and sections"));
    pagesButton->setMenu(pagesMenu);
    pagesButton->setPopupMode(QToolButton::InstantPopup);
    pagesButton->setFocusPolicy(Qt::StrongFocus);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(button(m_addFromBankAction, QStringLiteral("quizAddFromBankButton")));
    buttons->addWidget(button(m_duplicateAction, QStringLiteral("quizDuplicateButton")));
    buttons->addWidget(button(m_removeAction, QStringLiteral("quizRemoveButton")));
    QToolButton *up = button(m_moveUpAction, QStringLiteral("quizMoveUpButton"));
    up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    buttons->addWidget(up);
    QToolButton *down = button(m_moveDownAction, QStringLiteral("quizMoveDownButton"));
    down->setToolButtonStyle(Qt::ToolButtonIconOnly);
    buttons->addWidget(down);
    buttons->addWidget(pagesButton);
    buttons->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("quizSummaryLabel"));
    m_summary->setWordWrap(true);

    auto *detailBox = new QGroupBox(tr("Selected question"), this);
    detailBox->setObjectName(QStringLiteral("quizQuestionGroupBox"));
    auto *detailLayout = new QVBoxLayout(detailBox);
    m_detailSummary = new QLabel(tr("Select a question of the list to edit it here."));
    m_detailSummary->setObjectName(QStringLiteral("quizDetailLabel"));
    m_detailSummary->setWordWrap(true);
    detailLayout->addWidget(m_detailSummary);
    auto *form = new QuestionForm(m_document, detailBox);
    form->hide();
    detailLayout->addWidget(form);
    m_detail = form;

    m_randomEditor = new QWidget(detailBox);
    m_randomEditor->setObjectName(QStringLiteral("quizRandomSlotEditor"));
    auto *randomLayout = new QFormLayout(m_randomEditor);
    randomLayout->setContentsMargins(0, 0, 0, 0);
    m_randomCategoryCombo = new QComboBox(m_randomEditor);
    m_randomCategoryCombo->setObjectName(QStringLiteral("quizRandomCategoryCombo"));
    m_randomCategoryCombo->setAccessibleName(tr("Category of the random question"));
    m_randomCategoryCombo->setToolTip(tr("Each attempt shows a question drawn from this category"));
    m_randomCategoryCombo->setPlaceholderText(tr("(category not in the bank)"));
    m_randomCategoryCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_randomCategoryCombo->setMinimumContentsLength(20);
    randomLayout->addRow(tr("&Category:"), m_randomCategoryCombo);
    m_randomSubcategoriesCheck = new QCheckBox(tr("Include &subcategories"), m_randomEditor);
    m_randomSubcategoriesCheck->setObjectName(QStringLiteral("quizRandomSubcategoriesCheckBox"));
    m_randomSubcategoriesCheck->setAccessibleName(tr("Include subcategories"));
    m_randomSubcategoriesCheck->setToolTip(
        tr("Draws from the questions of the category's subcategories too"));
    randomLayout->addRow(QString(), m_randomSubcategoriesCheck);
    m_randomTagsLabel = new QLabel(m_randomEditor);
    m_randomTagsLabel->setObjectName(QStringLiteral("quizRandomTagsLabel"));
    m_randomTagsLabel->setWordWrap(true);
    m_randomTagsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_randomTagsLabel->setAccessibleName(tr("Tags of the random question"));
    m_randomTagsLabel->setToolTip(tr("Only questions with all these tags are drawn; tags are "
                                     "kept from the imported backup and cannot be changed here"));
    randomLayout->addRow(tr("Tags:"), m_randomTagsLabel);
    m_randomEditor->hide();
    detailLayout->addWidget(m_randomEditor);
    connect(m_randomCategoryCombo, &QComboBox::activated, this, [this](int index) {
        setRandomCategory(m_randomCategoryCombo->itemData(index).value<NodeId>());
    });
    connect(m_randomSubcategoriesCheck, &QCheckBox::clicked, this,
        [this](bool on) { setRandomSubcategories(on); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(detailBox);

    setTabOrder(m_addButton, m_list);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { onCurrentItemChanged(); });
    connect(m_document, &CourseDocument::nodeChanged, this, &QuizEditor::onNodeChanged);
    for (auto signal : {&CourseDocument::nodeInserted, &CourseDocument::nodeRemoved})
        connect(m_document, signal, this, [this] { rebuild(); });
    connect(m_document, &CourseDocument::nodeMoved, this, [this] { rebuild(); });
    connect(m_document, &CourseDocument::contentReset, this, [this] { rebuild(); });

    rebuild();
}

QuizEditor::~QuizEditor()
{
    // The base destructors still close the mark editor and may see the document change.
    static_cast<MarkDelegate *>(m_markDelegate)->detach();
    disconnect(m_document, nullptr, this, nullptr);
}

QString QuizEditor::slotMimeType()
{
    return QStringLiteral("application/x-parcours-quiz-slots");
}

void QuizEditor::setQuiz(Activity *quiz)
{
    const NodeId id = quiz && quiz->kind() == ActivityKind::Quiz ? quiz->id() : 0;
    if (id == m_quizId)
        return;
    m_quizId = id;
    m_list->clear();
    rebuild();
    setCurrentSlot(quiz && !quiz->settings<QuizSettings>()->slots.empty() ? 0 : -1);
}

Activity *QuizEditor::quiz() const
{
    Activity *activity = m_quizId ? m_document->nodeAs<Activity>(m_quizId) : nullptr;
    return activity && activity->kind() == ActivityKind::Quiz ? activity : nullptr;
}

int QuizEditor::currentSlot() const
{
    return slotOfItem(m_list->currentItem());
}

int QuizEditor::slotOfItem(const QTreeWidgetItem *item) const
{
    if (!item || !item->data(0, KeyRole).toString().startsWith(QLatin1Char('s')))
        return -1;
    return item->data(0, SlotRole).toInt();
}

void QuizEditor::setCurrentSlot(int slot)
{
    QTreeWidgetItem *item = slotItem(slot);
    if (item)
        m_list->setCurrentItem(item, NumberColumn);
    else
        m_list->setCurrentItem(nullptr);
}

QTreeWidgetItem *QuizEditor::slotItem(int slot) const
{
    if (slot < 0)
        return nullptr;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (slotOfItem(item) == slot)
            return item;
    }
    return nullptr;
}

QStringList QuizEditor::slotProblems(int slot) const
{
    QStringList problems;
    Activity *activity = quiz();
    if (!activity)
        return problems;
    const auto &slots = activity->settings<QuizSettings>()->slots;
    if (slot < 0 || slot >= static_cast<int>(slots.size()))
        return problems;
    const QuizSlot &entry = slots[static_cast<size_t>(slot)];
    if (entry.random) {
        // As the validator says it: only a category gone from the bank is a fault.
        if (entry.category != 0 && !m_document->nodeAs<QuestionCategory>(entry.category))
            problems.append(tr("Random question %1 of the quiz draws from a category that no "
                               "longer exists: choose another category.")
                                .arg(slot + 1));
        return problems;
    }
    const auto *question = m_document->nodeAs<Question>(entry.question);
    if (!question) {
        problems.append(tr("This question is not in the question bank any more: remove it from "
                           "the quiz or undo its deletion."));
        return problems;
    }
    for (const QuestionProblem &problem : checkQuestion(question->data()))
        problems.append(problem.message);
    return problems;
}

void QuizEditor::rebuild()
{
    Activity *activity = quiz();
    const bool writable = !m_document->isReadOnly();
    setEnabled(activity != nullptr);
    if (!activity) {
        m_list->clear();
        m_summary->clear();
        updateActions();
        updateDetail();
        return;
    }
    const QuizSettings &settings = *activity->settings<QuizSettings>();
    std::vector<QuizSection> sections = settings.sections;
    std::sort(sections.begin(), sections.end(),
        [](const QuizSection &l, const QuizSection &r) { return l.firstSlot < r.firstSlot; });

    struct Row
    {
        QString key;
        int slot;
    };
    QList<Row> rows;
    const int count = static_cast<int>(settings.slots.size());
    int page = 0;
    for (int i = 0; i < count; ++i) {
        for (size_t s = 0; s < sections.size(); ++s) {
            if (sections[s].firstSlot == i
                && (sections.size() > 1 || !sections[s].heading.isEmpty() || sections[s].shuffle))
                rows.append({QStringLiteral("h%1").arg(s), i});
        }
        if (i == 0 || settings.slots[static_cast<size_t>(i)].newPage)
            rows.append({QStringLiteral("p%1").arg(++page), i});
        rows.append({QStringLiteral("s%1").arg(i), i});
    }

    const int current = currentSlot();
    m_rebuilding = true;
    bool sameShape = m_list->topLevelItemCount() == rows.size();
    for (int r = 0; sameShape && r < rows.size(); ++r)
        sameShape = m_list->topLevelItem(r)->data(0, KeyRole).toString() == rows[r].key;
    if (!sameShape) {
        m_list->clear();
        for (const Row &row : rows) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setData(0, KeyRole, row.key);
            item->setData(0, SlotRole, row.slot);
            if (row.key.startsWith(QLatin1Char('s'))) {
                Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
                if (writable)
                    flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
                item->setFlags(flags);
                for (int c = 0; c < ColumnCount; ++c)
                    item->setData(c, SlotRole, row.slot);
            } else if (row.key.startsWith(QLatin1Char('h'))) {
                // Headings are selected and edited in place (F2 or double-click).
                Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
                if (writable)
                    flags |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
                item->setFlags(flags);
                item->setFirstColumnSpanned(true);
                QFont font = m_list->font();
                font.setBold(true);
                font.setItalic(true);
                item->setFont(0, font);
            } else {
                item->setFlags(Qt::ItemIsDropEnabled);
                item->setFirstColumnSpanned(true);
                QFont font = m_list->font();
                font.setBold(true);
                item->setFont(0, font);
                item->setForeground(0, palette().brush(QPalette::Active, QPalette::Text));
                item->setBackground(0, palette().brush(QPalette::Active, QPalette::AlternateBase));
            }
        }
    }

    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    int problemCount = 0;
    for (int r = 0; r < rows.size(); ++r) {
        QTreeWidgetItem *item = m_list->topLevelItem(r);
        const QString &key = rows[r].key;
        const int i = rows[r].slot;
        if (key.startsWith(QLatin1Char('h'))) {
            const QuizSection &section = sections[key.mid(1).toULongLong()];
            QString text = section.heading.isEmpty() ? tr("Untitled section") : section.heading;
            if (section.shuffle)
                text = tr("%1 (questions shuffled)").arg(text);
            item->setText(0, text);
            item->setData(0, HeadingRole, section.heading);
            item->setToolTip(0, tr("Section of the quiz (F2 to rename it)"));
            continue;
        }
        if (key.startsWith(QLatin1Char('p'))) {
            item->setText(0, tr("Page %1").arg(key.mid(1)));
            continue;
        }
        const QuizSlot &slot = settings.slots[static_cast<size_t>(i)];
        const auto *question = m_document->nodeAs<Question>(slot.question);
        item->setText(NumberColumn, QString::number(i + 1));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (slot.random) {
            item->setIcon(QuestionColumn, QuestionTypeInfo::randomIcon());
            item->setText(QuestionColumn, randomSlotText(slot));
            item->setText(TypeColumn, tr("Random"));
        } else if (question) {
            const QuestionData &fields = question->data();
            item->setIcon(QuestionColumn, QuestionTypeInfo::icon(fields.type));
            item->setText(QuestionColumn, fields.name.isEmpty() ? tr("(no name)") : fields.name);
            item->setText(TypeColumn, QuestionTypeInfo::name(fields.type));
        } else {
            item->setIcon(QuestionColumn, QIcon());
            item->setText(QuestionColumn, tr("(missing question)"));
            item->setText(TypeColumn, QString());
        }
        item->setText(MarkColumn, formatMark(slot.mark));
        item->setData(MarkColumn, MarkRole, slot.mark);
        item->setTextAlignment(MarkColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(MarkColumn, tr("Mark of the question in this quiz (F2 to change it)"));
        if (slot.requirePrevious && i > 0) {
            item->setIcon(LockColumn, QuestionTypeInfo::lockIcon());
            item->setData(LockColumn, Qt::AccessibleTextRole, tr("Requires previous"));
            item->setToolTip(LockColumn,
                settings.navigation == QuizNavigation::Free
                    ? tr("Cannot be attempted until the previous question has been completed")
                    : tr("Cannot be attempted until the previous question has been completed "
                         "(no effect: the quiz's navigation is sequential)"));
        } else {
            item->setIcon(LockColumn, QIcon());
            item->setData(LockColumn, Qt::AccessibleTextRole, QString());
            item->setToolTip(LockColumn, QString());
        }

        // The question's own checks (the validator's), or its absence from the bank.
        QStringList problems;
        bool error = !question;
        if (slot.random) {
            problems = slotProblems(i);
            error = !problems.isEmpty();
        } else if (question) {
            for (const QuestionProblem &p : checkQuestion(question->data())) {
                problems.append(p.message);
                error = error || p.severity == Validator::Severity::Error;
            }
        } else {
            problems = slotProblems(i);
        }
        if (problems.isEmpty()) {
            item->setIcon(NumberColumn, QIcon());
            item->setToolTip(NumberColumn, QString());
            item->setToolTip(QuestionColumn,
                slot.random ? randomSlotText(slot)
                            : (question ? question->data().name : QString()));
            item->setData(NumberColumn, Qt::AccessibleDescriptionRole, QString());
        } else {
            ++problemCount;
            item->setIcon(NumberColumn, error ? errorIcon : warningIcon);
            const QString tip = problems.join(QLatin1Char('\n'));
            item->setToolTip(NumberColumn, tip);
            item->setToolTip(QuestionColumn, tip);
            item->setData(NumberColumn, Qt::AccessibleDescriptionRole, tip);
        }
    }

    QString summary = tr("%n question(s)", nullptr, count) + QStringLiteral(" · ")
        + tr("Total of marks: %1").arg(formatMark(settings.sumOfMarks())) + QStringLiteral(" · ")
        + tr("Maximum grade: %1").arg(formatMark(settings.grade));
    if (problemCount > 0)
        summary += QStringLiteral(" · ")
            + tr("%n question(s) to fix (see the icons)", nullptr, problemCount);
    m_summary->setText(summary);

    if (!sameShape) {
        const int target = std::min(current, count - 1);
        if (QTreeWidgetItem *item = slotItem(target))
            m_list->setCurrentItem(item, NumberColumn);
    }
    m_rebuilding = false;
    updateActions();
    updateDetail();
}

void QuizEditor::onNodeChanged(Node *node, NodeFields)
{
    if (!node)
        return;
    if (node->id() == m_quizId || node->type() == NodeType::Question
        || node->type() == NodeType::QuestionCategory)
        rebuild();
}

void QuizEditor::onCurrentItemChanged()
{
    updateActions();
    if (!m_rebuilding)
        updateDetail();
}

void QuizEditor::updateActions()
{
    Activity *activity = quiz();
    const bool writable = activity && !m_document->isReadOnly();
    const int slot = currentSlot();
    const int count
        = activity ? static_cast<int>(activity->settings<QuizSettings>()->slots.size()) : 0;
    m_addButton->setEnabled(writable);
    m_addMenu->setEnabled(writable);
    m_addFromBankAction->setEnabled(writable);
    bool canDuplicate = writable && slot >= 0;
    if (canDuplicate) {
        const QuizSlot &entry
            = activity->settings<QuizSettings>()->slots[static_cast<size_t>(slot)];
        canDuplicate = entry.random || m_document->nodeAs<Question>(entry.question);
    }
    m_duplicateAction->setEnabled(canDuplicate);
    m_addRandomAction->setEnabled(writable);
    // Moodle offers it only with free navigation, and never for the first question.
    const bool freeNavigation
        = activity && activity->settings<QuizSettings>()->navigation == QuizNavigation::Free;
    m_requirePreviousAction->setEnabled(writable && slot > 0 && freeNavigation);
    m_requirePreviousAction->setChecked(slot > 0
        && activity->settings<QuizSettings>()->slots[static_cast<size_t>(slot)].requirePrevious);
    m_removeAction->setEnabled(writable && slot >= 0);
    m_moveUpAction->setEnabled(writable && slot > 0);
    m_moveDownAction->setEnabled(writable && slot >= 0 && slot + 1 < count);
    bool breakAfter = false;
    bool sectionAfter = false;
    if (writable && slot >= 0 && slot + 1 < count) {
        const QuizSettings &settings = *activity->settings<QuizSettings>();
        breakAfter = settings.slots[static_cast<size_t>(slot + 1)].newPage;
        sectionAfter = startsSection(settings, slot + 1);
    }
    m_addPageBreakAction->setEnabled(writable && slot >= 0 && slot + 1 < count && !breakAfter);
    m_removePageBreakAction->setEnabled(breakAfter && !sectionAfter);
    m_repaginateAction->setEnabled(writable && count > 0);
    const int sectionStart = writable ? currentSectionStart() : -1;
    bool canAddSection = false;
    bool canRemoveSection = false;
    if (writable) {
        const QuizSettings &settings = *activity->settings<QuizSettings>();
        canAddSection = slot >= 0
            && (!startsSection(settings, slot)
                || (slot == 0 && settings.sections.size() == 1
                    && settings.sections.front().heading.isEmpty()));
        canRemoveSection = sectionStart > 0 || (sectionStart == 0 && settings.sections.size() == 1);
    }
    m_addSectionAction->setEnabled(canAddSection);
    m_removeSectionAction->setEnabled(canRemoveSection);
    const int shuffleSlot = slot >= 0 ? slot : sectionStart;
    m_shuffleAction->setEnabled(writable && shuffleSlot >= 0);
    if (writable && shuffleSlot >= 0) {
        const QuizSettings &settings = *activity->settings<QuizSettings>();
        const int section = sectionOfSlot(settings, shuffleSlot);
        m_shuffleAction->setChecked(
            section >= 0 && settings.sections[static_cast<size_t>(section)].shuffle);
    } else {
        m_shuffleAction->setChecked(false);
    }
}

void QuizEditor::updateDetail()
{
    auto *form = static_cast<QuestionForm *>(m_detail);
    Activity *activity = quiz();
    const int slot = currentSlot();
    Question *question = nullptr;
    const QuizSlot *random = nullptr;
    if (activity && slot >= 0) {
        const auto &slots = activity->settings<QuizSettings>()->slots;
        if (slot < static_cast<int>(slots.size())) {
            const QuizSlot &entry = slots[static_cast<size_t>(slot)];
            if (entry.random)
                random = &entry;
            else
                question = m_document->nodeAs<Question>(entry.question);
        }
    }
    if (form->question() != question)
        form->setQuestion(question);
    form->setVisible(question != nullptr);
    m_randomEditor->setVisible(random != nullptr);
    if (random) {
        fillCategories(m_randomCategoryCombo, random->category);
        m_randomSubcategoriesCheck->setChecked(random->includeSubcategories);
        const QStringList tags = tagNames(random->tags);
        m_randomTagsLabel->setText(tags.isEmpty() ? tr("(none)") : tags.join(QStringLiteral(", ")));
        m_randomEditor->setEnabled(!m_document->isReadOnly());
        m_detailSummary->setText(
            tr("Random question %1 of the quiz: each attempt shows a question drawn from the "
               "category below. Its mark is changed in the list.")
                .arg(slot + 1));
    } else if (question) {
        m_detailSummary->setText(
            tr("Question %1 of the quiz, in the category “%2” of the bank. "
               "Changes here change the question in every quiz using it.")
                .arg(slot + 1)
                .arg(question->parent() ? question->parent()->displayName() : QString()));
    } else if (activity && slot >= 0) {
        m_detailSummary->setText(tr("This question is not in the question bank any more."));
    } else {
        m_detailSummary->setText(tr("Select a question of the list to edit it here."));
    }
    Q_EMIT currentQuestionChanged(question);
}

bool QuizEditor::pushSettings(const QuizSettings &settings, const QString &text, int mergeKey)
{
    Activity *activity = quiz();
    if (!activity || m_document->isReadOnly())
        return false;
    // Structural edits never merge with one another: each gets a key of its own.
    const int key = mergeKey != 0 ? mergeKey : -(++m_nextMergeKey);
    return SetNodeField<Activity, ActivitySettings>::push(m_document, activity,
        &ActivityData::settings, ActivitySettings(settings), NodeField::Settings, text, key);
}

int QuizEditor::sectionOfSlot(const QuizSettings &settings, int slot) const
{
    int found = -1;
    int start = -1;
    for (size_t s = 0; s < settings.sections.size(); ++s) {
        const int first = settings.sections[s].firstSlot;
        if (first <= slot && first >= start) {
            found = static_cast<int>(s);
            start = first;
        }
    }
    return found;
}

QuestionCategory *QuizEditor::quizCategory(bool create)
{
    Activity *activity = quiz();
    if (!activity)
        return nullptr;
    for (const QuizSlot &slot : activity->settings<QuizSettings>()->slots) {
        const auto *question = m_document->nodeAs<Question>(slot.question);
        if (question && question->parent()
            && question->parent()->type() == NodeType::QuestionCategory)
            return static_cast<QuestionCategory *>(question->parent());
    }
    const QString name = tr("Default for %1").arg(activity->displayName());
    QuestionBank *bank = m_document->questionBank();
    for (int row = 0; row < bank->childCount(); ++row) {
        Node *child = bank->childAt(row);
        if (child->type() == NodeType::QuestionCategory && child->displayName() == name)
            return static_cast<QuestionCategory *>(child);
    }
    if (!create)
        return nullptr;
    QuestionCategoryData fields;
    fields.name = name;
    fields.info = tr("The default category for questions of the quiz “%1”.")
                      .arg(activity->displayName().toHtmlEscaped());
    return static_cast<QuestionCategory *>(pushAddNode(m_document, bank, bank->childCount(),
        makeNode<QuestionCategory>(m_document->allocateId(), fields)));
}

Question *QuizEditor::addNewQuestion(QuestionType type)
{
    Activity *activity = quiz();
    if (!activity || m_document->isReadOnly())
        return nullptr;
    const int position = currentSlot() >= 0 ? currentSlot() + 1 : -1;
    m_document->beginMacro(tr("Add a new question (%1) to “%2”")
                               .arg(QuestionTypeInfo::name(type), activity->displayName()));
    Question *question = nullptr;
    if (QuestionCategory *category = quizCategory(true)) {
        question = static_cast<Question *>(pushAddNode(
            m_document, category, category->childCount(), newQuestion(m_document, type)));
    }
    if (question) {
        QuizSettings settings = *activity->settings<QuizSettings>();
        const int at = position < 0 ? static_cast<int>(settings.slots.size()) : position;
        QuizSlot slot;
        slot.question = question->id();
        slot.mark = question->data().defaultMark;
        insertSlots(settings, at, {slot});
        pushSettings(settings, tr("Add a question"));
        m_document->endMacro();
        setCurrentSlot(at);
    } else {
        m_document->endMacro();
    }
    return question;
}

bool QuizEditor::addQuestions(const QList<NodeId> &questions, int position)
{
    Activity *activity = quiz();
    if (!activity || m_document->isReadOnly())
        return false;
    QuizSettings settings = *activity->settings<QuizSettings>();
    std::vector<QuizSlot> added;
    for (NodeId id : questions) {
        const auto *question = m_document->nodeAs<Question>(id);
        if (!question)
            continue;
        QuizSlot slot;
        slot.question = id;
        slot.mark = question->data().defaultMark;
        added.push_back(slot);
    }
    if (added.empty())
        return false;
    const int count = static_cast<int>(settings.slots.size());
    const int at = position < 0 || position > count ? count : position;
    const int n = static_cast<int>(added.size());
    insertSlots(settings, at, std::move(added));
    if (!pushSettings(settings,
            tr("Add %n question(s) from the bank to “%1”", nullptr, n)
                .arg(activity->displayName())))
        return false;
    setCurrentSlot(at);
    return true;
}

bool QuizEditor::dropMimeData(const QMimeData *mime, int position)
{
    if (!mime || !quiz())
        return false;
    if (mime->hasFormat(slotMimeType())) {
        const QStringList lines
            = QString::fromUtf8(mime->data(slotMimeType())).split(QLatin1Char('\n'));
        bool ok = false;
        const int from = lines.value(0).toInt(&ok);
        if (!ok)
            return false;
        const int count = static_cast<int>(quiz()->settings<QuizSettings>()->slots.size());
        int to = position < 0 ? count : position;
        // Dropped before slot `to`: once the slot is taken out, later positions shift by one.
        if (to > from)
            --to;
        return moveSlot(from, std::clamp(to, 0, count - 1));
    }
    const QList<NodeId> ids = QuestionBankView::questionIds(mime);
    return !ids.isEmpty() && addQuestions(ids, position);
}

void QuizEditor::setMark(int slot, double mark)
{
    Activity *activity = quiz();
    if (!activity)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    if (slot < 0 || slot >= static_cast<int>(settings.slots.size()))
        return;
    settings.slots[static_cast<size_t>(slot)].mark = mark;
    pushSettings(settings,
        tr("Change the mark of “%1”").arg(slotName(settings.slots[static_cast<size_t>(slot)])),
        MarkMergeKeyBase + slot);
}

void QuizEditor::duplicateCurrent()
{
    Activity *activity = quiz();
    const int slot = currentSlot();
    if (!activity || slot < 0 || m_document->isReadOnly())
        return;
    const QuizSlot original = activity->settings<QuizSettings>()->slots[static_cast<size_t>(slot)];
    if (original.random) {
        QuizSettings settings = *activity->settings<QuizSettings>();
        insertSlots(settings, slot + 1, {original});
        if (pushSettings(
                settings, tr("Duplicate a random question in “%1”").arg(activity->displayName())))
            setCurrentSlot(slot + 1);
        return;
    }
    auto *question = m_document->nodeAs<Question>(original.question);
    if (!question)
        return;
    m_document->beginMacro(
        tr("Duplicate “%1” in “%2”").arg(question->displayName(), activity->displayName()));
    Question *copy = duplicateQuestion(m_document, question);
    if (copy) {
        QuizSettings settings = *activity->settings<QuizSettings>();
        QuizSlot added = original;
        added.question = copy->id();
        insertSlots(settings, slot + 1, {added});
        pushSettings(settings, tr("Add a question"));
    }
    m_document->endMacro();
    if (copy)
        setCurrentSlot(slot + 1);
}

void QuizEditor::removeCurrent()
{
    Activity *activity = quiz();
    const int slot = currentSlot();
    if (!activity || slot < 0)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    const QString name = slotName(settings.slots[static_cast<size_t>(slot)]);
    removeSlot(settings, slot);
    if (pushSettings(
            settings, tr("Remove “%1” from the quiz (the question stays in the bank)").arg(name))) {
        setCurrentSlot(std::min(slot, static_cast<int>(settings.slots.size()) - 1));
    }
}

void QuizEditor::moveCurrent(int delta)
{
    const int slot = currentSlot();
    if (slot >= 0)
        moveSlot(slot, slot + delta);
}

bool QuizEditor::moveSlot(int from, int to)
{
    Activity *activity = quiz();
    if (!activity)
        return false;
    QuizSettings settings = *activity->settings<QuizSettings>();
    const int count = static_cast<int>(settings.slots.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    const QString name = slotName(settings.slots[static_cast<size_t>(from)]);
    moveSlotContent(settings, from, to);
    const QString text = to < from ? tr("Move “%1” up").arg(name) : tr("Move “%1” down").arg(name);
    if (!pushSettings(settings, text))
        return false;
    setCurrentSlot(to);
    return true;
}

void QuizEditor::setPageBreak(bool on)
{
    Activity *activity = quiz();
    const int slot = currentSlot();
    if (!activity || slot < 0)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    if (slot + 1 >= static_cast<int>(settings.slots.size()))
        return;
    if (!on && startsSection(settings, slot + 1))
        return;
    settings.slots[static_cast<size_t>(slot + 1)].newPage = on;
    pushSettings(settings,
        on ? tr("Add a page break after question %1").arg(slot + 1)
           : tr("Remove the page break after question %1").arg(slot + 1));
    setCurrentSlot(slot);
}

void QuizEditor::repaginate()
{
    Activity *activity = quiz();
    if (!activity)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    const int perPage = settings.questionsPerPage;
    int onPage = 0;
    for (int i = 0; i < static_cast<int>(settings.slots.size()); ++i) {
        const bool start
            = i == 0 || startsSection(settings, i) || (perPage > 0 && onPage >= perPage);
        settings.slots[static_cast<size_t>(i)].newPage = start;
        onPage = start ? 1 : onPage + 1;
    }
    const int slot = currentSlot();
    pushSettings(settings,
        perPage > 0
            ? tr("Repaginate “%1”: %n question(s) per page", nullptr, perPage)
                  .arg(activity->displayName())
            : tr("Repaginate “%1”: all questions on one page").arg(activity->displayName()));
    setCurrentSlot(slot);
}

void QuizEditor::toggleShuffle(bool on)
{
    Activity *activity = quiz();
    // The selected question's section, or the selected heading's.
    const int slot = currentSlot() >= 0 ? currentSlot() : currentSectionStart();
    if (!activity || slot < 0)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    if (settings.sections.empty())
        settings.sections.push_back(QuizSection {});
    const int section = sectionOfSlot(settings, slot);
    if (section < 0)
        return;
    settings.sections[static_cast<size_t>(section)].shuffle = on;
    pushSettings(settings,
        on ? tr("Shuffle the questions of a section of “%1”").arg(activity->displayName())
           : tr("Stop shuffling the questions of a section of “%1”").arg(activity->displayName()));
    setCurrentSlot(slot);
}

int QuizEditor::currentSectionStart() const
{
    Activity *activity = quiz();
    QTreeWidgetItem *item = m_list->currentItem();
    if (!activity || !item)
        return -1;
    if (item->data(0, KeyRole).toString().startsWith(QLatin1Char('h')))
        return item->data(0, SlotRole).toInt();
    const QuizSettings &settings = *activity->settings<QuizSettings>();
    const int section = sectionOfSlot(settings, currentSlot());
    return section < 0 ? -1 : settings.sections[static_cast<size_t>(section)].firstSlot;
}

void QuizEditor::addSection()
{
    Activity *activity = quiz();
    const int slot = currentSlot();
    if (!activity || slot < 0)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    if (startsSection(settings, slot)
        && !(slot == 0 && settings.sections.size() == 1
            && settings.sections.front().heading.isEmpty()))
        return;
    if (settings.sections.empty())
        settings.sections.push_back(QuizSection {});
    QuizSection section;
    section.firstSlot = slot;
    section.heading = tr("New section");
    if (slot == 0)
        settings.sections.front().heading = section.heading;
    else
        settings.sections.push_back(section);
    // Moodle starts every section on a new page.
    settings.slots[static_cast<size_t>(slot)].newPage = true;
    normalizeSections(settings);
    if (!pushSettings(settings, tr("Add a section heading to “%1”").arg(activity->displayName())))
        return;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, KeyRole).toString().startsWith(QLatin1Char('h'))
            && item->data(0, SlotRole).toInt() == slot) {
            m_list->setCurrentItem(item, 0);
            m_list->editItem(item, 0);
            break;
        }
    }
}

void QuizEditor::removeSection()
{
    Activity *activity = quiz();
    const int start = currentSectionStart();
    if (!activity || start < 0)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    auto &sections = settings.sections;
    if (start == 0) {
        // The first section cannot go while others follow it; alone, it becomes implicit.
        if (sections.size() != 1)
            return;
        sections.clear();
    } else {
        sections.erase(std::remove_if(sections.begin(), sections.end(),
                           [start](const QuizSection &s) { return s.firstSlot == start; }),
            sections.end());
    }
    if (pushSettings(settings, tr("Remove a section heading of “%1”").arg(activity->displayName())))
        setCurrentSlot(start);
}

void QuizEditor::setHeading(int firstSlot, const QString &heading)
{
    Activity *activity = quiz();
    if (!activity)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    for (QuizSection &section : settings.sections) {
        if (section.firstSlot == firstSlot)
            section.heading = heading;
    }
    pushSettings(settings, tr("Rename a section heading of “%1”").arg(activity->displayName()));
}

void QuizEditor::addFromBank()
{
    if (!quiz() || m_document->isReadOnly())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("quizAddFromBankDialog"));
    dialog->setWindowTitle(tr("Add questions from the bank"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("Select the questions to add to “%1” (Ctrl+click for several):")
                                 .arg(quiz()->displayName()),
        dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *bank = new QuestionBankView(dialog);
    bank->setDocument(m_document);
    if (QuestionCategory *category = quizCategory(false))
        bank->setCurrentCategory(category);
    layout->addWidget(bank, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the quiz"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(bank, &QuestionBankView::questionActivated, dialog, &QDialog::accept);
    const int position = currentSlot() >= 0 ? currentSlot() + 1 : -1;
    connect(dialog, &QDialog::accepted, this, [this, bank, position] {
        QList<NodeId> ids;
        for (Question *question : bank->selectedQuestions())
            ids.append(question->id());
        addQuestions(ids, position);
    });
    dialog->resize(dialog->sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 70, fontMetrics().lineSpacing() * 25)));
    dialog->open();
}

QString QuizEditor::slotName(const QuizSlot &slot) const
{
    if (slot.random)
        return tr("random question");
    const auto *question = m_document->nodeAs<Question>(slot.question);
    return question ? question->displayName() : tr("(missing question)");
}

QString QuizEditor::randomSlotText(const QuizSlot &slot) const
{
    QString text;
    if (slot.category == 0)
        text = tr("Random question — whole bank");
    else if (const auto *category = m_document->nodeAs<QuestionCategory>(slot.category))
        text = tr("Random question — category “%1”").arg(category->displayName());
    else
        text = tr("Random question — category no longer in the bank");
    if (slot.includeSubcategories)
        text += QLatin1Char(' ') + tr("(and subcategories)");
    if (!slot.tags.isEmpty())
        text += QStringLiteral(" — ")
            + tr("tags: %1").arg(tagNames(slot.tags).join(QStringLiteral(", ")));
    return text;
}

void QuizEditor::fillCategories(QComboBox *combo, NodeId current) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    QList<std::pair<QuestionCategory *, int>> categories;
    collectCategories(m_document->questionBank(), 0, &categories);
    int index = -1;
    for (const auto &[category, depth] : std::as_const(categories)) {
        if (category->id() == current)
            index = combo->count();
        combo->addItem(QString(depth * 4, QChar::Nbsp) + category->displayName(),
            QVariant::fromValue<NodeId>(category->id()));
    }
    combo->setCurrentIndex(index);
}

bool QuizEditor::addRandomQuestion(NodeId category, bool includeSubcategories)
{
    Activity *activity = quiz();
    if (!activity || m_document->isReadOnly() || !m_document->nodeAs<QuestionCategory>(category))
        return false;
    QuizSettings settings = *activity->settings<QuizSettings>();
    const int count = static_cast<int>(settings.slots.size());
    const int at = currentSlot() >= 0 ? currentSlot() + 1 : count;
    QuizSlot slot;
    slot.random = true;
    slot.category = category;
    slot.includeSubcategories = includeSubcategories;
    insertSlots(settings, at, {slot});
    if (!pushSettings(settings, tr("Add a random question to “%1”").arg(activity->displayName())))
        return false;
    setCurrentSlot(at);
    return true;
}

void QuizEditor::chooseRandomQuestion()
{
    if (!quiz() || m_document->isReadOnly())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("quizAddRandomDialog"));
    dialog->setWindowTitle(tr("Add a random question"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("Each attempt of “%1” will show a question drawn at random from "
                                "this category of the bank:")
                                 .arg(quiz()->displayName()),
        dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    auto *combo = new QComboBox(dialog);
    combo->setObjectName(QStringLiteral("quizRandomDialogCategoryCombo"));
    combo->setAccessibleName(tr("Category"));
    QuestionCategory *preferred = quizCategory(false);
    fillCategories(combo, preferred ? preferred->id() : 0);
    if (combo->currentIndex() < 0 && combo->count() > 0)
        combo->setCurrentIndex(0);
    form->addRow(tr("&Category:"), combo);
    auto *check = new QCheckBox(tr("Include &subcategories"), dialog);
    check->setObjectName(QStringLiteral("quizRandomDialogSubcategoriesCheckBox"));
    check->setAccessibleName(tr("Include subcategories"));
    form->addRow(QString(), check);
    layout->addLayout(form);
    if (combo->count() == 0) {
        auto *empty = new QLabel(
            tr("The question bank has no category yet: add questions to the bank first."), dialog);
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the quiz"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(combo->count() > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, combo, check] {
        addRandomQuestion(combo->currentData().value<NodeId>(), check->isChecked());
    });
    dialog->open();
}

void QuizEditor::setRandomCategory(NodeId category)
{
    Activity *activity = quiz();
    const int slot = currentSlot();
    if (!activity || slot < 0 || !m_document->nodeAs<QuestionCategory>(category))
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    QuizSlot &entry = settings.slots[static_cast<size_t>(slot)];
    if (!entry.random || entry.category == category)
        return;
    entry.category = category;
    pushSettings(settings, tr("Change the category of random question %1").arg(slot + 1));
}

void QuizEditor::setRandomSubcategories(bool on)
{
    Activity *activity = quiz();
    const int slot = currentSlot();
    if (!activity || slot < 0)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    QuizSlot &entry = settings.slots[static_cast<size_t>(slot)];
    if (!entry.random || entry.includeSubcategories == on)
        return;
    entry.includeSubcategories = on;
    pushSettings(settings,
        on ? tr("Include the subcategories in random question %1").arg(slot + 1)
           : tr("Leave out the subcategories of random question %1").arg(slot + 1));
}

void QuizEditor::setRequirePrevious(bool on)
{
    Activity *activity = quiz();
    const int slot = currentSlot();
    if (!activity || slot <= 0)
        return;
    QuizSettings settings = *activity->settings<QuizSettings>();
    QuizSlot &entry = settings.slots[static_cast<size_t>(slot)];
    if (entry.requirePrevious == on)
        return;
    entry.requirePrevious = on;
    if (pushSettings(settings,
            on ? tr("Make question %1 require the previous one").arg(slot + 1)
               : tr("Let question %1 be attempted before the previous one").arg(slot + 1)))
        setCurrentSlot(slot);
}

} // namespace Parcours
