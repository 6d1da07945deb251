// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/commands/nodecommands.h"
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "core/model/section.h"
#include "core/models/coursetreemodel.h"
#include "core/validation/validator.h"
#include "ui/coursesettingsdialog.h"
#include "ui/exportdialog.h"
#include "ui/forms/formpane.h"
#include "ui/messagebox.h"
#include "ui/reportview.h"
#include "ui/taskrunner.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace Parcours {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_treeView(new QTreeView(this))
    , m_formPane(new FormPane(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_treeView->setObjectName(QStringLiteral("structureTreeView"));
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);

    m_treeView->setAccessibleName(tr("Structure of the parcours"));
    m_treeView->setDragDropMode(QAbstractItemView::InternalMove);
    m_treeView->setDefaultDropAction(Qt::MoveAction);
    m_treeView->setDropIndicatorShown(true);
    m_treeView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_treeView);
    splitter->addWidget(m_formPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_reportView = new ReportView(this);
    m_reportDock = new QDockWidget(tr("Export report"), this);
    m_reportDock->setObjectName(QStringLiteral("reportDock"));
    m_reportDock->setWidget(m_reportView);
    addDockWidget(Qt::BottomDockWidgetArea, m_reportDock);
    m_reportDock->hide();
    connect(m_reportView, &ReportView::nodeActivated, this, &MainWindow::selectNode);

    auto *undoView = new QUndoView(m_undoGroup);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo history"));
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_problemsList = new QListWidget;
    m_problemsList->setObjectName(QStringLiteral("problemsList"));
    m_problemsList->setAccessibleName(tr("Problems"));
    m_problemsList->setWordWrap(true);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsList);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    // The dock's own size hint takes half the window; a few rows are enough.
    connect(m_problemsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_problemsDockSized)
            return;
        m_problemsDockSized = true;
        resizeDocks({m_problemsDock}, {fontMetrics().height() * 9}, Qt::Vertical);
    });
    connect(m_problemsList, &QListWidget::itemActivated, this, &MainWindow::onProblemActivated);
    connect(m_problemsList, &QListWidget::itemClicked, this, &MainWindow::onProblemActivated);
    m_validationTimer = new QTimer(this);
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(400);
    connect(m_validationTimer, &QTimer::timeout, this, &MainWindow::revalidate);

    m_taskRunner = new TaskRunner(this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();
    // Room for the tree and a form without a horizontal scroll bar, within the screen.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
    // The form needs more room than the tree.
    splitter->setSizes({320, size.width() - 320});
    updateTitle();
    updateDetails();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The view must let go of the model before the model, and the model of the document.
    m_treeView->setModel(nullptr);
    m_formPane->setDocument(nullptr);
    m_model.reset();
    m_document.reset();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::onOpen);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_exportAction = fileMenu->addAction(tr("&Export…"), this, &MainWindow::onExport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();

    // The structure actions work on the tree's current item. Those whose keys mean something
    // else in a text field (Delete, Ctrl+Up) only work while the tree has the focus.
    const auto treeAction = [this, editMenu](const QString &text, const QString &name,
                                const QKeySequence &keys, bool treeOnly, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        if (treeOnly)
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        editMenu->addAction(action);
        m_treeView->addAction(action);
        return action;
    };
    m_addSectionAction = treeAction(tr("Add a &section"), QStringLiteral("addSectionAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), false, [this] { addSection(); });
    m_addActivityMenu = editMenu->addMenu(tr("Add an &activity"));
    m_addActivityMenu->setObjectName(QStringLiteral("addActivityMenu"));
    for (int k = 0; k < static_cast<int>(ActivityKind::Opaque); ++k) {
        const auto kind = static_cast<ActivityKind>(k);
        QAction *action
            = m_addActivityMenu->addAction(QIcon::fromTheme(CourseTreeModel::iconName(kind)),
                activityKindName(kind), this, [this, kind] { addActivity(kind); });
        action->setObjectName(QStringLiteral("addActivityAction%1").arg(k));
    }
    // Ctrl+Shift+A opens the kind menu from the keyboard.
    auto *addActivityAction = new QAction(tr("Add an &activity"), this);
    addActivityAction->setObjectName(QStringLiteral("addActivityAction"));
    addActivityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addActivityAction->setMenu(m_addActivityMenu);
    addAction(addActivityAction);
    connect(addActivityAction, &QAction::triggered, this, [this] {
        const QRect rect = m_treeView->visualRect(m_treeView->currentIndex());
        m_addActivityMenu->popup(m_treeView->viewport()->mapToGlobal(rect.bottomLeft()));
    });
    m_treeView->addAction(addActivityAction);
    m_duplicateAction = treeAction(tr("&Duplicate"), QStringLiteral("duplicateAction"),
        QKeySequence(Qt::CTRL | Qt::Key_D), true, [this] { duplicateCurrent(); });
    m_deleteAction = treeAction(tr("De&lete"), QStringLiteral("deleteAction"), QKeySequence::Delete,
        true, [this] { deleteCurrent(); });
    m_moveUpAction = treeAction(tr("Move &up"), QStringLiteral("moveUpAction"),
        QKeySequence(Qt::CTRL | Qt::Key_Up), true, [this] { moveCurrent(-1); });
    m_moveDownAction = treeAction(tr("Move do&wn"), QStringLiteral("moveDownAction"),
        QKeySequence(Qt::CTRL | Qt::Key_Down), true, [this] { moveCurrent(1); });
    editMenu->addSeparator();
    m_courseSettingsAction
        = editMenu->addAction(tr("&Course settings…"), this, &MainWindow::editCourseSettings);
    m_courseSettingsAction->setObjectName(QStringLiteral("courseSettingsAction"));
    m_courseSettingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *undoHistoryAction = m_undoDock->toggleViewAction();
    undoHistoryAction->setObjectName(QStringLiteral("undoHistoryAction"));
    undoHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addAction(undoHistoryAction);
    QAction *problemsAction = m_problemsDock->toggleViewAction();
    problemsAction->setObjectName(QStringLiteral("problemsAction"));
    problemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    viewMenu->addAction(problemsAction);
    QAction *reportAction = m_reportDock->toggleViewAction();
    reportAction->setObjectName(QStringLiteral("reportAction"));
    viewMenu->addAction(reportAction);
}

bool MainWindow::openFile(const QString &path)
{
    // The running task reads the open document.
    if (m_taskRunner->isRunning())
        return false;
    QString error;
    std::unique_ptr<CourseDocument> document = CourseDocument::open(path, &error);
    if (!document) {
        showError(tr("Cannot open the parcours"),
            tr("The parcours %1 could not be opened.\n\n%2\n\nCheck that the file is a Parcours "
               "Studio project and that you may read it, then try again.")
                .arg(QDir::toNativeSeparators(path), error));
        return false;
    }

    auto model = std::make_unique<CourseTreeModel>(document.get());
    // setModel() makes a new selection model and leaves the old one to us.
    QItemSelectionModel *oldSelection = m_treeView->selectionModel();
    m_treeView->setModel(model.get());
    delete oldSelection;
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_model = std::move(model);
    m_document = std::move(document);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    m_formPane->setDocument(m_document.get());

    CourseDocument *doc = m_document.get();
    connect(doc, &CourseDocument::nodeChanged, this, [this, doc](Node *node, NodeFields fields) {
        if (node == doc->course() && (fields & NodeField::Name))
            updateTitle();
        m_validationTimer->start();
    });
    connect(doc, &CourseDocument::contentReset, this, &MainWindow::updateTitle);
    for (const auto signal : {&CourseDocument::nodeInserted, &CourseDocument::nodeRemoved}) {
        connect(doc, signal, this, [this] {
            updateCounts();
            updateActions();
            m_validationTimer->start();
        });
    }
    connect(doc, &CourseDocument::nodeMoved, this, [this] {
        updateActions();
        m_validationTimer->start();
    });
    connect(doc, &CourseDocument::contentReset, this, [this] {
        updateCounts();
        updateDetails();
        m_validationTimer->start();
    });
    connect(doc, &CourseDocument::storageFailed, this, &MainWindow::onStorageFailed);
    // New sections show their activities.
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, m_treeView,
        [this](const QModelIndex &parent, int first, int last) {
            if (parent.isValid())
                return;
            for (int row = first; row <= last; ++row)
                m_treeView->expand(m_model->index(row, 0));
        });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::updateDetails);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::updateActions);

    m_reportView->clear();
    m_reportDock->hide();
    m_exportAction->setEnabled(true);
    m_treeView->expandAll();
    if (m_model->rowCount() > 0)
        m_treeView->setCurrentIndex(m_model->index(0, 0));
    updateTitle();
    updateDetails();
    updateActions();
    updateCounts();
    revalidate();
    return true;
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Parcours Studio"));
        return;
    }
    QString name = m_document->course()->data().title;
    if (name.isEmpty())
        name = QFileInfo(m_document->filePath()).completeBaseName();
    if (m_document->isReadOnly())
        setWindowTitle(tr("%1 [read-only] — Parcours Studio").arg(name));
    else
        setWindowTitle(tr("%1 — Parcours Studio").arg(name));
}

