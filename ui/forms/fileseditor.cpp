// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/fileseditor.h"

#include "core/commands/filecommands.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "ui/filedialog.h"
#include "ui/taskrunner.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

enum Column { NameColumn, SizeColumn, TypeColumn, MainColumn, ColumnCount };

constexpr qint64 CopyChunk = 256 * 1024;

/**
 * A file read through a callback that counts the bytes and may refuse to go on (the user
 * cancelled): the media store reads it twice (hash, then write), both passes are counted.
 * Unbuffered, so that what the store reads is what is counted.
 */
class CountingFile : public QIODevice
{
public:
    CountingFile(const QString &path, std::function<bool(qint64)> onRead)
        : m_file(path)
        , m_onRead(std::move(onRead))
    { }

    bool openFile()
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            setErrorString(m_file.errorString());
            return false;
        }
        return open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    QString fileErrorString() const { return m_file.errorString(); }
    qint64 size() const override { return m_file.size(); }
    bool seek(qint64 pos) override { return QIODevice::seek(pos) && m_file.seek(pos); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            setErrorString(m_file.errorString());
            return -1;
        }
        if (!m_onRead(n)) {
            setErrorString(FilesEditor::tr("cancelled"));
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    std::function<bool(qint64)> m_onRead;
};

QString displayName(const FileRef &file)
{
    return file.path == QLatin1String("/") ? file.name : file.path.mid(1) + file.name;
}

QString typeText(const QString &mimeType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : mimeType;
}

} // namespace

FilesEditor::FilesEditor(CourseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"filesEditor"_s);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_view = new QTreeWidget;
    m_view->setObjectName(u"filesTreeWidget"_s);
    m_view->setAccessibleName(tr("Files"));
    m_view->setAccessibleDescription(
        tr("Add files with Insert or by dropping them here; F2 renames, Delete removes."));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Name"), tr("Size"), tr("Type"), tr("Main file")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Only the name is edited, and only through Rename (F2): other columns are read-only.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 8);
    m_view->setMaximumHeight(m_view->fontMetrics().lineSpacing() * 16);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {SizeColumn, TypeColumn, MainColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The buttons stand in a column beside the list: their French labels are long, and a row of
    // five would not fit a narrow form pane at 200 %.
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_view, 1);
    layout->addLayout(listRow);
    setFocusProxy(m_view);

    m_emptyLabel
        = new QLabel(tr("No file yet. Drop files here or use Add files…"), m_view->viewport());
    m_emptyLabel->setObjectName(u"filesEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *buttons = new QVBoxLayout;
    QPushButton *button = nullptr;
    m_addAction = makeAction(tr("&Add files…"), u"filesAddButton"_s,
        tr("Add files from the computer (or drop them on the list)"), &button);
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    buttons->addWidget(button);
    m_removeAction = makeAction(
        tr("&Remove"), u"filesRemoveButton"_s, tr("Remove the selected files"), &button);
    m_removeAction->setShortcut(QKeySequence::Delete);
    buttons->addWidget(button);
    m_renameAction
        = makeAction(tr("Rena&me"), u"filesRenameButton"_s, tr("Rename the file"), &button);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    buttons->addWidget(button);
    m_mainAction = makeAction(tr("Set as ma&in file"), u"filesMainButton"_s,
        tr("Make this file the one the resource shows"), &m_mainButton);
    buttons->addWidget(m_mainButton);
    m_saveAction = makeAction(tr("Save a co&py…"), u"filesSaveButton"_s,
        tr("Save a copy of the file on the computer"), &button);
    buttons->addWidget(button);
    buttons->addStretch(1);
    listRow->addLayout(buttons);

    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(u"filesMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setForegroundRole(QPalette::BrightText);
    m_messageLabel->setBackgroundRole(QPalette::Dark);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_runner = new TaskRunner(this);

    connect(m_addAction, &QAction::triggered, this, &FilesEditor::onAdd);
    connect(m_removeAction, &QAction::triggered, this, &FilesEditor::onRemove);
    connect(m_renameAction, &QAction::triggered, this, &FilesEditor::onRename);
    connect(m_mainAction, &QAction::triggered, this, &FilesEditor::onSetMain);
    connect(m_saveAction, &QAction::triggered, this, &FilesEditor::onSaveCopy);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &FilesEditor::updateActions);
    connect(m_view, &QTreeWidget::itemChanged, this, &FilesEditor::onItemChanged);

    connect(document, &CourseDocument::nodeChanged, this, [this](Node *node, NodeFields fields) {
        if (node == m_node && (fields & NodeField::Files))
            refresh();
    });
    connect(document, &CourseDocument::nodeAboutToBeRemoved, this,
        [this](Node *removedParent, int row) {
            const Node *removed = removedParent->childAt(row);
            for (const Node *n = m_node; n; n = n->parent()) {
                if (n == removed) {
                    setNode(nullptr, QString());
                    return;
                }
            }
        });
    connect(document, &CourseDocument::contentAboutToBeReset, this,
        [this] { setNode(nullptr, QString()); });
    setNode(nullptr, QString());
}

