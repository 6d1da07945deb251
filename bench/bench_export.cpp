// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark (issue #3): times the .mbz export of a generated parcours, the time of
// `tar czf` over the same extracted tree in the same run, their ratio (target ≤ 1.0), and the
// peak memory of the export (target ≤ 100 MB whatever the media size).
//
// Usage: parcours_bench_export [--sections N] [--activities-per-section N] [--questions N]
//                              [--media-files N] [--media-size BYTES] [--target 4.1|4.5|5.0]
// Defaults are the issue's: 40 sections, 15 activities each, 200 questions, 20 media of 1 MiB.

#include "bench/benchutil.h"
#include "core/export/mbzexporter.h"
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

#include <cstdio>

using namespace Parcours;

using namespace Bench;

namespace {

/** Resets VmHWM to the current RSS, so that the next peak is the export's own. */
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
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
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("Moodle target."),
        QStringLiteral("V"), QStringLiteral("4.1"));
    parser.addOptions({sections, activities, questions, mediaFiles, mediaSize, target});
    parser.process(app);

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
    {
        auto document = CourseDocument::create(project, &error);
        if (!document || !Generator::generate(document.get(), options, &error)) {
            std::fprintf(stderr, "generate failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    auto document = CourseDocument::open(project, &error);
    if (!document) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 1;
    }

    const QString mbz = dir.filePath(QStringLiteral("bench.mbz"));
    MbzExporter exporter(
        {MbzExporter::targetFromString(parser.value(target)).value_or(MoodleTarget::Moodle41),
            WordCloudPlugin::CollabWordCloud});
    const qint64 before = peakKb();
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    if (!exporter.writeFile(*document, mbz)) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exporter.errorString()));
        return 1;
    }
    const double exportSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 exportPeak = peakKb();

    // The same tree, extracted, compressed by tar + gzip in the same run.
    const QString tree = dir.filePath(QStringLiteral("tree"));
    QDir().mkpath(tree);
    if (run(QStringLiteral("tar"), {QStringLiteral("xzf"), mbz}, tree) < 0)
        return 1;
    const double tarSeconds = run(QStringLiteral("tar"),
        {QStringLiteral("czf"), dir.filePath(QStringLiteral("tar.tgz")), QStringLiteral(".")},
        tree);
    if (tarSeconds < 0)
        return 1;

    out << "parcours: " << options.sections << " sections x " << options.activitiesPerSection
        << " activities, " << options.questions << " questions, " << options.mediaFiles
        << " media x " << options.mediaSize << " bytes\n";
    out << "archive: " << QFileInfo(mbz).size()
        << " bytes (tar czf: " << QFileInfo(dir.filePath(QStringLiteral("tar.tgz"))).size()
        << " bytes)\n";
    out << "export: " << QString::number(exportSeconds, 'f', 3) << " s\n";
    out << "tar czf: " << QString::number(tarSeconds, 'f', 3) << " s\n";
    out << "ratio export / tar czf: " << QString::number(exportSeconds / tarSeconds, 'f', 2)
        << " (target <= 1.0)\n";
    out << "peak RSS during export: " << QString::number(exportPeak / 1024.0, 'f', 1)
        << " MB (before: " << QString::number(before / 1024.0, 'f', 1)
        << " MB; target <= 100 MB)\n";
    return 0;
}
