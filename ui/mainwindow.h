// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/mbzexporter.h"
#include "core/model/enums.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QCloseEvent;
class QDockWidget;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QTimer;
class QTreeView;
class QUndoGroup;

namespace Parcours {

class CourseDocument;
class CourseTreeModel;
class FormPane;
class Node;
class ReportView;
class TaskRunner;

/**
 * The main window: one open parcours, its structure tree, and the File and Edit menus.
 *
 * The window owns the open document and its tree model. Renaming an item in the tree pushes a
 * command (through CourseTreeModel::setData), so Edit → Undo takes it back. The title names the
 * parcours and says when it is read-only.
 *
 * Right of the tree, the form pane edits the selected section or activity. The Edit menu and the
 * tree's context menu add, duplicate, delete and move sections and activities (each one undo
 * step), with shortcuts, and the tree reorders them by drag and drop. Edit → Course settings…
 * edits the course's own fields. View shows the undo history and the problems dock, which lists
 * what the validator finds (a little after each change) and selects an item when activated.
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

    /** The section or activity selected in the structure tree, or nullptr. */
    Node *currentNode() const;
    FormPane *formPane() const { return m_formPane; }
    QListWidget *problemsList() const { return m_problemsList; }
    /** Checks the parcours now and lists the problems (normally done a little after changes). */
    void revalidate();
    /** Opens Edit → Course settings… (modal). */
    void editCourseSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateDetails();
    void updateActions();
    void updateCounts();
    void addSection();
    void addActivity(ActivityKind kind);
    void duplicateCurrent();
    void deleteCurrent();
    void moveCurrent(int delta);
    void onProblemActivated(QListWidgetItem *item);
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
    FormPane *m_formPane;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addSectionAction = nullptr;
    QMenu *m_addActivityMenu = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_courseSettingsAction = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QListWidget *m_problemsList = nullptr;
    QTimer *m_validationTimer = nullptr;
    QLabel *m_countsLabel = nullptr;
    bool m_busy = false;
    bool m_problemsDockSized = false;
    QDockWidget *m_reportDock = nullptr;
    ReportView *m_reportView = nullptr;
    TaskRunner *m_taskRunner = nullptr;
    bool m_reportDockSized = false;
    MessageHandler m_messageHandler;
};

} // namespace Parcours
