// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/richtext/linkdialog.h"

#include "core/text/htmlclean.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_urlEdit(new QLineEdit)
    , m_textEdit(new QLineEdit)
    , m_titleEdit(new QLineEdit)
    , m_newWindowCheck(new QCheckBox(tr("Open in a &new window")))
    , m_errorLabel(new QLabel)
{
    setObjectName(u"linkDialog"_s);
    setWindowTitle(tr("Link"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_urlEdit->setObjectName(u"urlLineEdit"_s);
    m_urlEdit->setAccessibleName(tr("Address"));
    m_urlEdit->setPlaceholderText(u"https://"_s);
    m_urlEdit->setClearButtonEnabled(true);
    form->addRow(tr("&Address:"), m_urlEdit);
    m_textEdit->setObjectName(u"textLineEdit"_s);
    m_textEdit->setAccessibleName(tr("Text to display"));
    form->addRow(tr("&Text to display:"), m_textEdit);
    m_titleEdit->setObjectName(u"titleLineEdit"_s);
    m_titleEdit->setAccessibleName(tr("Title"));
    m_titleEdit->setToolTip(tr("Shown when the pointer rests on the link"));
    form->addRow(tr("T&itle (optional):"), m_titleEdit);
    m_newWindowCheck->setObjectName(u"newWindowCheckBox"_s);
    m_newWindowCheck->setAccessibleName(tr("Open in a new window"));
    form->addRow(m_newWindowCheck);

    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"buttonBox"_s);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_removeButton = buttons->addButton(tr("&Remove link"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(u"removeLinkButton"_s);
    m_removeButton->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { done(RemoveLink); });
    layout->addWidget(buttons);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &LinkDialog::updateButtons);
    updateButtons();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

LinkDialog::~LinkDialog() = default;

void LinkDialog::setUrl(const QString &url)
{
    m_urlEdit->setText(url);
}

QString LinkDialog::url() const
{
    const QString url = m_urlEdit->text().trimmed();
    static const QRegularExpression host(u"^(www\\.|[\\w-]+\\.[\\w.-]+(/|$))"_s);
    static const QRegularExpression scheme(u"^[a-zA-Z][a-zA-Z0-9+.-]*:"_s);
    if (!scheme.match(url).hasMatch() && host.match(url).hasMatch())
        return u"https://"_s + url;
    return url;
}

void LinkDialog::setText(const QString &text)
{
    m_textEdit->setText(text);
}

QString LinkDialog::text() const
{
    return m_textEdit->text();
}

void LinkDialog::setLinkTitle(const QString &title)
{
    m_titleEdit->setText(title);
}

QString LinkDialog::linkTitle() const
{
    return m_titleEdit->text().trimmed();
}

void LinkDialog::setNewWindow(bool on)
{
    m_newWindowCheck->setChecked(on);
}

bool LinkDialog::newWindow() const
{
    return m_newWindowCheck->isChecked();
}

void LinkDialog::setEditing(bool editing)
{
    m_removeButton->setVisible(editing);
}

void LinkDialog::accept()
{
    if (!HtmlClean::isSafeHref(url())) {
        m_errorLabel->setText(tr("This address would run a script: links may only open pages "
                                 "(https://…, mailto:…)."));
        m_errorLabel->show();
        m_urlEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void LinkDialog::updateButtons()
{
    m_okButton->setEnabled(!m_urlEdit->text().trimmed().isEmpty());
    m_errorLabel->hide();
}

} // namespace Parcours
