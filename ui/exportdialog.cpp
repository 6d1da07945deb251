// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include "core/model/coursedocument.h"
#include "ui/filedialog.h"
#include "ui/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace Parcours {

namespace {

const QString TargetKey = QStringLiteral("Export/Target");
const QString WordCloudKey = QStringLiteral("Export/WordCloud");
const QString FolderKey = QStringLiteral("Export/LastFolder");

} // namespace

ExportDialog::ExportDialog(const CourseDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_targetComboBox(new QComboBox(this))
    , m_wordCloudComboBox(new QComboBox(this))
    , m_fileLineEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the parcours"));

    // Data: the spelling of the command line (`parcours export --target 4.1`).
    m_targetComboBox->setObjectName(QStringLiteral("targetComboBox"));
    m_targetComboBox->addItem(tr("Moodle 4.1 (Magistère 2)"), QStringLiteral("4.1"));
    m_targetComboBox->addItem(tr("Moodle 4.5"), QStringLiteral("4.5"));
    m_targetComboBox->addItem(tr("Moodle 5.0"), QStringLiteral("5.0"));
    m_targetComboBox->setAccessibleName(tr("Moodle version"));

    m_wordCloudComboBox->setObjectName(QStringLiteral("wordCloudComboBox"));
    m_wordCloudComboBox->addItem(
        tr("mod_collabwordcloud (m@gistère)"), QStringLiteral("collabwordcloud"));
    m_wordCloudComboBox->addItem(tr("mod_wordcloud (Canopé)"), QStringLiteral("wordcloud"));
    m_wordCloudComboBox->setAccessibleName(tr("Word cloud plugin"));

    m_fileLineEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_fileLineEdit->setAccessibleName(tr("File"));
    m_fileLineEdit->setMinimumWidth(m_fileLineEdit->fontMetrics().averageCharWidth() * 64);
    m_fileLineEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAccessibleName(tr("Choose the file"));
    m_browseButton->setAutoDefault(false);

    // The Ok button, for its icon and keyboard role, says what it does.
    QPushButton *exportButton = m_buttonBox->button(QDialogButtonBox::Ok);
    exportButton->setText(tr("&Export"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    m_buttonBox->setObjectName(QStringLiteral("exportButtonBox"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLineEdit, 1);
    fileRow->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Moodle version:"), m_targetComboBox);
    form->addRow(tr("&Word cloud plugin:"), m_wordCloudComboBox);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileLineEdit);
    form->addRow(fileLabel, fileRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttonBox);

    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::onBrowse);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_fileLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateExportButton);

    QSettings settings;
    const int target = m_targetComboBox->findData(settings.value(TargetKey).toString());
    m_targetComboBox->setCurrentIndex(qMax(0, target));
    const int wordCloud = m_wordCloudComboBox->findData(settings.value(WordCloudKey).toString());
    m_wordCloudComboBox->setCurrentIndex(qMax(0, wordCloud));
    QString folder = settings.value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QFileInfo(document.filePath()).absolutePath();
    setFilePath(QDir(folder).filePath(defaultFileName(document)));
    updateExportButton();
    // The keyboard starts on the first choice, whatever the platform does on activation.
    m_targetComboBox->setFocus();
}

ExportDialog::~ExportDialog() = default;

MbzExporter::Options ExportDialog::options() const
{
    MbzExporter::Options options;
    options.target = MbzExporter::targetFromString(m_targetComboBox->currentData().toString())
                         .value_or(MoodleTarget::Moodle41);
    options.wordCloud
        = MbzExporter::wordCloudFromString(m_wordCloudComboBox->currentData().toString())
              .value_or(WordCloudPlugin::CollabWordCloud);
    return options;
}

QString ExportDialog::filePath() const
{
    const QString text = m_fileLineEdit->text().trimmed();
    return text.isEmpty() ? QString()
                          : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_fileLineEdit->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::defaultFileName(const CourseDocument &document)
{
    const CourseData &data = document.course()->data();
    QString name = data.shortName.trimmed();
    if (name.isEmpty())
        name = data.title.trimmed();
    // Characters that some system refuses in a file name.
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    name.replace(forbidden, QStringLiteral("_"));
    name = name.left(100).trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QFileInfo(document.filePath()).completeBaseName();
    if (name.isEmpty())
        name = QStringLiteral("parcours");
    return name + QStringLiteral(".mbz");
}

void ExportDialog::onBrowse()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the parcours"), filePath(), MbzExporter().fileFilter());
    if (path.isEmpty())
        return;
    // The file dialog has asked before replacing it.
    m_confirmedPath = QFileInfo(path).absoluteFilePath();
    setFilePath(m_confirmedPath);
}

void ExportDialog::updateExportButton()
{
    const bool hasFile = !m_fileLineEdit->text().trimmed().isEmpty();
    for (QAbstractButton *button : m_buttonBox->buttons()) {
        if (m_buttonBox->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(hasFile);
    }
}

void ExportDialog::accept()
{
    QString path = filePath();
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".mbz"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".mbz");
        setFilePath(path);
    }
    const QFileInfo info(path);
    if (info.isDir() || !info.absoluteDir().exists()) {
        MessageBox::warning(this, tr("Cannot export there"),
            tr("The folder of %1 does not exist. Choose another file with Browse….")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (info.exists() && path != m_confirmedPath
        && MessageBox::question(this, tr("Replace the file?"),
               tr("%1 already exists. Do you want to replace it?")
                   .arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes) {
        return;
    }

    QSettings settings;
    settings.setValue(TargetKey, m_targetComboBox->currentData());
    settings.setValue(WordCloudKey, m_wordCloudComboBox->currentData());
    settings.setValue(FolderKey, info.absolutePath());
    QDialog::accept();
}

} // namespace Parcours
