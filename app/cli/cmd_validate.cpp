// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/model/coursedocument.h"
#include "core/validation/validator.h"

namespace Parcours::Cli {

int runValidate(const QStringList &arguments)
{
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project file to check."));
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("FILE.parcours"),
            Text::tr("Lists the problems of a parcours, with their severity, where "
                     "they are and what to do. The exit status is 1 when there is an "
                     "error, 0 otherwise."),
            arguments, 1, &status))
        return status;

    const std::unique_ptr<CourseDocument> document
        = openExisting(parser.positionalArguments().constFirst());
    if (!document)
        return Failure;
    const QList<Validator::Issue> issues = Validator::validate(*document);
    int errors = 0;
    for (const Validator::Issue &issue : issues) {
        const bool isError = issue.severity == Validator::Severity::Error;
        errors += isError ? 1 : 0;
        out() << Text::tr("%1: %2: %3")
                     .arg(isError ? Text::tr("error") : Text::tr("warning"),
                         Validator::location(*document, issue.node), issue.message)
              << '\n';
    }
    if (issues.isEmpty())
        out() << Text::tr("No problem found.") << '\n';
    else
        out() << Text::tr("%n error(s)", nullptr, errors) << ", "
              << Text::tr("%n warning(s)", nullptr, static_cast<int>(issues.size()) - errors)
              << '\n';
    out().flush();
    return errors > 0 ? Failure : Success;
}

} // namespace Parcours::Cli
