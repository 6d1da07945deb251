// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/values.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QMimeData;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parcours {

class CourseDocument;
class Node;
class TaskRunner;

/**
 * The files of one node in one area (a resource's or a folder's "content"): a list with each
 * file's name, size (« 1,2 Mo ») and type, and the actions Add files…, Remove, Rename (F2, inline),
 * Set as main file (resources only) and Save a copy…, as buttons and in a context menu. Files
 * dropped from the file manager are added too.
 *
 * Every change is one undo step, through the file commands (core/commands/filecommands.h): adding
 * several files at once is one step. Contents are streamed into the project's media store; when
 * the files to add or save weigh more than largeFileThreshold() (20 MB by default), they are
 * copied on a worker thread by a TaskRunner, with progress and Cancel. Errors are shown in a
 * message line under the list.
 *
 * The editor follows the document: it refreshes when the node's files change (undo, redo) and
 * forgets the node when it leaves the tree.
 */
class FilesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilesEditor(CourseDocument *document, QWidget *parent = nullptr);
    ~FilesEditor() override;

    /**
     * Shows the files of node in area (nullptr: none, the editor is then disabled). With
     * mainFile, the list shows which file is the resource's main file and offers to change
     * it.
     */
    void setNode(Node *node, const QString &area, bool mainFile = false);
    Node *node() const { return m_node; }
    QString area() const { return m_area; }

    /** Adds the files at paths as one undo step; returns false (and shows why) when it failed. */
    bool addFiles(const QStringList &paths);
    /** The files shown, in list order. */
    QList<FileRef> files() const { return m_files; }
    /** The files selected in the list. */
    QList<FileRef> selectedFiles() const;
    /** The message shown under the list, empty when none. */
    QString message() const;

    qint64 largeFileThreshold() const { return m_largeFileThreshold; }
    void setLargeFileThreshold(qint64 bytes) { m_largeFileThreshold = bytes; }
    /** The runner of large copies (for tests). */
    TaskRunner *taskRunner() const { return m_runner; }

    QTreeWidget *view() const { return m_view; }

    /** A size in the user's units: « 512 octets », « 1,2 Mo ». */
    static QString sizeText(qint64 bytes);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateActions();
    void showMessage(const QString &text);
    void onAdd();
    void onRemove();
    void onRename();
    void onSetMain();
    void onSaveCopy();
    void onItemChanged(QTreeWidgetItem *item, int column);
    bool addLarge(const QStringList &paths, qint64 total);
    bool saveCopy(const FileRef &file, const QString &path);
    static QStringList localFiles(const QMimeData *data);
    QAction *makeAction(const QString &text,
        const QString &objectName,
        const QString &toolTip,
        QPushButton **button);

    CourseDocument *m_document;
    Node *m_node = nullptr;
    QString m_area;
    bool m_mainFile = false;
    QList<FileRef> m_files;
    QTreeWidget *m_view = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_mainAction = nullptr;
    QAction *m_saveAction = nullptr;
    QPushButton *m_mainButton = nullptr;
    TaskRunner *m_runner = nullptr;
    qint64 m_largeFileThreshold = 20 * 1000 * 1000;
    bool m_refreshing = false;
};

} // namespace Parcours