void MainWindow::updateDetails()
{
    if (!m_document) {
        m_formPane->showMessage(tr("Open a parcours with File → Open…"));
        return;
    }
    if (Node *node = currentNode()) {
        m_formPane->setNode(node);
        return;
    }
    m_formPane->showMessage(m_document->course()->childCount() == 0
            ? tr("This parcours has no section yet: add one with Edit → Add a section.")
            : tr("Select a section or an activity."));
}

Node *MainWindow::currentNode() const
{
    return m_model ? m_model->nodeForIndex(m_treeView->currentIndex()) : nullptr;
}

void MainWindow::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly() && !m_busy;
    Node *node = currentNode();
    m_addSectionAction->setEnabled(writable);
    m_addActivityMenu->setEnabled(writable && node);
    m_duplicateAction->setEnabled(writable && node);
    m_deleteAction->setEnabled(writable && node);
    const bool section = node && node->type() == NodeType::Section;
    const Node *parent = node ? node->parent() : nullptr;
    const int row = node ? node->row() : -1;
    // An activity moves on into the next or previous section at either end of its own.
    const int sectionRow = section ? row : (parent ? parent->row() : -1);
    const int sections = m_document ? m_document->course()->childCount() : 0;
    m_moveUpAction->setEnabled(writable && node && (row > 0 || (!section && sectionRow > 0)));
    m_moveDownAction->setEnabled(writable && node
        && (row < parent->childCount() - 1 || (!section && sectionRow < sections - 1)));
    m_courseSettingsAction->setEnabled(writable);
}

