// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTreeView;
class QUndoGroup;

namespace Parcours {

class CourseDocument;
class CourseTreeModel;

/**
 * The main window: one open parcours, its structure tree, and the File and Edit menus.
 *
 * The window owns the open document and its tree model. Renaming an item in the tree pushes a
 * command (through CourseTreeModel::setData), so Edit → Undo takes it back. The title names the
 * parcours and says when it is read-only.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Shows an error to the user: a title and a text. Replaceable for tests. */
    using MessageHandler = std::function<void(const QString &title, const QString &text)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens a project file in place of the current one. On failure, tells the user (naming the
     * file and what to do), keeps the current document and returns false.
     */
    bool openFile(const QString &path);

    /** The open document, or nullptr. */
    CourseDocument *document() const { return m_document.get(); }

    /** Replaces the message box used for errors (tests use this seam to avoid blocking). */
    void setMessageHandler(MessageHandler handler) { m_messageHandler = std::move(handler); }

private:
    void createActions();
    void updateTitle();
    void updateDetails();
    void showError(const QString &title, const QString &text);
    void onOpen();
    void onStorageFailed(const QString &message);

    std::unique_ptr<CourseDocument> m_document;
    std::unique_ptr<CourseTreeModel> m_model;
    QUndoGroup *m_undoGroup;
    QTreeView *m_treeView;
    QLabel *m_detailsLabel;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    MessageHandler m_messageHandler;
};

} // namespace Parcours
