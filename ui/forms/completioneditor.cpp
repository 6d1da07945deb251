// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/completioneditor.h"

#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

CompletionEditor::Rules CompletionEditor::allowedRules(const ActivityData &data)
{
    switch (data.kind()) {
    case ActivityKind::Page:
    case ActivityKind::Url:
    case ActivityKind::Resource:
    case ActivityKind::Folder:
    case ActivityKind::MindMap:
        return Rule::View;
    case ActivityKind::Forum:
        return Rule::View | Rule::ForumPosts | Rule::ForumDiscussions | Rule::ForumReplies;
    case ActivityKind::Assign: {
        Rules rules = Rule::View | Rule::ReceiveGrade | Rule::Submit;
        if (std::get<AssignSettings>(data.settings).gradePass > 0)
            rules |= Rule::PassGrade;
        return rules;
    }
    case ActivityKind::Quiz: {
        Rules rules = Rule::View | Rule::ReceiveGrade | Rule::MinAttempts;
        if (std::get<QuizSettings>(data.settings).gradePass > 0)
            rules |= Rule::PassGrade | Rule::AttemptsExhausted;
        return rules;
    }
    case ActivityKind::WordCloud:
        return Rule::View | Rule::ContributeWords;
    case ActivityKind::Label:
    case ActivityKind::CompletionMarker:
    case ActivityKind::Opaque:
        break;
    }
    return {};
}

QList<CompletionMode> CompletionEditor::allowedModes(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::CompletionMarker:
        return {CompletionMode::Manual};
    case ActivityKind::Label:
    case ActivityKind::Opaque:
        return {CompletionMode::None, CompletionMode::Manual};
    default:
        return {CompletionMode::None, CompletionMode::Manual, CompletionMode::Automatic};
    }
}

CompletionEditor::CompletionEditor(CourseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);

    auto *modeRow = new QHBoxLayout;
    auto *modeLabel = new QLabel(tr("Completion tracking:"));
    m_modeComboBox = new QComboBox;
    m_modeComboBox->setObjectName(u"modeComboBox"_s);
    m_modeComboBox->setAccessibleName(tr("Completion tracking"));
    modeLabel->setBuddy(m_modeComboBox);
    // Full width when there is room; shrinks rather than widening the form at 200 %.
    m_modeComboBox->setMinimumWidth(m_modeComboBox->fontMetrics().averageCharWidth() * 12);
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_modeComboBox, 1);
    layout->addLayout(modeRow);
    connect(m_modeComboBox, &QComboBox::currentIndexChanged, this, [this] { push(ModeControl); });

    m_rulesWidget = new QWidget;
    m_rulesWidget->setObjectName(u"rulesWidget"_s);
    auto *rulesLayout = new QVBoxLayout(m_rulesWidget);
    rulesLayout->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    layout->addWidget(m_rulesWidget);

    m_viewCheckBox
        = addRule(Rule::View, u"viewCheckBox"_s, tr("The participant must view the activity"));
    m_receiveGradeCheckBox
        = addRule(Rule::ReceiveGrade, u"receiveGradeCheckBox"_s, tr("Receive a grade"));
    m_passGradeCheckBox
        = addRule(Rule::PassGrade, u"passGradeCheckBox"_s, tr("Receive a passing grade"));
    m_attemptsExhaustedCheckBox = addRule(Rule::AttemptsExhausted, u"attemptsExhaustedCheckBox"_s,
        tr("or all available attempts completed"));
    m_ruleWidgets.last().second->layout()->setContentsMargins(
        fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    m_minAttemptsCheckBox
        = addRule(Rule::MinAttempts, u"minAttemptsCheckBox"_s, tr("Minimum attempts:"));
    m_minAttemptsSpinBox
        = addCount(Rule::MinAttempts, m_minAttemptsCheckBox, u"minAttemptsSpinBox"_s);
    m_submitCheckBox = addRule(Rule::Submit, u"submitCheckBox"_s, tr("Make a submission"));
    m_forumPostsCheckBox
        = addRule(Rule::ForumPosts, u"forumPostsCheckBox"_s, tr("Posts (discussions or replies):"));
    m_forumPostsSpinBox = addCount(Rule::ForumPosts, m_forumPostsCheckBox, u"forumPostsSpinBox"_s);
    m_forumDiscussionsCheckBox
        = addRule(Rule::ForumDiscussions, u"forumDiscussionsCheckBox"_s, tr("Start discussions:"));
    m_forumDiscussionsSpinBox = addCount(
        Rule::ForumDiscussions, m_forumDiscussionsCheckBox, u"forumDiscussionsSpinBox"_s);
    m_forumRepliesCheckBox
        = addRule(Rule::ForumReplies, u"forumRepliesCheckBox"_s, tr("Post replies:"));
    m_forumRepliesSpinBox
        = addCount(Rule::ForumReplies, m_forumRepliesCheckBox, u"forumRepliesSpinBox"_s);
    m_contributeWordsCheckBox = addRule(
        Rule::ContributeWords, u"contributeWordsCheckBox"_s, tr("Contribute the required words"));

    auto *expectedRow = new QHBoxLayout;
    m_expectedCheckBox = new QCheckBox(tr("Set reminder in Timeline:"));
    m_expectedCheckBox->setObjectName(u"expectedCheckBox"_s);
    m_expectedDateTimeEdit = new QDateTimeEdit;
    m_expectedDateTimeEdit->setObjectName(u"expectedDateTimeEdit"_s);
    m_expectedDateTimeEdit->setAccessibleName(tr("Expected completion date"));
    m_expectedDateTimeEdit->setCalendarPopup(true);
    m_expectedDateTimeEdit->setDisplayFormat(locale().dateTimeFormat(QLocale::ShortFormat));
    m_expectedDateTimeEdit->setDateTime(QDateTime(QDate::currentDate(), QTime(0, 0)));
    expectedRow->addWidget(m_expectedCheckBox);
    // The date takes the rest of the row, as the other date fields of the forms do, so that
    // its text is never cut.
    expectedRow->addWidget(m_expectedDateTimeEdit, 1);
    layout->addLayout(expectedRow);
    connect(m_expectedCheckBox, &QCheckBox::toggled, this, [this] { push(ExpectedControl); });
    connect(m_expectedDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_expectedCheckBox->isChecked())
            push(ExpectedControl);
    });
    layout->addStretch();

    connect(document, &CourseDocument::nodeChanged, this, [this](Node *node, NodeFields fields) {
        if (!m_placingCommand && node == m_activity
            && (fields & (NodeField::Completion | NodeField::Settings)))
            refresh();
    });
    connect(
        document, &CourseDocument::nodeAboutToBeRemoved, this, [this](Node *parentNode, int row) {
            const Node *removed = parentNode->childAt(row);
            if (m_activity && (removed == m_activity || removed == m_activity->parent()))
                setActivity(nullptr);
        });
    connect(
        document, &CourseDocument::contentAboutToBeReset, this, [this] { setActivity(nullptr); });
    setActivity(nullptr);
}

