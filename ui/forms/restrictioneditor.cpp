// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/restrictioneditor.h"

#include "core/model/coursedocument.h"
#include "core/text/restrictiontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

enum Field {
    ActivityField = 1,
    StateField,
    DirectionField,
    TimeField,
    MinEnabledField,
    MinField,
    MaxEnabledField,
    MaxField,
    HiddenField,
    OpField
};

RestrictionOp opFrom(bool negated, bool any)
{
    if (negated)
        return any ? RestrictionOp::NotAny : RestrictionOp::NotAll;
    return any ? RestrictionOp::Any : RestrictionOp::All;
}

bool isNegated(RestrictionOp op)
{
    return op == RestrictionOp::NotAll || op == RestrictionOp::NotAny;
}

bool isAny(RestrictionOp op)
{
    return op == RestrictionOp::Any || op == RestrictionOp::NotAny;
}

/** Moodle: All / NotAny roots hide item by item, Any / NotAll roots as a whole. */
bool itemFlags(RestrictionOp op)
{
    return op == RestrictionOp::All || op == RestrictionOp::NotAny;
}

bool isGraded(ActivityKind kind)
{
    return kind == ActivityKind::Quiz || kind == ActivityKind::Assign;
}

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/** A condition's type label, as wide as the widest one so that the editors line up. */
QLabel *typeLabel(const QString &text)
{
    QLabel *label = plainLabel(text);
    const QFontMetrics metrics = label->fontMetrics();
    int width = 0;
    for (const QString &name : {RestrictionEditor::tr("Activity completion"),
             RestrictionEditor::tr("Date"), RestrictionEditor::tr("Grade")})
        width = qMax(width, metrics.horizontalAdvance(name));
    label->setMinimumWidth(width);
    return label;
}

} // namespace

RestrictionEditor::RestrictionEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *participant = plainLabel(tr("The participant"));
    m_matchComboBox = matchComboBox(RestrictionOp::All);
    m_matchComboBox->setObjectName(u"matchComboBox"_s);
    participant->setBuddy(m_matchComboBox);
    auto *match = plainLabel(tr("match"));
    m_opComboBox = opComboBox(RestrictionOp::All);
    m_opComboBox->setObjectName(u"opComboBox"_s);
    auto *following = plainLabel(tr("of the following"));
    m_rootEyeButton = eyeButton(false, [this](bool hidden) {
        edit({}, HiddenField, [hidden, this](RestrictionItem &) { m_restriction.hidden = hidden; });
    });
    m_rootEyeButton->setObjectName(u"rootEyeToolButton"_s);
    top->addWidget(participant);
    top->addWidget(m_matchComboBox);
    top->addWidget(match);
    top->addWidget(m_opComboBox);
    top->addWidget(following);
    top->addWidget(m_rootEyeButton);
    top->addStretch();
    layout->addLayout(top);

    const auto onRootOp = [this] {
        const RestrictionOp op
            = opFrom(m_matchComboBox->currentIndex() == 1, m_opComboBox->currentIndex() == 1);
        if (op == m_restriction.op)
            return;
        m_restriction.op = op;
        // The eyes move between the set and its items: the rows change, not the combos.
        rebuild();
        edit({}, OpField, [](RestrictionItem &) {});
    };
    connect(m_matchComboBox, &QComboBox::currentIndexChanged, this, onRootOp);
    connect(m_opComboBox, &QComboBox::currentIndexChanged, this, onRootOp);

    m_rows = new QWidget;
    m_rows->setObjectName(u"rowsWidget"_s);
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);

    auto *addRow = new QHBoxLayout;
    m_addButton = addButton({});
    m_addButton->setObjectName(u"addToolButton"_s);
    addRow->addWidget(m_addButton);
    addRow->addStretch();
    layout->addLayout(addRow);

    m_sentenceLabel = new QLabel;
    m_sentenceLabel->setObjectName(u"sentenceLabel"_s);
    m_sentenceLabel->setTextFormat(Qt::RichText);
    m_sentenceLabel->setWordWrap(true);
    m_sentenceLabel->setFrameShape(QFrame::StyledPanel);
    m_sentenceLabel->setMargin(6);
    m_sentenceLabel->setAccessibleName(tr("Restriction in words"));
    layout->addWidget(m_sentenceLabel);
    layout->addStretch();

    rebuild();
}

