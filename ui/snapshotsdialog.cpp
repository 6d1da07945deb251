// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/snapshotsdialog.h"

#include "ui/messagebox.h"
#include "ui/snapshots.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

SnapshotsDialog::SnapshotsDialog(const QString &projectPath, bool canRestore, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_canRestore(canRestore)
    , m_folderLabel(new QLabel(this))
    , m_treeWidget(new QTreeWidget(this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_restoreButton(new QPushButton(tr("&Restore…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"snapshotsDialog"_s);
    setWindowTitle(tr("Snapshots of %1").arg(QFileInfo(projectPath).fileName()));

    m_folderLabel->setObjectName(u"snapshotsFolderLabel"_s);
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setText(tr("Snapshots are kept in %1.")
                               .arg(QDir::toNativeSeparators(Snapshots::folderFor(projectPath))));

    m_treeWidget->setObjectName(u"snapshotsTreeWidget"_s);
    m_treeWidget->setAccessibleName(tr("Snapshots"));
    m_treeWidget->setHeaderLabels({tr("Date"), tr("Label"), tr("Size")});
    m_treeWidget->setRootIsDecorated(false);
    m_treeWidget->setUniformRowHeights(true);
    m_treeWidget->setAllColumnsShowFocus(true);
    m_treeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_treeWidget->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_treeWidget->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_treeWidget->header()->setStretchLastSection(false);
    const int charWidth = fontMetrics().averageCharWidth();
    m_treeWidget->setMinimumSize(charWidth * 70, fontMetrics().height() * 10);

    m_openButton->setObjectName(u"openSnapshotButton"_s);
    m_openButton->setToolTip(tr("Shows the snapshot read-only in a new window."));
    m_restoreButton->setObjectName(u"restoreSnapshotButton"_s);
    m_restoreButton->setToolTip(tr("Replaces the parcours with this snapshot. A snapshot of the "
                                   "current state is taken first."));
    m_deleteButton->setObjectName(u"deleteSnapshotButton"_s);
    m_buttonBox->setObjectName(u"snapshotsButtonBox"_s);
    for (QPushButton *button : {m_openButton, m_restoreButton, m_deleteButton})
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_restoreButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_buttonBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_treeWidget, 1);
    layout->addLayout(buttons);

    connect(m_openButton, &QPushButton::clicked, this, [this] { finish(Action::Open); });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { finish(Action::Restore); });
    connect(m_deleteButton, &QPushButton::clicked, this, &SnapshotsDialog::deleteSelected);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &SnapshotsDialog::reject);
    connect(m_treeWidget, &QTreeWidget::currentItemChanged, this, &SnapshotsDialog::updateButtons);
    connect(m_treeWidget, &QTreeWidget::itemActivated, this, [this] { finish(Action::Open); });

    refresh();
    m_treeWidget->setFocus();
}

SnapshotsDialog::~SnapshotsDialog() = default;

QString SnapshotsDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_treeWidget->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

int SnapshotsDialog::count() const
{
    return m_treeWidget->topLevelItemCount();
}

void SnapshotsDialog::selectPath(const QString &path)
{
    for (int i = 0; i < m_treeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_treeWidget->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == path) {
            m_treeWidget->setCurrentItem(item);
            return;
        }
    }
}

void SnapshotsDialog::refresh()
{
    const QString current = selectedPath();
    m_treeWidget->clear();
    const QList<SnapshotInfo> snapshots = Snapshots::list(m_projectPath);
    for (const SnapshotInfo &snapshot : snapshots) {
        auto *item = new QTreeWidgetItem(m_treeWidget);
        item->setText(0, locale().toString(snapshot.created, QLocale::ShortFormat));
        item->setText(1, snapshot.label);
        item->setText(2, locale().formattedDataSize(snapshot.size));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(snapshot.path));
        item->setData(0, Qt::UserRole, snapshot.path);
    }
    if (snapshots.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_treeWidget);
        item->setText(0, tr("No snapshot yet: File → Snapshots → Take a snapshot… makes one."));
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
    }
    selectPath(current);
    if (!m_treeWidget->currentItem() && !snapshots.isEmpty())
        m_treeWidget->setCurrentItem(m_treeWidget->topLevelItem(0));
    updateButtons();
}

void SnapshotsDialog::updateButtons()
{
    const bool selected = !selectedPath().isEmpty();
    m_openButton->setEnabled(selected);
    m_restoreButton->setEnabled(selected && m_canRestore);
    m_deleteButton->setEnabled(selected);
}

void SnapshotsDialog::finish(Action action)
{
    if (selectedPath().isEmpty() || (action == Action::Restore && !m_canRestore))
        return;
    m_action = action;
    accept();
}

void SnapshotsDialog::deleteSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).completeBaseName();
    if (MessageBox::question(this, tr("Delete the snapshot"),
            tr("Delete the snapshot “%1”? This cannot be undone.").arg(name))
        != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!Snapshots::remove(path, &error)) {
        MessageBox::warning(this, tr("Delete the snapshot"), error);
        return;
    }
    refresh();
}

} // namespace Parcours
