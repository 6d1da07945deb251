// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
    /** Asks for an existing file to read. Empty when the user cancels. */
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    /**
     * Asks for existing files to read, several at once. Empty when the user cancels. A test
     * answer is one queued answer holding the names separated by newlines (setNextFileSelection).
     */
    static QStringList getOpenFileNames(
        QWidget *parent, const QString &caption, const QString &path, const QString &filter);

    /** For tests: the answer of the next dialog (an empty string answers "cancel"). */
    static void setNextFileName(const QString &fileName);
    /** For tests: the answers of the next dialogs, in order (replaces any answer not used). */
    static void setNextFileNames(const QStringList &fileNames);
    /** For tests: the answer of the next getOpenFileNames() (empty answers "cancel"). */
    static void setNextFileSelection(const QStringList &fileNames);
    /** For tests: forgets an answer that was not used. */
    static void clearNextFileName();

private:
    static bool takeNextFileName(QString *fileName);
};

} // namespace Parcours
