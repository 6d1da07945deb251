// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/model/coursedocument.h"
#include "core/tools/generator.h"

namespace Parcours::Cli {

namespace {

/** Reads a non-negative integer option; false (with a message) when it is not one. */
bool readCount(const QCommandLineParser &parser,
    const QCommandLineOption &option,
    qint64 max,
    qint64 *value,
    QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 0 || number > max) {
        *error = Text::tr("--%1 expects a whole number from 0 to %2, not “%3”.")
                     .arg(option.names().constFirst())
                     .arg(max)
                     .arg(text);
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    const QString command = QStringLiteral("generate");
    const GeneratorOptions defaults;
    QCommandLineParser parser;
    const QCommandLineOption sections(QStringLiteral("sections"),
        Text::tr("Number of sections (default %1).").arg(defaults.sections), QStringLiteral("N"));
    const QCommandLineOption activities(QStringLiteral("activities-per-section"),
        Text::tr("Activities in each section, quizzes and files "
                 "included (default %1).")
            .arg(defaults.activitiesPerSection),
        QStringLiteral("N"));
    const QCommandLineOption questions(QStringLiteral("questions"),
        Text::tr("Questions, spread over one quiz per section "
                 "(default %1).")
            .arg(defaults.questions),
        QStringLiteral("N"));
    const QCommandLineOption mediaFiles(QStringLiteral("media-files"),
        Text::tr("File resources (default %1).").arg(defaults.mediaFiles), QStringLiteral("N"));
    const QCommandLineOption mediaSize(QStringLiteral("media-size"),
        Text::tr("Size of each file, in bytes (default %1).").arg(defaults.mediaSize),
        QStringLiteral("BYTES"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        Text::tr("Seed: the same seed gives the same parcours "
                 "(default %1).")
            .arg(defaults.seed),
        QStringLiteral("S"));
    const QCommandLineOption force(
        QStringLiteral("force"), Text::tr("Replaces OUT.parcours if it exists."));
    parser.addOptions({sections, activities, questions, mediaFiles, mediaSize, seed, force});
    parser.addPositionalArgument(QStringLiteral("OUT"), Text::tr("The project file to create."));
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("OUT.parcours"),
            Text::tr("Writes a synthetic parcours for benchmarks and tests: pages and "
                     "text areas of about 2 KB, one quiz per section holding the "
                     "questions, and the media as file resources."),
            arguments, 1, &status))
        return status;

    GeneratorOptions options;
    qint64 values[] = {options.sections, options.activitiesPerSection, options.questions,
        options.mediaFiles, options.mediaSize, static_cast<qint64>(options.seed)};
    const QCommandLineOption *optionList[]
        = {&sections, &activities, &questions, &mediaFiles, &mediaSize, &seed};
    QString error;
    for (size_t i = 0; i < std::size(values); ++i) {
        const qint64 max = optionList[i] == &mediaSize || optionList[i] == &seed
            ? std::numeric_limits<qint64>::max()
            : 1000000;
        if (!readCount(parser, *optionList[i], max, &values[i], &error))
            return usageError(command, error);
    }
    options.sections = static_cast<int>(values[0]);
    options.activitiesPerSection = static_cast<int>(values[1]);
    options.questions = static_cast<int>(values[2]);
    options.mediaFiles = static_cast<int>(values[3]);
    options.mediaSize = values[4];
    options.seed = static_cast<quint64>(values[5]);
    if (!Generator::checkOptions(options, &error))
        return usageError(command, error);

    const QString target = parser.positionalArguments().constFirst();
    NewFile file(target, parser.isSet(force));
    if (!file.prepare(&error))
        return failure(error);
    {
        std::unique_ptr<CourseDocument> document
            = CourseDocument::create(file.temporaryPath(), &error);
        if (!document || !Generator::generate(document.get(), options, &error))
            return failure(Text::tr("Cannot write the parcours to %1: %2").arg(target, error));
    }
    if (!file.commit(&error))
        return failure(error);
    return Success;
}

} // namespace Parcours::Cli
