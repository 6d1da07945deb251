// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/mbzexporter.h"
#include "core/import/mbzimporter.h"
#include "core/model/enums.h"
#include "ui/reportview.h"

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
class QToolBar;
class QTreeView;
class QUndoGroup;

namespace Parcours {

class CourseDocument;
class CourseTreeModel;
class FormPane;
class Node;
class RecentFiles;
class QuestionBankView;
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
 * the GUI thread (TaskRunner) and shows what was found in the report dock; activating a row
 * there selects its item in the structure tree.
 *
 * The file workflow: there is no Save (every edit is stored at once, which the status bar says
 * the first time). File → New… creates a parcours (« Nouveau parcours », one section); Save as…
 * copies the project (CourseStore::backupTo) and goes on editing the copy, with a fresh undo
 * history; Snapshots take dated copies next to the file (Snapshots) and list, open read-only,
 * restore or delete them (SnapshotsDialog); Recent files (RecentFiles) lists the last ten.
 * File → Import a Moodle backup… makes a new parcours from an .mbz off the GUI thread and shows
 * what became editable and what was kept opaque (ImportSummary) in the report dock; Import and
 * Export questions… read and write GIFT, Moodle XML and Aiken files. Edit → Preferences… sets the
 * language, the default Moodle version and the author name (Preferences).
 *
 * View → Question bank shows the bank (QuestionBankView); an activated question is edited in
 * the form pane.
 *
 * Window geometry, docks and toolbar are remembered (QSettings "MainWindow"), restored only when
 * they fit the screen. F6 and Shift+F6 move the focus between the tree, the form and the docks.
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
    bool openFile(const QString &path, bool readOnly = false);

    /**
     * File → New… once the file is chosen: creates path (refusing an existing file) with an
     * empty parcours « Nouveau parcours » holding one section, and opens it.
     */
    bool newFile(const QString &path);
    /**
     * File → Save as… once the file is chosen: copies the open project to path off the GUI
     * thread and goes on editing the copy (the original stays as it was; the undo history
     * starts afresh).
     */
    bool saveAs(const QString &path);
    /** Takes a snapshot of the open parcours; its path goes to *path. */
    bool createSnapshot(const QString &label, QString *path = nullptr);
    /**
     * Replaces the open parcours with the snapshot at snapshotPath, after confirmation
     * (MessageBox): a snapshot of the current state is taken first.
     */
    bool restoreSnapshot(const QString &snapshotPath);
    /** Opens a snapshot read-only in a new window (deleted when closed); nullptr on failure. */
    MainWindow *openSnapshot(const QString &snapshotPath);
    /**
     * File → Import a Moodle backup… once the files are chosen: makes projectPath from the
     * backup off the GUI thread (progress, Cancel), opens it and shows the import report. A
     * failure or a cancel leaves no new file (an existing file the user chose to replace is
     * put back).
     */
    bool importBackup(const QString &backupPath, const QString &projectPath);
    /** File → Import questions…: adds a GIFT, Moodle XML or Aiken file's questions (one undo
     * step). */
    bool importQuestions(const QString &path);
    /** File → Export questions…: writes the whole bank as GIFT (.gift, .txt) or Moodle XML. */
    bool exportQuestions(const QString &path);

    RecentFiles *recentFiles() const { return m_recentFiles; }

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
    /** F6 (forward) and Shift+F6: the focus goes to the next pane (tree, form, docks). */
    void cycleFocus(bool forward);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void readSettings();
    void writeSettings() const;
    /** Makes document the open one (with its model and views). */
    void setDocument(std::unique_ptr<CourseDocument> document);
    /** Closes the open document, leaving the window empty. */
    void closeDocument();
    /** The first time a parcours opens, the status bar says that there is no Save. */
    void showAutosaveHint(bool always);
    QString dialogFolder() const;
    void onNew();
    void onSaveAs();
    void onCreateSnapshot();
    void onSnapshots();
    void onImport();
    void onImportQuestions();
    void onExportQuestions();
    void onPreferences();
    void showImportReport(const QString &backupPath, const ImportReport &report);
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
    void showReport(const ExportReport &report,
        const QString &summary,
        ReportView::Rows rows = ReportView::Rows::Problems);
    /** While long work reads the document, nothing may change it or replace it. */
    void setBusy(bool busy);

    std::unique_ptr<CourseDocument> m_document;
    std::unique_ptr<CourseTreeModel> m_model;
    QUndoGroup *m_undoGroup;
    QTreeView *m_treeView;
    FormPane *m_formPane;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_createSnapshotAction = nullptr;
    QAction *m_snapshotsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importQuestionsAction = nullptr;
    QAction *m_exportQuestionsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    RecentFiles *m_recentFiles = nullptr;
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
    QDockWidget *m_questionBankDock = nullptr;
    QuestionBankView *m_questionBankView = nullptr;
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
    bool m_autosaveHintShown = false;
};

} // namespace Parcours
