// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/course.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Parcours {

class CourseDocument;
class HtmlEditor;
class PendingHtmlMedia;

/**
 * Edit → Course settings…: the parcours' metadata (title, short name, summary, language, format,
 * dates), its m@gistère indexation and its course completion, in three tabs. Nothing changes
 * until OK, which applies every change as one undo step (apply()).
 */
class CourseSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CourseSettingsDialog(CourseDocument *document, QWidget *parent = nullptr);
    ~CourseSettingsDialog() override;

    /** The course data as the controls show it. */
    CourseData courseData() const;
    /**
     * Pushes the changed fields as one undo step ("Change the course settings"). Returns false
     * when nothing changed or the document refused the change.
     */
    bool apply();

    void accept() override;

private:
    QWidget *buildGeneralTab();
    QWidget *buildIndexationTab();
    QWidget *buildCompletionTab();
    void updateTotal();

    CourseDocument *m_document;
    CourseData m_original;

    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_shortNameEdit = nullptr;
    HtmlEditor *m_summaryEdit = nullptr;
    /** Images inserted in the summary: stored, added to the course's files by apply(). */
    PendingHtmlMedia *m_summaryMedia = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QCheckBox *m_startCheck = nullptr;
    QDateEdit *m_startEdit = nullptr;
    QCheckBox *m_endCheck = nullptr;
    QDateEdit *m_endEdit = nullptr;

    QComboBox *m_typologyCombo = nullptr;
    QLineEdit *m_audienceEdit = nullptr;
    QSpinBox *m_remoteHours = nullptr;
    QSpinBox *m_remoteMinutes = nullptr;
    QSpinBox *m_inPersonHours = nullptr;
    QSpinBox *m_inPersonMinutes = nullptr;
    QLabel *m_totalLabel = nullptr;
    QPlainTextEdit *m_objectivesEdit = nullptr;
    QLineEdit *m_keywordsEdit = nullptr;
    QLineEdit *m_authorsEdit = nullptr;
    QLineEdit *m_versionEdit = nullptr;

    QCheckBox *m_completionCheck = nullptr;
    QComboBox *m_overallCombo = nullptr;
    QListWidget *m_activitiesList = nullptr;
    QComboBox *m_activityAggregationCombo = nullptr;
};

} // namespace Parcours
