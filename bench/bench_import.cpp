// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark (issue #5): exports a generated parcours (600 activities, 200 questions,
// 20 MiB of media) to a .mbz, then times its import into a new project and `tar xzf` of the
// same file in the same run, prints their ratio (target ≤ 1.5) and the import's peak memory
// (target ≤ 100 MB). The import runs in a child process (this program with --import-only), so
// that its peak RSS (VmHWM) is the importer's own and not the generator's.
//
// Usage: parcours_bench_import [--sections N] [--activities-per-section N] [--questions N]
//                              [--media-files N] [--media-size BYTES] [--runs N]
// Defaults are the issue's: 40 sections, 15 activities each, 200 questions, 20 media of 1 MiB.

#include "bench/benchutil.h"
#include "core/export/mbzexporter.h"
#include "core/import/mbzimporter.h"
#include "core/model/coursedocument.h"
#include "core/tools/generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Parcours;

using namespace Bench;

namespace {

/** The child: imports input into a new project output, prints "seconds peak-kB". */
int importOnly(const QString &input, const QString &output)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto document = CourseDocument::create(output, &error);
    if (!document) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(error));
        return 1;
    }
    MbzImporter importer(input);
    if (!importer.import(document.get(), &error)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    document.reset();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const ImportReport &report = importer.report();
    std::printf("%.6f %lld %d %d %d %d\n", seconds, static_cast<long long>(peakKb()),
        report.activities, report.questions, report.files,
        static_cast<int>(report.warnings.size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sections(QStringLiteral("sections"), QStringLiteral("Sections."),
        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption activities(QStringLiteral("activities-per-section"),
        QStringLiteral("Activities per section."), QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption questions(QStringLiteral("questions"), QStringLiteral("Questions."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption mediaFiles(QStringLiteral("media-files"), QStringLiteral("Media."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption mediaSize(QStringLiteral("media-size"),
        QStringLiteral("Bytes per medium."), QStringLiteral("N"), QStringLiteral("1048576"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs (median)."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption importOnlyOption(QStringLiteral("import-only"),
        QStringLiteral("Child mode: import IN.mbz into OUT.parcours."), QStringLiteral("IN.mbz"));
    parser.addOptions(
        {sections, activities, questions, mediaFiles, mediaSize, runs, importOnlyOption});
    parser.addPositionalArgument(QStringLiteral("OUT.parcours"), QStringLiteral("Child mode."));
    parser.process(app);
    if (parser.isSet(importOnlyOption))
        return importOnly(parser.value(importOnlyOption), parser.positionalArguments().value(0));

    QTextStream out(stdout);
    QTemporaryDir dir;
    GeneratorOptions options;
    options.sections = parser.value(sections).toInt();
    options.activitiesPerSection = parser.value(activities).toInt();
    options.questions = parser.value(questions).toInt();
    options.mediaFiles = parser.value(mediaFiles).toInt();
    options.mediaSize = parser.value(mediaSize).toLongLong();
    QString error;
    const QString project = dir.filePath(QStringLiteral("bench.parcours"));
    const QString mbz = dir.filePath(QStringLiteral("bench.mbz"));
    {
        auto document = CourseDocument::create(project, &error);
        if (!document || !Generator::generate(document.get(), options, &error)) {
            std::fprintf(stderr, "generate failed: %s\n", qPrintable(error));
            return 1;
        }
        MbzExporter exporter;
        if (!exporter.writeFile(*document, mbz)) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(exporter.errorString()));
            return 1;
        }
    }

    std::vector<double> importTimes;
    std::vector<double> tarTimes;
    qint64 importPeak = 0;
    QByteArray summary;
    const int count = std::max(1, parser.value(runs).toInt());
    for (int i = 0; i < count; ++i) {
        const QString target = dir.filePath(QStringLiteral("imported%1.parcours").arg(i));
        QByteArray output;
        if (run(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--import-only"), mbz, target}, dir.path(), &output)
            < 0)
            return 1;
        const QList<QByteArray> fields = output.trimmed().split(' ');
        importTimes.push_back(fields.value(0).toDouble());
        importPeak = std::max(importPeak, fields.value(1).toLongLong());
        summary = output.trimmed();
        QFile::remove(target);

        const QString tree = dir.filePath(QStringLiteral("tree%1").arg(i));
        QDir().mkpath(tree);
        const double tarSeconds = run(QStringLiteral("tar"), {QStringLiteral("xzf"), mbz}, tree);
        if (tarSeconds < 0)
            return 1;
        tarTimes.push_back(tarSeconds);
        QDir(tree).removeRecursively();
    }
    const double importSeconds = median(importTimes);
    const double tarSeconds = median(tarTimes);
    const QList<QByteArray> fields = summary.split(' ');

    out << "parcours: " << options.sections << " sections x " << options.activitiesPerSection
        << " activities, " << options.questions << " questions, " << options.mediaFiles
        << " media x " << options.mediaSize << " bytes\n";
    out << "archive: " << QFileInfo(mbz).size() << " bytes\n";
    out << "imported: " << fields.value(2) << " activities, " << fields.value(3) << " questions, "
        << fields.value(4) << " files, " << fields.value(5) << " warnings\n";
    out << "import (median of " << count << "): " << QString::number(importSeconds, 'f', 3)
        << " s\n";
    out << "tar xzf (median of " << count << "): " << QString::number(tarSeconds, 'f', 3) << " s\n";
    out << "ratio import / tar xzf: " << QString::number(importSeconds / tarSeconds, 'f', 2)
        << " (target <= 1.5)\n";
    out << "peak RSS of the import: " << QString::number(importPeak / 1024.0, 'f', 1)
        << " MB (target <= 100 MB)\n";
    return 0;
}
