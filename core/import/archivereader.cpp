// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/archivereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace Parcours {

namespace {

constexpr qint64 s_chunkSize = 64 * 1024;
constexpr size_t s_blockSize = 16 * 1024;
// Moodle paths are short and shallow ("files/ab/abcdef…"); long or deep ones only cost time.
constexpr qsizetype s_maxNameLength = 4096;
constexpr qsizetype s_maxDepth = 64;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

// A name as the user can read it in a message, even when it is not valid UTF-8 or hides
// control characters (which could otherwise forge lines in a log or a terminal).
QString displayEntryName(const QByteArray &raw)
{
    QString shown = QString::fromUtf8(raw);
    QString out;
    out.reserve(shown.size());
    for (const QChar c : std::as_const(shown)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd = -1)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(FileDescriptor &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    { }
    FileDescriptor &operator=(FileDescriptor &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd;
};

} // namespace

// Creates directories and files strictly below one root folder: every component is opened
// relative to its parent's descriptor with O_NOFOLLOW, files with O_EXCL, so neither a
// symbolic link nor an existing file can redirect a write.
class ArchiveReader::Extractor
{
public:
    explicit Extractor(const QString &rootPath)
        : m_root(::open(QFile::encodeName(rootPath).constData(),
            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC))
    { }

    bool isValid() const { return m_root.isValid(); }

    // Opens (creating when needed) the directory made of the first `count` components.
    FileDescriptor openDirectory(const QStringList &components, qsizetype count, int *error)
    {
        FileDescriptor current(::dup(m_root.get()));
        for (qsizetype i = 0; i < count && current.isValid(); ++i) {
            const QByteArray name = components.at(i).toUtf8();
            if (::mkdirat(current.get(), name.constData(), 0700) != 0 && errno != EEXIST) {
                *error = errno;
                return FileDescriptor();
            }
            FileDescriptor next(::openat(
                current.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            if (!next.isValid()) {
                *error = errno;
                return FileDescriptor();
            }
            current = std::move(next);
        }
        if (!current.isValid())
            *error = errno;
        return current;
    }

    bool makeDirectory(const QString &path, int *error)
    {
        const QStringList components = path.split(QLatin1Char('/'));
        return openDirectory(components, components.size(), error).isValid();
    }

    FileDescriptor createFile(const QString &path, int *error)
    {
        const QStringList components = path.split(QLatin1Char('/'));
        const FileDescriptor parent = openDirectory(components, components.size() - 1, error);
        if (!parent.isValid())
            return FileDescriptor();
        FileDescriptor file(::openat(parent.get(), components.constLast().toUtf8().constData(),
            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!file.isValid())
            *error = errno;
        return file;
    }

private:
    FileDescriptor m_root;
};

namespace {

// State shared by the entry loop and the entry device: counts every byte that comes out of the
// decompressor and stops at the first limit crossed.
struct Session
{
    archive *a = nullptr;
    const ArchiveLimits *limits = nullptr;
    bool compressedStream = false;
    qint64 totalData = 0;
    qint64 entryData = 0;
    QString entryName;
    // Set by a failed read: the translated reason and whether the archive itself is damaged.
    QString failure;
    bool damaged = false;

    qint64 uncompressedSoFar() const
    {
        // For tgz the tar stream (headers and padding included) is what gzip inflates.
        const qint64 stream = compressedStream ? archive_filter_bytes(a, 0) : 0;
        return std::max(totalData, stream);
    }

    bool checkRatio()
    {
        const qint64 out = uncompressedSoFar();
        if (out < limits->ratioFloor)
            return true;
        const qint64 in = std::max<qint64>(archive_filter_bytes(a, -1), 1);
        if (double(out) > limits->maxRatio * double(in)) {
            failure = ArchiveReader::tr("expands more than %1 times (a “zip bomb”)")
                          .arg(QLocale().toString(limits->maxRatio));
            return false;
        }
        return true;
    }

    qint64 read(char *data, qint64 maxSize)
    {
        if (!failure.isEmpty())
            return -1;
        const la_ssize_t n = archive_read_data(a, data, static_cast<size_t>(maxSize));
        if (n < 0) {
            failure = QString::fromUtf8(archive_error_string(a));
            damaged = true;
            return -1;
        }
        entryData += n;
        totalData += n;
        if (entryData > limits->maxEntrySize) {
            failure = ArchiveReader::tr("is larger than the %1 allowed for one file")
                          .arg(QLocale().formattedDataSize(limits->maxEntrySize));
            return -1;
        }
        if (totalData > limits->maxTotalSize) {
            failure = ArchiveReader::tr("makes the archive larger than the %1 allowed")
                          .arg(QLocale().formattedDataSize(limits->maxTotalSize));
            return -1;
        }
        if (!checkRatio())
            return -1;
        return n;
    }
};

// Read-only sequential view of the current entry for an EntryHandler.
class EntryDevice : public QIODevice
{
public:
    explicit EntryDevice(Session *session)
        : m_session(session)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_atEnd)
            return -1;
        const qint64 n = m_session->read(data, maxSize);
        if (n == 0)
            m_atEnd = true;
        if (n < 0)
            setErrorString(m_session->failure);
        return n == 0 ? -1 : n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    Session *m_session;
    bool m_atEnd = false;
};

} // namespace

ArchiveReader::ArchiveReader(const QString &fileName, const ArchiveLimits &limits)
    : m_fileName(fileName)
    , m_limits(limits)
{ }

ArchiveReader::~ArchiveReader() = default;

QString ArchiveReader::extractedPath() const
{
    return m_tempDir ? m_tempDir->path() : QString();
}

bool ArchiveReader::normalisePath(const QByteArray &rawName, QString *path, QString *reason)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder.decode(rawName);
    if (decoder.hasError() || rawName.contains('\0')) {
        *reason = tr("has a name that is not valid UTF-8");
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            *reason = tr("has a control character in its name");
            return false;
        }
        if (c == QLatin1Char('\\')) {
            *reason = tr("has a backslash in its name");
            return false;
        }
    }
    if (rawName.size() > s_maxNameLength) {
        *reason = tr("has a name longer than %1 bytes").arg(s_maxNameLength);
        return false;
    }
    if (name.startsWith(QLatin1Char('/'))) {
        *reason = tr("has an absolute path");
        return false;
    }
    QStringList kept;
    const QStringList components = name.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (component.isEmpty() || component == QLatin1String("."))
            continue;
        if (component == QLatin1String("..")) {
            *reason = tr("points outside the archive with “..”");
            return false;
        }
        kept.append(component);
    }
    if (kept.size() > s_maxDepth) {
        *reason = tr("is nested more than %1 folders deep").arg(s_maxDepth);
        return false;
    }
    *path = kept.join(QLatin1Char('/'));
    return true;
}

bool ArchiveReader::fail(const QString &message, QString *errorString)
{
    m_entries.clear();
    m_error = message;
    if (errorString)
        *errorString = message;
    return false;
}

bool ArchiveReader::read(const EntryHandler &handler, QString *errorString)
{
    if (!run(handler, nullptr))
        return fail(m_error, errorString);
    return true;
}

bool ArchiveReader::extract(QString *errorString)
{
    m_tempDir = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + QLatin1String("/parcours-import-XXXXXX"));
    if (!m_tempDir->isValid()) {
        const QString reason = m_tempDir->errorString();
        m_tempDir.reset();
        return fail(tr("Cannot open the backup %1: no temporary folder could be created in %2 "
                       "(%3). Free some disk space or check the permissions of that folder.")
                        .arg(QDir::toNativeSeparators(m_fileName),
                            QDir::toNativeSeparators(QDir::tempPath()), reason),
            errorString);
    }
    Extractor extractor(m_tempDir->path());
    const bool ok = extractor.isValid() && run({}, &extractor);
    if (!ok) {
        if (!extractor.isValid())
            m_error = tr("Cannot open the backup %1: the temporary folder %2 cannot be opened.")
                          .arg(QDir::toNativeSeparators(m_fileName),
                              QDir::toNativeSeparators(m_tempDir->path()));
        m_tempDir.reset();
        return fail(m_error, errorString);
    }
    return true;
}

