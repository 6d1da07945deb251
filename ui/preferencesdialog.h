// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Parcours {

/**
 * Edit → Preferences…: the language of the interface (system, French, English; applied at the
 * next start, which the dialog says as soon as the choice changes), the Moodle version File →
 * Export… starts with and the author name of new parcours. Accepting stores them (Preferences).
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void updateRestartNote();

    QComboBox *m_languageComboBox;
    QLabel *m_restartLabel;
    QComboBox *m_targetComboBox;
    QLineEdit *m_authorLineEdit;
    QDialogButtonBox *m_buttonBox;
    int m_initialLanguage = 0;
};

} // namespace Parcours
