// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/coursesettingsdialog.h"

#include "core/commands/setnodefield.h"
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "core/model/section.h"
#include "core/text/htmlclean.h"
#include "ui/richtext/htmleditor.h"
#include "ui/richtext/htmlmedia.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

void setAccessible(QWidget *widget, const QString &objectName, const QString &name)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(name);
}

/** A check box that enables a date, for an optional date (0 = none), as a row of form. */
void addOptionalDate(QFormLayout *form, QCheckBox *check, QDateEdit *edit, qint64 value)
{
    form->addRow(check, edit);
    edit->setCalendarPopup(true);
    check->setChecked(value != 0);
    edit->setEnabled(value != 0);
    edit->setDate(value ? QDateTime::fromSecsSinceEpoch(value).date() : QDate::currentDate());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
}

qint64 dateValue(const QCheckBox *check, const QDateEdit *edit, qint64 original)
{
    if (!check->isChecked())
        return 0;
    // An unchanged day keeps its time of day.
    if (original && QDateTime::fromSecsSinceEpoch(original).date() == edit->date())
        return original;
    return QDateTime(edit->date(), QTime(0, 0)).toSecsSinceEpoch();
}

} // namespace

CourseSettingsDialog::CourseSettingsDialog(CourseDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(document->course()->data())
{
    setObjectName(u"courseSettingsDialog"_s);
    setWindowTitle(tr("Course settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"courseSettingsTabs"_s);
    tabs->addTab(buildGeneralTab(), tr("&General"));
    tabs->addTab(buildIndexationTab(), tr("m@gistère &indexation"));
    tabs->addTab(buildCompletionTab(), tr("Course &completion"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateTotal();
    // Long section and activity names and keyword lists need the room.
    // The summary's toolbar shows whole too.
    resize(
        std::max(fontMetrics().averageCharWidth() * 110, sizeHint().width()), sizeHint().height());
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    m_titleEdit->setFocus();
}

CourseSettingsDialog::~CourseSettingsDialog() = default;

QWidget *CourseSettingsDialog::buildGeneralTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_titleEdit = new QLineEdit(m_original.title);
    setAccessible(m_titleEdit, u"titleLineEdit"_s, tr("Title"));
    form->addRow(tr("&Title:"), m_titleEdit);
    m_shortNameEdit = new QLineEdit(m_original.shortName);
    setAccessible(m_shortNameEdit, u"shortNameLineEdit"_s, tr("Short name"));
    form->addRow(tr("&Short name:"), m_shortNameEdit);
    m_summaryEdit = new HtmlEditor;
    m_summaryEdit->setObjectName(u"summaryHtmlEditor"_s);
    m_summaryEdit->setFieldName(tr("Summary"));
    auto media = std::make_unique<PendingHtmlMedia>(m_document, m_original.files, u"summary"_s);
    m_summaryMedia = media.get();
    m_summaryEdit->setMedia(std::move(media));
    m_summaryEdit->setHtml(m_original.summary);
    form->addRow(tr("S&ummary:"), m_summaryEdit);

    m_languageCombo = new QComboBox;
    setAccessible(m_languageCombo, u"languageComboBox"_s, tr("Forced language"));
    m_languageCombo->addItem(tr("Do not force"), QString());
    m_languageCombo->addItem(tr("French"), u"fr"_s);
    m_languageCombo->addItem(tr("English"), u"en"_s);
    if (m_languageCombo->findData(m_original.language) < 0)
        m_languageCombo->addItem(m_original.language, m_original.language);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_original.language));
    form->addRow(tr("Forced &language:"), m_languageCombo);

    m_formatCombo = new QComboBox;
    setAccessible(m_formatCombo, u"formatComboBox"_s, tr("Course format"));
    m_formatCombo->addItem(tr("Topics"), u"topics"_s);
    m_formatCombo->addItem(tr("Weekly"), u"weeks"_s);
    m_formatCombo->addItem(tr("Single activity"), u"singleactivity"_s);
    m_formatCombo->addItem(tr("m@gistère topics"), u"magistere_topics"_s);
    m_formatCombo->addItem(tr("Modular"), u"modular"_s);
    if (m_formatCombo->findData(m_original.format) < 0)
        m_formatCombo->addItem(m_original.format, m_original.format);
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(m_original.format));
    form->addRow(tr("Course &format:"), m_formatCombo);

    m_startCheck = new QCheckBox(tr("Start date"));
    m_startEdit = new QDateEdit;
    setAccessible(m_startCheck, u"startDateCheckBox"_s, tr("Start date"));
    setAccessible(m_startEdit, u"startDateEdit"_s, tr("Start date"));
    addOptionalDate(form, m_startCheck, m_startEdit, m_original.startDate);
    m_endCheck = new QCheckBox(tr("End date"));
    m_endEdit = new QDateEdit;
    setAccessible(m_endCheck, u"endDateCheckBox"_s, tr("End date"));
    setAccessible(m_endEdit, u"endDateEdit"_s, tr("End date"));
    addOptionalDate(form, m_endCheck, m_endEdit, m_original.endDate);
    return page;
}

QWidget *CourseSettingsDialog::buildIndexationTab()
{
    const Indexation &index = m_original.indexation;
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_typologyCombo = new QComboBox;
    setAccessible(m_typologyCombo, u"typologyComboBox"_s, tr("Typology"));
    m_typologyCombo->addItem(tr("Self-paced"), static_cast<int>(Typology::SelfPaced));
    m_typologyCombo->addItem(tr("Tutored"), static_cast<int>(Typology::Tutored));
    m_typologyCombo->addItem(tr("Hybrid"), static_cast<int>(Typology::Hybrid));
    m_typologyCombo->setCurrentIndex(m_typologyCombo->findData(static_cast<int>(index.typology)));
    form->addRow(tr("T&ypology:"), m_typologyCombo);
    m_audienceEdit = new QLineEdit(index.audience);
    setAccessible(m_audienceEdit, u"audienceLineEdit"_s, tr("Audience"));
    form->addRow(tr("&Audience:"), m_audienceEdit);

    const auto duration = [this, form](const QString &label, const QString &name, int minutes,
                              QSpinBox *&hours, QSpinBox *&mins) {
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        hours = new QSpinBox;
        setAccessible(hours, name + u"HoursSpinBox"_s,
            tr("%1, hours").arg(label.chopped(1).remove(QLatin1Char('&'))));
        hours->setRange(0, 999);
        hours->setSuffix(tr(" h"));
        hours->setValue(minutes / 60);
        mins = new QSpinBox;
        setAccessible(mins, name + u"MinutesSpinBox"_s,
            tr("%1, minutes").arg(label.chopped(1).remove(QLatin1Char('&'))));
        mins->setRange(0, 59);
        mins->setSuffix(tr(" min"));
        mins->setValue(minutes % 60);
        layout->addWidget(hours);
        layout->addWidget(mins);
        layout->addStretch(1);
        form->addRow(label, row);
        if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(row)))
            buddy->setBuddy(hours);
        connect(hours, &QSpinBox::valueChanged, this, &CourseSettingsDialog::updateTotal);
        connect(mins, &QSpinBox::valueChanged, this, &CourseSettingsDialog::updateTotal);
    };
    duration(
        tr("&Remote duration:"), u"remote"_s, index.remoteMinutes, m_remoteHours, m_remoteMinutes);
    duration(tr("In-&person duration:"), u"inPerson"_s, index.inPersonMinutes, m_inPersonHours,
        m_inPersonMinutes);
    m_totalLabel = new QLabel;
    m_totalLabel->setObjectName(u"totalLabel"_s);
    form->addRow(tr("Total duration:"), m_totalLabel);

    m_objectivesEdit = new QPlainTextEdit(index.objectives);
    setAccessible(m_objectivesEdit, u"objectivesTextEdit"_s, tr("Objectives"));
    m_objectivesEdit->setTabChangesFocus(true);
    form->addRow(tr("&Objectives:"), m_objectivesEdit);
    m_keywordsEdit = new QLineEdit(index.keywords.join(u", "_s));
    setAccessible(m_keywordsEdit, u"keywordsLineEdit"_s, tr("Keywords"));
    m_keywordsEdit->setPlaceholderText(tr("Separated by commas"));
    form->addRow(tr("&Keywords:"), m_keywordsEdit);
    m_authorsEdit = new QLineEdit(index.authors.join(u", "_s));
    setAccessible(m_authorsEdit, u"authorsLineEdit"_s, tr("Authors"));
    m_authorsEdit->setPlaceholderText(tr("Separated by commas"));
    form->addRow(tr("Aut&hors:"), m_authorsEdit);
    m_versionEdit = new QLineEdit(index.version);
    setAccessible(m_versionEdit, u"versionLineEdit"_s, tr("Version"));
    form->addRow(tr("&Version:"), m_versionEdit);
    return page;
}

