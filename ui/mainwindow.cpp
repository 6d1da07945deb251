// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/commands/nodecommands.h"
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "core/model/section.h"
#include "core/models/coursetreemodel.h"
#include "core/questions/giftwriter.h"
#include "core/questions/moodlexml.h"
#include "core/questions/questionset.h"
#include "core/storage/coursestore.h"
#include "core/tools/treebuilder.h"
#include "core/validation/validator.h"
#include "ui/coursesettingsdialog.h"
#include "ui/exportdialog.h"
#include "ui/filedialog.h"
#include "ui/forms/formpane.h"
#include "ui/importsummary.h"
#include "ui/messagebox.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"
#include "ui/quiz/questionbankview.h"
#include "ui/recentfiles.h"
#include "ui/reportview.h"
#include "ui/snapshots.h"
#include "ui/snapshotsdialog.h"
#include "ui/taskrunner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
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
    m_reportView->setAccessibleName(tr("Report"));
    m_reportDock = new QDockWidget(tr("Report"), this);
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

    m_questionBankView = new QuestionBankView;
    m_questionBankView->setObjectName(QStringLiteral("questionBankView"));
    m_questionBankView->setAccessibleName(tr("Question bank"));
    m_questionBankDock = new QDockWidget(tr("Question bank"), this);
    m_questionBankDock->setObjectName(QStringLiteral("questionBankDock"));
    m_questionBankDock->setWidget(m_questionBankView);
    addDockWidget(Qt::RightDockWidgetArea, m_questionBankDock);
    m_questionBankDock->hide();
    // An activated question is edited in the form pane, like a section or an activity.
    connect(
        m_questionBankView, &QuestionBankView::questionActivated, this, [this](Question *question) {
            if (question && m_document)
                m_formPane->setNode(question);
        });
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

    m_recentFiles = new RecentFiles(this);
    connect(m_recentFiles, &RecentFiles::fileActivated, this, [this](const QString &path) {
        if (!m_busy)
            openFile(path);
    });

    createActions();
    createToolBar();
    // F6 and Shift+F6 go from pane to pane (tree, form, docks), as in most editors.
    auto *nextPane = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(nextPane, &QShortcut::activated, this, [this] { cycleFocus(true); });
    auto *previousPane = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), this);
    connect(previousPane, &QShortcut::activated, this, [this] { cycleFocus(false); });

    // Room for the tree and a form without a horizontal scroll bar, within the screen.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
    // The form needs more room than the tree.
    const int treeWidth = qMin(320, size.width() * 3 / 10);
    splitter->setSizes({treeWidth, size.width() - treeWidth});
    readSettings();
    updateTitle();
    updateDetails();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The view must let go of the model before the model, and the model of the document.
    m_treeView->setModel(nullptr);
    m_formPane->setDocument(nullptr);
    m_questionBankView->setDocument(nullptr);
    m_model.reset();
    m_document.reset();
}

/**
 * text with a mnemonic on its first letter not already in *used (the kind names come from the
 * model, without one). Text that has one, or no free letter, is returned as it is.
 */
