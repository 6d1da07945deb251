// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferencesdialog.h"

#include "ui/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageComboBox(new QComboBox(this))
    , m_restartLabel(new QLabel(this))
    , m_targetComboBox(new QComboBox(this))
    , m_authorLineEdit(new QLineEdit(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    // The names of the languages are written in their own language, as everywhere.
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageComboBox->addItem(
        tr("System language"), static_cast<int>(Preferences::Language::System));
    m_languageComboBox->addItem(u"Français"_s, static_cast<int>(Preferences::Language::French));
    m_languageComboBox->addItem(u"English"_s, static_cast<int>(Preferences::Language::English));
    m_languageComboBox->setAccessibleName(tr("Language of the interface"));
    m_initialLanguage
        = qMax(0, m_languageComboBox->findData(static_cast<int>(Preferences::language())));
    m_languageComboBox->setCurrentIndex(m_initialLanguage);

    m_restartLabel->setObjectName(u"restartLabel"_s);
    m_restartLabel->setText(tr("The language will be applied at the next start."));
    m_restartLabel->setWordWrap(true);
    m_restartLabel->setVisible(false);

    m_targetComboBox->setObjectName(u"defaultTargetComboBox"_s);
    m_targetComboBox->addItem(
        tr("Moodle 4.1 (Magistère 2)"), static_cast<int>(MoodleTarget::Moodle41));
    m_targetComboBox->addItem(tr("Moodle 4.5"), static_cast<int>(MoodleTarget::Moodle45));
    m_targetComboBox->addItem(tr("Moodle 5.0"), static_cast<int>(MoodleTarget::Moodle50));
    m_targetComboBox->setAccessibleName(tr("Default Moodle version of exports"));
    m_targetComboBox->setCurrentIndex(
        qMax(0, m_targetComboBox->findData(static_cast<int>(Preferences::defaultExportTarget()))));

    m_authorLineEdit->setObjectName(u"authorLineEdit"_s);
    m_authorLineEdit->setAccessibleName(tr("Author name"));
    m_authorLineEdit->setPlaceholderText(tr("First name Last name"));
    m_authorLineEdit->setToolTip(
        tr("Written as the author of the parcours you create (m@gistère indexation)."));
    m_authorLineEdit->setText(Preferences::authorName());
    m_authorLineEdit->setMinimumWidth(m_authorLineEdit->fontMetrics().averageCharWidth() * 40);

    m_buttonBox->setObjectName(u"preferencesButtonBox"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Language:"), m_languageComboBox);
    form->addRow(QString(), m_restartLabel);
    form->addRow(tr("Default &Moodle version:"), m_targetComboBox);
    form->addRow(tr("&Author name:"), m_authorLineEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttonBox);

    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this,
        &PreferencesDialog::updateRestartNote);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    m_languageComboBox->setFocus();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::updateRestartNote()
{
    m_restartLabel->setVisible(m_languageComboBox->currentIndex() != m_initialLanguage);
}

void PreferencesDialog::accept()
{
    Preferences::setLanguage(
        static_cast<Preferences::Language>(m_languageComboBox->currentData().toInt()));
    Preferences::setDefaultExportTarget(
        static_cast<MoodleTarget>(m_targetComboBox->currentData().toInt()));
    Preferences::setAuthorName(m_authorLineEdit->text());
    QDialog::accept();
}

} // namespace Parcours
