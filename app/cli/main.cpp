// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <iterator>

using namespace Parcours::Cli;

namespace {

/**
 * The sub-commands. To add one (`export`, `import`, …): write app/cli/cmd_<name>.cpp with a
 * `int run<Name>(const QStringList &arguments)` declared in app/cli/cli.h (parse its arguments
 * with parseArguments(), write new files through NewFile), add the file to the `parcours` target
 * in app/CMakeLists.txt, and add one row here. The help lists the rows in this order.
 */
struct Command
{
    const char *name;
    const char *syntax;
    /** Marked for translation in the "Cli" context; translated when shown. */
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const Command s_commands[] = {
    {"sample", "OUT.parcours", QT_TRANSLATE_NOOP("Cli", "Writes the bundled sample parcours."),
        runSample},
    {"info", "FILE.parcours [--json]",
        QT_TRANSLATE_NOOP("Cli", "Summarises a parcours: sections, activities, questions, media."),
        runInfo},
    {"generate",
        "OUT.parcours --sections N --activities-per-section N --questions N --media-files N "
        "--media-size BYTES [--seed S]",
        QT_TRANSLATE_NOOP("Cli", "Writes a synthetic parcours for benchmarks and tests."),
        runGenerate},
    {"validate", "FILE.parcours",
        QT_TRANSLATE_NOOP("Cli",
            "Lists the problems of a parcours; exit status 1 when there is an "
            "error."),
        runValidate},
    {"export",
        "FILE.parcours -o OUT.mbz [--target 4.1|4.5|5.0] "
        "[--wordcloud collabwordcloud|wordcloud]",
        QT_TRANSLATE_NOOP("Cli", "Writes a Moodle backup (.mbz) of a parcours."), runExport},
    {"import", "IN.mbz -o OUT.parcours [--force]",
        QT_TRANSLATE_NOOP("Cli", "Makes a parcours of a Moodle course backup (.mbz)."),
        runImportBackup},
    {"questions",
        "import FILE.parcours QFILE [--category PATH] | export FILE.parcours -o OUT.gift|OUT.xml",
        QT_TRANSLATE_NOOP("Cli", "Imports or exports questions as GIFT, Moodle XML or Aiken."),
        runQuestions},
};

void printUsage(QTextStream &stream)
{
    stream << Text::tr("Usage: parcours COMMAND [options] [arguments]") << "\n\n"
           << Text::tr("Commands:") << '\n';
    for (const Command &command : s_commands) {
        stream << "  parcours " << command.name << ' ' << command.syntax << "\n      "
               << QCoreApplication::translate("Cli", command.summary) << '\n';
    }
    stream << '\n'
           << Text::tr("“parcours COMMAND --help” describes a command's options.") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parcours"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("parcours"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(err());
        return UsageError;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printUsage(out());
        return Success;
    }
    if (name == QLatin1String("--version")) {
        out() << "parcours " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const Command &command : s_commands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments.mid(2));
    }
    err() << Text::tr("parcours: unknown command “%1”.").arg(name) << "\n\n";
    printUsage(err());
    return UsageError;
}