FilesEditor::~FilesEditor() = default;

QAction *FilesEditor::makeAction(
    const QString &text, const QString &objectName, const QString &toolTip, QPushButton **button)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString(objectName).replace(u"Button"_s, u"Action"_s));
    action->setToolTip(toolTip);
    // Shortcuts act when the list has the focus, not while a name is being edited in it.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
    auto *push = new QPushButton(text);
    push->setObjectName(objectName);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    push->setAccessibleName(plain);
    push->setToolTip(toolTip);
    connect(push, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, push, [action, push] {
        push->setEnabled(action->isEnabled());
        push->setVisible(action->isVisible());
    });
    *button = push;
    return action;
}

void FilesEditor::setNode(Node *node, const QString &area, bool mainFile)
{
    m_node = node;
    m_area = area;
    m_mainFile = mainFile;
    m_view->setColumnHidden(MainColumn, !mainFile);
    m_mainAction->setVisible(mainFile);
    showMessage(QString());
    setEnabled(node != nullptr);
    refresh();
}

QList<FileRef> FilesEditor::selectedFiles() const
{
    QList<FileRef> result;
    for (int row = 0; row < m_view->topLevelItemCount(); ++row) {
        if (m_view->topLevelItem(row)->isSelected() && row < m_files.size())
            result.append(m_files.at(row));
    }
    return result;
}

QString FilesEditor::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