CompletionEditor::~CompletionEditor() = default;

QCheckBox *CompletionEditor::addRule(Rule rule, const QString &objectName, const QString &text)
{
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *check = new QCheckBox(text);
    check->setObjectName(objectName);
    rowLayout->addWidget(check);
    rowLayout->addStretch();
    m_rulesWidget->layout()->addWidget(row);
    m_ruleWidgets.append({rule, row});
    const int control = FirstRuleControl + static_cast<int>(m_ruleWidgets.size());
    connect(check, &QCheckBox::toggled, this, [this, control] { push(control); });
    return check;
}

QSpinBox *CompletionEditor::addCount(Rule rule, QCheckBox *check, const QString &objectName)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setAccessibleName(check->text());
    spin->setRange(1, 1000);
    spin->setEnabled(false);
    auto *rowLayout = static_cast<QHBoxLayout *>(check->parentWidget()->layout());
    rowLayout->insertWidget(1, spin);
    const int control = FirstRuleControl + 100 + static_cast<int>(rule);
    connect(check, &QCheckBox::toggled, spin, &QSpinBox::setEnabled);
    connect(spin, &QSpinBox::valueChanged, this, [this, control, check] {
        if (check->isChecked())
            push(control);
    });
    return spin;
}

void CompletionEditor::setActivity(Activity *activity)
{
    m_activity = activity;
    refresh();
}

