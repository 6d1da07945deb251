// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/activityform.h"

#include "core/commands/setnodefield.h"
#include "core/model/activity.h"
#include "ui/forms/completioneditor.h"
#include "ui/forms/fileseditor.h"
#include "ui/forms/restrictionbinder.h"
#include "ui/forms/restrictioneditor.h"
#include "ui/quiz/quizeditor.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

/** Reads a sub-field of the activity's settings of kind T (a default value for another kind). */
template<class T, class V> std::function<V()> settingGet(ActivityForm *form, V T::*member)
{
    return [form, member]() -> V {
        const T *settings = form->activity() ? form->activity()->settings<T>() : nullptr;
        return settings ? settings->*member : V {};
    };
}

/** Pushes a change of a sub-field of the settings; edits of one control merge. */
template<class T, class V>
std::function<bool(V)> settingSet(ActivityForm *form, V T::*member, const QString &label)
{
    const int key = form->nextMergeKey();
    const QString field = NodeForm::plainLabel(label);
    return [form, member, key, field](V value) -> bool {
        Activity *activity = form->activity();
        const T *settings = activity ? activity->settings<T>() : nullptr;
        if (!settings)
            return false;
        T changed = *settings;
        changed.*member = std::move(value);
        return SetNodeField<Activity, ActivitySettings>::push(form->document(), activity,
            &ActivityData::settings, ActivitySettings(std::move(changed)), NodeField::Settings,
            ActivityForm::tr("Edit “%1” of “%2”").arg(field, activity->displayName()), key);
    };
}

template<class T, class E> std::function<int()> enumGet(ActivityForm *form, E T::*member)
{
    const auto get = settingGet(form, member);
    return [get] { return static_cast<int>(get()); };
}

template<class T, class E>
std::function<bool(int)> enumSet(ActivityForm *form, E T::*member, const QString &label)
{
    const auto set = settingSet(form, member, label);
    return [set](int value) { return set(static_cast<E>(value)); };
}

template<class T> std::function<bool(const QString &)> textSet(std::function<bool(T)> set)
{
    return [set](const QString &text) { return set(text); };
}

template<class T>
bool setCommon(
    ActivityForm *form, T ActivityData::*member, T value, NodeFields fields, const QString &label)
{
    Activity *activity = form->activity();
    return SetNodeField<Activity, T>::push(form->document(), activity, member, std::move(value),
        fields, ActivityForm::tr("Edit “%1” of “%2”").arg(label, activity->displayName()));
}

QList<QPair<QString, int>> displayItems(const QList<DisplayMode> &modes)
{
    QList<QPair<QString, int>> items;
    for (DisplayMode mode : modes) {
        QString text;
        switch (mode) {
        case DisplayMode::Automatic:
            text = ActivityForm::tr("Automatic");
            break;
        case DisplayMode::Embed:
            text = ActivityForm::tr("Embed");
            break;
        case DisplayMode::Frame:
            text = ActivityForm::tr("In a frame");
            break;
        case DisplayMode::NewWindow:
            text = ActivityForm::tr("New window");
            break;
        case DisplayMode::Download:
            text = ActivityForm::tr("Force download");
            break;
        case DisplayMode::Open:
            text = ActivityForm::tr("Open");
            break;
        case DisplayMode::Popup:
            text = ActivityForm::tr("In a pop-up");
            break;
        }
        items.append({text, static_cast<int>(mode)});
    }
    return items;
}

QTreeWidgetItem *outlineItem(const MindMapNode &node)
{
    auto *item = new QTreeWidgetItem({node.label});
    item->setData(0, Qt::UserRole, node.color);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    for (const MindMapNode &child : node.children)
        item->addChild(outlineItem(child));
    return item;
}

MindMapNode outlineNode(const QTreeWidgetItem *item)
{
    MindMapNode node;
    node.label = item->text(0);
    node.color = item->data(0, Qt::UserRole).toString();
    for (int i = 0; i < item->childCount(); ++i)
        node.children.push_back(outlineNode(item->child(i)));
    return node;
}

} // namespace

ActivityForm::ActivityForm(CourseDocument *document, QWidget *parent)
    : NodeForm(document, parent)
{
    setObjectName(u"activityForm"_s);
    auto *layout = new QVBoxLayout(this);
    auto *generalBox = new QGroupBox(tr("General"));
    generalBox->setObjectName(u"generalGroupBox"_s);
    auto *form = new QFormLayout(generalBox);
    layout->addWidget(generalBox);

    const auto current = [this] { return activity()->data(); };
    addLineEdit(
        form, tr("&Name:"), u"nameLineEdit"_s, NodeField::Name,
        [current] { return current().name; },
        [this](const QString &text) {
            // Moodle refuses an activity without a name: the last non-empty name stays.
            if (text.trimmed().isEmpty())
                return true;
            return setCommon(this, &ActivityData::name, text, NodeField::Name, tr("Name"));
        });
    addHtmlEdit(
        form, tr("&Description:"), u"descriptionHtmlEditor"_s, NodeField::Description, u"intro"_s,
        [current] { return current().description; },
        [this](const QString &text) {
            return setCommon(
                this, &ActivityData::description, text, NodeField::Description, tr("Description"));
        });
    addCheckBox(
        form, tr("Show the description on the &course page"), u"showDescriptionCheckBox"_s,
        NodeField::Description, [current] { return current().showDescription; },
        [this](bool on) {
            return setCommon(this, &ActivityData::showDescription, on, NodeField::Description,
                tr("Show the description"));
        });
    addCheckBox(
        form, tr("&Visible to participants"), u"visibleCheckBox"_s, NodeField::Visibility,
        [current] { return current().visible; },
        [this](bool on) {
            return setCommon(
                this, &ActivityData::visible, on, NodeField::Visibility, tr("Visible"));
        });
    addLineEdit(
        form, tr("&ID number:"), u"idNumberLineEdit"_s, NodeField::Metadata,
        [current] { return current().idNumber; },
        [this](const QString &text) {
            return setCommon(
                this, &ActivityData::idNumber, text, NodeField::Metadata, tr("ID number"));
        });

    buildPage();
    buildUrl();
    buildResource();
    buildFolder();
    buildForum();
    buildAssign();
    buildQuiz();
    buildWordCloud();
    buildMindMap();
    buildOpaque();
    for (QGroupBox *box : std::as_const(m_kindBoxes))
        layout->addWidget(box);

    auto *completionBox = new QGroupBox(tr("Completion"));
    auto *completionLayout = new QVBoxLayout(completionBox);
    m_completionEditor = new CompletionEditor(document);
    m_completionEditor->setObjectName(u"completionEditor"_s);
    completionLayout->addWidget(m_completionEditor);
    layout->addWidget(completionBox);

    auto *restrictionBox = new QGroupBox(tr("Access restriction"));
    auto *restrictionLayout = new QVBoxLayout(restrictionBox);
    auto *restrictionEditor = new RestrictionEditor;
    restrictionEditor->setObjectName(u"activityRestrictionEditor"_s);
    restrictionLayout->addWidget(restrictionEditor);
    m_restrictionBinder = new RestrictionBinder(document, restrictionEditor, this);
    layout->addWidget(restrictionBox);
    layout->addStretch(1);
    bindNode(nullptr);
}