QWidget *CourseSettingsDialog::buildCompletionTab()
{
    const CourseCompletion &completion = m_original.completion;
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_completionCheck = new QCheckBox(tr("&Enable course completion"));
    setAccessible(m_completionCheck, u"completionCheckBox"_s, tr("Enable course completion"));
    m_completionCheck->setChecked(completion.enabled);
    form->addRow(m_completionCheck);

    const auto aggregationCombo
        = [](const QString &name, const QString &accessible, Aggregation value) {
              auto *combo = new QComboBox;
              setAccessible(combo, name, accessible);
              combo->addItem(tr("All criteria must be met"), static_cast<int>(Aggregation::All));
              combo->addItem(tr("Any criterion is enough"), static_cast<int>(Aggregation::Any));
              combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
              return combo;
          };
    m_overallCombo
        = aggregationCombo(u"overallComboBox"_s, tr("Overall condition"), completion.overall);
    form->addRow(tr("&Overall condition:"), m_overallCombo);

    m_activitiesList = new QListWidget;
    setAccessible(m_activitiesList, u"activitiesListWidget"_s, tr("Activities to complete"));
    const Course *course = m_document->course();
    for (int sectionRow = 0; sectionRow < course->childCount(); ++sectionRow) {
        const Node *section = course->childAt(sectionRow);
        for (int row = 0; row < section->childCount(); ++row) {
            const auto *activity = static_cast<const Activity *>(section->childAt(row));
            auto *item = new QListWidgetItem(
                tr("%1 › %2").arg(section->displayName(), activity->displayName()));
            item->setData(Qt::UserRole, activity->id());
            item->setToolTip(item->text());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool checked = std::find(completion.activities.begin(),
                                     completion.activities.end(), activity->id())
                != completion.activities.end();
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            m_activitiesList->addItem(item);
        }
    }
    form->addRow(tr("&Activities to complete:"), m_activitiesList);
    m_activityAggregationCombo = aggregationCombo(
        u"activityAggregationComboBox"_s, tr("Activity condition"), completion.activityAggregation);
    form->addRow(tr("Activity co&ndition:"), m_activityAggregationCombo);

    const auto enable = [this](bool on) {
        m_overallCombo->setEnabled(on);
        m_activitiesList->setEnabled(on);
        m_activityAggregationCombo->setEnabled(on);
    };
    connect(m_completionCheck, &QCheckBox::toggled, this, enable);
    enable(completion.enabled);
    return page;
}

