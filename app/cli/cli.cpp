// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace Parcours::Cli {

namespace {

// SQLite's companion files of a database at path, and the store's lock file.
const char *const s_sidecars[] = {"-wal", "-shm", "-journal", ".lock"};

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &command, const QString &message)
{
    err() << Text::tr("parcours %1: %2").arg(command, message) << '\n'
          << Text::tr("Run “parcours %1 --help” for the usage.").arg(command) << Qt::endl;
    return UsageError;
}

int failure(const QString &message)
{
    err() << message << Qt::endl;
    return Failure;
}

bool parseArguments(QCommandLineParser *parser,
    const QString &command,
    const QString &syntax,
    const QString &description,
    const QStringList &arguments,
    int positionalCount,
    int *status)
{
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Shows this help."));
    parser->addOption(help);
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser->parse(QStringList {QStringLiteral("parcours")} + arguments)) {
        *status = usageError(command, parser->errorText());
        return false;
    }
    if (parser->isSet(help)) {
        // Qt's usage line names the executable only; ours names the sub-command too.
        const QString text = parser->helpText();
        out() << Text::tr("Usage: parcours %1 [options] %2").arg(command, syntax) << "\n\n"
              << description << text.mid(text.indexOf(QStringLiteral("\n\n"))) << Qt::flush;
        *status = Success;
        return false;
    }
    const qsizetype given = parser->positionalArguments().size();
    if (given < positionalCount) {
        *status = usageError(command, Text::tr("missing argument."));
        return false;
    }
    if (given > positionalCount) {
        *status = usageError(command,
            Text::tr("unexpected argument “%1”.")
                .arg(parser->positionalArguments().at(positionalCount)));
        return false;
    }
    return true;
}

NewFile::NewFile(const QString &target, bool force)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_force(force)
{
    const QFileInfo info(m_target);
    m_temporary = info.dir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
}

NewFile::~NewFile()
{
    if (!m_committed)
        removeTemporary();
}

void NewFile::removeTemporary()
{
    QFile::remove(m_temporary);
    for (const char *suffix : s_sidecars)
        QFile::remove(m_temporary + QLatin1String(suffix));
}

bool NewFile::prepare(QString *errorString)
{
    const QFileInfo info(m_target);
    if (!info.dir().exists()) {
        *errorString = Text::tr("Cannot write %1: the folder %2 does not exist. Create it or "
                                "choose another folder.")
                           .arg(m_target, info.dir().path());
        return false;
    }
    if (info.isDir()) {
        *errorString = Text::tr("Cannot write %1: it is a folder. Give a file name.").arg(m_target);
        return false;
    }
    if (info.exists() && !m_force) {
        *errorString = Text::tr("%1 already exists: choose another name, or add --force to "
                                "replace it.")
                           .arg(m_target);
        return false;
    }
    if (info.exists()) {
        // The project store's lock: a file open in the editor must not be replaced under it.
        m_targetLock = std::make_unique<QLockFile>(m_target + QStringLiteral(".lock"));
        m_targetLock->setStaleLockTime(0);
        if (!m_targetLock->tryLock(0)) {
            m_targetLock.reset();
            *errorString
                = Text::tr("%1 is open in Parcours Studio: close it there first.").arg(m_target);
            return false;
        }
    }
    removeTemporary();
    return true;
}

bool NewFile::commit(QString *errorString)
{
    if (m_force) {
        // A stale journal of the replaced file would be applied to the new one. The lock is
        // ours (prepare() took it) and goes away when it is released below.
        for (const char *suffix : s_sidecars) {
            if (qstrcmp(suffix, ".lock") != 0)
                QFile::remove(m_target + QLatin1String(suffix));
        }
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_temporary).toStdString(),
        QFile::encodeName(m_target).toStdString(), error);
    if (error) {
        *errorString = Text::tr("Cannot write %1: %2. Check that the folder is writable.")
                           .arg(m_target, QString::fromLocal8Bit(error.message()));
        return false;
    }
    m_committed = true;
    m_targetLock.reset();
    return true;
}

} // namespace Parcours::Cli