ActivityForm::~ActivityForm()
{
    // A word or idea being renamed is committed when its line loses the focus, which happens
    // while QWidget's destructor hides the form, when this is no longer a whole ActivityForm:
    // drop such a late edit rather than push it from a half-destroyed form.
    m_seedList->disconnect(this);
    m_seedList->itemDelegate()->disconnect(this);
    m_outlineTree->disconnect(this);
}

void ActivityForm::setActivity(Activity *activity)
{
    bindNode(activity);
    if (!activity) {
        m_completionEditor->setActivity(nullptr);
        m_restrictionBinder->setNode(nullptr);
    }
}

Activity *ActivityForm::activity() const
{
    return static_cast<Activity *>(m_node);
}

void ActivityForm::nodeBound()
{
    const int kind = static_cast<int>(activity()->kind());
    for (auto it = m_kindBoxes.cbegin(); it != m_kindBoxes.cend(); ++it)
        it.value()->setVisible(it.key() == kind);
    m_completionEditor->setActivity(activity());
    m_restrictionBinder->setNode(activity());
}

QFormLayout *ActivityForm::addKindBox(ActivityKind kind, const QString &title)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(
        QString::fromLatin1(QMetaEnum::fromType<ActivityKind>().valueToKey(static_cast<int>(kind)))
        + u"GroupBox"_s);
    box->hide();
    m_kindBoxes.insert(static_cast<int>(kind), box);
    return new QFormLayout(box);
}

void ActivityForm::buildPage()
{
    QFormLayout *form = addKindBox(ActivityKind::Page, tr("Page"));
    const QString content = tr("Page &content:");
    addHtmlEdit(form, content, u"pageContentHtmlEditor"_s, NodeField::Settings, u"content"_s,
        settingGet(this, &PageSettings::content),
        textSet(settingSet(this, &PageSettings::content, content)));
    const QString display = tr("&Display:");
    addComboBox(form, display, u"pageDisplayComboBox"_s, NodeField::Settings,
        displayItems({DisplayMode::Open, DisplayMode::Popup}),
        enumGet(this, &PageSettings::display), enumSet(this, &PageSettings::display, display));
    const QString intro = tr("Show the description on the page");
    addCheckBox(form, intro, u"pagePrintIntroCheckBox"_s, NodeField::Settings,
        settingGet(this, &PageSettings::printIntro),
        settingSet(this, &PageSettings::printIntro, intro));
    const QString modified = tr("Show the last modified date");
    addCheckBox(form, modified, u"pageLastModifiedCheckBox"_s, NodeField::Settings,
        settingGet(this, &PageSettings::printLastModified),
        settingSet(this, &PageSettings::printLastModified, modified));
}

void ActivityForm::buildUrl()
{
    QFormLayout *form = addKindBox(ActivityKind::Url, tr("URL"));
    const QString address = tr("&Address:");
    QLineEdit *edit = addLineEdit(form, address, u"urlLineEdit"_s, NodeField::Settings,
        settingGet(this, &UrlSettings::url), textSet(settingSet(this, &UrlSettings::url, address)));
    edit->setPlaceholderText(u"https://"_s);
    const QString display = tr("&Display:");
    addComboBox(form, display, u"urlDisplayComboBox"_s, NodeField::Settings,
        displayItems(
            {DisplayMode::Automatic, DisplayMode::Embed, DisplayMode::Open, DisplayMode::Popup}),
        enumGet(this, &UrlSettings::display), enumSet(this, &UrlSettings::display, display));
}

FilesEditor *ActivityForm::addFilesEditor(
    QFormLayout *form, const QString &label, const QString &objectName, bool mainFile)
{
    auto *editor = new FilesEditor(m_document);
    editor->setObjectName(objectName);
    auto *title = new QLabel(label);
    title->setBuddy(editor);
    form->addRow(title);
    form->addRow(editor);
    const ActivityKind kind = mainFile ? ActivityKind::Resource : ActivityKind::Folder;
    // The editor follows the document's changes of the files itself; the form only tells it
    // which activity to show (a change of kind is a change of settings).
    addRefresher(NodeField::Settings, [this, editor, kind, mainFile] {
        Activity *target = activity()->kind() == kind ? activity() : nullptr;
        if (editor->node() != target)
            editor->setNode(target, u"content"_s, mainFile);
    });
    return editor;
}

void ActivityForm::buildResource()
{
    QFormLayout *form = addKindBox(ActivityKind::Resource, tr("File"));
    addFilesEditor(
        form, tr("&Files (the main file is the one shown):"), u"resourceFilesEditor"_s, true);
    const QString display = tr("&Display:");
    addComboBox(form, display, u"resourceDisplayComboBox"_s, NodeField::Settings,
        displayItems({DisplayMode::Automatic, DisplayMode::Embed, DisplayMode::Download,
            DisplayMode::Open, DisplayMode::Popup}),
        enumGet(this, &ResourceSettings::display),
        enumSet(this, &ResourceSettings::display, display));
    const QString size = tr("Show the file size");
    addCheckBox(form, size, u"resourceShowSizeCheckBox"_s, NodeField::Settings,
        settingGet(this, &ResourceSettings::showSize),
        settingSet(this, &ResourceSettings::showSize, size));
    const QString type = tr("Show the file type");
    addCheckBox(form, type, u"resourceShowTypeCheckBox"_s, NodeField::Settings,
        settingGet(this, &ResourceSettings::showType),
        settingSet(this, &ResourceSettings::showType, type));
}

