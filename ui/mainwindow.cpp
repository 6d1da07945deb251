// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/model/coursedocument.h"
#include "core/models/coursetreemodel.h"
#include "ui/exportdialog.h"
#include "ui/messagebox.h"
#include "ui/reportview.h"
#include "ui/taskrunner.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace Parcours {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_treeView(new QTreeView(this))
    , m_detailsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_treeView->setObjectName(QStringLiteral("structureTreeView"));
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);

    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_detailsLabel->setAlignment(Qt::AlignCenter);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setMargin(24);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_treeView);
    splitter->addWidget(m_detailsLabel);
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

    m_taskRunner = new TaskRunner(this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    createActions();
    resize(1000, 680);
    updateTitle();
    updateDetails();
}

MainWindow::~MainWindow()
{
    // The view must let go of the model before the model, and the model of the document.
    m_treeView->setModel(nullptr);
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

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
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

    CourseDocument *doc = m_document.get();
    connect(doc, &CourseDocument::nodeChanged, this, [this, doc](Node *node, NodeFields fields) {
        if (node == doc->course() && (fields & NodeField::Name))
            updateTitle();
        updateDetails();
    });
    connect(doc, &CourseDocument::contentReset, this, &MainWindow::updateTitle);
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

    m_reportView->clear();
    m_reportDock->hide();
    m_exportAction->setEnabled(true);
    m_treeView->expandAll();
    if (m_model->rowCount() > 0)
        m_treeView->setCurrentIndex(m_model->index(0, 0));
    updateTitle();
    updateDetails();
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
        m_detailsLabel->setText(tr("Open a parcours with File → Open…"));
        return;
    }
    const QModelIndex current = m_treeView->currentIndex();
    if (!current.isValid()) {
        m_detailsLabel->setText(m_document->course()->childCount() == 0
                ? tr("This parcours has no section yet.")
                : tr("Select a section or an activity."));
        return;
    }
    QString text = current.data(Qt::ToolTipRole).toString();
    if (m_document->isReadOnly())
        text += QLatin1Char('\n') + m_document->readOnlyReason();
    m_detailsLabel->setText(text);
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
    m_openAction->setEnabled(!busy);
    m_exportAction->setEnabled(!busy && m_document);
    m_undoAction->setEnabled(!busy && m_undoGroup->canUndo());
    m_redoAction->setEnabled(!busy && m_undoGroup->canRedo());
    m_treeView->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
}

} // namespace Parcours
