// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

/**
 * The `parcours` command line: shared helpers of the sub-commands.
 *
 * Exit statuses: 0 success, 1 failure (or, for validate, an error found), 2 usage error.
 * Messages go to stderr, name the file concerned and say what to do; results go to stdout.
 */
namespace Parcours {
class CourseDocument;
}

namespace Parcours::Cli {

enum ExitStatus { Success = 0, Failure = 1, UsageError = 2 };

/** Translation context of the command line's messages. */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out();
QTextStream &err();

/**
 * Parses a sub-command's arguments (those after its name) with parser, whose options and
 * positional arguments the caller has declared. Handles --help. Returns true when the command
 * should go on; otherwise *status is the exit status (0 after --help, 2 after a usage error,
 * already reported). syntax shows the positional arguments ("OUT.parcours"). positionalCount is the
 * exact number of positional arguments required.
 */
bool parseArguments(QCommandLineParser *parser,
    const QString &command,
    const QString &syntax,
    const QString &description,
    const QStringList &arguments,
    int positionalCount,
    int *status);

/** Reports a usage error for a command and returns UsageError. */
int usageError(const QString &command, const QString &message);
/** Reports a failure and returns Failure. */
int failure(const QString &message);

/**
 * A new project file written in full or not at all: the content is made at a temporary path in
 * the target's directory, then renamed over the target by commit(). Whatever was not committed
 * is removed when the object is destroyed. An existing target is refused unless force is set,
 * and a target open in Parcours Studio (whose lock is held) is always refused; the target's lock
 * is held until commit() so that nobody opens it while it is replaced.
 */
class NewFile
{
public:
    NewFile(const QString &target, bool force);
    ~NewFile();
    NewFile(const NewFile &) = delete;
    NewFile &operator=(const NewFile &) = delete;

    /** Checks the target; returns false with a translated message when it cannot be written. */
    bool prepare(QString *errorString);
    /** Where to write the content; close everything written there before commit(). */
    QString temporaryPath() const { return m_temporary; }
    /** Moves the finished file into place. */
    bool commit(QString *errorString);

private:
    void removeTemporary();

    QString m_target;
    QString m_temporary;
    bool m_force;
    bool m_committed = false;
    std::unique_ptr<QLockFile> m_targetLock;
};

/** Opens an existing project file for the reading commands; reports a failure itself. */
std::unique_ptr<CourseDocument> openExisting(const QString &path);

/** Sub-commands: each takes the arguments that follow its name and returns the exit status. */
int runSample(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runExport(const QStringList &arguments);
/** `import`: named so because cmd_questions.cpp has its own runImport. */
int runImportBackup(const QStringList &arguments);
/** `questions import` and `questions export`: GIFT, Moodle XML and Aiken files. */
int runQuestions(const QStringList &arguments);

} // namespace Parcours::Cli