void ActivityForm::buildFolder()
{
    QFormLayout *form = addKindBox(ActivityKind::Folder, tr("Folder"));
    addFilesEditor(form, tr("&Files:"), u"folderFilesEditor"_s, false);
    const QString inlined = tr("Show the content on the course page");
    addCheckBox(form, inlined, u"folderInlineCheckBox"_s, NodeField::Settings,
        settingGet(this, &FolderSettings::inlineOnCoursePage),
        settingSet(this, &FolderSettings::inlineOnCoursePage, inlined));
    const QString expanded = tr("Show subfolders expanded");
    addCheckBox(form, expanded, u"folderExpandedCheckBox"_s, NodeField::Settings,
        settingGet(this, &FolderSettings::showExpanded),
        settingSet(this, &FolderSettings::showExpanded, expanded));
    const QString button = tr("Show the download button");
    addCheckBox(form, button, u"folderDownloadButtonCheckBox"_s, NodeField::Settings,
        settingGet(this, &FolderSettings::showDownloadButton),
        settingSet(this, &FolderSettings::showDownloadButton, button));
    const QString force = tr("Force download of the files");
    addCheckBox(form, force, u"folderForceDownloadCheckBox"_s, NodeField::Settings,
        settingGet(this, &FolderSettings::forceDownload),
        settingSet(this, &FolderSettings::forceDownload, force));
}

void ActivityForm::buildForum()
{
    QFormLayout *form = addKindBox(ActivityKind::Forum, tr("Forum"));
    const QString type = tr("Forum &type:");
    addComboBox(form, type, u"forumTypeComboBox"_s, NodeField::Settings,
        {{tr("Standard forum for general use"), static_cast<int>(ForumType::General)},
            {tr("A single simple discussion"), static_cast<int>(ForumType::Single)},
            {tr("Each person posts one discussion"), static_cast<int>(ForumType::EachUser)},
            {tr("Q and A forum"), static_cast<int>(ForumType::QAndA)},
            {tr("Blog-like forum"), static_cast<int>(ForumType::Blog)},
            {tr("Announcements"), static_cast<int>(ForumType::News)}},
        enumGet(this, &ForumSettings::type), enumSet(this, &ForumSettings::type, type));
    const QString subscription = tr("&Subscription:");
    addComboBox(form, subscription, u"forumSubscriptionComboBox"_s, NodeField::Settings,
        {{tr("Optional"), 0}, {tr("Forced"), 1}, {tr("Automatic"), 2}, {tr("Disabled"), 3}},
        settingGet(this, &ForumSettings::subscription),
        settingSet(this, &ForumSettings::subscription, subscription));
    const QString attachments = tr("Maximum &attachments:");
    addSpinBox(form, attachments, u"forumAttachmentsSpinBox"_s, NodeField::Settings, 0, 100,
        settingGet(this, &ForumSettings::maxAttachments),
        settingSet(this, &ForumSettings::maxAttachments, attachments));
    const QString due = tr("Due date");
    addDateEdit(form, due, u"forumDueDateCheckBox"_s, NodeField::Settings,
        settingGet(this, &ForumSettings::dueDate), settingSet(this, &ForumSettings::dueDate, due));
    const QString cutoff = tr("Cut-off date");
    addDateEdit(form, cutoff, u"forumCutoffDateCheckBox"_s, NodeField::Settings,
        settingGet(this, &ForumSettings::cutoffDate),
        settingSet(this, &ForumSettings::cutoffDate, cutoff));
}

void ActivityForm::buildAssign()
{
    QFormLayout *form = addKindBox(ActivityKind::Assign, tr("Assignment"));
    const QString instructions = tr("Activity &instructions:");
    addHtmlEdit(form, instructions, u"assignInstructionsHtmlEditor"_s, NodeField::Settings,
        u"activityattachment"_s, settingGet(this, &AssignSettings::activityInstructions),
        textSet(settingSet(this, &AssignSettings::activityInstructions, instructions)));
    const QString from = tr("Allow submissions from");
    addDateEdit(form, from, u"assignFromCheckBox"_s, NodeField::Settings,
        settingGet(this, &AssignSettings::allowSubmissionsFrom),
        settingSet(this, &AssignSettings::allowSubmissionsFrom, from));
    const QString due = tr("Due date");
    addDateEdit(form, due, u"assignDueDateCheckBox"_s, NodeField::Settings,
        settingGet(this, &AssignSettings::dueDate),
        settingSet(this, &AssignSettings::dueDate, due));
    const QString cutoff = tr("Cut-off date");
    addDateEdit(form, cutoff, u"assignCutoffDateCheckBox"_s, NodeField::Settings,
        settingGet(this, &AssignSettings::cutoffDate),
        settingSet(this, &AssignSettings::cutoffDate, cutoff));
    const QString grading = tr("Remind me to grade by");
    addDateEdit(form, grading, u"assignGradingDueCheckBox"_s, NodeField::Settings,
        settingGet(this, &AssignSettings::gradingDueDate),
        settingSet(this, &AssignSettings::gradingDueDate, grading));
    const QString maxGrade = tr("Maximum &grade:");
    addDoubleSpinBox(form, maxGrade, u"assignMaxGradeSpinBox"_s, NodeField::Settings, 10000,
        settingGet(this, &AssignSettings::maxGrade),
        settingSet(this, &AssignSettings::maxGrade, maxGrade));
    const QString pass = tr("Grade to &pass:");
    addDoubleSpinBox(form, pass, u"assignGradePassSpinBox"_s, NodeField::Settings, 10000,
        settingGet(this, &AssignSettings::gradePass),
        settingSet(this, &AssignSettings::gradePass, pass));
    const QString online = tr("Online text submissions");
    addCheckBox(form, online, u"assignOnlineTextCheckBox"_s, NodeField::Settings,
        settingGet(this, &AssignSettings::onlineText),
        settingSet(this, &AssignSettings::onlineText, online));
    const QString files = tr("File submissions");
    addCheckBox(form, files, u"assignFileSubmissionsCheckBox"_s, NodeField::Settings,
        settingGet(this, &AssignSettings::fileSubmissions),
        settingSet(this, &AssignSettings::fileSubmissions, files));
    const QString maxFiles = tr("Maximum number of &files:");
    addSpinBox(form, maxFiles, u"assignMaxFilesSpinBox"_s, NodeField::Settings, 1, 100,
        settingGet(this, &AssignSettings::maxFiles),
        settingSet(this, &AssignSettings::maxFiles, maxFiles));
    const QString words = tr("&Word limit:");
    QSpinBox *wordSpin = addSpinBox(form, words, u"assignWordLimitSpinBox"_s, NodeField::Settings,
        0, 100000, settingGet(this, &AssignSettings::wordLimit),
        settingSet(this, &AssignSettings::wordLimit, words));
    wordSpin->setSpecialValueText(tr("No limit"));
    const QString statement = tr("Require students to accept the submission statement");
    addCheckBox(form, statement, u"assignStatementCheckBox"_s, NodeField::Settings,
        settingGet(this, &AssignSettings::requireStatement),
        settingSet(this, &AssignSettings::requireStatement, statement));
}