bool ArchiveReader::run(const EntryHandler &handler, Extractor *extractor)
{
    m_entries.clear();
    m_error.clear();
    m_container = Container::Unknown;
    const QString shownFile = QDir::toNativeSeparators(m_fileName);

    QFile file(m_fileName);
    if (QFileInfo::exists(m_fileName) && !QFileInfo(m_fileName).isFile()) {
        m_error = tr("Cannot open the backup %1: it is not a file. Choose a .mbz file made by "
                     "Moodle.")
                      .arg(shownFile);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open the backup %1: %2. Check that the file exists and that you "
                     "may read it.")
                      .arg(shownFile, file.errorString());
        return false;
    }
    const QByteArray magic = file.read(2);
    const qint64 fileSize = file.size();
    file.close();
    if (fileSize == 0) {
        m_error = tr("Cannot open the backup %1: the file is empty. Download or export it again.")
                      .arg(shownFile);
        return false;
    }
    const bool gzip = magic == QByteArrayLiteral("\x1f\x8b");
    m_container = gzip ? Container::Tgz : Container::Zip;

    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    if (gzip) {
        archive_read_support_filter_gzip(a.get());
        archive_read_support_format_tar(a.get());
    } else {
        archive_read_support_format_zip(a.get());
    }
    const QString notAnArchive
        = tr("Cannot open the backup %1: it is neither a tar.gz nor a zip archive, or it is "
             "truncated. Choose a .mbz file made by Moodle.")
              .arg(shownFile);
    const auto damaged = [&](const QString &detail) {
        m_error
            = tr("Cannot open the backup %1: the archive is damaged or truncated (%2). Download "
                 "or export it again.")
                  .arg(shownFile, detail);
        return false;
    };
    const auto refuse = [&](const QString &entry, const QString &reason) {
        m_error
            = tr("The backup %1 was refused: its entry “%2” %3. The file may be damaged or made "
                 "to harm your computer; nothing was imported.")
                  .arg(shownFile, entry, reason);
        return false;
    };

    if (archive_read_open_filename(a.get(), QFile::encodeName(m_fileName).constData(), s_blockSize)
        != ARCHIVE_OK) {
        if (gzip)
            return damaged(QString::fromUtf8(archive_error_string(a.get())));
        m_error = notAnArchive;
        return false;
    }

    Session session;
    session.a = a.get();
    session.limits = &m_limits;
    session.compressedStream = gzip;
    QByteArray buffer(s_chunkSize, Qt::Uninitialized);
    int entryCount = 0;
    QSet<QString> seen;

    for (;;) {
        archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN) {
            const QString detail = QString::fromUtf8(archive_error_string(a.get()));
            if (gzip || entryCount > 0)
                return damaged(detail);
            m_error = notAnArchive;
            return false;
        }
        if (++entryCount > m_limits.maxEntries) {
            m_error = tr("The backup %1 was refused: it holds more than %2 entries. The file may "
                         "be made to harm your computer; nothing was imported.")
                          .arg(shownFile, QLocale().toString(m_limits.maxEntries));
            return false;
        }

        const char *rawName = archive_entry_pathname(entry);
        if (!rawName)
            rawName = archive_entry_pathname_utf8(entry);
        const QByteArray raw(rawName ? rawName : "");
        const QString shownEntry = displayEntryName(raw);

        if (archive_entry_hardlink(entry))
            return refuse(shownEntry, tr("is a hard link"));
        const auto type = archive_entry_filetype(entry);
        switch (type) {
        case AE_IFREG:
        case AE_IFDIR:
            break;
        case AE_IFLNK:
            return refuse(shownEntry, tr("is a symbolic link"));
        case AE_IFCHR:
        case AE_IFBLK:
            return refuse(shownEntry, tr("is a device"));
        case AE_IFIFO:
            return refuse(shownEntry, tr("is a named pipe"));
        case AE_IFSOCK:
            return refuse(shownEntry, tr("is a socket"));
        default:
            return refuse(shownEntry, tr("has an unknown type"));
        }

        QString path;
        QString reason;
        if (!normalisePath(raw, &path, &reason))
            return refuse(shownEntry, reason);
        if (type == AE_IFREG && path.isEmpty())
            return refuse(shownEntry, tr("has no name"));

        if (archive_entry_size_is_set(entry)) {
            const qint64 declared = archive_entry_size(entry);
            if (declared > m_limits.maxEntrySize)
                return refuse(shownEntry,
                    tr("is larger than the %1 allowed for one file")
                        .arg(QLocale().formattedDataSize(m_limits.maxEntrySize)));
            if (declared > m_limits.maxTotalSize - session.totalData)
                return refuse(shownEntry,
                    tr("makes the archive larger than the %1 allowed")
                        .arg(QLocale().formattedDataSize(m_limits.maxTotalSize)));
        }
        if (!session.checkRatio())
            return refuse(shownEntry, session.failure);

        session.entryData = 0;
        session.entryName = shownEntry;
        const bool skip = path.isEmpty() || path == QLatin1String(".ARCHIVE_INDEX");
        int error = 0;

        if (type == AE_IFDIR) {
            if (extractor && !path.isEmpty() && !extractor->makeDirectory(path, &error))
                return refuse(shownEntry,
                    tr("cannot be created (%1)").arg(QString::fromLocal8Bit(std::strerror(error))));
            continue;
        }

        // In a tar a later entry silently replaces an earlier one: refuse the ambiguity.
        if (!skip && seen.contains(path))
            return refuse(shownEntry, tr("appears twice"));
        seen.insert(path);

        bool handled = true;
        QString handlerError;
        if (!skip && extractor) {
            const FileDescriptor fd = extractor->createFile(path, &error);
            if (!fd.isValid()) {
                const QString why = error == EEXIST
                    ? tr("appears twice")
                    : tr("cannot be created (%1)")
                          .arg(QString::fromLocal8Bit(std::strerror(error)));
                return refuse(shownEntry, why);
            }
            for (;;) {
                const qint64 n = session.read(buffer.data(), buffer.size());
                if (n <= 0)
                    break;
                for (qint64 written = 0; written < n;) {
                    const ssize_t w = ::write(
                        fd.get(), buffer.constData() + written, static_cast<size_t>(n - written));
                    if (w < 0 && errno == EINTR)
                        continue;
                    if (w <= 0) {
                        m_error = tr("Cannot extract %1 from the backup %2 into %3: %4. Free "
                                     "some disk space and try again.")
                                      .arg(shownEntry, shownFile,
                                          QDir::toNativeSeparators(extractedPath()),
                                          QString::fromLocal8Bit(std::strerror(errno)));
                        return false;
                    }
                    written += w;
                }
            }
        } else if (!skip && handler) {
            EntryDevice device(&session);
            handled = handler(ArchiveEntry {path, 0}, &device, &handlerError);
        }
        // Whatever was not consumed is still inflated and counted, so the limits hold.
        while (handled && session.failure.isEmpty()
            && session.read(buffer.data(), buffer.size()) > 0) { }
        if (!session.failure.isEmpty())
            return session.damaged ? damaged(session.failure) : refuse(shownEntry, session.failure);
        if (!handled) {
            m_error = handlerError.isEmpty()
                ? tr("Cannot read the entry %1 of the backup %2.").arg(shownEntry, shownFile)
                : handlerError;
            return false;
        }
        if (!skip)
            m_entries.append(ArchiveEntry {path, session.entryData});
    }
    return true;
}

} // namespace Parcours