void MainWindow::updateCounts()
{
    if (!m_document) {
        m_countsLabel->clear();
        return;
    }
    int activities = 0;
    const Course *course = m_document->course();
    for (int row = 0; row < course->childCount(); ++row)
        activities += course->childAt(row)->childCount();
    const int sections = m_document->course()->childCount();
    m_countsLabel->setText(tr("%n section(s)", nullptr, sections) + u", "_s
        + tr("%n activity(ies)", nullptr, activities));
}

void MainWindow::addSection()
{
    if (!m_document || !m_addSectionAction->isEnabled())
        return;
    Node *node = currentNode();
    // After the current section (or the current activity's section), else at the end.
    if (node && node->type() == NodeType::Activity)
        node = node->parent();
    Course *course = m_document->course();
    const int row = node ? node->row() + 1 : course->childCount();
    if (Node *added = pushAddNode(m_document.get(), course, row, newSection(m_document.get()))) {
        selectNode(added->id());
        statusBar()->showMessage(tr("Section added."), 3000);
    }
}

void MainWindow::addActivity(ActivityKind kind)
{
    Node *node = currentNode();
    if (!m_document || !node || m_document->isReadOnly() || m_busy)
        return;
    // Into the current section at its end, or just after the current activity.
    Node *section = node->type() == NodeType::Section ? node : node->parent();
    const int row = node->type() == NodeType::Section ? section->childCount() : node->row() + 1;
    if (Node *added
        = pushAddNode(m_document.get(), section, row, newActivity(m_document.get(), kind))) {
        selectNode(added->id());
        statusBar()->showMessage(tr("Activity added."), 3000);
    }
}