RestrictionEditor::~RestrictionEditor() = default;

void RestrictionEditor::setDocument(const CourseDocument *document)
{
    m_document = document;
    rebuild();
}

void RestrictionEditor::setExcludedActivity(NodeId id)
{
    m_excluded = id;
    rebuild();
}

void RestrictionEditor::setRestriction(const Restriction &restriction)
{
    m_restriction = restriction;
    rebuild();
}

void RestrictionEditor::refresh()
{
    rebuild();
}

Restriction &RestrictionEditor::setAt(const Path &path)
{
    Restriction *set = &m_restriction;
    for (int index : path)
        set = &set->items.at(static_cast<size_t>(index)).set;
    return *set;
}

RestrictionItem &RestrictionEditor::itemAt(const Path &path)
{
    return setAt(path.first(path.size() - 1)).items.at(static_cast<size_t>(path.last()));
}

void RestrictionEditor::edit(
    const Path &path, int field, const std::function<void(RestrictionItem &)> &change)
{
    static RestrictionItem none;
    change(path.isEmpty() ? none : itemAt(path));
    updateSentence();
    // Positive keys for controls (one per item and field), negative ones for structure.
    const int key
        = 1 + static_cast<int>((qHash(path) * 16 + static_cast<size_t>(field)) % 0x3fffffff);
    Q_EMIT restrictionEdited(m_restriction, key);
}

void RestrictionEditor::restructure(const std::function<void()> &change)
{
    change();
    rebuild();
    Q_EMIT restrictionEdited(m_restriction, --m_structuralKey);
}

