// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/messagebox.h"

#include <optional>

namespace Parcours {

namespace {
std::optional<MessageBox::Button> s_nextAnswer;
QString s_lastTitle;
QString s_lastText;
} // namespace

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

void MessageBox::clearNextAnswer()
{
    s_nextAnswer.reset();
}

QString MessageBox::lastTitle()
{
    return s_lastTitle;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::show(QWidget *parent,
    QMessageBox::Icon icon,
    const QString &title,
    const QString &text,
    QMessageBox::StandardButtons buttons,
    Button defaultButton)
{
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        s_lastTitle = title;
        s_lastText = text;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    box.setWindowModality(Qt::WindowModal);
    return Button(box.exec());
}

} // namespace Parcours
