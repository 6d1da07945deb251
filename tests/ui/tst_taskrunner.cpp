// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskrunner.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <stdexcept>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** Long work off the GUI thread: where it runs, its progress, Cancel, failures. */
class TestTaskRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAnotherThread();
    void reportsProgressInAModalDialog();
    void shortWorkShowsNoDialog();
    void cancelButtonStopsTheWork();
    void escapeCancelsToo();
    void exceptionIsReported();
};

void TestTaskRunner::runsOnAnotherThread()
{
    QMainWindow window;
    TaskRunner runner(&window);
    QThread *workThread = nullptr;
    int result = 0;
    QVERIFY(runner.run(u"Counting"_s, [&](TaskControl &) {
        workThread = QThread::currentThread();
        for (int i = 1; i <= 1000; ++i)
            result += i;
    }));
    QVERIFY(workThread);
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(result, 500500);
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.errorString().isEmpty());
}

void TestTaskRunner::reportsProgressInAModalDialog()
{
    QMainWindow window;
    window.show();
    TaskRunner runner(&window);
    runner.setMinimumDuration(0);
    QSignalSpy shown(&runner, &TaskRunner::dialogShown);
    QList<int> values;
    bool modalToTheWindow = false;
    QString label;
    connect(&runner, &TaskRunner::progressChanged, this, [&](qint64, qint64) {
        QProgressDialog *dialog = runner.progressDialog();
        if (!dialog)
            return;
        values << dialog->value();
        modalToTheWindow = dialog->isVisible() && dialog->windowModality() == Qt::WindowModal
            && dialog->parentWidget() == &window;
        label = dialog->labelText();
    });
    QVERIFY(runner.run(u"Writing the backup"_s, [](TaskControl &control) {
        for (int i = 0; i <= 10; ++i) {
            control.setProgress(i * 100, 1000);
            QThread::msleep(30);
        }
    }));
    QCOMPARE(shown.count(), 1);
    QVERIFY(modalToTheWindow);
    QCOMPARE(label, u"Writing the backup"_s);
    QVERIFY(!values.isEmpty());
    // Coalesced, but the last report always arrives, in thousandths.
    QCOMPARE(values.last(), 1000);
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    // The dialog goes away with the work.
    QVERIFY(!runner.progressDialog());
}

void TestTaskRunner::shortWorkShowsNoDialog()
{
    QMainWindow window;
    TaskRunner runner(&window);
    QCOMPARE(runner.minimumDuration(), 300);
    QSignalSpy shown(&runner, &TaskRunner::dialogShown);
    QVERIFY(runner.run(u"Quick"_s, [](TaskControl &control) { control.setProgress(1, 1); }));
    QCOMPARE(shown.count(), 0);
}

void TestTaskRunner::cancelButtonStopsTheWork()
{
    QMainWindow window;
    window.show();
    TaskRunner runner(&window);
    runner.setMinimumDuration(0);
    bool sawCancel = false;
    bool dialogKeptWhileStopping = false;
    QString stoppingLabel;
    connect(&runner, &TaskRunner::dialogShown, this, [&]() {
        QTimer::singleShot(20, &runner, [&]() {
            auto *cancel = runner.progressDialog()->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
            // The work takes a moment to stop: the dialog stays, saying so.
            QTimer::singleShot(50, &runner, [&]() {
                dialogKeptWhileStopping
                    = runner.progressDialog() && runner.progressDialog()->isVisible();
                if (runner.progressDialog())
                    stoppingLabel = runner.progressDialog()->labelText();
            });
        });
    });
    QElapsedTimer clock;
    clock.start();
    const bool completed = runner.run(u"Waiting"_s, [&](TaskControl &control) {
        QElapsedTimer timeout;
        timeout.start();
        while (!control.isCancelled() && timeout.elapsed() < 10000)
            QThread::msleep(5);
        sawCancel = control.isCancelled() && control.cancelFlag()->load();
        QThread::msleep(200);
    });
    QVERIFY(!completed);
    QVERIFY(sawCancel);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(dialogKeptWhileStopping);
    QCOMPARE(stoppingLabel, u"Cancelling…"_s);
    QVERIFY(runner.errorString().isEmpty());
}

void TestTaskRunner::escapeCancelsToo()
{
    QMainWindow window;
    window.show();
    TaskRunner runner(&window);
    runner.setMinimumDuration(0);
    connect(&runner, &TaskRunner::dialogShown, this, [&]() {
        QTimer::singleShot(
            20, &runner, [&]() { QTest::keyClick(runner.progressDialog(), Qt::Key_Escape); });
    });
    bool sawCancel = false;
    QVERIFY(!runner.run(u"Waiting"_s, [&](TaskControl &control) {
        QElapsedTimer timeout;
        timeout.start();
        while (!control.isCancelled() && timeout.elapsed() < 10000)
            QThread::msleep(5);
        sawCancel = control.isCancelled();
    }));
    QVERIFY(sawCancel);
}

void TestTaskRunner::exceptionIsReported()
{
    QMainWindow window;
    TaskRunner runner(&window);
    QVERIFY(
        !runner.run(u"Failing"_s, [](TaskControl &) { throw std::runtime_error("disk on fire"); }));
    QVERIFY(runner.errorString().contains(u"disk on fire"_s));
    // The runner can be used again.
    QVERIFY(runner.run(u"Again"_s, [](TaskControl &) {}));
    QVERIFY(runner.errorString().isEmpty());
}

QTEST_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"