void MainWindow::duplicateCurrent()
{
    Node *node = currentNode();
    if (!node || !m_duplicateAction->isEnabled())
        return;
    Node *copy = node->type() == NodeType::Section
        ? static_cast<Node *>(duplicateSection(m_document.get(), static_cast<Section *>(node)))
        : static_cast<Node *>(duplicateActivity(m_document.get(), static_cast<Activity *>(node)));
    if (copy)
        selectNode(copy->id());
}

void MainWindow::deleteCurrent()
{
    Node *node = currentNode();
    if (!node || !m_deleteAction->isEnabled())
        return;
    // The next item (or the previous, or the parent) takes the selection.
    Node *parent = node->parent();
    const int row = node->row();
    if (!pushRemoveNode(m_document.get(), node))
        return;
    Node *next = row < parent->childCount() ? parent->childAt(row)
        : row > 0                           ? parent->childAt(row - 1)
                                            : parent;
    if (next && next != m_document->course())
        selectNode(next->id());
    statusBar()->showMessage(tr("Deleted. Edit → Undo brings it back."), 5000);
}

void MainWindow::moveCurrent(int delta)
{
    Node *node = currentNode();
    QAction *action = delta < 0 ? m_moveUpAction : m_moveDownAction;
    if (!node || !action->isEnabled())
        return;
    Node *parent = node->parent();
    const int row = node->row() + delta;
    bool moved = false;
    if (row >= 0 && row < parent->childCount()) {
        moved = pushMoveNode(m_document.get(), node, parent, row);
    } else if (node->type() == NodeType::Activity) {
        // Past either end of its section: into the neighbouring section.
        Node *course = parent->parent();
        const int sectionRow = parent->row() + delta;
        if (sectionRow >= 0 && sectionRow < course->childCount()) {
            Node *target = course->childAt(sectionRow);
            moved = pushMoveNode(
                m_document.get(), node, target, delta < 0 ? target->childCount() : 0);
        }
    }
    if (moved)
        selectNode(node->id());
}

void MainWindow::editCourseSettings()
{
    if (!m_document || !m_courseSettingsAction->isEnabled())
        return;
    CourseSettingsDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::revalidate()
{
    m_validationTimer->stop();
    m_problemsList->clear();
    if (!m_document)
        return;
    const QList<Validator::Issue> issues = Validator::validate(*m_document);
    for (const Validator::Issue &issue : issues) {
        const bool error = issue.severity == Validator::Severity::Error;
        const QString where = Validator::location(*m_document, issue.node);
        auto *item
            = new QListWidgetItem(QIcon::fromTheme(error ? u"dialog-error"_s : u"dialog-warning"_s),
                where.isEmpty() ? issue.message : tr("%1: %2").arg(where, issue.message));
        item->setData(Qt::UserRole, issue.node);
        item->setToolTip(error ? tr("Error") : tr("Warning"));
        m_problemsList->addItem(item);
    }
    if (issues.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problem found."));
        item->setFlags(Qt::ItemIsEnabled);
        m_problemsList->addItem(item);
    }
    const int errors = static_cast<int>(std::count_if(issues.begin(), issues.end(),
        [](const Validator::Issue &i) { return i.severity == Validator::Severity::Error; }));
    m_problemsDock->setWindowTitle(issues.isEmpty()
            ? tr("Problems")
            : tr("Problems (%1 errors, %2 warnings)").arg(errors).arg(issues.size() - errors));
}

void MainWindow::onProblemActivated(QListWidgetItem *item)
{
    const NodeId id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id != 0)
        selectNode(id);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    if (m_messageHandler) {
        m_messageHandler(title, text);
        return;
    }
    MessageBox::warning(this, title, text);
}