void ActivityForm::buildQuiz()
{
    QFormLayout *form = addKindBox(ActivityKind::Quiz, tr("Quiz"));
    // The quiz's questions first, as on Moodle's « Modifier le test » page. The editor follows
    // the document itself; the form only tells it which quiz to show.
    auto *questionsBox = new QGroupBox(tr("Questions"));
    questionsBox->setObjectName(u"quizQuestionsGroupBox"_s);
    auto *questionsLayout = new QVBoxLayout(questionsBox);
    auto *quizEditor = new QuizEditor(m_document);
    questionsLayout->addWidget(quizEditor);
    form->addRow(questionsBox);
    addRefresher(NodeField::Settings, [this, quizEditor] {
        Activity *target = activity()->kind() == ActivityKind::Quiz ? activity() : nullptr;
        if (quizEditor->quiz() != target)
            quizEditor->setQuiz(target);
    });
    const QString open = tr("Open the quiz");
    addDateEdit(form, open, u"quizOpenCheckBox"_s, NodeField::Settings,
        settingGet(this, &QuizSettings::timeOpen), settingSet(this, &QuizSettings::timeOpen, open));
    const QString close = tr("Close the quiz");
    addDateEdit(form, close, u"quizCloseCheckBox"_s, NodeField::Settings,
        settingGet(this, &QuizSettings::timeClose),
        settingSet(this, &QuizSettings::timeClose, close));

    // Moodle stores the time limit in seconds; the form shows minutes.
    const QString limit = tr("&Time limit:");
    const auto limitGet = settingGet(this, &QuizSettings::timeLimit);
    const auto limitSet = settingSet(this, &QuizSettings::timeLimit, limit);
    QSpinBox *limitSpin = addSpinBox(
        form, limit, u"quizTimeLimitSpinBox"_s, NodeField::Settings, 0, 24 * 60,
        [limitGet] { return limitGet() / 60; },
        [limitSet](int minutes) { return limitSet(minutes * 60); });
    limitSpin->setSuffix(tr(" min"));
    limitSpin->setSpecialValueText(tr("None"));

    const QString attempts = tr("&Attempts allowed:");
    QSpinBox *attemptsSpin = addSpinBox(form, attempts, u"quizAttemptsSpinBox"_s,
        NodeField::Settings, 0, 10, settingGet(this, &QuizSettings::attempts),
        settingSet(this, &QuizSettings::attempts, attempts));
    attemptsSpin->setSpecialValueText(tr("Unlimited"));
    const QString method = tr("Grading &method:");
    addComboBox(form, method, u"quizGradeMethodComboBox"_s, NodeField::Settings,
        {{tr("Highest grade"), static_cast<int>(GradeMethod::Highest)},
            {tr("Average grade"), static_cast<int>(GradeMethod::Average)},
            {tr("First attempt"), static_cast<int>(GradeMethod::First)},
            {tr("Last attempt"), static_cast<int>(GradeMethod::Last)}},
        enumGet(this, &QuizSettings::gradeMethod),
        enumSet(this, &QuizSettings::gradeMethod, method));
    const QString grade = tr("Maximum &grade:");
    addDoubleSpinBox(form, grade, u"quizGradeSpinBox"_s, NodeField::Settings, 10000,
        settingGet(this, &QuizSettings::grade), settingSet(this, &QuizSettings::grade, grade));
    const QString pass = tr("Grade to &pass:");
    addDoubleSpinBox(form, pass, u"quizGradePassSpinBox"_s, NodeField::Settings, 10000,
        settingGet(this, &QuizSettings::gradePass),
        settingSet(this, &QuizSettings::gradePass, pass));
    const QString decimals = tr("&Decimal places in grades:");
    addSpinBox(form, decimals, u"quizDecimalsSpinBox"_s, NodeField::Settings, 0, 5,
        settingGet(this, &QuizSettings::decimalPoints),
        settingSet(this, &QuizSettings::decimalPoints, decimals));
    const QString perPage = tr("&Questions per page:");
    QSpinBox *perPageSpin = addSpinBox(form, perPage, u"quizPerPageSpinBox"_s, NodeField::Settings,
        0, 50, settingGet(this, &QuizSettings::questionsPerPage),
        settingSet(this, &QuizSettings::questionsPerPage, perPage));
    perPageSpin->setSpecialValueText(tr("All on one page"));
    const QString navigation = tr("&Navigation:");
    addComboBox(form, navigation, u"quizNavigationComboBox"_s, NodeField::Settings,
        {{tr("Free"), static_cast<int>(QuizNavigation::Free)},
            {tr("Sequential"), static_cast<int>(QuizNavigation::Sequential)}},
        enumGet(this, &QuizSettings::navigation),
        enumSet(this, &QuizSettings::navigation, navigation));
    const QString behaviour = tr("Question &behaviour:");
    addComboBox(form, behaviour, u"quizBehaviourComboBox"_s, NodeField::Settings,
        {{tr("Deferred feedback"), static_cast<int>(QuizBehaviour::DeferredFeedback)},
            {tr("Adaptive mode (no penalties)"),
                static_cast<int>(QuizBehaviour::AdaptiveNoPenalty)},
            {tr("Adaptive mode"), static_cast<int>(QuizBehaviour::Adaptive)},
            {tr("Interactive with multiple tries"), static_cast<int>(QuizBehaviour::Interactive)},
            {tr("Immediate feedback"), static_cast<int>(QuizBehaviour::ImmediateFeedback)},
            {tr("Deferred feedback with CBM"), static_cast<int>(QuizBehaviour::DeferredCbm)},
            {tr("Immediate feedback with CBM"), static_cast<int>(QuizBehaviour::ImmediateCbm)}},
        enumGet(this, &QuizSettings::behaviour),
        enumSet(this, &QuizSettings::behaviour, behaviour));
    const QString shuffle = tr("Shuffle the answers within questions");
    addCheckBox(form, shuffle, u"quizShuffleCheckBox"_s, NodeField::Settings,
        settingGet(this, &QuizSettings::shuffleAnswers),
        settingSet(this, &QuizSettings::shuffleAnswers, shuffle));
    buildReviewOptions(form);
    buildFeedbackBands(form);
}

