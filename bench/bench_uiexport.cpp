// SPDX-License-Identifier: GPL-3.0-or-later
// GUI responsiveness during an export (issue #3, "the UI never freezes on long work"): exports a
// generated parcours from the main window, as File → Export does, while a 10 ms timer on the GUI
// thread records the longest gap between its ticks; then exports again and cancels half-way,
// timing how long the Cancel takes to stop the work and checking that no file is left.
//
// Usage: parcours_bench_uiexport [--media-files N] [--media-size BYTES]
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "core/model/coursedocument.h"
#include "core/tools/generator.h"
#include "ui/mainwindow.h"
#include "ui/taskrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Parcours;

namespace {

/** Longest and mean interval between ticks of a 10 ms GUI timer. */
struct Stalls
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    qint64 ticks = 0;
    qint64 start = 0;

    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        if (ticks > 0)
            longest = std::max(longest, now - last);
        last = now;
        ++ticks;
    }
    double meanMs() const { return ticks > 1 ? (last - start) / 1e6 / double(ticks - 1) : 0; }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mediaFiles(QStringLiteral("media-files"), QStringLiteral("Media."),
        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption mediaSize(QStringLiteral("media-size"),
        QStringLiteral("Bytes per medium."), QStringLiteral("BYTES"), QStringLiteral("25000000"));
    parser.addOptions({mediaFiles, mediaSize});
    parser.process(app);

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench.parcours"));
    {
        auto doc = CourseDocument::create(project);
        GeneratorOptions options;
        options.sections = 20;
        options.activitiesPerSection = 10;
        options.questions = 100;
        options.mediaFiles = parser.value(mediaFiles).toInt();
        options.mediaSize = parser.value(mediaSize).toLongLong();
        QString error;
        if (!doc || !Generator::generate(doc.get(), options, &error)) {
            std::fprintf(stderr, "generate failed: %s\n", qPrintable(error));
            return 1;
        }
    }

    MainWindow window;
    window.setMessageHandler([](const QString &title, const QString &text) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(text));
    });
    if (!window.openFile(project))
        return 1;
    window.show();

    Stalls stalls;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &app, [&stalls]() { stalls.tick(); });
    qint64 updates = 0;
    QObject::connect(window.taskRunner(), &TaskRunner::progressChanged, &app,
        [&updates](qint64, qint64) { ++updates; });

    // 1. A whole export.
    const QString path = dir.filePath(QStringLiteral("bench.mbz"));
    stalls.clock.start();
    timer.start();
    QElapsedTimer elapsed;
    elapsed.start();
    const bool written = window.exportTo(path, {});
    const double seconds = elapsed.nsecsElapsed() / 1e9;
    timer.stop();
    std::printf("export: %s, %.2f s, %.1f MB\n", written ? "written" : "FAILED", seconds,
        QFileInfo(path).size() / 1e6);
    std::printf("GUI timer (10 ms) during export: longest gap %.1f ms, mean %.1f ms, %lld ticks\n",
        stalls.longest / 1e6, stalls.meanMs(), stalls.ticks);
    std::printf("progress updates delivered to the GUI: %lld\n", updates);

    // 2. Cancel half-way.
    QFile::remove(path);
    qint64 cancelledAt = 0;
    double cancelledPercent = 0;
    QElapsedTimer sinceCancel;
    QObject::connect(
        window.taskRunner(), &TaskRunner::progressChanged, &app, [&](qint64 done, qint64 total) {
            if (cancelledAt == 0 && total > 0 && done * 2 >= total) {
                cancelledAt = done;
                cancelledPercent = 100.0 * double(done) / double(total);
                sinceCancel.start();
                window.taskRunner()->cancel();
            }
        });
    const bool cancelledWritten = window.exportTo(path, {});
    std::printf("cancel at %.0f %%: stopped %.1f ms after Cancel, file left: %s%s\n",
        cancelledPercent, sinceCancel.isValid() ? sinceCancel.nsecsElapsed() / 1e6 : -1.0,
        QFile::exists(path) ? "yes" : "no", cancelledWritten ? " (export completed)" : "");
    std::fflush(stdout);
    return written && !QFile::exists(path) ? 0 : 1;
}
