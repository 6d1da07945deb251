// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Parcours {

/**
 * The file dialogs of the application, with a seam for tests (KeePassXC's FileDialog): when a
 * next answer is set, the next dialog is not shown and returns it instead, once.
 */
class FileDialog
{
public:
    /** Asks for a file to write; the dialog confirms overwriting. Empty when the user cancels. */
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &path, const QString &filter);

    /** For tests: the answer of the next dialog (an empty string answers "cancel"). */
    static void setNextFileName(const QString &fileName);
    /** For tests: forgets an answer that was not used. */
    static void clearNextFileName();

private:
    static bool takeNextFileName(QString *fileName);
};

} // namespace Parcours