void ActivityForm::buildFeedbackBands(QFormLayout *form)
{
    // Overall feedback: a text for the grades from a percentage up to the band above.
    m_feedbackTable = new QTableWidget(0, 2);
    m_feedbackTable->setObjectName(u"quizFeedbackTable"_s);
    m_feedbackTable->setAccessibleName(tr("Overall feedback"));
    m_feedbackTable->setHorizontalHeaderLabels({tr("From grade (%)"), tr("Feedback (HTML)")});
    m_feedbackTable->horizontalHeader()->setStretchLastSection(true);
    m_feedbackTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_feedbackTable->verticalHeader()->hide();
    m_feedbackTable->setTabKeyNavigation(false);
    m_feedbackTable->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    form->addRow(tr("Overall feedback:"), m_feedbackTable);
    connect(m_feedbackTable, &QTableWidget::itemChanged, this, [this] { pushFeedback(); });

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a feedback &band"));
    add->setObjectName(u"quizAddFeedbackButton"_s);
    auto *remove = new QPushButton(tr("Remove the band"));
    remove->setObjectName(u"quizRemoveFeedbackButton"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_feedbackTable->rowCount();
        {
            const QSignalBlocker blocker(m_feedbackTable);
            m_feedbackTable->insertRow(row);
            m_feedbackTable->setItem(row, 0, new QTableWidgetItem(locale().toString(0)));
            m_feedbackTable->setItem(row, 1, new QTableWidgetItem);
        }
        pushFeedback();
        m_feedbackTable->setCurrentCell(row, 1);
        m_feedbackTable->editItem(m_feedbackTable->item(row, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_feedbackTable->currentRow();
        if (row < 0)
            return;
        {
            const QSignalBlocker blocker(m_feedbackTable);
            m_feedbackTable->removeRow(row);
        }
        pushFeedback();
    });
    addRefresher(NodeField::Settings, [this] {
        const auto *quiz = activity()->settings<QuizSettings>();
        if (!quiz || feedbackFromTable() == quiz->feedback)
            return;
        const QSignalBlocker blocker(m_feedbackTable);
        m_feedbackTable->setRowCount(0);
        for (const FeedbackBand &band : quiz->feedback) {
            const int row = m_feedbackTable->rowCount();
            m_feedbackTable->insertRow(row);
            m_feedbackTable->setItem(
                row, 0, new QTableWidgetItem(locale().toString(band.minPercent)));
            m_feedbackTable->setItem(row, 1, new QTableWidgetItem(band.text));
        }
    });
}

std::vector<FeedbackBand> ActivityForm::feedbackFromTable() const
{
    std::vector<FeedbackBand> bands;
    for (int row = 0; row < m_feedbackTable->rowCount(); ++row) {
        const QTableWidgetItem *percent = m_feedbackTable->item(row, 0);
        const QTableWidgetItem *text = m_feedbackTable->item(row, 1);
        FeedbackBand band;
        band.minPercent = percent ? qBound(0.0, locale().toDouble(percent->text()), 100.0) : 0;
        band.text = text ? text->text() : QString();
        bands.push_back(band);
    }
    return bands;
}

void ActivityForm::pushFeedback()
{
    // Each change of the bands is its own undo step.
    const auto set = settingSet(this, &QuizSettings::feedback, tr("Overall feedback"));
    const std::vector<FeedbackBand> bands = feedbackFromTable();
    place([&] { return set(bands); });
}

void ActivityForm::buildReviewOptions(QFormLayout *form)
{
    // Moodle's review options: what participants see, at four moments (bits of each mask).
    const QList<QPair<QString, int>> moments
        = {{tr("During the attempt"), 0x10000}, {tr("Immediately after"), 0x1000},
            {tr("Later, while open"), 0x100}, {tr("After closing"), 0x10}};
    const QList<QPair<QString, int ReviewOptions::*>> rows
        = {{tr("The attempt"), &ReviewOptions::attempt},
            {tr("Whether correct"), &ReviewOptions::correctness},
            {tr("Maximum marks"), &ReviewOptions::maxMarks}, {tr("Marks"), &ReviewOptions::marks},
            {tr("Specific feedback"), &ReviewOptions::specificFeedback},
            {tr("General feedback"), &ReviewOptions::generalFeedback},
            {tr("Right answer"), &ReviewOptions::rightAnswer},
            {tr("Overall feedback"), &ReviewOptions::overallFeedback}};
    auto *box = new QGroupBox(tr("Review options"));
    box->setObjectName(u"quizReviewGroupBox"_s);
    auto *grid = new QGridLayout(box);
    for (int c = 0; c < moments.size(); ++c) {
        auto *header = new QLabel(moments[c].first);
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, c + 1);
    }
    const auto reviewGet = settingGet(this, &QuizSettings::review);
    for (int r = 0; r < rows.size(); ++r) {
        const auto [rowText, member] = rows[r];
        grid->addWidget(new QLabel(rowText), r + 1, 0);
        for (int c = 0; c < moments.size(); ++c) {
            const int bit = moments[c].second;
            auto *check = new QCheckBox;
            check->setObjectName(u"quizReview%1_%2"_s.arg(r).arg(c));
            check->setAccessibleName(tr("%1, %2").arg(rowText, moments[c].first));
            grid->addWidget(check, r + 1, c + 1, Qt::AlignCenter);
            const auto reviewSet = settingSet(this, &QuizSettings::review, tr("Review options"));
            connect(check, &QCheckBox::toggled, this,
                [this, reviewGet, reviewSet, member, bit](bool on) {
                    ReviewOptions review = reviewGet();
                    review.*member = on ? (review.*member | bit) : (review.*member & ~bit);
                    place([&] { return reviewSet(review); });
                });
            addRefresher(NodeField::Settings, [check, reviewGet, member, bit] {
                const QSignalBlocker blocker(check);
                check->setChecked((reviewGet().*member & bit) != 0);
            });
        }
    }
    form->addRow(box);
}

QAction *ActivityForm::addViewAction(QWidget *view,
    QBoxLayout *buttons,
    const QString &text,
    const QString &name,
    const QString &toolTip,
    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, view);
    action->setObjectName(QString(name).replace(u"Button"_s, u"Action"_s));
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetShortcut);
    const QString tip
        = u"%1 (%2)"_s.arg(toolTip, shortcuts.constFirst().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
    view->addAction(action);
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    button->setAccessibleName(plainLabel(text));
    button->setToolTip(tip);
    buttons->addWidget(button);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button,
        [action, button] { button->setEnabled(action->isEnabled()); });
    return action;
}

