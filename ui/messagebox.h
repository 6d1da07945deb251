// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

namespace Parcours {

/**
 * The message boxes of the application, with a seam for tests (KeePassXC's MessageBox): when a
 * next answer is set, the next box is not shown, returns that answer once, and its title and
 * text are kept in lastTitle()/lastText() for the test to check.
 */
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    static Button critical(QWidget *parent, const QString &title, const QString &text);
    static Button warning(QWidget *parent, const QString &title, const QString &text);
    /** A Yes/No question; No is the default. */
    static Button question(QWidget *parent, const QString &title, const QString &text);

    /** For tests: the answer of the next box. */
    static void setNextAnswer(Button answer);
    static void clearNextAnswer();
    /** For tests: title and text of the last box answered through the seam. */
    static QString lastTitle();
    static QString lastText();

private:
    static Button show(QWidget *parent,
        QMessageBox::Icon icon,
        const QString &title,
        const QString &text,
        QMessageBox::StandardButtons buttons,
        Button defaultButton);
};

} // namespace Parcours