void CourseSettingsDialog::updateTotal()
{
    const int total = (m_remoteHours->value() + m_inPersonHours->value()) * 60
        + m_remoteMinutes->value() + m_inPersonMinutes->value();
    m_totalLabel->setText(
        tr("%1 h %2 min").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0')));
}

CourseData CourseSettingsDialog::courseData() const
{
    CourseData edited = m_original;
    edited.title = m_titleEdit->text().trimmed();
    edited.shortName = m_shortNameEdit->text().trimmed();
    edited.summary = m_summaryEdit->html();
    // Images inserted in the summary, unless they were taken out again.
    for (const FileRef &file : m_summaryMedia->pendingFiles()) {
        if (edited.summary.contains(HtmlClean::pluginFileSrc(file.name)))
            edited.files.push_back(file);
    }
    edited.language = m_languageCombo->currentData().toString();
    edited.format = m_formatCombo->currentData().toString();
    edited.startDate = dateValue(m_startCheck, m_startEdit, m_original.startDate);
    edited.endDate = dateValue(m_endCheck, m_endEdit, m_original.endDate);

    Indexation &index = edited.indexation;
    index.typology = static_cast<Typology>(m_typologyCombo->currentData().toInt());
    index.audience = m_audienceEdit->text().trimmed();
    index.remoteMinutes = m_remoteHours->value() * 60 + m_remoteMinutes->value();
    index.inPersonMinutes = m_inPersonHours->value() * 60 + m_inPersonMinutes->value();
    index.objectives = m_objectivesEdit->toPlainText();
    index.keywords = splitList(m_keywordsEdit->text());
    index.authors = splitList(m_authorsEdit->text());
    index.version = m_versionEdit->text().trimmed();

    CourseCompletion &completion = edited.completion;
    completion.enabled = m_completionCheck->isChecked();
    completion.overall = static_cast<Aggregation>(m_overallCombo->currentData().toInt());
    completion.activityAggregation
        = static_cast<Aggregation>(m_activityAggregationCombo->currentData().toInt());
    // Criteria on activities the list does not show (none today) are kept.
    std::vector<NodeId> activities;
    for (int i = 0; i < m_activitiesList->count(); ++i) {
        const QListWidgetItem *item = m_activitiesList->item(i);
        if (item->checkState() == Qt::Checked)
            activities.push_back(item->data(Qt::UserRole).toLongLong());
    }
    completion.activities = activities;
    return edited;
}

bool CourseSettingsDialog::apply()
{
    const CourseData edited = courseData();
    Course *course = m_document->course();
    if (edited == course->data() || m_document->isReadOnly())
        return false;
    using F = NodeField;
    const QString text = tr("Change the course settings");
    const auto set = [&](auto member, NodeFields fields) {
        using T = std::remove_cvref_t<decltype(edited.*member)>;
        SetNodeField<Course, T>::push(m_document, course, member, edited.*member, fields, text);
    };
    m_document->beginMacro(text);
    set(&CourseData::title, F::Name);
    set(&CourseData::shortName, F::Metadata);
    set(&CourseData::summary, F::Description);
    set(&CourseData::files, F::Files);
    set(&CourseData::language, F::Metadata);
    set(&CourseData::format, F::Metadata);
    set(&CourseData::startDate, F::Metadata);
    set(&CourseData::endDate, F::Metadata);
    set(&CourseData::indexation, F::Metadata);
    set(&CourseData::completion, F::Completion);
    m_document->endMacro();
    return true;
}

void CourseSettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace Parcours