void ActivityForm::buildWordCloud()
{
    QFormLayout *form = addKindBox(ActivityKind::WordCloud, tr("Word cloud"));
    const QString instructions = tr("&Instructions:");
    addHtmlEdit(form, instructions, u"wordCloudInstructionsHtmlEditor"_s, NodeField::Settings,
        u"instructions"_s, settingGet(this, &WordCloudSettings::instructions),
        textSet(settingSet(this, &WordCloudSettings::instructions, instructions)));

    // Seed words are an editable list: each word added, edited, moved or removed is one undo
    // step, and the keys are those of the mind map outline.
    m_seedList = new QListWidget;
    m_seedList->setObjectName(u"wordCloudSeedWordsList"_s);
    m_seedList->setAccessibleName(tr("Seed words"));
    m_seedList->setAccessibleDescription(
        tr("Insert adds a word, F2 or Enter edits it, Delete removes it, Alt+Up and Alt+Down "
           "move it."));
    m_seedList->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_seedList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_seedList->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_seedList->setMaximumHeight(fontMetrics().lineSpacing() * 12);
    auto *seedLabel = new QLabel(tr("&Seed words:"));
    seedLabel->setBuddy(m_seedList);
    connect(m_seedList, &QListWidget::itemChanged, this, [this] { pushSeedWords(); });
    connect(m_seedList, &QListWidget::currentRowChanged, this, [this] { updateSeedActions(); });
    // A word left empty (a new one abandoned with Escape, or erased) leaves the list.
    connect(m_seedList->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        bool removed = false;
        {
            const QSignalBlocker blocker(m_seedList);
            for (int row = m_seedList->count() - 1; row >= 0; --row) {
                if (m_seedList->item(row)->text().trimmed().isEmpty()) {
                    delete m_seedList->takeItem(row);
                    removed = true;
                }
            }
        }
        if (removed)
            pushSeedWords();
        updateSeedActions();
    });

    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seedList, 1);
    auto *seedButtons = new QVBoxLayout;
    seedRow->addLayout(seedButtons);
    const auto addSeedAction = [&](const QString &text, const QString &name, const QString &toolTip,
                                   const QList<QKeySequence> &shortcuts, auto slot) {
        QAction *action = addViewAction(m_seedList, seedButtons, text, name, toolTip, shortcuts);
        connect(action, &QAction::triggered, this, slot);
        m_seedActions.append(action);
    };
    addSeedAction(tr("&Add a word"), u"wordCloudAddWordButton"_s, tr("Add a seed word"),
        {QKeySequence(Qt::Key_Insert)}, [this] { addSeedWord(); });
    addSeedAction(tr("&Edit"), u"wordCloudEditWordButton"_s, tr("Edit the word"),
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
        [this] {
            if (QListWidgetItem *item = m_seedList->currentItem())
                m_seedList->editItem(item);
        });
    addSeedAction(tr("Move &up"), u"wordCloudMoveWordUpButton"_s, tr("Move the word up"),
        {QKeySequence(Qt::AltModifier | Qt::Key_Up)}, [this] { moveSeedWord(-1); });
    addSeedAction(tr("Move do&wn"), u"wordCloudMoveWordDownButton"_s, tr("Move the word down"),
        {QKeySequence(Qt::AltModifier | Qt::Key_Down)}, [this] { moveSeedWord(1); });
    addSeedAction(tr("Remo&ve"), u"wordCloudRemoveWordButton"_s, tr("Remove the word"),
        {QKeySequence(QKeySequence::Delete)}, [this] { removeSeedWord(); });
    seedButtons->addStretch(1);
    form->addRow(seedLabel);
    form->addRow(seedRow);
    addRefresher(NodeField::Settings, [this] { refreshSeedWords(); });

    const QString required = tr("Words &required from each participant:");
    addSpinBox(form, required, u"wordCloudRequiredSpinBox"_s, NodeField::Settings, 0, 10,
        settingGet(this, &WordCloudSettings::wordsRequired),
        settingSet(this, &WordCloudSettings::wordsRequired, required));
    const QString maximum = tr("&Maximum words per participant:");
    addSpinBox(form, maximum, u"wordCloudMaxSpinBox"_s, NodeField::Settings, 1, 10,
        settingGet(this, &WordCloudSettings::wordsMax),
        settingSet(this, &WordCloudSettings::wordsMax, maximum));
    const QString groups = tr("&Group mode:");
    addComboBox(form, groups, u"wordCloudGroupModeComboBox"_s, NodeField::Settings,
        {{tr("No groups"), static_cast<int>(GroupMode::NoGroups)},
            {tr("Separate groups"), static_cast<int>(GroupMode::SeparateGroups)},
            {tr("Visible groups"), static_cast<int>(GroupMode::VisibleGroups)}},
        enumGet(this, &WordCloudSettings::groupMode),
        enumSet(this, &WordCloudSettings::groupMode, groups));
    const QString open = tr("Open from");
    addDateEdit(form, open, u"wordCloudOpenCheckBox"_s, NodeField::Settings,
        settingGet(this, &WordCloudSettings::timeOpen),
        settingSet(this, &WordCloudSettings::timeOpen, open));
    const QString close = tr("Close on");
    addDateEdit(form, close, u"wordCloudCloseCheckBox"_s, NodeField::Settings,
        settingGet(this, &WordCloudSettings::timeClose),
        settingSet(this, &WordCloudSettings::timeClose, close));
}

