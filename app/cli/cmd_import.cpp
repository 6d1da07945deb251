// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/import/mbzimporter.h"
#include "core/model/coursedocument.h"

#include <QFileInfo>

namespace Parcours::Cli {

int runImportBackup(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("IN.mbz"), Text::tr("The Moodle course backup to import (.mbz)."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        Text::tr("The project file to create (.parcours)."), QStringLiteral("OUT.parcours"));
    const QCommandLineOption force(
        QStringLiteral("force"), Text::tr("Replaces OUT.parcours if it exists."));
    parser.addOption(outputOption);
    parser.addOption(force);
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("IN.mbz -o OUT.parcours"),
            Text::tr("Makes a parcours of a Moodle 2.6–5.x course backup. Activities the "
                     "application knows become editable; the others are kept as Moodle wrote "
                     "them and exported unchanged. The backup is only read.")
                + QLatin1Char('\n'),
            arguments, 1, &status))
        return status;
    if (!parser.isSet(outputOption))
        return usageError(
            command, Text::tr("Say where to write the parcours with -o OUT.parcours."));
    const QString input = parser.positionalArguments().constFirst();
    if (!QFileInfo(input).isFile())
        return failure(Text::tr("Cannot import %1: there is no such file.").arg(input));

    const QString target = parser.value(outputOption);
    NewFile file(target, parser.isSet(force));
    QString error;
    if (!file.prepare(&error))
        return failure(error);
    MbzImporter importer(input);
    {
        std::unique_ptr<CourseDocument> document
            = CourseDocument::create(file.temporaryPath(), &error);
        if (!document)
            return failure(Text::tr("Cannot write %1: %2").arg(target, error));
        if (!importer.import(document.get(), &error))
            return failure(error);
    }
    if (!file.commit(&error))
        return failure(error);

    const ImportReport &report = importer.report();
    out() << Text::tr("Imported %1 into %2: %3 sections, %4 activities, %5 questions, %6 files.")
                 .arg(input, target)
                 .arg(report.sections)
                 .arg(report.activities)
                 .arg(report.questions)
                 .arg(report.files)
          << '\n';
    if (!report.editable.isEmpty()) {
        out() << Text::tr("Editable:") << '\n';
        for (const QString &line : report.editable)
            out() << "  " << line << '\n';
    }
    if (!report.kept.isEmpty()) {
        out() << Text::tr("Kept as Moodle wrote them (exported unchanged):") << '\n';
        for (const KeptItem &item : report.kept) {
            if (item.keptOnExport)
                out() << "  " << item.description << '\n';
        }
    }
    out().flush();
    for (const QString &warning : report.warnings)
        err() << Text::tr("warning: %1").arg(warning) << '\n';
    err().flush();
    return Success;
}

} // namespace Parcours::Cli