QString FilesEditor::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void FilesEditor::refresh()
{
    // Keep the selection and current file across the refresh (undo, rename, add).
    QList<FileRef> selected = selectedFiles();
    QTreeWidgetItem *currentItem = m_view->currentItem();
    std::optional<FileRef> current;
    if (currentItem) {
        const int row = m_view->indexOfTopLevelItem(currentItem);
        if (row >= 0 && row < m_files.size())
            current = m_files.at(row);
    }
    m_files = m_node ? filesInArea(m_node, m_area) : QList<FileRef>();
    const std::optional<FileRef> main = m_mainFile ? Parcours::mainFile(m_node) : std::nullopt;

    m_refreshing = true;
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    for (const FileRef &file : std::as_const(m_files)) {
        auto *item = new QTreeWidgetItem;
        item->setText(NameColumn, displayName(file));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setText(SizeColumn, sizeText(file.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TypeColumn, typeText(file.mimeType));
        item->setToolTip(TypeColumn, file.mimeType);
        if (main && sameFile(*main, file)) {
            item->setText(MainColumn, tr("Main file"));
            QFont font = item->font(NameColumn);
            font.setBold(true);
            item->setFont(NameColumn, font);
        }
        m_view->addTopLevelItem(item);
        for (const FileRef &s : std::as_const(selected)) {
            if (sameFile(s, file))
                item->setSelected(true);
        }
        if (current && sameFile(*current, file))
            m_view->setCurrentItem(item, NameColumn, QItemSelectionModel::NoUpdate);
    }
    m_refreshing = false;
    m_emptyLabel->setVisible(m_files.isEmpty());
    updateActions();
}

void FilesEditor::updateActions()
{
    const bool writable = m_node && !m_document->isReadOnly();
    const QList<FileRef> selected = selectedFiles();
    m_addAction->setEnabled(writable);
    m_removeAction->setEnabled(writable && !selected.isEmpty());
    m_renameAction->setEnabled(writable && selected.size() == 1);
    const std::optional<FileRef> main = m_mainFile ? Parcours::mainFile(m_node) : std::nullopt;
    m_mainAction->setEnabled(
        writable && selected.size() == 1 && !(main && sameFile(*main, selected.first())));
    m_saveAction->setEnabled(m_node && selected.size() == 1);
}

void FilesEditor::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void FilesEditor::onAdd()
{
    if (!m_node)
        return;
    const QStringList paths = FileDialog::getOpenFileNames(
        this, tr("Add files"), QDir::homePath(), tr("All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

bool FilesEditor::addFiles(const QStringList &paths)
{
    if (!m_node || paths.isEmpty())
        return false;
    qint64 total = 0;
    for (const QString &path : paths)
        total += QFileInfo(path).size();
    QString error;
    std::optional<QList<FileRef>> added;
    if (total > m_largeFileThreshold) {
        if (!addLarge(paths, total))
            return false;
    } else {
        added = pushAddFiles(m_document, m_node, paths, m_area, &error);
        if (!added) {
            showMessage(error);
            return false;
        }
    }
    showMessage(QString());
    // Select what was added, so that the next action (rename, main file) applies to it.
    const int count = static_cast<int>(paths.size());
    const QSignalBlocker blocker(m_view);
    m_view->clearSelection();
    for (int row = m_view->topLevelItemCount() - count; row < m_view->topLevelItemCount(); ++row) {
        if (row >= 0)
            m_view->topLevelItem(row)->setSelected(true);
    }
    if (QTreeWidgetItem *last = m_view->topLevelItem(m_view->topLevelItemCount() - 1))
        m_view->setCurrentItem(last, NameColumn, QItemSelectionModel::NoUpdate);
    updateActions();
    return true;
}

bool FilesEditor::addLarge(const QStringList &paths, qint64 total)
{
    // addMedia and mediaSize may run on the runner's thread: there they use connections of their
    // own, never the GUI thread's (see CourseStore's threading contract), so an autosave or a
    // timer that edits the document meanwhile is safe. The document itself is only changed
    // below, on this thread, once the files are stored.
    CourseStore *store = m_document->store();
    const QString area = m_area;
    QList<FileRef> stored;
    QString error;
    const bool finished
        = m_runner->run(tr("Adding %n file(s)…", nullptr, static_cast<int>(paths.size())),
            [&](TaskControl &control) {
                qint64 done = 0;
                for (const QString &path : paths) {
                    CountingFile file(path, [&](qint64 n) {
                        done += n;
                        // Each byte is read twice: once to hash it, once to store it.
                        control.setProgress(done, 2 * total);
                        return !control.isCancelled();
                    });
                    if (!file.openFile()) {
                        error = tr("Cannot read %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString());
                        return;
                    }
                    control.setLabelText(tr("Adding %1…").arg(QFileInfo(path).fileName()));
                    FileRef ref;
                    ref.area = area;
                    ref.name = QFileInfo(path).fileName();
                    ref.mimeType = detectMimeType(ref.name);
                    if (!store->addMedia(&file, &ref.sha1, &error))
                        return;
                    ref.size = store->mediaSize(ref.sha1);
                    stored.append(ref);
                }
            });
    if (!finished) {
        showMessage(m_runner->errorString().isEmpty()
                ? tr("Adding the files was cancelled: nothing was added.")
                : m_runner->errorString());
        return false;
    }
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    if (!pushAddStoredFiles(m_document, m_node, stored, &error)) {
        showMessage(error);
        return false;
    }
    return true;
}

void FilesEditor::onRemove()
{
    const QList<FileRef> selected = selectedFiles();
    if (m_node && !selected.isEmpty() && pushRemoveFiles(m_document, m_node, selected))
        showMessage(QString());
}

void FilesEditor::onRename()
{
    const QList<QTreeWidgetItem *> items = m_view->selectedItems();
    if (items.size() != 1)
        return;
    m_view->setCurrentItem(items.first(), NameColumn);
    m_view->editItem(items.first(), NameColumn);
}

void FilesEditor::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_refreshing || column != NameColumn || !m_node)
        return;
    const int row = m_view->indexOfTopLevelItem(item);
    if (row < 0 || row >= m_files.size())
        return;
    const FileRef file = m_files.at(row);
    // The list shows "sub/name" for files in a subfolder: only the name is renamed.
    QString name = item->text(NameColumn);
    const QString prefix = file.path.mid(1);
    if (!prefix.isEmpty() && name.startsWith(prefix))
        name = name.mid(prefix.size());
    // The name is committed when the line loses the focus, which also happens while the form is
    // being destroyed: push from the event loop, which drops the rename with the editor.
    QTimer::singleShot(0, this, [this, node = m_node, file, name] {
        if (node != m_node)
            return;
        QString error;
        if (pushRenameFile(m_document, m_node, file, name, &error)) {
            showMessage(QString());
            return;
        }
        showMessage(error);
        refresh();
    });
}

void FilesEditor::onSetMain()
{
    const QList<FileRef> selected = selectedFiles();
    if (m_node && selected.size() == 1)
        pushSetMainFile(m_document, m_node, selected.first());
}

void FilesEditor::onSaveCopy()
{
    const QList<FileRef> selected = selectedFiles();
    if (!m_node || selected.size() != 1)
        return;
    const FileRef file = selected.first();
    const QString path = FileDialog::getSaveFileName(this, tr("Save a copy of %1").arg(file.name),
        QDir::home().filePath(file.name), tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (saveCopy(file, path))
        showMessage(QString());
}

bool FilesEditor::saveCopy(const FileRef &file, const QString &path)
{
    const CourseStore *store = m_document->store();
    QString error;
    // Reading the media store is allowed from another thread; the copy is streamed in chunks.
    const auto copy = [store, file, path, &error](TaskControl *control) {
        auto failed = [&](const QString &why) {
            error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), why);
        };
        auto source = store->openMedia(file.sha1, &error);
        if (!source)
            return;
        QSaveFile target(path);
        if (!target.open(QIODevice::WriteOnly))
            return failed(target.errorString());
        QByteArray buffer(CopyChunk, Qt::Uninitialized);
        qint64 done = 0;
        for (;;) {
            if (control && control->isCancelled()) {
                target.cancelWriting();
                return;
            }
            const qint64 n = source->read(buffer.data(), buffer.size());
            if (n < 0)
                return failed(source->errorString());
            if (n == 0)
                break;
            if (target.write(buffer.constData(), n) != n)
                return failed(target.errorString());
            done += n;
            if (control)
                control->setProgress(done, file.size);
        }
        if (!target.commit())
            failed(target.errorString());
    };
    if (file.size > m_largeFileThreshold) {
        if (!m_runner->run(tr("Saving a copy of %1…").arg(file.name),
                [&](TaskControl &control) { copy(&control); })) {
            showMessage(m_runner->errorString().isEmpty() ? tr("Saving the copy was cancelled.")
                                                          : m_runner->errorString());
            return false;
        }
    } else {
        copy(nullptr);
    }
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    return true;
}

QStringList FilesEditor::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void FilesEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_node && m_addAction->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_node && m_addAction->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesEditor::dropEvent(QDropEvent *event)
{
    const QStringList dropped = localFiles(event->mimeData());
    if (!m_node || !m_addAction->isEnabled() || dropped.isEmpty())
        return;
    event->acceptProposedAction();
    QStringList files;
    int folders = 0;
    for (const QString &path : dropped) {
        if (QFileInfo(path).isDir())
            ++folders;
        else
            files.append(path);
    }
    if (!files.isEmpty() && !addFiles(files))
        return;
    if (folders > 0)
        showMessage(tr("Folders are not added: drop the files they hold instead."));
}

bool FilesEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Drops on the list land on its viewport: handle them as drops on the editor.
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Resize:
            m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(8, 8, -8, -8));
            break;
        case QEvent::DragEnter:
            dragEnterEvent(static_cast<QDragEnterEvent *>(event));
            return true;
        case QEvent::DragMove:
            dragMoveEvent(static_cast<QDragMoveEvent *>(event));
            return true;
        case QEvent::Drop:
            dropEvent(static_cast<QDropEvent *>(event));
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Parcours