void ActivityForm::buildMindMap()
{
    QFormLayout *form = addKindBox(ActivityKind::MindMap, tr("Mind map"));
    const QString mode = tr("&Mode:");
    addComboBox(form, mode, u"mindMapModeComboBox"_s, NodeField::Settings,
        {{tr("Collaborative"), static_cast<int>(MindMapMode::Collaborative)},
            {tr("Individual"), static_cast<int>(MindMapMode::Individual)}},
        enumGet(this, &MindMapSettings::mode), enumSet(this, &MindMapSettings::mode, mode));
    const QString editable = tr("Participants can edit the map");
    addCheckBox(form, editable, u"mindMapEditableCheckBox"_s, NodeField::Settings,
        settingGet(this, &MindMapSettings::editable),
        settingSet(this, &MindMapSettings::editable, editable));
    const QString locking = tr("Lock the map while someone edits it");
    addCheckBox(form, locking, u"mindMapLockingCheckBox"_s, NodeField::Settings,
        settingGet(this, &MindMapSettings::locking),
        settingSet(this, &MindMapSettings::locking, locking));

    m_outlineTree = new QTreeWidget;
    m_outlineTree->setObjectName(u"mindMapOutlineTree"_s);
    m_outlineTree->setAccessibleName(tr("Mind map outline"));
    m_outlineTree->setAccessibleDescription(
        tr("Insert adds a child idea, Shift+Insert a sibling, F2 or Enter renames, Delete "
           "deletes, Alt+Up and Alt+Down move, Alt+Right and Alt+Left indent and outdent."));
    m_outlineTree->setHeaderHidden(true);
    m_outlineTree->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    // Enter and F2 rename through the Rename action; a click on the selected idea too.
    m_outlineTree->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_outlineTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *outlineLabel = new QLabel(tr("O&utline:"));
    outlineLabel->setBuddy(m_outlineTree);
    connect(m_outlineTree, &QTreeWidget::itemChanged, this, [this] { pushOutline(); });
    connect(
        m_outlineTree, &QTreeWidget::currentItemChanged, this, [this] { updateOutlineActions(); });

    // The buttons stand in a column beside the outline: eight would not fit in a row.
    auto *row = new QHBoxLayout;
    row->addWidget(m_outlineTree, 1);
    auto *buttons = new QVBoxLayout;
    row->addLayout(buttons);
    using Enabled = std::function<bool(QTreeWidgetItem *)>;
    const auto addAction = [&](const QString &text, const QString &name, const QString &toolTip,
                               const QList<QKeySequence> &shortcuts, Enabled enabled, auto slot) {
        // The shortcuts apply only while the outline has the focus, not while an idea is being
        // renamed in it.
        QAction *action = addViewAction(m_outlineTree, buttons, text, name, toolTip, shortcuts);
        connect(action, &QAction::triggered, this, slot);
        m_outlineActions.emplace_back(action, std::move(enabled));
    };
    const Enabled any = [](QTreeWidgetItem *) { return true; };
    const Enabled notCentral = [](QTreeWidgetItem *item) { return item->parent(); };
    const Enabled hasPrevious = [](QTreeWidgetItem *item) {
        return item->parent() && item->parent()->indexOfChild(item) > 0;
    };
    addAction(tr("Add a &child"), u"mindMapAddChildButton"_s, tr("Add an idea under this one"),
        {QKeySequence(Qt::Key_Insert)}, any, [this] { addOutlineNode(true); });
    addAction(tr("Add a s&ibling"), u"mindMapAddSiblingButton"_s,
        tr("Add an idea after this one, at the same level"),
        {QKeySequence(Qt::ShiftModifier | Qt::Key_Insert)}, any, [this] { addOutlineNode(false); });
    addAction(tr("Re&name"), u"mindMapRenameButton"_s, tr("Rename the idea"),
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, any,
        [this] {
            if (QTreeWidgetItem *item = m_outlineTree->currentItem())
                m_outlineTree->editItem(item);
        });
    addAction(tr("Move &up"), u"mindMapMoveUpButton"_s, tr("Move the idea before the previous one"),
        {QKeySequence(Qt::AltModifier | Qt::Key_Up)}, hasPrevious, [this] { moveOutlineNode(-1); });
    addAction(
        tr("Move do&wn"), u"mindMapMoveDownButton"_s, tr("Move the idea after the next one"),
        {QKeySequence(Qt::AltModifier | Qt::Key_Down)},
        [](QTreeWidgetItem *item) {
            QTreeWidgetItem *parent = item->parent();
            return parent && parent->indexOfChild(item) < parent->childCount() - 1;
        },
        [this] { moveOutlineNode(1); });
    addAction(tr("In&dent"), u"mindMapIndentButton"_s,
        tr("Make the idea a child of the previous one"),
        {QKeySequence(Qt::AltModifier | Qt::Key_Right)}, hasPrevious,
        [this] { indentOutlineNode(true); });
    addAction(
        tr("&Outdent"), u"mindMapOutdentButton"_s, tr("Make the idea a sibling of its parent"),
        {QKeySequence(Qt::AltModifier | Qt::Key_Left)},
        [](QTreeWidgetItem *item) { return item->parent() && item->parent()->parent(); },
        [this] { indentOutlineNode(false); });
    addAction(tr("De&lete"), u"mindMapDeleteButton"_s, tr("Delete the idea and the ideas under it"),
        {QKeySequence(QKeySequence::Delete)}, notCentral, [this] { removeOutlineNode(); });
    buttons->addStretch(1);
    form->addRow(outlineLabel);
    form->addRow(row);
    addRefresher(NodeField::Settings, [this] { refreshOutline(); });
}

void ActivityForm::buildOpaque()
{
    QFormLayout *form = addKindBox(ActivityKind::Opaque, tr("Other activity"));
    m_opaqueLabel = new QLabel;
    m_opaqueLabel->setObjectName(u"opaqueLabel"_s);
    m_opaqueLabel->setWordWrap(true);
    form->addRow(m_opaqueLabel);
    addRefresher(NodeField::Settings, [this] {
        const auto *settings = activity()->settings<OpaqueSettings>();
        m_opaqueLabel->setText(settings
                ? tr("Parcours Studio does not edit “%1” activities: their settings are kept "
                     "as they were in the imported backup and exported unchanged.")
                      .arg(settings->moduleName)
                : QString());
    });
}

QStringList ActivityForm::seedWordsFromList() const
{
    QStringList words;
    for (int row = 0; row < m_seedList->count(); ++row) {
        const QString word = m_seedList->item(row)->text().trimmed();
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

void ActivityForm::refreshSeedWords()
{
    const auto *settings = activity()->settings<WordCloudSettings>();
    if (!settings)
        return;
    if (seedWordsFromList() == settings->seedWords) {
        updateSeedActions();
        return;
    }
    const int current = m_seedList->currentRow();
    const QSignalBlocker blocker(m_seedList);
    m_seedList->clear();
    for (const QString &word : settings->seedWords) {
        auto *item = new QListWidgetItem(word, m_seedList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_seedList->setCurrentRow(std::min(current, m_seedList->count() - 1));
    updateSeedActions();
}

void ActivityForm::pushSeedWords()
{
    // Each change of the list is its own undo step: a new merge key every time.
    const auto set = settingSet(this, &WordCloudSettings::seedWords, tr("Seed words"));
    const QStringList words = seedWordsFromList();
    place([&] { return set(words); });
}

void ActivityForm::updateSeedActions()
{
    if (m_seedActions.size() != 5)
        return;
    const int row = m_seedList->currentRow();
    const int count = m_seedList->count();
    const bool writable = !m_document->isReadOnly();
    m_seedActions.at(0)->setEnabled(writable);
    m_seedActions.at(1)->setEnabled(writable && row >= 0);
    m_seedActions.at(2)->setEnabled(writable && row > 0);
    m_seedActions.at(3)->setEnabled(writable && row >= 0 && row < count - 1);
    m_seedActions.at(4)->setEnabled(writable && row >= 0);
}

void ActivityForm::addSeedWord()
{
    // The word is pushed once typed: an empty new word leaves no undo step.
    auto *item = new QListWidgetItem;
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker blocker(m_seedList);
        m_seedList->insertItem(m_seedList->currentRow() + 1, item);
    }
    m_seedList->setCurrentItem(item);
    m_seedList->editItem(item);
}

void ActivityForm::moveSeedWord(int delta)
{
    const int row = m_seedList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_seedList->count())
        return;
    {
        const QSignalBlocker blocker(m_seedList);
        QListWidgetItem *item = m_seedList->takeItem(row);
        m_seedList->insertItem(target, item);
        m_seedList->setCurrentRow(target);
    }
    pushSeedWords();
    updateSeedActions();
}

void ActivityForm::removeSeedWord()
{
    const int row = m_seedList->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_seedList);
        delete m_seedList->takeItem(row);
        m_seedList->setCurrentRow(std::min(row, m_seedList->count() - 1));
    }
    pushSeedWords();
    updateSeedActions();
}

