// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Parcours {

/**
 * Insert or edit a link (Ctrl+K in the HTML editor): address, text shown, title and whether it
 * opens in a new window. When editing a link, "Remove link" ends the dialog with RemoveLink.
 * The address is checked: links that would run code (javascript:) are refused, and an address
 * without a scheme that looks like a host ("www.…") gets "https://".
 */
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    enum Result { RemoveLink = 2 };

    explicit LinkDialog(QWidget *parent = nullptr);
    ~LinkDialog() override;

    void setUrl(const QString &url);
    /** The address as it will be written, normalised. */
    QString url() const;
    void setText(const QString &text);
    QString text() const;
    void setLinkTitle(const QString &title);
    QString linkTitle() const;
    void setNewWindow(bool on);
    bool newWindow() const;
    /** Shows "Remove link" (when the cursor is on a link). */
    void setEditing(bool editing);

    void accept() override;

private:
    void updateButtons();

    QLineEdit *m_urlEdit;
    QLineEdit *m_textEdit;
    QLineEdit *m_titleEdit;
    QCheckBox *m_newWindowCheck;
    QLabel *m_errorLabel;
    QPushButton *m_okButton;
    QPushButton *m_removeButton;
};

} // namespace Parcours
