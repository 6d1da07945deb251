// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskrunner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <exception>

namespace Parcours {

namespace {

/** The dialog range: progress is shown in thousandths, whatever the unit of the work. */
constexpr int ProgressScale = 1000;

/**
 * A progress dialog that only asks to cancel: Cancel, Escape and the close button emit
 * canceled() and leave the dialog up, because the work has not stopped yet.
 */
class CancellableProgressDialog : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;

    void reject() override { Q_EMIT canceled(); }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        Q_EMIT canceled();
    }
};

} // namespace

void TaskControl::setProgress(qint64 done, qint64 total)
{
    m_done.store(done);
    m_total.store(total);
    m_runner->postUpdate();
}

void TaskControl::setLabelText(const QString &text)
{
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, text]() { runner->applyLabel(text); }, Qt::QueuedConnection);
}

TaskRunner::TaskRunner(QWidget *parent)
    : QObject(parent)
    , m_parentWidget(parent)
{
    setObjectName(QStringLiteral("taskRunner"));
}

TaskRunner::~TaskRunner() = default;

void TaskRunner::postUpdate()
{
    // One queued update at a time: the GUI reads the latest values when it gets to it.
    if (!m_control->m_updatePending.exchange(true))
        QMetaObject::invokeMethod(this, &TaskRunner::applyUpdate, Qt::QueuedConnection);
}

void TaskRunner::applyUpdate()
{
    if (!m_control)
        return;
    const qint64 done = m_control->m_done.load();
    const qint64 total = m_control->m_total.load();
    if (m_dialog) {
        if (total <= 0) {
            m_dialog->setRange(0, 0);
        } else {
            m_dialog->setRange(0, ProgressScale);
            // setValue() of a modal dialog processes events; pending stays set meanwhile.
            m_dialog->setValue(
                int(std::clamp<qint64>(done * ProgressScale / total, 0, ProgressScale)));
        }
    }
    m_control->m_updatePending.store(false);
    Q_EMIT progressChanged(done, total);
    if (m_control->m_done.load() != done || m_control->m_total.load() != total)
        postUpdate();
}

void TaskRunner::applyLabel(const QString &text)
{
    m_label = text;
    if (m_dialog && !(m_control && m_control->isCancelled()))
        m_dialog->setLabelText(text);
}

void TaskRunner::cancel()
{
    if (!m_running || !m_control)
        return;
    m_control->m_cancel.store(true);
    if (m_dialog) {
        m_dialog->setLabelText(tr("Cancelling…"));
        if (auto *button = m_dialog->findChild<QPushButton *>())
            button->setEnabled(false);
    }
}

void TaskRunner::showDialog()
{
    auto *dialog = new CancellableProgressDialog(m_parentWidget);
    dialog->setObjectName(QStringLiteral("taskProgressDialog"));
    dialog->setWindowTitle(QGuiApplication::applicationDisplayName());
    dialog->setAccessibleName(tr("Progress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 50);
    dialog->setLabelText(m_label);
    dialog->setCancelButtonText(tr("Cancel"));
    // Cancelling only raises the flag; the dialog goes away when the work has stopped.
    disconnect(dialog, &QProgressDialog::canceled, dialog, nullptr);
    connect(dialog, &QProgressDialog::canceled, this, &TaskRunner::cancel);
    dialog->setRange(0, 0);
    m_dialog = dialog;
    dialog->show();
    applyUpdate();
    Q_EMIT dialogShown();
}

bool TaskRunner::run(const QString &label, Work work)
{
    Q_ASSERT(!m_running);
    m_control.reset(new TaskControl(this));
    m_label = label;
    m_errorString.clear();
    m_running = true;
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);

    QString failure;
    QThread *thread = QThread::create([this, &work, &failure]() {
        // Nothing may escape a thread; core does not throw, but allocation can.
        try {
            work(*m_control);
        } catch (const std::exception &e) {
            failure = QString::fromLocal8Bit(e.what());
        } catch (...) {
            failure = tr("unknown error");
        }
    });
    thread->setObjectName(QStringLiteral("taskThread"));

    QEventLoop loop;
    bool finished = false;
    connect(thread, &QThread::finished, &loop, [&loop, &finished]() {
        finished = true;
        loop.quit();
    });
    QTimer showTimer;
    showTimer.setSingleShot(true);
    connect(&showTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
    thread->start();
    showTimer.start(m_minimumDuration);

    // Until the modal dialog is up, hold user input back: the work reads the document.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    showTimer.stop();
    if (!finished)
        showDialog();
    while (!finished) {
        // A negative result: the application is quitting and loops return at once; just wait.
        if (loop.exec() < 0)
            break;
    }
    thread->wait();
    delete thread;

    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    QGuiApplication::restoreOverrideCursor();
    const bool cancelled = m_control->isCancelled();
    m_control.reset();
    m_running = false;
    if (!failure.isEmpty()) {
        m_errorString = tr("The work stopped unexpectedly: %1").arg(failure);
        return false;
    }
    return !cancelled;
}

} // namespace Parcours
