// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Parcours {

/**
 * File → Snapshots → Snapshots…: the snapshots of the open parcours (date, label, size), newest
 * first. Delete asks, then deletes at once. Open and Restore close the dialog with that choice
 * (action() and selectedPath()); the window does the work: Open shows the snapshot read-only in
 * a new window, Restore replaces the parcours after confirmation.
 */
class SnapshotsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { None, Open, Restore };

    SnapshotsDialog(const QString &projectPath, bool canRestore, QWidget *parent = nullptr);
    ~SnapshotsDialog() override;

    Action action() const { return m_action; }
    /** The snapshot chosen (the current row), or empty. */
    QString selectedPath() const;
    /** Number of snapshots listed. */
    int count() const;
    /** Makes the snapshot at path the current row (for tests and after a refresh). */
    void selectPath(const QString &path);

    void refresh();

private:
    void updateButtons();
    void finish(Action action);
    void deleteSelected();

    QString m_projectPath;
    bool m_canRestore;
    QLabel *m_folderLabel;
    QTreeWidget *m_treeWidget;
    QPushButton *m_openButton;
    QPushButton *m_restoreButton;
    QPushButton *m_deleteButton;
    QDialogButtonBox *m_buttonBox;
    Action m_action = Action::None;
};

} // namespace Parcours
