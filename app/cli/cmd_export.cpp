// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/export/mbzexporter.h"
#include "core/model/coursedocument.h"

#include <QFileInfo>

namespace Parcours::Cli {

int runExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE.parcours"), Text::tr("The project file to export."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        Text::tr("The Moodle backup to write (.mbz)."), QStringLiteral("OUT.mbz"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
        Text::tr("Moodle release of the platform: 4.1 (m@gistère, the default), 4.5 or 5.0."),
        QStringLiteral("VERSION"), QStringLiteral("4.1"));
    const QCommandLineOption cloudOption(QStringLiteral("wordcloud"),
        Text::tr("Word cloud plugin of the platform: collabwordcloud (the default) or wordcloud."),
        QStringLiteral("PLUGIN"), QStringLiteral("collabwordcloud"));
    parser.addOption(outputOption);
    parser.addOption(targetOption);
    parser.addOption(cloudOption);
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("FILE.parcours -o OUT.mbz"),
            Text::tr("Writes a Moodle course backup that Moodle restores with no "
                     "warning. Problems that would stop the restore are listed and "
                     "nothing is written; warnings are listed after the export.")
                + QLatin1Char('\n'),
            arguments, 1, &status))
        return status;
    if (!parser.isSet(outputOption))
        return usageError(command, Text::tr("Say where to write the backup with -o OUT.mbz."));
    const auto target = MbzExporter::targetFromString(parser.value(targetOption));
    if (!target)
        return usageError(command,
            Text::tr("Unknown target “%1”: use 4.1, 4.5 or 5.0.").arg(parser.value(targetOption)));
    const auto cloud = MbzExporter::wordCloudFromString(parser.value(cloudOption));
    if (!cloud)
        return usageError(command,
            Text::tr("Unknown word cloud plugin “%1”: use collabwordcloud or "
                     "wordcloud.")
                .arg(parser.value(cloudOption)));

    const std::unique_ptr<CourseDocument> document
        = openExisting(parser.positionalArguments().constFirst());
    if (!document)
        return Failure;
    const QString output = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    MbzExporter exporter({*target, *cloud});
    const bool ok = exporter.writeFile(*document, output);
    for (const Issue &issue : exporter.report().issues) {
        if (issue.severity == Issue::Severity::Warning)
            err() << Text::tr("warning: %1").arg(issue.message) << '\n';
    }
    if (!ok)
        return failure(exporter.errorString());
    out() << Text::tr("Wrote %1 for Moodle %2 (%3 bytes).")
                 .arg(output, MbzExporter::targetName(*target))
                 .arg(QFileInfo(output).size())
          << Qt::endl;
    err().flush();
    return Success;
}

} // namespace Parcours::Cli
