// SPDX-License-Identifier: GPL-3.0-or-later
//
// Foundation benchmark: for a generated parcours, the time to generate it, to open it and build
// the structure tree model, the time of single edits (median and 99th percentile), and the peak
// memory. Each scenario runs in its own process so that its peak memory is its own.
//
// Targets at 10,000 activities: open + model <= 200 ms, edit p99 <= 5 ms, peak memory <= 200 MB.
//
// Usage: parcours_bench_document [--scenario media|large [--generate]] [--keep DIR]

#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/models/coursetreemodel.h"
#include "core/tools/generator.h"
#include "core/validation/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Parcours;

namespace {

struct Scenario
{
    const char *name;
    const char *description;
    GeneratorOptions options;
};

GeneratorOptions makeOptions(int sections, int perSection, int questions, int media, qint64 size)
{
    GeneratorOptions o;
    o.sections = sections;
    o.activitiesPerSection = perSection;
    o.questions = questions;
    o.mediaFiles = media;
    o.mediaSize = size;
    o.seed = 2026;
    return o;
}

const Scenario s_scenarios[] = {
    {"media", "40 sections x 15 activities, 200 questions, 20 x 1 MiB media",
        makeOptions(40, 15, 200, 20, 1024 * 1024)},
    {"large", "100 sections x 100 activities (10,000), 200 questions",
        makeOptions(100, 100, 200, 0, 0)},
};

constexpr int s_edits = 1000;
constexpr int s_opens = 5;

/** CPU time of this thread, in milliseconds. */
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double ms(qint64 nanoseconds)
{
    return static_cast<double>(nanoseconds) / 1e6;
}

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

int walk(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int rows = model.rowCount(parent);
    int total = rows;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        model.data(index, Qt::DisplayRole);
        model.data(index, Qt::DecorationRole);
        total += walk(model, index);
    }
    return total;
}

void line(QTextStream &out,
    const char *what,
    double value,
    const char *unit,
    const QString &target = QString())
{
    out << QStringLiteral("  %1 %2 %3  %4\n")
               .arg(QLatin1String(what), -38)
               .arg(value, 10, 'f', unit[0] ? 2 : 0)
               .arg(QLatin1String(unit), -3)
               .arg(target);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

QString filePath(const Scenario &scenario, const QString &directory)
{
    return QDir(directory).filePath(
        QStringLiteral("%1.parcours").arg(QLatin1String(scenario.name)));
}

/** First process: makes the project file. */
int generatePhase(const Scenario &scenario, const QString &directory)
{
    QTextStream out(stdout);
    const QString path = filePath(scenario, directory);
    QFile::remove(path);
    QString error;
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_ptr<CourseDocument> doc = CourseDocument::create(path, &error);
        if (!doc || !Generator::generate(doc.get(), scenario.options, &error)) {
            out << "generate failed: " << error << Qt::endl;
            return 1;
        }
    }
    const double generateMs = ms(timer.nsecsElapsed());
    out << QStringLiteral("%1\n").arg(QLatin1String(scenario.description));
    line(out, "generate (create + media + content)", generateMs, "ms");
    line(out, "peak memory while generating", peakMegabytes(), "MiB");
    line(out, "project file size", static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0),
        "MiB");
    out.flush();
    return 0;
}

