// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/mbzexporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace Parcours {

class CourseDocument;

/**
 * File → Export…: the Moodle version, the word cloud plugin and the file to write.
 *
 * The file starts as the course short name (or title) with ".mbz", in the folder of the last
 * export or else next to the project file; Browse… picks another through FileDialog. Accepting
 * asks before replacing an existing file the file dialog has not already confirmed, and
 * remembers the target, the plugin and the folder in QSettings (group "Export").
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const CourseDocument &document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    MbzExporter::Options options() const;
    /** The chosen output file, absolute. */
    QString filePath() const;
    void setFilePath(const QString &path);

    /** A file name made from the course short name or title, safe on every system. */
    static QString defaultFileName(const CourseDocument &document);

    void accept() override;

private:
    void onBrowse();
    void updateExportButton();

    QComboBox *m_targetComboBox;
    QComboBox *m_wordCloudComboBox;
    QLineEdit *m_fileLineEdit;
    QPushButton *m_browseButton;
    QDialogButtonBox *m_buttonBox;
    QString m_confirmedPath;
};

} // namespace Parcours
