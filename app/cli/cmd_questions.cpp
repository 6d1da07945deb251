// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/model/coursedocument.h"
#include "core/questions/aiken.h"
#include "core/questions/giftwriter.h"
#include "core/questions/moodlexml.h"
#include "core/questions/questionset.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Parcours::Cli {

namespace {

std::optional<QuestionFormat> formatFromName(const QString &name)
{
    if (name == QLatin1String("gift"))
        return QuestionFormat::Gift;
    if (name == QLatin1String("xml") || name == QLatin1String("moodlexml"))
        return QuestionFormat::MoodleXml;
    if (name == QLatin1String("aiken"))
        return QuestionFormat::Aiken;
    return std::nullopt;
}

QStringList categoryPath(const QString &path)
{
    return QuestionFile::splitCategoryPath(path);
}

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("questions import");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE.parcours"), Text::tr("The project file to add the questions to."));
    parser.addPositionalArgument(
        QStringLiteral("QFILE"), Text::tr("The question file (.gift, .txt, .xml or .aiken)."));
    const QCommandLineOption categoryOption(QStringLiteral("category"),
        Text::tr("Category to import into, as “Top/Module 1/Quiz”; created when missing."),
        QStringLiteral("PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        Text::tr("Format of the question file: gift, xml or aiken (default: from its extension)."),
        QStringLiteral("FORMAT"));
    parser.addOption(categoryOption);
    parser.addOption(formatOption);
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("FILE.parcours QFILE"),
            Text::tr("Adds the questions of a GIFT, Moodle XML or Aiken file to the question "
                     "bank, as one step that Undo reverts. When any question is malformed, "
                     "the error names its line and nothing is imported.")
                + QLatin1Char('\n'),
            arguments, 2, &status))
        return status;
    const QString questionFile = parser.positionalArguments().at(1);
    std::optional<QuestionFormat> format = parser.isSet(formatOption)
        ? formatFromName(parser.value(formatOption))
        : QuestionFile::formatFromFileName(questionFile);
    if (!format)
        return usageError(command,
            parser.isSet(formatOption)
                ? Text::tr("Unknown format “%1”: use gift, xml or aiken.")
                      .arg(parser.value(formatOption))
                : Text::tr("Cannot tell the format of %1 from its extension: use --format "
                           "gift, xml or aiken.")
                      .arg(questionFile));
    if (!QFileInfo::exists(questionFile))
        return failure(Text::tr("%1 does not exist: check the path.").arg(questionFile));

    // Parse everything before opening the project, so that nothing changes on a bad file.
    QuestionSet set;
    QString error;
    if (!QuestionFile::read(questionFile, *format, &set, &error))
        return failure(error);
    const QString project = parser.positionalArguments().constFirst();
    const std::unique_ptr<CourseDocument> document = openExisting(project);
    if (!document)
        return Failure;
    if (document->isReadOnly())
        return failure(
            Text::tr("Cannot import into %1: %2").arg(project, document->readOnlyReason()));
    int added = 0;
    if (!QuestionFile::import(
            document.get(), set, categoryPath(parser.value(categoryOption)), &added, &error))
        return failure(Text::tr("Cannot import into %1: %2").arg(project, error));
    for (const QString &warning : std::as_const(set.warnings))
        err() << Text::tr("warning: %1").arg(warning) << '\n';
    err().flush();
    out() << Text::tr("Imported %n question(s) into %1.", nullptr, added).arg(project) << Qt::endl;
    return Success;
}

int runQuestionExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("questions export");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE.parcours"), Text::tr("The project file whose questions to write."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        Text::tr("The question file to write: .gift, .xml (Moodle XML) or .aiken."),
        QStringLiteral("OUT"));
    const QCommandLineOption categoryOption(QStringLiteral("category"),
        Text::tr("Writes only this category and its sub-categories, as “Top/Module 1”."),
        QStringLiteral("PATH"));
    parser.addOption(outputOption);
    parser.addOption(categoryOption);
    int status = Success;
    if (!parseArguments(&parser, command, QStringLiteral("FILE.parcours -o OUT.gift|OUT.xml"),
            Text::tr("Writes the question bank (or one category) as GIFT, Moodle XML or Aiken. "
                     "Questions the format cannot express are listed and left out.")
                + QLatin1Char('\n'),
            arguments, 1, &status))
        return status;
    if (!parser.isSet(outputOption))
        return usageError(command, Text::tr("Say where to write the questions with -o OUT.gift."));
    const QString output = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    const std::optional<QuestionFormat> format = QuestionFile::formatFromFileName(output);
    if (!format)
        return usageError(command,
            Text::tr("Cannot tell the format of %1: name it .gift, .xml or .aiken.").arg(output));

    const std::unique_ptr<CourseDocument> document
        = openExisting(parser.positionalArguments().constFirst());
    if (!document)
        return Failure;
    const QStringList path = categoryPath(parser.value(categoryOption));
    const std::optional<QuestionSet> set = QuestionFile::collect(*document, path);
    if (!set)
        return failure(Text::tr("There is no category “%1” in %2: check the path.")
                           .arg(parser.value(categoryOption), document->filePath()));

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Text::tr("Cannot write %1: %2").arg(output, file.errorString()));
    QStringList skipped;
    int written = int(set->questions.size());
    if (*format == QuestionFormat::MoodleXml) {
        MoodleXmlWriter writer;
        if (!writer.write(*set, document->store(), &file)) {
            file.cancelWriting();
            return failure(Text::tr("Cannot write %1: %2").arg(output, writer.errorString()));
        }
        skipped = writer.skipped();
        written -= int(std::count_if(set->questions.begin(), set->questions.end(),
            [](const QuestionEntry &e) { return e.data.type == QuestionType::Other; }));
    } else {
        QString text;
        if (*format == QuestionFormat::Gift) {
            GiftWriter writer;
            text = writer.write(*set);
            skipped = writer.skipped();
        } else {
            Aiken writer;
            text = writer.write(*set);
            skipped = writer.skipped();
        }
        written -= int(skipped.size());
        file.write(text.toUtf8());
    }
    if (!file.commit())
        return failure(Text::tr("Cannot write %1: %2").arg(output, file.errorString()));
    for (const QString &note : std::as_const(skipped))
        err() << Text::tr("warning: %1").arg(note) << '\n';
    err().flush();
    out() << Text::tr("Wrote %n question(s) to %1.", nullptr, written).arg(output) << Qt::endl;
    return Success;
}

} // namespace

int runQuestions(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("import"))
        return runImport(arguments.mid(1));
    if (action == QLatin1String("export"))
        return runQuestionExport(arguments.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << Text::tr(
            "Usage: parcours questions import FILE.parcours QFILE [--category PATH] "
            "[--format gift|xml|aiken]\n"
            "       parcours questions export FILE.parcours -o OUT.gift|OUT.xml|OUT.aiken "
            "[--category PATH]\n\n"
            "“parcours questions import --help” and “parcours questions export "
            "--help” describe the options.")
              << Qt::endl;
        return Success;
    }
    return usageError(QStringLiteral("questions"),
        action.isEmpty() ? Text::tr("say import or export.")
                         : Text::tr("unknown action “%1”: say import or export.").arg(action));
}

} // namespace Parcours::Cli