void CompletionEditor::refresh()
{
    setEnabled(m_activity != nullptr);
    const Completion c = m_activity ? m_activity->data().completion : Completion {};
    const ActivityKind kind = m_activity ? m_activity->kind() : ActivityKind::Page;
    const Rules allowed = m_activity ? allowedRules(m_activity->data()) : Rules {};

    const QSignalBlocker blockers[] {QSignalBlocker(m_modeComboBox), QSignalBlocker(m_viewCheckBox),
        QSignalBlocker(m_receiveGradeCheckBox), QSignalBlocker(m_passGradeCheckBox),
        QSignalBlocker(m_attemptsExhaustedCheckBox), QSignalBlocker(m_minAttemptsCheckBox),
        QSignalBlocker(m_minAttemptsSpinBox), QSignalBlocker(m_submitCheckBox),
        QSignalBlocker(m_forumPostsCheckBox), QSignalBlocker(m_forumPostsSpinBox),
        QSignalBlocker(m_forumDiscussionsCheckBox), QSignalBlocker(m_forumDiscussionsSpinBox),
        QSignalBlocker(m_forumRepliesCheckBox), QSignalBlocker(m_forumRepliesSpinBox),
        QSignalBlocker(m_contributeWordsCheckBox), QSignalBlocker(m_expectedCheckBox),
        QSignalBlocker(m_expectedDateTimeEdit)};

    m_modeComboBox->clear();
    QList<CompletionMode> modes = allowedModes(kind);
    // A mode the kind does not offer (an imported backup) is still shown as it is.
    if (m_activity && !modes.contains(c.mode))
        modes.append(c.mode);
    for (CompletionMode mode : std::as_const(modes)) {
        switch (mode) {
        case CompletionMode::None:
            m_modeComboBox->addItem(tr("Do not indicate activity completion"), int(mode));
            break;
        case CompletionMode::Manual:
            m_modeComboBox->addItem(
                tr("Participants can manually mark the activity as completed"), int(mode));
            break;
        case CompletionMode::Automatic:
            m_modeComboBox->addItem(tr("Add requirements"), int(mode));
            break;
        }
    }
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(int(c.mode)));

    const auto setCount = [](QCheckBox *check, QSpinBox *spin, int value) {
        check->setChecked(value > 0);
        spin->setEnabled(value > 0);
        if (value > 0)
            spin->setValue(value);
    };
    m_viewCheckBox->setChecked(c.view);
    m_receiveGradeCheckBox->setChecked(c.receiveGrade);
    m_passGradeCheckBox->setChecked(c.passGrade);
    m_attemptsExhaustedCheckBox->setChecked(c.attemptsExhausted);
    m_attemptsExhaustedCheckBox->setEnabled(c.passGrade);
    setCount(m_minAttemptsCheckBox, m_minAttemptsSpinBox, c.minAttempts);
    m_submitCheckBox->setChecked(c.submit);
    setCount(m_forumPostsCheckBox, m_forumPostsSpinBox, c.forumPosts);
    setCount(m_forumDiscussionsCheckBox, m_forumDiscussionsSpinBox, c.forumDiscussions);
    setCount(m_forumRepliesCheckBox, m_forumRepliesSpinBox, c.forumReplies);
    m_contributeWordsCheckBox->setChecked(c.contributeWords);
    m_expectedCheckBox->setChecked(c.expected != 0);
    m_expectedDateTimeEdit->setEnabled(c.expected != 0);
    if (c.expected != 0)
        m_expectedDateTimeEdit->setDateTime(QDateTime::fromSecsSinceEpoch(c.expected));

    for (const auto &[rule, row] : std::as_const(m_ruleWidgets))
        row->setVisible(allowed.testFlag(rule));
    m_rulesWidget->setVisible(c.mode == CompletionMode::Automatic);
    m_expectedCheckBox->setVisible(c.mode != CompletionMode::None);
    m_expectedDateTimeEdit->setVisible(c.mode != CompletionMode::None);
}

Completion CompletionEditor::fromControls() const
{
    const ActivityData &activityData = m_activity->data();
    Completion c = activityData.completion;
    c.mode = static_cast<CompletionMode>(m_modeComboBox->currentData().toInt());
    const Rules allowed = allowedRules(activityData);
    // Conditions the kind does not offer keep their value: they are not the user's edit.
    const auto set = [&](Rule rule, auto &field, auto value) {
        if (allowed.testFlag(rule))
            field = value;
    };
    const auto count
        = [](QCheckBox *check, QSpinBox *spin) { return check->isChecked() ? spin->value() : 0; };
    set(Rule::View, c.view, m_viewCheckBox->isChecked());
    set(Rule::ReceiveGrade, c.receiveGrade, m_receiveGradeCheckBox->isChecked());
    set(Rule::PassGrade, c.passGrade, m_passGradeCheckBox->isChecked());
    set(Rule::AttemptsExhausted, c.attemptsExhausted,
        m_passGradeCheckBox->isChecked() && m_attemptsExhaustedCheckBox->isChecked());
    set(Rule::MinAttempts, c.minAttempts, count(m_minAttemptsCheckBox, m_minAttemptsSpinBox));
    set(Rule::Submit, c.submit, m_submitCheckBox->isChecked());
    set(Rule::ForumPosts, c.forumPosts, count(m_forumPostsCheckBox, m_forumPostsSpinBox));
    set(Rule::ForumDiscussions, c.forumDiscussions,
        count(m_forumDiscussionsCheckBox, m_forumDiscussionsSpinBox));
    set(Rule::ForumReplies, c.forumReplies, count(m_forumRepliesCheckBox, m_forumRepliesSpinBox));
    set(Rule::ContributeWords, c.contributeWords, m_contributeWordsCheckBox->isChecked());
    c.expected = m_expectedCheckBox->isChecked() && c.mode != CompletionMode::None
        ? m_expectedDateTimeEdit->dateTime().toSecsSinceEpoch()
        : 0;
    return c;
}

void CompletionEditor::push(int control)
{
    if (!m_activity)
        return;
    m_placingCommand = true;
    SetNodeField<Activity, Completion>::push(m_document, m_activity, &ActivityData::completion,
        fromControls(), NodeField::Completion,
        tr("Change the completion of “%1”").arg(m_activity->displayName()), control);
    m_placingCommand = false;
    // Visibility follows the mode; values are the ones just pushed (or the old ones if refused).
    refresh();
}

} // namespace Parcours