void MainWindow::onOpen()
{
    const QString dir = m_document ? QFileInfo(m_document->filePath()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a parcours"), dir, tr("Parcours (*.parcours);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::onStorageFailed(const QString &message)
{
    updateTitle();
    updateDetails();
    updateActions();
    showError(tr("Changes can no longer be saved"),
        tr("%1\n\nThe parcours is now read-only. Free some disk space or check the file, then "
           "open it again.")
            .arg(message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The running task reads the document this window owns; Cancel stops it first.
    if (m_taskRunner->isRunning()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::onExport()
{
    if (!m_document || m_taskRunner->isRunning())
        return;
    ExportDialog dialog(*m_document, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(dialog.filePath(), dialog.options());
}

bool MainWindow::exportTo(const QString &path, const MbzExporter::Options &options)
{
    if (!m_document || m_taskRunner->isRunning())
        return false;
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString target = MbzExporter::targetName(options.target);
    MbzExporter exporter(options);

    // Checking is quick: errors are shown before any progress dialog or file.
    const ExportReport checked = exporter.validate(*m_document);
    if (checked.hasErrors()) {
        showReport(checked,
            tr("Nothing was exported for Moodle %1: correct the errors below, then export again.")
                .arg(target));
        statusBar()->showMessage(tr("Export stopped: the parcours has errors."));
        return false;
    }

    const CourseDocument &document = *m_document;
    bool written = false;
    setBusy(true);
    const bool completed = m_taskRunner->run(
        tr("Exporting to %1…").arg(QFileInfo(path).fileName()), [&](TaskControl &control) {
            exporter.setCancelFlag(control.cancelFlag());
            exporter.setProgressCallback(
                [&control](qint64 done, qint64 total) { control.setProgress(done, total); });
            written = exporter.writeFile(document, path);
        });
    setBusy(false);

    // A cancel that came after the last step leaves the complete file: it is kept.
    if (written) {
        const QString size = locale().formattedDataSize(QFileInfo(path).size());
        showReport(exporter.report(),
            exporter.report().issues.isEmpty()
                ? tr("Exported to %1 for Moodle %2. No problem found.").arg(nativePath, target)
                : tr("Exported to %1 for Moodle %2, with warnings: check them below.")
                      .arg(nativePath, target));
        statusBar()->showMessage(tr("Exported to %1 (%2).").arg(nativePath, size));
        return true;
    }
    if (!completed && m_taskRunner->errorString().isEmpty()) {
        statusBar()->showMessage(tr("Export cancelled; no file was written."));
        return false;
    }
    const QString reason = m_taskRunner->errorString().isEmpty() ? exporter.errorString()
                                                                 : m_taskRunner->errorString();
    if (exporter.report().hasErrors())
        showReport(exporter.report(), tr("Nothing was exported for Moodle %1.").arg(target));
    statusBar()->showMessage(tr("Export failed."));
    showError(tr("Export failed"),
        tr("The parcours could not be exported to %1.\n\n%2").arg(nativePath, reason));
    return false;
}

void MainWindow::showReport(const ExportReport &report, const QString &summary)
{
    m_reportView->setReport(report, summary, m_document.get());
    const bool firstTime = m_reportDock->isHidden() && !m_reportDockSized;
    m_reportDock->show();
    // The dock's own size hint takes half the window; a few rows are enough.
    if (firstTime) {
        m_reportDockSized = true;
        resizeDocks({m_reportDock}, {fontMetrics().height() * 12}, Qt::Vertical);
    }
    m_reportDock->raise();
}

void MainWindow::selectNode(qint64 nodeId)
{
    if (!m_document || !m_model)
        return;
    Node *node = m_document->node(nodeId);
    QModelIndex index;
    while (node && !(index = m_model->indexForNode(node)).isValid())
        node = node->parent();
    if (!index.isValid()) {
        statusBar()->showMessage(
            tr("This item is in the question bank, which the structure does not show."), 5000);
        return;
    }
    m_treeView->scrollTo(index);
    m_treeView->setCurrentIndex(index);
    m_treeView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
    m_formPane->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_exportAction->setEnabled(!busy && m_document);
    m_undoAction->setEnabled(!busy && m_undoGroup->canUndo());
    m_redoAction->setEnabled(!busy && m_undoGroup->canRedo());
    m_treeView->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
}

} // namespace Parcours
