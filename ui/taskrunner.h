// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace Parcours {

/**
 * What a task running on the worker thread may use: progress, a label and the cancel flag.
 * Every function is thread-safe; progress is coalesced, so calling setProgress() for every
 * block written costs almost nothing.
 */
class TaskControl
{
public:
    /** done out of total units (any unit: bytes, items). total 0 shows a busy indicator. */
    void setProgress(qint64 done, qint64 total);
    /** Replaces the text above the progress bar (translated). */
    void setLabelText(const QString &text);
    /** True once the user asked to cancel; the task should stop soon after. */
    bool isCancelled() const { return m_cancel.load(); }
    /** The flag itself, for code that takes a `const std::atomic<bool> *` (the exporters). */
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }

private:
    friend class TaskRunner;
    explicit TaskControl(class TaskRunner *runner)
        : m_runner(runner)
    { }

    class TaskRunner *m_runner;
    std::atomic<bool> m_cancel {false};
    std::atomic<qint64> m_done {0};
    std::atomic<qint64> m_total {0};
    std::atomic<bool> m_updatePending {false};
};

/**
 * Runs long work (export, import, generation) off the GUI thread, so that the user interface
 * never freezes, and shows its progress in a window-modal dialog with a Cancel button.
 *
 * run() returns when the work has finished, like QDialog::exec(): the GUI thread keeps
 * processing events meanwhile. The work must not touch widgets; what it computes is read by the
 * caller after run() returns (the thread has finished by then, so no locking is needed).
 *
 * The document the work reads must not change while it runs. From the start, user input is held
 * back (QEventLoop::ExcludeUserInputEvents) until the progress dialog appears after
 * minimumDuration(); from then on the window-modal dialog blocks the window. Cancel, Escape and
 * closing the dialog set the cancel flag and keep the dialog (showing "Cancelling…") until the
 * work has actually stopped.
 */
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(TaskControl &control)>;

    /** parent is the window the progress dialog is modal to. */
    explicit TaskRunner(QWidget *parent);
    ~TaskRunner() override;

    /** Delay before the progress dialog appears (300 ms by default), so short work never flashes.
     */
    int minimumDuration() const { return m_minimumDuration; }
    void setMinimumDuration(int milliseconds) { m_minimumDuration = milliseconds; }

    /**
     * Runs work on a worker thread and returns once it has finished. label is the text shown in
     * the dialog (translated). Returns false when the user cancelled (even if the work had
     * already completed; callers check their own result) or the work threw: errorString() then
     * says what happened.
     */
    bool run(const QString &label, Work work);

    bool isRunning() const { return m_running; }
    /** Why the last run() failed other than by cancelling, or empty. */
    QString errorString() const { return m_errorString; }
    /** The progress dialog while it is shown, else nullptr (for tests). */
    QProgressDialog *progressDialog() const { return m_dialog; }

    /** Asks the running work to stop, as the Cancel button does. */
    void cancel();

Q_SIGNALS:
    /** Emitted on the GUI thread when the work reports progress (coalesced). */
    void progressChanged(qint64 done, qint64 total);
    /** Emitted on the GUI thread when the progress dialog appears. */
    void dialogShown();

private:
    friend class TaskControl;
    void postUpdate();
    void applyUpdate();
    void applyLabel(const QString &text);
    void showDialog();

    QPointer<QWidget> m_parentWidget;
    std::unique_ptr<TaskControl> m_control;
    QPointer<QProgressDialog> m_dialog;
    QString m_label;
    QString m_errorString;
    int m_minimumDuration = 300;
    bool m_running = false;
};

} // namespace Parcours