static QString withMnemonic(const QString &text, QString *used)
{
    if (text.contains(u'&'))
        return text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (c.isLetter() && !used->contains(c)) {
            used->append(c);
            return QString(text).insert(i, u'&');
        }
    }
    return text;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction = fileMenu->addAction(
        QIcon::fromTheme(u"document-new"_s), tr("&New…"), this, &MainWindow::onNew);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a new parcours (Ctrl+N)"));
    m_openAction = fileMenu->addAction(
        QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this, &MainWindow::onOpen);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a parcours (Ctrl+O)"));
    m_recentMenu = fileMenu->addMenu(tr("&Recent files"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(
        m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recentFiles->fillMenu(m_recentMenu); });
    // Filled once now too, so that its actions exist before it is first shown.
    m_recentFiles->fillMenu(m_recentMenu);
    connect(m_recentFiles, &RecentFiles::changed, this,
        [this] { m_recentFiles->fillMenu(m_recentMenu); });
    fileMenu->addSeparator();
    m_saveAsAction = fileMenu->addAction(
        QIcon::fromTheme(u"document-save-as"_s), tr("Save &as…"), this, &MainWindow::onSaveAs);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // There is no Save: Ctrl+S only says so.
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] { showAutosaveHint(true); });
    addAction(saveAction);
    QMenu *snapshotsMenu = fileMenu->addMenu(tr("Sna&pshots"));
    snapshotsMenu->setObjectName(QStringLiteral("snapshotsMenu"));
    m_createSnapshotAction
        = snapshotsMenu->addAction(tr("&Take a snapshot…"), this, &MainWindow::onCreateSnapshot);
    m_createSnapshotAction->setObjectName(QStringLiteral("createSnapshotAction"));
    m_createSnapshotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_snapshotsAction = snapshotsMenu->addAction(tr("&Snapshots…"), this, &MainWindow::onSnapshots);
    m_snapshotsAction->setObjectName(QStringLiteral("snapshotsAction"));
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(QIcon::fromTheme(u"document-import"_s),
        tr("&Import a Moodle backup…"), this, &MainWindow::onImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = fileMenu->addAction(
        QIcon::fromTheme(u"document-export"_s), tr("&Export…"), this, &MainWindow::onExport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export a Moodle backup (Ctrl+E)"));
    m_exportAction->setEnabled(false);
    fileMenu->addSeparator();
    m_importQuestionsAction
        = fileMenu->addAction(tr("Import question&s…"), this, &MainWindow::onImportQuestions);
    m_importQuestionsAction->setObjectName(QStringLiteral("importQuestionsAction"));
    m_exportQuestionsAction
        = fileMenu->addAction(tr("Export ques&tions…"), this, &MainWindow::onExportQuestions);
    m_exportQuestionsAction->setObjectName(QStringLiteral("exportQuestionsAction"));
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
    QString mnemonics;
    for (int k = 0; k < static_cast<int>(ActivityKind::Opaque); ++k) {
        const auto kind = static_cast<ActivityKind>(k);
        QAction *action
            = m_addActivityMenu->addAction(QIcon::fromTheme(CourseTreeModel::iconName(kind)),
                withMnemonic(activityKindName(kind), &mnemonics), this,
                [this, kind] { addActivity(kind); });
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
    m_moveUpAction = treeAction(tr("Mo&ve up"), QStringLiteral("moveUpAction"),
        QKeySequence(Qt::CTRL | Qt::Key_Up), true, [this] { moveCurrent(-1); });
    m_moveDownAction = treeAction(tr("Move do&wn"), QStringLiteral("moveDownAction"),
        QKeySequence(Qt::CTRL | Qt::Key_Down), true, [this] { moveCurrent(1); });
    editMenu->addSeparator();
    m_courseSettingsAction
        = editMenu->addAction(tr("&Course settings…"), this, &MainWindow::editCourseSettings);
    m_courseSettingsAction->setObjectName(QStringLiteral("courseSettingsAction"));
    m_courseSettingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    editMenu->addSeparator();
    m_preferencesAction = editMenu->addAction(QIcon::fromTheme(u"preferences-system"_s),
        tr("&Preferences…"), this, &MainWindow::onPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

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
    QAction *questionBankAction = m_questionBankDock->toggleViewAction();
    questionBankAction->setObjectName(QStringLiteral("questionBankAction"));
    questionBankAction->setText(tr("Question &bank"));
    questionBankAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    viewMenu->addAction(questionBankAction);
    QAction *reportAction = m_reportDock->toggleViewAction();
    reportAction->setObjectName(QStringLiteral("reportAction"));
    reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    viewMenu->addAction(reportAction);
    m_viewMenu = viewMenu;
}

void MainWindow::createToolBar()
{
    m_toolBar = new QToolBar(tr("Main toolbar"), this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    // Icons from the theme; the text stands in where the theme has none.
    const auto add = [this](QAction *action, const QString &icon) {
        if (action->icon().isNull())
            action->setIcon(QIcon::fromTheme(icon));
        m_toolBar->addAction(action);
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            QString name = action->text();
            name.remove(u'&');
            if (name.endsWith(u'…'))
                name.chop(1);
            // A button runs the action at once: no "…", and it keeps the menu's mnemonic off.
            action->setIconText(name);
            button->setAccessibleName(name);
        }
    };
    add(m_newAction, u"document-new"_s);
    add(m_openAction, u"document-open"_s);
    m_toolBar->addSeparator();
    add(m_undoAction, u"edit-undo"_s);
    add(m_redoAction, u"edit-redo"_s);
    m_toolBar->addSeparator();
    add(m_addSectionAction, u"list-add"_s);
    QAction *addActivity = findChild<QAction *>(QStringLiteral("addActivityAction"));
    add(addActivity, u"insert-object"_s);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(addActivity)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addSeparator();
    add(m_exportAction, u"document-export"_s);

    QAction *toolBarAction = m_toolBar->toggleViewAction();
    toolBarAction->setObjectName(QStringLiteral("toolBarAction"));
    toolBarAction->setText(tr("Main &toolbar"));
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), toolBarAction);
    m_viewMenu->insertSeparator(m_viewMenu->actions().value(1));
}

bool MainWindow::openFile(const QString &path, bool readOnly)
{
    // The running task reads the open document.
    if (m_taskRunner->isRunning())
        return false;
    QString error;
    std::unique_ptr<CourseDocument> document = CourseDocument::open(path, &error, readOnly);
    if (!document) {
        showError(tr("Cannot open the parcours"),
            tr("The parcours %1 could not be opened.\n\n%2\n\nCheck that the file is a Parcours "
               "Studio project and that you may read it, then try again.")
                .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setDocument(std::move(document));
    // A snapshot's preview is not a file the user works on.
    if (!readOnly)
        m_recentFiles->add(path);
    Preferences::setLastFolder(path);
    showAutosaveHint(false);
    return true;
}

void MainWindow::setDocument(std::unique_ptr<CourseDocument> document)
{
    // The views let go of the old document before it goes.
    if (m_document) {
        m_formPane->setDocument(nullptr);
        m_questionBankView->setDocument(nullptr);
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
    m_questionBankView->setDocument(m_document.get());

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
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    QItemSelectionModel *oldSelection = m_treeView->selectionModel();
    m_treeView->setModel(nullptr);
    delete oldSelection;
    m_formPane->setDocument(nullptr);
    m_questionBankView->setDocument(nullptr);
    m_undoGroup->removeStack(m_document->undoStack());
    m_model.reset();
    m_document.reset();
    m_reportView->clear();
    m_problemsList->clear();
    updateTitle();
    updateDetails();
    updateActions();
    updateCounts();
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
    const bool open = m_document && !m_busy;
    m_exportAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_createSnapshotAction->setEnabled(open);
    m_snapshotsAction->setEnabled(open);
    m_exportQuestionsAction->setEnabled(open);
    m_importQuestionsAction->setEnabled(writable);
    for (QAction *action : {m_newAction, m_openAction, m_importAction, m_preferencesAction})
        action->setEnabled(!m_busy);
    m_recentMenu->setEnabled(!m_busy);
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
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open a parcours"), dialogFolder(), tr("Parcours (*.parcours);;All files (*)"));
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
    // A snapshot's preview leaves the user's window layout alone.
    if (!testAttribute(Qt::WA_DeleteOnClose))
        writeSettings();
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

void MainWindow::showReport(
    const ExportReport &report, const QString &summary, ReportView::Rows rows)
{
    m_reportView->setReport(report, summary, m_document.get(), rows);
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
    m_questionBankView->setEnabled(!busy);
    m_undoAction->setEnabled(!busy && m_undoGroup->canUndo());
    m_redoAction->setEnabled(!busy && m_undoGroup->canRedo());
    m_treeView->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
}

QString MainWindow::dialogFolder() const
{
    return Preferences::lastFolder();
}

/** path with the .parcours suffix, which the file dialogs of some systems leave out. */
static QString withParcoursSuffix(const QString &path)
{
    if (path.isEmpty() || path.endsWith(u".parcours"_s, Qt::CaseInsensitive))
        return path;
    return path + u".parcours"_s;
}

/** Deletes a project file and what SQLite and the lock leave beside it. */
static void removeProjectFile(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(path + suffix);
}

/**
 * Sets an existing file at path aside (path.replaced) so that a new one can take its place;
 * the file dialog asked the user before. False when it cannot be moved.
 */
static bool setAside(const QString &path, const QString &aside)
{
    if (!QFileInfo::exists(path))
        return true;
    // Never a parcours another window is editing (it holds the lock next to the file).
    QLockFile lock(path + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    if (QFile::exists(aside) && !QFile::remove(aside))
        return false;
    return QFile::rename(path, aside);
}

void MainWindow::showAutosaveHint(bool always)
{
    if (m_autosaveHintShown && !always)
        return;
    m_autosaveHintShown = true;
    statusBar()->showMessage(tr("No need to save: every change is stored as you make it."), 8000);
}

void MainWindow::onNew()
{
    const QString path = withParcoursSuffix(FileDialog::getSaveFileName(this,
        tr("Create a parcours"), QDir(dialogFolder()).filePath(tr("New parcours.parcours")),
        tr("Parcours (*.parcours)")));
    if (!path.isEmpty())
        newFile(path);
}

bool MainWindow::newFile(const QString &path)
{
    if (m_taskRunner->isRunning())
        return false;
    const QString native = QDir::toNativeSeparators(path);
    if (m_document && QFileInfo(path) == QFileInfo(m_document->filePath())) {
        showError(tr("Cannot create the parcours"),
            tr("%1 is the parcours open in this window. Choose another name.").arg(native));
        return false;
    }
    // The file dialog asked before replacing a file; the old one comes back on failure.
    const QString aside = path + u".replaced"_s;
    const bool replacing = QFileInfo::exists(path);
    if (!setAside(path, aside)) {
        showError(tr("Cannot create the parcours"),
            tr("%1 cannot be replaced: it may be open in another window or write-protected.")
                .arg(native));
        return false;
    }
    QString error;
    std::unique_ptr<CourseDocument> document = CourseDocument::create(path, &error);
    if (document) {
        TreeBuilder builder;
        CourseData &course = builder.course();
        course.title = tr("New parcours");
        course.created = QDateTime::currentSecsSinceEpoch();
        const QString author = Preferences::authorName();
        if (!author.isEmpty())
            course.indexation.authors = QStringList {author};
        SectionData section;
        section.title = tr("Introduction");
        builder.addSection(section);
        if (!builder.applyTo(document.get(), &error)) {
            document.reset();
            removeProjectFile(path);
        }
    }
    if (!document) {
        if (replacing)
            QFile::rename(aside, path);
        showError(tr("Cannot create the parcours"),
            tr("The parcours %1 could not be created.\n\n%2").arg(native, error));
        return false;
    }
    if (replacing)
        QFile::remove(aside);
    setDocument(std::move(document));
    m_recentFiles->add(path);
    Preferences::setLastFolder(path);
    showAutosaveHint(false);
    return true;
}

void MainWindow::onSaveAs()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->filePath());
    const QString path = withParcoursSuffix(FileDialog::getSaveFileName(this,
        tr("Save the parcours as"),
        current.absoluteDir().filePath(tr("%1 (copy).parcours").arg(current.completeBaseName())),
        tr("Parcours (*.parcours)")));
    if (!path.isEmpty())
        saveAs(path);
}

bool MainWindow::saveAs(const QString &path)
{
    if (!m_document || m_taskRunner->isRunning())
        return false;
    const QString nativePath = QDir::toNativeSeparators(path);
    if (QFileInfo(path) == QFileInfo(m_document->filePath())) {
        statusBar()->showMessage(
            tr("%1 is the parcours open in this window; every change is already stored in it.")
                .arg(nativePath),
            8000);
        return false;
    }
    const CourseStore *store = m_document->store();
    bool copied = false;
    QString error;
    // A large parcours takes a moment: the copy runs off the GUI thread.
    setBusy(true);
    const bool completed = m_taskRunner->run(tr("Saving as %1…").arg(QFileInfo(path).fileName()),
        [&](TaskControl &) { copied = store->backupTo(path, &error); });
    setBusy(false);
    if (!copied) {
        if (!completed && m_taskRunner->errorString().isEmpty())
            return false;
        showError(tr("Save as failed"),
            tr("The parcours could not be copied to %1.\n\n%2")
                .arg(nativePath, error.isEmpty() ? m_taskRunner->errorString() : error));
        return false;
    }
    if (!openFile(path))
        return false;
    statusBar()->showMessage(tr("Now editing %1. The undo history starts afresh; the original "
                                "file is unchanged.")
                                 .arg(nativePath),
        10000);
    return true;
}

void MainWindow::onCreateSnapshot()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Take a snapshot"),
        tr("&Label of the snapshot (optional):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        createSnapshot(label);
}

bool MainWindow::createSnapshot(const QString &label, QString *path)
{
    if (!m_document || m_taskRunner->isRunning())
        return false;
    const CourseStore *store = m_document->store();
    const QDateTime now = QDateTime::currentDateTime();
    QString created;
    QString error;
    bool taken = false;
    // A copy of a large parcours takes a moment: off the GUI thread. It cannot stop half-way,
    // so a cancel that comes meanwhile still gets the complete snapshot.
    setBusy(true);
    m_taskRunner->run(tr("Taking a snapshot…"),
        [&](TaskControl &) { taken = Snapshots::create(*store, label, now, &created, &error); });
    setBusy(false);
    if (!taken) {
        showError(tr("Snapshot failed"),
            tr("No snapshot was taken.\n\n%1")
                .arg(error.isEmpty() ? m_taskRunner->errorString() : error));
        return false;
    }
    statusBar()->showMessage(tr("Snapshot taken: %1").arg(QDir::toNativeSeparators(created)), 8000);
    if (path)
        *path = created;
    return true;
}

void MainWindow::onSnapshots()
{
    if (!m_document)
        return;
    SnapshotsDialog dialog(m_document->filePath(), !m_document->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.action() == SnapshotsDialog::Action::Open)
        openSnapshot(dialog.selectedPath());
    else if (dialog.action() == SnapshotsDialog::Action::Restore)
        restoreSnapshot(dialog.selectedPath());
}

MainWindow *MainWindow::openSnapshot(const QString &snapshotPath)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setMessageHandler(m_messageHandler);
    if (!window->openFile(snapshotPath, true)) {
        delete window;
        return nullptr;
    }
    window->show();
    return window;
}

bool MainWindow::restoreSnapshot(const QString &snapshotPath)
{
    if (!m_document || m_document->isReadOnly() || m_taskRunner->isRunning())
        return false;
    QDateTime time;
    QString label;
    Snapshots::parseFileName(QFileInfo(snapshotPath).fileName(), &time, &label);
    const QString when = locale().toString(time, QLocale::ShortFormat);
    const QString name = label.isEmpty() ? when : tr("%1 (%2)").arg(label, when);
    if (MessageBox::question(this, tr("Restore the snapshot"),
            tr("Replace the parcours with the snapshot %1?\n\nA snapshot of the current state is "
               "taken first, so you can come back to it. The undo history starts afresh.")
                .arg(name))
        != QMessageBox::Yes) {
        return false;
    }
    QString before;
    if (!createSnapshot(tr("Before restoring %1").arg(when), &before))
        return false;
    const QString project = m_document->filePath();
    closeDocument();
    QString error;
    bool restored = false;
    setBusy(true);
    m_taskRunner->run(tr("Restoring the snapshot…"),
        [&](TaskControl &) { restored = Snapshots::restore(snapshotPath, project, &error); });
    setBusy(false);
    openFile(project);
    if (!restored) {
        showError(tr("Restore failed"),
            tr("The snapshot could not be restored; the parcours is unchanged.\n\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(
        tr("Snapshot %1 restored. The previous state is kept as the snapshot %2.")
            .arg(name, QFileInfo(before).completeBaseName()),
        10000);
    return true;
}

void MainWindow::onImport()
{
    const QString backup = FileDialog::getOpenFileName(this, tr("Import a Moodle backup"),
        dialogFolder(), tr("Moodle backups (*.mbz);;All files (*)"));
    if (backup.isEmpty())
        return;
    Preferences::setLastFolder(backup);
    const QFileInfo info(backup);
    const QString project
        = withParcoursSuffix(FileDialog::getSaveFileName(this, tr("Save the imported parcours as"),
            info.absoluteDir().filePath(info.completeBaseName() + u".parcours"_s),
            tr("Parcours (*.parcours)")));
    if (!project.isEmpty())
        importBackup(backup, project);
}

bool MainWindow::importBackup(const QString &backupPath, const QString &projectPath)
{
    if (m_taskRunner->isRunning())
        return false;
    const QString nativeProject = QDir::toNativeSeparators(projectPath);
    const auto fail = [this](const QString &text) {
        statusBar()->showMessage(tr("Import failed."));
        showError(tr("Import failed"), text);
        return false;
    };
    if (m_document && QFileInfo(projectPath) == QFileInfo(m_document->filePath())) {
        return fail(tr("%1 is the parcours open in this window. Choose another name for the "
                       "imported parcours.")
                        .arg(nativeProject));
    }
    // The file dialog asked before replacing a file: it is set aside until the import succeeds.
    const QString aside = projectPath + u".replaced"_s;
    const bool replacing = QFileInfo::exists(projectPath);
    if (!setAside(projectPath, aside)) {
        return fail(tr("%1 cannot be replaced: it may be open in another window or "
                       "write-protected.")
                        .arg(nativeProject));
    }
    const auto cleanUp = [&] {
        removeProjectFile(projectPath);
        if (replacing)
            QFile::rename(aside, projectPath);
    };

    QString error;
    std::unique_ptr<CourseDocument> document = CourseDocument::create(projectPath, &error);
    if (!document) {
        cleanUp();
        return fail(tr("The parcours %1 could not be created.\n\n%2").arg(nativeProject, error));
    }
    MbzImporter importer(backupPath);
    bool imported = false;
    CourseDocument *target = document.get();
    setBusy(true);
    const bool completed = m_taskRunner->run(
        tr("Importing %1…").arg(QFileInfo(backupPath).fileName()), [&](TaskControl &control) {
            importer.setCancelFlag(control.cancelFlag());
            importer.setProgressCallback(
                [&control](qint64 done, qint64 total) { control.setProgress(done, total); });
            imported = importer.import(target, &error);
        });
    setBusy(false);

    if (!imported || !completed) {
        document.reset();
        cleanUp();
        if (!completed && m_taskRunner->errorString().isEmpty()) {
            statusBar()->showMessage(tr("Import cancelled; no file was written."));
            return false;
        }
        return fail(tr("The backup %1 could not be imported; no parcours was written.\n\n%2")
                        .arg(QDir::toNativeSeparators(backupPath),
                            error.isEmpty() ? m_taskRunner->errorString() : error));
    }
    if (replacing)
        QFile::remove(aside);
    setDocument(std::move(document));
    m_recentFiles->add(projectPath);
    Preferences::setLastFolder(projectPath);
    showImportReport(backupPath, importer.report());
    statusBar()->showMessage(tr("Imported into %1.").arg(nativeProject));
    return true;
}

void MainWindow::showImportReport(const QString &backupPath, const ImportReport &report)
{
    m_reportDock->setWindowTitle(tr("Import report"));
    showReport(ImportSummary::rows(report, *m_document),
        ImportSummary::text(QFileInfo(backupPath).fileName(), report, *m_document),
        ReportView::Rows::Messages);
}

void MainWindow::onImportQuestions()
{
    if (!m_document)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import questions"), dialogFolder(),
        tr("Question files (*.gift *.txt *.xml *.aiken);;GIFT (*.gift *.txt);;Moodle XML "
           "(*.xml);;Aiken (*.aiken *.txt);;All files (*)"));
    if (!path.isEmpty())
        importQuestions(path);
}

bool MainWindow::importQuestions(const QString &path)
{
    if (!m_document || m_document->isReadOnly() || m_busy)
        return false;
    Preferences::setLastFolder(path);
    const QString native = QDir::toNativeSeparators(path);
    const std::optional<QuestionFormat> format = QuestionFile::formatFromFileName(path);
    if (!format) {
        showError(tr("Cannot import the questions"),
            tr("%1 is not a question file this application reads. Choose a GIFT (.gift, .txt), "
               "Moodle XML (.xml) or Aiken (.aiken) file.")
                .arg(native));
        return false;
    }
    QuestionSet set;
    QString error;
    int added = 0;
    if (!QuestionFile::read(path, *format, &set, &error)
        || !QuestionFile::import(m_document.get(), set, {}, &added, &error)) {
        showError(
            tr("Cannot import the questions"), tr("No question was imported.\n\n%1").arg(error));
        return false;
    }
    ExportReport rows;
    for (const QString &warning : std::as_const(set.warnings))
        rows.warn(warning);
    m_reportDock->setWindowTitle(tr("Import report"));
    showReport(rows,
        tr("%n question(s) imported from %1 into the question bank (Edit → Undo takes them back).",
            nullptr, added)
            .arg(QFileInfo(path).fileName()),
        ReportView::Rows::Messages);
    statusBar()->showMessage(tr("%n question(s) imported.", nullptr, added), 5000);
    return true;
}

void MainWindow::onExportQuestions()
{
    if (!m_document)
        return;
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    const QString path = FileDialog::getSaveFileName(this, tr("Export questions"),
        QDir(dialogFolder()).filePath(tr("%1 questions.xml").arg(base)),
        tr("Moodle XML (*.xml);;GIFT (*.gift)"));
    if (!path.isEmpty())
        exportQuestions(path);
}

bool MainWindow::exportQuestions(const QString &path)
{
    if (!m_document || m_busy)
        return false;
    Preferences::setLastFolder(path);
    const QString native = QDir::toNativeSeparators(path);
    const std::optional<QuestionFormat> format = QuestionFile::formatFromFileName(path);
    if (format != QuestionFormat::Gift && format != QuestionFormat::MoodleXml) {
        showError(tr("Cannot export the questions"),
            tr("Questions are exported as Moodle XML (.xml) or GIFT (.gift); %1 is neither.")
                .arg(native));
        return false;
    }
    const QuestionSet set = QuestionFile::collect(*m_document, {}).value_or(QuestionSet());
    QSaveFile file(path);
    QString error;
    QStringList skipped;
    bool written = file.open(QIODevice::WriteOnly);
    if (written && format == QuestionFormat::Gift) {
        GiftWriter writer;
        written = file.write(writer.write(set).toUtf8()) >= 0;
        skipped = writer.skipped();
    } else if (written) {
        MoodleXmlWriter writer;
        written = writer.write(set, m_document->store(), &file);
        error = writer.errorString();
        skipped = writer.skipped();
    }
    if (written)
        written = file.commit();
    if (!written) {
        file.cancelWriting();
        showError(tr("Cannot export the questions"),
            tr("%1 could not be written.\n\n%2")
                .arg(native, error.isEmpty() ? file.errorString() : error));
        return false;
    }
    const int count = static_cast<int>(set.questions.size() - skipped.size());
    ExportReport rows;
    for (const QString &note : std::as_const(skipped))
        rows.warn(note);
    m_reportDock->setWindowTitle(tr("Export report"));
    showReport(rows, tr("%n question(s) exported to %1.", nullptr, count).arg(native),
        ReportView::Rows::Messages);
    statusBar()->showMessage(tr("%n question(s) exported.", nullptr, count), 5000);
    return true;
}

void MainWindow::onPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::cycleFocus(bool forward)
{
    // The panes in order: the tree, the form, then each visible dock.
    QList<QWidget *> panes {m_treeView, m_formPane};
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        if (dock->isVisible() && dock->widget())
            panes.append(dock->widget());
    }
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype count = panes.size();
    const qsizetype next = current < 0 ? 0 : (current + (forward ? 1 : count - 1)) % count;
    QWidget *pane = panes.at(next);
    // The first control of a pane that holds several (a form), else the pane itself (a list).
    QWidget *target = pane;
    for (QWidget *child = pane->nextInFocusChain(); child && child != pane;
         child = child->nextInFocusChain()) {
        if (pane->isAncestorOf(child) && child->isVisible() && child->isEnabled()
            && (child->focusPolicy() & Qt::TabFocus)) {
            target = child;
            break;
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    const QByteArray geometry = settings.value(u"Geometry"_s).toByteArray();
    const QByteArray state = settings.value(u"State"_s).toByteArray();
    settings.endGroup();
    const QRect before = this->geometry();
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        // Only when the window fits the screen it comes back to (a monitor may be gone).
        const QScreen *screen = QGuiApplication::screenAt(frameGeometry().center());
        if (!screen || !screen->availableGeometry().contains(frameGeometry()))
            setGeometry(before);
    }
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"Geometry"_s, saveGeometry());
    settings.setValue(u"State"_s, saveState());
    settings.endGroup();
}

} // namespace Parcours