/** Second process: what a user of the editor waits for, on the file made by the first. */
int usePhase(const Scenario &scenario, const QString &directory)
{
    QTextStream out(stdout);
    const QString path = filePath(scenario, directory);
    QString error;
    QElapsedTimer timer;

    // Opening is measured five times (a cold first open, then warm ones) and reported as the
    // median, in wall-clock and CPU time: the CPU time shows what a busy machine hides.
    std::vector<double> openWall;
    std::vector<double> openCpu;
    std::unique_ptr<CourseDocument> doc;
    std::unique_ptr<CourseTreeModel> model;
    int rows = 0;
    for (int run = 0; run < s_opens; ++run) {
        model.reset();
        doc.reset();
        const double cpuStart = cpuMs();
        timer.start();
        doc = CourseDocument::open(path, &error);
        if (!doc) {
            out << "open failed: " << error << Qt::endl;
            return 1;
        }
        model = std::make_unique<CourseTreeModel>(doc.get());
        rows = walk(*model, QModelIndex());
        openWall.push_back(ms(timer.nsecsElapsed()));
        openCpu.push_back(cpuMs() - cpuStart);
    }
    const double firstOpenMs = openWall.front();
    std::sort(openWall.begin(), openWall.end());
    std::sort(openCpu.begin(), openCpu.end());
    const double openMs = openWall[openWall.size() / 2];
    const double openCpuMs = openCpu[openCpu.size() / 2];
    timer.start();
    const qsizetype issues = Validator::validate(*doc).size();
    const double validateMs = ms(timer.nsecsElapsed());

    std::vector<Activity *> activities;
    doc->course()->forEach([&activities](Node *node) {
        if (node->type() == NodeType::Activity)
            activities.push_back(static_cast<Activity *>(node));
    });
    std::vector<double> edits;
    edits.reserve(s_edits);
    for (int i = 0; i < s_edits; ++i) {
        // A different activity each time, so that no two edits merge.
        Activity *activity = activities[(static_cast<size_t>(i) * 7919) % activities.size()];
        timer.restart();
        SetNodeField<Activity, QString>::push(doc.get(), activity, &ActivityData::name,
            QStringLiteral("Renommée %1").arg(i), NodeField::Name, QStringLiteral("Rename"));
        edits.push_back(ms(timer.nsecsElapsed()));
    }
    std::sort(edits.begin(), edits.end());
    const double median = edits[edits.size() / 2];
    const double p99 = edits[static_cast<size_t>(static_cast<double>(edits.size()) * 0.99)];
    const double worst = edits.back();

    const bool large = activities.size() >= 10000;
    line(out, "activities", static_cast<double>(activities.size()), "");
    line(out, "tree model rows walked", rows, "");
    line(out, "open + tree model, first run", firstOpenMs, "ms");
    line(out, "open + tree model, median of 5", openMs, "ms",
        large ? QStringLiteral("target <= 200 ms: %1").arg(verdict(openMs <= 200)) : QString());
    line(out, "open + tree model, CPU time, median", openCpuMs, "ms");
    line(out, "validate (Validator::validate)", validateMs, "ms",
        QStringLiteral("%1 issue(s)").arg(issues));
    line(out, "single edit, median (1,000 renames)", median, "ms");
    line(out, "single edit, p99", p99, "ms",
        large ? QStringLiteral("target <= 5 ms: %1").arg(verdict(p99 <= 5)) : QString());
    line(out, "single edit, worst", worst, "ms");
    const double peak = peakMegabytes();
    line(out, "peak memory (open, model, edits)", peak, "MiB",
        QStringLiteral("target <= 200 MB: %1").arg(verdict(peak * 1.048576 <= 200)));
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype scenarioArg = arguments.indexOf(QStringLiteral("--scenario"));
    const qsizetype keepArg = arguments.indexOf(QStringLiteral("--keep"));

    QTemporaryDir temporary;
    const QString directory = keepArg > 0 && keepArg + 1 < arguments.size()
        ? arguments.at(keepArg + 1)
        : temporary.path();
    if (scenarioArg > 0 && scenarioArg + 1 < arguments.size()) {
        for (const Scenario &scenario : s_scenarios) {
            if (arguments.at(scenarioArg + 1) == QLatin1String(scenario.name))
                return arguments.contains(QStringLiteral("--generate"))
                    ? generatePhase(scenario, directory)
                    : usePhase(scenario, directory);
        }
        std::fprintf(stderr, "unknown scenario\n");
        return 2;
    }

    // Two processes per scenario (generate, then open and edit), so that each peak memory
    // figure is that phase's own.
    int status = 0;
    for (const Scenario &scenario : s_scenarios) {
        for (bool generate : {true, false}) {
            QStringList childArguments = {QStringLiteral("--scenario"),
                QLatin1String(scenario.name), QStringLiteral("--keep"), directory};
            if (generate)
                childArguments.append(QStringLiteral("--generate"));
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), childArguments);
            if (!child.waitForFinished(-1) || child.exitCode() != 0)
                status = 1;
        }
    }
    return status;
}
