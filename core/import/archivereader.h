// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QTemporaryDir;

namespace Parcours {

/**
 * Limits applied while reading an archive. Sizes are uncompressed bytes, counted on the data
 * actually decompressed (headers can lie), so a zip bomb is stopped while it inflates.
 */
struct ArchiveLimits
{
    qint64 maxEntrySize = qint64(1) << 30; ///< one entry: 1 GiB
    qint64 maxTotalSize = qint64(2) << 30; ///< all entries together: 2 GiB
    int maxEntries = 100000;               ///< entries of any type, directories included
    double maxRatio = 200.0;               ///< total uncompressed bytes / compressed bytes read
    /**
     * The ratio is only checked once this many uncompressed bytes were produced: a tiny archive
     * cannot be a bomb, and a few small, very compressible XML files would otherwise trip it.
     */
    qint64 ratioFloor = qint64(1) << 20;
};

/** One regular file of an archive, with its normalised relative path ("a/b.xml", no "./"). */
struct ArchiveEntry
{
    QString path;
    qint64 size = 0; ///< bytes actually read
};

/**
 * Reads a Moodle backup archive (.mbz) safely: a gzip-compressed tar when the file starts with
 * the gzip magic 1F 8B (as Moodle decides), a zip otherwise.
 *
 * Every entry is checked before any byte of it is used: the name must be valid UTF-8 without
 * control characters or backslashes, relative, without ".." components ("./" prefixes are
 * accepted and removed); symbolic links, hard links, devices, FIFOs and sockets are refused;
 * the entry count, each entry's size, the total size and the compression ratio are bounded by
 * ArchiveLimits. `.ARCHIVE_INDEX` is skipped. The first violation stops reading and
 * errorString() names the archive, the entry and the reason.
 *
 * extract() writes the files into a private temporary folder (mode 0700) that the reader owns
 * and removes on destruction, or at once when extraction fails. Files are created one path
 * component at a time relative to directory descriptors opened with O_NOFOLLOW, and with
 * O_EXCL, so nothing can be written outside that folder. The input file is only read.
 */
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    enum class Container { Unknown, Tgz, Zip };

    /**
     * Receives each accepted regular file in archive order. content is a sequential read-only
     * device over the entry's data, valid during the call only; what the handler does not read
     * is still read (and counted against the limits) afterwards. When a limit is crossed or the
     * data is damaged while the handler reads, the device ends early and read() fails after the
     * handler returns, whatever it returned: do not keep what it made of that entry. Return
     * false to stop: the reading then fails with the message put in *errorString (or a generic
     * one).
     */
    using EntryHandler
        = std::function<bool(const ArchiveEntry &entry, QIODevice *content, QString *errorString)>;

    explicit ArchiveReader(const QString &fileName, const ArchiveLimits &limits = {});
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    QString fileName() const { return m_fileName; }
    const ArchiveLimits &limits() const { return m_limits; }

    /**
     * Streams every entry to handler without writing anything to disk (a folder made by an
     * earlier extract() is left as it is). Returns false, with errorString() set, on the first
     * refused entry, a damaged archive or a handler failure.
     */
    bool read(const EntryHandler &handler, QString *errorString = nullptr);

    /**
     * Extracts the whole archive into a new private temporary folder (see extractedPath()).
     * On failure the folder is removed at once and false is returned with errorString() set.
     */
    bool extract(QString *errorString = nullptr);

    /** The folder extract() filled, or an empty string before a successful extract(). */
    QString extractedPath() const;
    /**
     * The regular files read by the last successful read() or extract(), in archive order
     * (empty after a failure).
     */
    const QList<ArchiveEntry> &entries() const { return m_entries; }
    Container container() const { return m_container; }
    QString errorString() const { return m_error; }

    /**
     * Normalises an entry name: removes "./" and empty components, refuses absolute names,
     * ".." components, invalid UTF-8, control characters, backslashes, names over 4096 bytes and
     * paths more than 64 folders deep. Returns false and a
     * short translated reason in *reason when refused; an empty *path means "the root itself".
     */
    static bool normalisePath(const QByteArray &rawName, QString *path, QString *reason);

private:
    class Extractor;

    bool run(const EntryHandler &handler, Extractor *extractor);
    bool fail(const QString &message, QString *errorString);

    QString m_fileName;
    ArchiveLimits m_limits;
    QString m_error;
    QList<ArchiveEntry> m_entries;
    Container m_container = Container::Unknown;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace Parcours
