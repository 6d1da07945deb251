// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/mbzexporter.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QCloseEvent;
class QDockWidget;
class QLabel;
class QTreeView;
class QUndoGroup;

namespace Parcours {

class CourseDocument;
class CourseTreeModel;
class ReportView;
class TaskRunner;

/**
 * The main window: one open parcours, its structure tree, and the File and Edit menus.
 *
 * The window owns the open document and its tree model. Renaming an item in the tree pushes a
 * command (through CourseTreeModel::setData), so Edit → Undo takes it back. The title names the
 * parcours and says when it is read-only.
 *
 * File → Export… asks for the options (ExportDialog), checks the parcours, writes the backup off
 * the GUI thread (TaskRunner) and shows what was found in the export report dock; activating a
 * row there selects its item in the structure tree.
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

    /**
     * Exports the open parcours to path (what File → Export… does once the options are chosen).
     * Validation errors stop it before anything is written; the report dock shows what was
     * found, the status bar the result, and a message box a failure. Returns true when the file
     * was written.
     */
    bool exportTo(const QString &path, const MbzExporter::Options &options);

    /** Runs long work for this window (the export); tests tune and watch it. */
    TaskRunner *taskRunner() const { return m_taskRunner; }
    ReportView *reportView() const { return m_reportView; }

    /** Selects the section or activity with this id (or its nearest shown parent) in the tree. */
    void selectNode(qint64 nodeId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateDetails();
    void showError(const QString &title, const QString &text);
    void onOpen();
    void onStorageFailed(const QString &message);
    void onExport();
    void showReport(const ExportReport &report, const QString &summary);
    /** While long work reads the document, nothing may change it or replace it. */
    void setBusy(bool busy);

    std::unique_ptr<CourseDocument> m_document;
    std::unique_ptr<CourseTreeModel> m_model;
    QUndoGroup *m_undoGroup;
    QTreeView *m_treeView;
    QLabel *m_detailsLabel;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QDockWidget *m_reportDock = nullptr;
    ReportView *m_reportView = nullptr;
    TaskRunner *m_taskRunner = nullptr;
    bool m_reportDockSized = false;
    MessageHandler m_messageHandler;
};

} // namespace Parcours
