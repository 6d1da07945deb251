// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/model/coursedocument.h"
#include "core/tools/sample.h"

namespace Parcours::Cli {

int runSample(const QStringList &arguments)
{
    const QString command = QStringLiteral("sample");
    QCommandLineParser parser;
    const QCommandLineOption force(
        QStringLiteral("force"), Text::tr("Replaces OUT.parcours if it exists."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("OUT"), Text::tr("The project file to create."));
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("OUT.parcours"),
            Text::tr("Writes the bundled sample parcours, « Consolider une posture "
                     "d'enseignant sécurisant à l'école maternelle »."),
            arguments, 1, &status))
        return status;

    const QString target = parser.positionalArguments().constFirst();
    NewFile file(target, parser.isSet(force));
    QString error;
    if (!file.prepare(&error))
        return failure(error);
    {
        std::unique_ptr<CourseDocument> document
            = CourseDocument::create(file.temporaryPath(), &error);
        if (!document || !Sample::build(document.get(), &error))
            return failure(Text::tr("Cannot write the sample to %1: %2").arg(target, error));
    }
    if (!file.commit(&error))
        return failure(error);
    return Success;
}

} // namespace Parcours::Cli