void RestrictionEditor::addItem(const Path &setPath, ConditionType type, bool nestedSet)
{
    RestrictionItem item;
    item.isSet = nestedSet;
    if (nestedSet) {
        // Moodle's nested sets start with one condition, as here.
        item.set.items.push_back(RestrictionItem {});
        item.set.items.back().condition.type = type;
    } else {
        item.condition.type = type;
    }
    const auto initialise = [this](Condition &c) {
        if (c.type == ConditionType::Date) {
            c.time = QDateTime(QDate::currentDate(), QTime(0, 0)).toSecsSinceEpoch();
            return;
        }
        if (!m_document || !m_document->course())
            return;
        const bool graded = c.type == ConditionType::Grade;
        m_document->course()->forEach([&](const Node *node) {
            if (c.activity || node->type() != NodeType::Activity || node->id() == m_excluded)
                return;
            if (!graded || isGraded(static_cast<const Activity *>(node)->kind()))
                c.activity = node->id();
        });
    };
    initialise(nestedSet ? item.set.items.back().condition : item.condition);
    Restriction &set = setAt(setPath);
    restructure([&] { set.items.push_back(std::move(item)); });

    // Put the keyboard on the new row's first editor.
    const auto rows = m_rows->findChildren<QWidget *>(u"conditionRowWidget"_s);
    if (!rows.isEmpty()) {
        QWidget *row = rows.last();
        for (QWidget *child : row->findChildren<QWidget *>()) {
            if (child->focusPolicy() & Qt::TabFocus) {
                child->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
}

QToolButton *RestrictionEditor::eyeButton(bool hidden, const std::function<void(bool)> &onToggled)
{
    auto *button = new QToolButton;
    button->setObjectName(u"eyeToolButton"_s);
    button->setCheckable(true);
    button->setChecked(hidden);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto update = [button](bool isHidden) {
        button->setText(isHidden ? tr("Hidden") : tr("Shown"));
        button->setToolTip(isHidden
                ? tr("Participants who do not meet the condition do not see the item at all")
                : tr("Participants who do not meet the condition see the item greyed out, with "
                     "the restriction"));
    };
    update(hidden);
    button->setAccessibleName(tr("Hide entirely when not met"));
    connect(button, &QToolButton::toggled, button, [update, onToggled](bool checked) {
        update(checked);
        onToggled(checked);
    });
    return button;
}

QToolButton *RestrictionEditor::deleteButton(const Path &path)
{
    auto *button = new QToolButton;
    button->setObjectName(u"deleteToolButton"_s);
    button->setText(tr("Delete"));
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(tr("Delete this condition"));
    connect(button, &QToolButton::clicked, this, [this, path] {
        restructure([this, path] {
            Restriction &set = setAt(path.first(path.size() - 1));
            set.items.erase(set.items.begin() + path.last());
        });
        m_addButton->setFocus(Qt::OtherFocusReason);
    });
    return button;
}

QToolButton *RestrictionEditor::addButton(const Path &setPath)
{
    auto *button = new QToolButton;
    button->setText(tr("Add restriction…"));
    button->setFocusPolicy(Qt::StrongFocus);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAccessibleName(
        setPath.isEmpty() ? tr("Add a restriction") : tr("Add a restriction to this set"));
    auto *menu = new QMenu(button);
    menu->setObjectName(u"addMenu"_s);
    const auto add = [this, menu, setPath](const QString &text, ConditionType type, bool set) {
        QAction *action = menu->addAction(text);
        connect(action, &QAction::triggered, this,
            [this, setPath, type, set] { addItem(setPath, type, set); });
    };
    add(tr("Activity completion"), ConditionType::Completion, false);
    add(tr("Date"), ConditionType::Date, false);
    add(tr("Grade"), ConditionType::Grade, false);
    add(tr("Restriction set"), ConditionType::Completion, true);
    button->setMenu(menu);
    return button;
}

QComboBox *RestrictionEditor::matchComboBox(RestrictionOp op)
{
    auto *combo = new QComboBox;
    combo->addItem(tr("must"));
    combo->addItem(tr("must not"));
    combo->setCurrentIndex(isNegated(op) ? 1 : 0);
    combo->setAccessibleName(tr("Must or must not"));
    return combo;
}

QComboBox *RestrictionEditor::opComboBox(RestrictionOp op)
{
    auto *combo = new QComboBox;
    combo->addItem(tr("all"));
    combo->addItem(tr("any"));
    combo->setCurrentIndex(isAny(op) ? 1 : 0);
    combo->setAccessibleName(tr("All or any of the conditions"));
    return combo;
}

QComboBox *RestrictionEditor::activityComboBox(NodeId current, bool gradedOnly)
{
    auto *combo = new QComboBox;
    combo->setObjectName(u"activityComboBox"_s);
    combo->setAccessibleName(gradedOnly ? tr("Graded activity") : tr("Activity"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (m_document && m_document->course()) {
        m_document->course()->forEach([&](const Node *node) {
            if (node->type() != NodeType::Activity || node->id() == m_excluded)
                return;
            if (gradedOnly && !isGraded(static_cast<const Activity *>(node)->kind()))
                return;
            combo->addItem(node->displayName(), node->id());
        });
    }
    int index = combo->findData(current);
    if (index < 0) {
        combo->insertItem(
            0, current ? tr("(deleted activity)") : tr("(choose an activity)"), current);
        index = 0;
    }
    combo->setCurrentIndex(index);
    return combo;
}

void RestrictionEditor::rebuild()
{
    // Old rows leave the tree at once (findChild no longer sees them); deleted later since the
    // edit may come from one of their buttons.
    const auto oldRows = m_rows->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *row : oldRows) {
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
    }
    {
        const QSignalBlocker matchBlocker(m_matchComboBox);
        const QSignalBlocker opBlocker(m_opComboBox);
        const QSignalBlocker eyeBlocker(m_rootEyeButton);
        m_matchComboBox->setCurrentIndex(isNegated(m_restriction.op) ? 1 : 0);
        m_opComboBox->setCurrentIndex(isAny(m_restriction.op) ? 1 : 0);
        m_rootEyeButton->setChecked(m_restriction.hidden);
        m_rootEyeButton->setText(m_restriction.hidden ? tr("Hidden") : tr("Shown"));
    }
    m_rootEyeButton->setVisible(!itemFlags(m_restriction.op));
    buildSet(m_restriction, {}, m_rowsLayout);

    // Tab order follows the reading order: header, rows (built in order), add button.
    QWidget *previous = m_rootEyeButton;
    setTabOrder(m_matchComboBox, m_opComboBox);
    setTabOrder(m_opComboBox, m_rootEyeButton);
    for (QWidget *child : m_rows->findChildren<QWidget *>()) {
        // Popups (menus, combo lists) are windows of their own; a spin box's inner line edit
        // takes the focus with the spin box.
        if (child->isWindow() || child->window() != window()
            || qobject_cast<QAbstractSpinBox *>(child->parentWidget()))
            continue;
        if (child->focusPolicy() & Qt::TabFocus) {
            setTabOrder(previous, child);
            previous = child;
        }
    }
    setTabOrder(previous, m_addButton);
    updateSentence();
}

void RestrictionEditor::buildSet(const Restriction &set, const Path &path, QVBoxLayout *layout)
{
    const bool eyes = path.isEmpty() && itemFlags(set.op);
    for (int i = 0; i < static_cast<int>(set.items.size()); ++i) {
        const RestrictionItem &item = set.items.at(static_cast<size_t>(i));
        const Path itemPath = path + Path {i};
        layout->addWidget(item.isSet ? buildNestedSet(item, itemPath, eyes)
                                     : buildCondition(item, itemPath, eyes));
    }
}

QWidget *RestrictionEditor::buildCondition(const RestrictionItem &item, const Path &path, bool eye)
{
    auto *row = new QFrame;
    row->setObjectName(u"conditionRowWidget"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    if (eye) {
        layout->addWidget(eyeButton(item.hidden, [this, path](bool hidden) {
            edit(path, HiddenField, [hidden](RestrictionItem &i) { i.hidden = hidden; });
        }));
    }
    const Condition &c = item.condition;
    switch (c.type) {
    case ConditionType::Completion: {
        auto *type = typeLabel(tr("Activity completion"));
        QComboBox *activity = activityComboBox(c.activity, false);
        type->setBuddy(activity);
        auto *state = new QComboBox;
        state->setObjectName(u"stateComboBox"_s);
        state->setAccessibleName(tr("Completion state"));
        state->addItem(tr("must be marked complete"), int(CompletionState::Complete));
        state->addItem(tr("must not be marked complete"), int(CompletionState::Incomplete));
        state->addItem(tr("must be complete with pass grade"), int(CompletionState::Passed));
        state->addItem(tr("must be complete with fail grade"), int(CompletionState::Failed));
        state->setCurrentIndex(state->findData(int(c.state)));
        connect(activity, &QComboBox::currentIndexChanged, this, [this, path, activity] {
            const NodeId id = activity->currentData().toLongLong();
            edit(path, ActivityField, [id](RestrictionItem &i) { i.condition.activity = id; });
        });
        connect(state, &QComboBox::currentIndexChanged, this, [this, path, state] {
            const auto value = static_cast<CompletionState>(state->currentData().toInt());
            edit(path, StateField, [value](RestrictionItem &i) { i.condition.state = value; });
        });
        layout->addWidget(type);
        layout->addWidget(activity);
        layout->addWidget(state);
        break;
    }
    case ConditionType::Date: {
        auto *type = typeLabel(tr("Date"));
        auto *direction = new QComboBox;
        direction->setObjectName(u"directionComboBox"_s);
        direction->setAccessibleName(tr("From or until"));
        direction->addItem(tr("from"), int(DateDirection::From));
        direction->addItem(tr("until"), int(DateDirection::Until));
        direction->setCurrentIndex(direction->findData(int(c.direction)));
        type->setBuddy(direction);
        auto *time = new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(c.time));
        time->setObjectName(u"dateTimeEdit"_s);
        time->setAccessibleName(tr("Date and time"));
        time->setCalendarPopup(true);
        time->setDisplayFormat(locale().dateTimeFormat(QLocale::ShortFormat));
        connect(direction, &QComboBox::currentIndexChanged, this, [this, path, direction] {
            const auto value = static_cast<DateDirection>(direction->currentData().toInt());
            edit(path, DirectionField,
                [value](RestrictionItem &i) { i.condition.direction = value; });
        });
        connect(time, &QDateTimeEdit::dateTimeChanged, this, [this, path](const QDateTime &value) {
            const qint64 secs = value.toSecsSinceEpoch();
            edit(path, TimeField, [secs](RestrictionItem &i) { i.condition.time = secs; });
        });
        layout->addWidget(type);
        layout->addWidget(direction);
        layout->addWidget(time);
        break;
    }
    case ConditionType::Grade: {
        auto *type = typeLabel(tr("Grade"));
        QComboBox *activity = activityComboBox(c.activity, true);
        type->setBuddy(activity);
        connect(activity, &QComboBox::currentIndexChanged, this, [this, path, activity] {
            const NodeId id = activity->currentData().toLongLong();
            edit(path, ActivityField, [id](RestrictionItem &i) { i.condition.activity = id; });
        });
        layout->addWidget(type);
        layout->addWidget(activity);
        const auto bound
            = [&](const QString &text, const QString &name, std::optional<double> value,
                  int enabledField, int valueField, bool isMin) {
                  auto *check = new QCheckBox(text);
                  check->setObjectName(name + u"CheckBox"_s);
                  check->setChecked(value.has_value());
                  auto *spin = new QDoubleSpinBox;
                  spin->setObjectName(name + u"SpinBox"_s);
                  spin->setAccessibleName(text);
                  spin->setRange(0, 100);
                  spin->setDecimals(2);
                  spin->setSuffix(tr(" %"));
                  spin->setValue(value.value_or(isMin ? 50 : 100));
                  spin->setEnabled(value.has_value());
                  connect(check, &QCheckBox::toggled, this, [=, this](bool on) {
                      spin->setEnabled(on);
                      const std::optional<double> v
                          = on ? std::optional<double>(spin->value()) : std::nullopt;
                      edit(path, enabledField, [v, isMin](RestrictionItem &i) {
                          (isMin ? i.condition.minPercent : i.condition.maxPercent) = v;
                      });
                  });
                  connect(spin, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
                      edit(path, valueField, [v, isMin](RestrictionItem &i) {
                          (isMin ? i.condition.minPercent : i.condition.maxPercent) = v;
                      });
                  });
                  layout->addWidget(check);
                  layout->addWidget(spin);
              };
        bound(tr("must be ≥"), u"min"_s, c.minPercent, MinEnabledField, MinField, true);
        bound(tr("must be <"), u"max"_s, c.maxPercent, MaxEnabledField, MaxField, false);
        break;
    }
    case ConditionType::Other: {
        auto *label = new QLabel(
            m_document ? describeCondition(c, *m_document) : QString::number(int(c.type)));
        label->setWordWrap(true);
        layout->addWidget(label);
        break;
    }
    }
    layout->addStretch();
    layout->addWidget(deleteButton(path));
    // Long activity names and states would widen the whole form (a horizontal scroll bar at
    // 200 %): the lists take their full width when there is room and shrink when not, their
    // pop-ups still showing whole names.
    for (QComboBox *combo : row->findChildren<QComboBox *>())
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 10);
    return row;
}

QWidget *RestrictionEditor::buildNestedSet(const RestrictionItem &item, const Path &path, bool eye)
{
    auto *frame = new QFrame;
    frame->setObjectName(u"setFrame"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);

    auto *header = new QHBoxLayout;
    if (eye) {
        header->addWidget(eyeButton(item.hidden, [this, path](bool hidden) {
            edit(path, HiddenField, [hidden](RestrictionItem &i) { i.hidden = hidden; });
        }));
    }
    auto *participant = plainLabel(tr("The participant"));
    QComboBox *match = matchComboBox(item.set.op);
    match->setObjectName(u"setMatchComboBox"_s);
    participant->setBuddy(match);
    QComboBox *op = opComboBox(item.set.op);
    op->setObjectName(u"setOpComboBox"_s);
    const auto onOp = [this, path, match, op] {
        const RestrictionOp value = opFrom(match->currentIndex() == 1, op->currentIndex() == 1);
        edit(path, OpField, [value](RestrictionItem &i) { i.set.op = value; });
    };
    connect(match, &QComboBox::currentIndexChanged, this, onOp);
    connect(op, &QComboBox::currentIndexChanged, this, onOp);
    header->addWidget(participant);
    header->addWidget(match);
    header->addWidget(plainLabel(tr("match")));
    header->addWidget(op);
    header->addWidget(plainLabel(tr("of the following")));
    header->addStretch();
    header->addWidget(deleteButton(path));
    layout->addLayout(header);

    // Nested items are indented, as in Moodle.
    auto *children = new QVBoxLayout;
    children->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    buildSet(item.set, path, children);
    auto *addRow = new QHBoxLayout;
    QToolButton *add = addButton(path);
    add->setObjectName(u"setAddToolButton"_s);
    addRow->addWidget(add);
    addRow->addStretch();
    children->addLayout(addRow);
    layout->addLayout(children);
    return frame;
}

void RestrictionEditor::updateSentence()
{
    if (m_restriction.isEmpty() || !m_document) {
        m_sentenceLabel->setText(tr("No access restriction.").toHtmlEscaped());
        return;
    }
    m_sentenceLabel->setText(describeRestriction(m_restriction, *m_document));
}

} // namespace Parcours