MindMapNode ActivityForm::outlineFromTree() const
{
    if (m_outlineTree->topLevelItemCount() == 0)
        return {};
    return outlineNode(m_outlineTree->topLevelItem(0));
}

void ActivityForm::refreshOutline()
{
    const auto *settings = activity()->settings<MindMapSettings>();
    if (!settings
        || (m_outlineTree->topLevelItemCount() > 0 && outlineFromTree() == settings->root))
        return;
    // Keep the current idea (by its position) across undo and redo, for keyboard users.
    QList<int> path;
    for (QTreeWidgetItem *item = m_outlineTree->currentItem(); item && item->parent();
         item = item->parent())
        path.prepend(item->parent()->indexOfChild(item));
    const QSignalBlocker blocker(m_outlineTree);
    m_outlineTree->clear();
    QTreeWidgetItem *current = outlineItem(settings->root);
    m_outlineTree->addTopLevelItem(current);
    m_outlineTree->expandAll();
    for (int index : std::as_const(path)) {
        if (index >= current->childCount())
            break;
        current = current->child(index);
    }
    m_outlineTree->setCurrentItem(current);
    updateOutlineActions();
}

void ActivityForm::updateOutlineActions()
{
    QTreeWidgetItem *current = m_outlineTree->currentItem();
    for (const auto &[action, enabled] : m_outlineActions)
        action->setEnabled(current && enabled(current));
}

void ActivityForm::pushOutline()
{
    // Each change of the outline (an idea added, renamed, deleted) is its own undo step.
    const int key = nextMergeKey();
    const auto set = [this, key](const MindMapNode &root) {
        Activity *current = activity();
        const auto *settings = current ? current->settings<MindMapSettings>() : nullptr;
        if (!settings)
            return false;
        MindMapSettings changed = *settings;
        changed.root = root;
        return SetNodeField<Activity, ActivitySettings>::push(m_document, current,
            &ActivityData::settings, ActivitySettings(std::move(changed)), NodeField::Settings,
            tr("Edit the outline of “%1”").arg(current->displayName()), key);
    };
    const MindMapNode root = outlineFromTree();
    place([&] { return set(root); });
}

void ActivityForm::addOutlineNode(bool child)
{
    QTreeWidgetItem *current = m_outlineTree->currentItem();
    if (!current)
        current = m_outlineTree->topLevelItem(0);
    if (!current)
        return;
    // The central idea has no sibling.
    QTreeWidgetItem *parent = child || !current->parent() ? current : current->parent();
    MindMapNode node;
    node.label = tr("New idea");
    QTreeWidgetItem *item = outlineItem(node);
    {
        const QSignalBlocker blocker(m_outlineTree);
        if (parent == current)
            parent->addChild(item);
        else
            parent->insertChild(parent->indexOfChild(current) + 1, item);
        parent->setExpanded(true);
    }
    pushOutline();
    m_outlineTree->setCurrentItem(item);
    m_outlineTree->editItem(item);
}

void ActivityForm::moveOutlineNode(int delta)
{
    QTreeWidgetItem *current = m_outlineTree->currentItem();
    QTreeWidgetItem *parent = current ? current->parent() : nullptr;
    if (!parent)
        return;
    const int row = parent->indexOfChild(current) + delta;
    if (row < 0 || row >= parent->childCount())
        return;
    {
        const QSignalBlocker blocker(m_outlineTree);
        parent->takeChild(parent->indexOfChild(current));
        parent->insertChild(row, current);
        m_outlineTree->expandAll();
        m_outlineTree->setCurrentItem(current);
    }
    pushOutline();
    updateOutlineActions();
}

void ActivityForm::indentOutlineNode(bool indent)
{
    QTreeWidgetItem *current = m_outlineTree->currentItem();
    QTreeWidgetItem *parent = current ? current->parent() : nullptr;
    if (!parent)
        return;
    const int row = parent->indexOfChild(current);
    {
        const QSignalBlocker blocker(m_outlineTree);
        if (indent) {
            // Becomes the last child of the idea before it.
            if (row == 0)
                return;
            QTreeWidgetItem *previous = parent->child(row - 1);
            parent->takeChild(row);
            previous->addChild(current);
        } else {
            // Becomes the sibling just after its parent; the central idea has no sibling.
            QTreeWidgetItem *grandParent = parent->parent();
            if (!grandParent)
                return;
            parent->takeChild(row);
            grandParent->insertChild(grandParent->indexOfChild(parent) + 1, current);
        }
        m_outlineTree->expandAll();
        m_outlineTree->setCurrentItem(current);
    }
    pushOutline();
    updateOutlineActions();
}

void ActivityForm::removeOutlineNode()
{
    QTreeWidgetItem *current = m_outlineTree->currentItem();
    // The central idea stays: a mind map always has one.
    if (!current || !current->parent())
        return;
    // The focus goes on to the next idea, else the previous one, else the parent.
    QTreeWidgetItem *parent = current->parent();
    const int row = parent->indexOfChild(current);
    {
        const QSignalBlocker blocker(m_outlineTree);
        delete current;
        QTreeWidgetItem *next = parent->child(std::min(row, parent->childCount() - 1));
        m_outlineTree->setCurrentItem(next ? next : parent);
    }
    pushOutline();
    updateOutlineActions();
}

} // namespace Parcours
