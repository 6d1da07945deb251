// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the benchmark programs: peak memory, timing a child process, medians.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Bench {

inline /** Peak resident set size in kB (VmHWM). */
    qint64
    peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/**
 * Runs program in directory and returns its wall time in seconds, or -1 (with its error output
 * printed) when it fails. Its standard output goes to *output when given.
 */
inline double run(const QString &program,
    const QStringList &arguments,
    const QString &directory,
    QByteArray *output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
            process.readAllStandardError().constData());
        return -1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (output)
        *output = process.readAllStandardOutput();
    return seconds;
}

/** The median of values (the upper one of an even count); 0 for none. */
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace Bench
