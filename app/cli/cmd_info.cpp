// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/model/coursedocument.h"
#include "core/tools/summary.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Parcours::Cli {

std::unique_ptr<CourseDocument> openExisting(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        failure(Text::tr("%1 does not exist: check the path.").arg(path));
        return nullptr;
    }
    QString error;
    std::unique_ptr<CourseDocument> document = CourseDocument::open(path, &error);
    if (!document)
        failure(Text::tr("Cannot open %1: %2").arg(path, error));
    return document;
}

int runInfo(const QStringList &arguments)
{
    const QString command = QStringLiteral("info");
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"), Text::tr("Prints the summary as JSON, for scripts."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project file to describe."));
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("FILE.parcours"),
            Text::tr("Summarises a parcours: title, sections, activities by kind, "
                     "questions by type, access restrictions and media."),
            arguments, 1, &status))
        return status;

    const std::unique_ptr<CourseDocument> document
        = openExisting(parser.positionalArguments().constFirst());
    if (!document)
        return Failure;
    const CourseSummary summary = CourseSummary::of(*document);
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    else
        out() << summary.toText();
    out().flush();
    return Success;
}

} // namespace Parcours::Cli
