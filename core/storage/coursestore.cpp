// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/coursestore.h"

#include "core/storage/mediadevice.h"
#include "core/storage/schema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace Parcours {

namespace {

// Siblings are stored with positions spaced by this step, so that an insertion or a move writes
// one row (it takes the middle of the gap between its neighbours) instead of renumbering every
// later sibling; a parent's children are spaced again only when a gap is used up (after about
// 20 insertions at the same place). Only the order of positions matters.
constexpr qint64 PositionStep = qint64(1) << 20;

// Media are copied in chunks of this size: large enough for few SQLite calls, small enough
// that a 200 MB file never weighs on memory.
constexpr qint64 MediaChunk = 256 * 1024;

QString sqliteText(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

const char *typeName(NodeType type)
{
    return QMetaEnum::fromType<NodeType>().valueToKey(static_cast<int>(type));
}

std::optional<NodeType> typeFromName(const char *name, int size)
{
    static const QMetaEnum e = QMetaEnum::fromType<NodeType>();
    for (int i = 0; i < e.keyCount(); ++i) {
        if (qstrlen(e.key(i)) == static_cast<size_t>(size) && qstrncmp(e.key(i), name, size) == 0)
            return static_cast<NodeType>(e.value(i));
    }
    return std::nullopt;
}

/** A prepared statement, reset when it goes out of scope so that it can be reused. */
class Query
{
public:
    explicit Query(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    { }
    ~Query()
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Query &bind(int i, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, i, value);
        return *this;
    }
    Query &bind(int i, const QByteArray &text)
    {
        sqlite3_bind_text(
            m_stmt, i, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Query &bind(int i, const QString &text) { return bind(i, text.toUtf8()); }
    Query &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    /** SQLITE_ROW, SQLITE_DONE or an error code. */
    int step() { return m_stmt ? sqlite3_step(m_stmt) : SQLITE_ERROR; }
    /** Runs a statement that returns no row. */
    bool exec() { return step() == SQLITE_DONE; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
    }
    /** The column's bytes without a copy, valid until the next step. */
    QByteArray rawText(int column) const
    {
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArray::fromRawData(data, sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt;
};

/** Runs SQL statements that return no rows. */
bool execute(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

/** A one-off statement on a connection (for the methods other threads may call). */
class OwnedStatement
{
public:
    OwnedStatement(sqlite3 *db, const char *sql)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~OwnedStatement() { sqlite3_finalize(m_stmt); }
    OwnedStatement(const OwnedStatement &) = delete;
    OwnedStatement &operator=(const OwnedStatement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity &) const = default;
};

std::optional<FileIdentity> fileIdentity(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileIdentity {st.st_dev, st.st_ino};
}

/**
 * An unused name next to target for a file that is renamed to target once complete. SQLite
 * creates the file, so it gets the usual permissions (a QTemporaryFile would be private to its
 * owner, a surprise for a project in a shared folder).
 */
QString temporaryNameNextTo(const QString &target)
{
    QString name;
    do {
        name = QStringLiteral("%1.%2.part")
                   .arg(target)
                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    } while (QFileInfo::exists(name));
    return name;
}

/**
 * Removes the temporary files of an earlier creation or copy of target that was killed. Only
 * called with target's lock held: no live process can be writing them.
 */
void removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QDir dir = info.dir();
    const QStringList stale = dir.entryList({info.fileName() + QStringLiteral(".*.part"),
                                                info.fileName() + QStringLiteral(".*.part-*")},
        QDir::Files | QDir::Hidden);
    for (const QString &name : stale)
        QFile::remove(dir.filePath(name));
}

/**
 * Copies the WAL back into the file on a thread of its own, with a connection of its own, so
 * that an edit never waits for a checkpoint and its fsync (SQLite would otherwise run one inside
 * the commit that crosses the threshold, a pause of tens of milliseconds on a slow disk). In WAL
 * mode a passive checkpoint runs beside the writer without blocking it.
 */
class Checkpointer
{
public:
    /** Takes ownership of db, a read-write connection to the project file. */
    explicit Checkpointer(sqlite3 *db)
        : m_db(db)
        , m_thread([this] { run(); })
    { }
    ~Checkpointer()
    {
        {
            std::lock_guard<std::mutex> locker(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
        sqlite3_close_v2(m_db);
    }
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    /** Installed with sqlite3_wal_hook on the writing connection: called after each commit. */
    static int onCommit(void *self, sqlite3 *, const char *, int pages)
    {
        if (pages >= CheckpointPages) {
            auto *checkpointer = static_cast<Checkpointer *>(self);
            {
                std::lock_guard<std::mutex> locker(checkpointer->m_mutex);
                checkpointer->m_requested = true;
            }
            checkpointer->m_wake.notify_one();
        }
        return SQLITE_OK;
    }

private:
    // SQLite's own default threshold (about 4 MB of WAL with 4 KB pages).
    static constexpr int CheckpointPages = 1000;

    void run()
    {
        std::unique_lock<std::mutex> locker(m_mutex);
        for (;;) {
            m_wake.wait(locker, [this] { return m_requested || m_stop; });
            if (m_stop)
                return;
            m_requested = false;
            locker.unlock();
            sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            locker.lock();
        }
    }

    sqlite3 *m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

class CourseStore::Private
{
public:
    ~Private()
    {
        // The checkpointer's connection closes first, so that closing the last one below
        // checkpoints the WAL completely and removes it.
        if (db)
            sqlite3_wal_hook(db, nullptr, nullptr);
        checkpointer.reset();
        for (sqlite3_stmt *stmt : std::as_const(statements))
            sqlite3_finalize(stmt);
        if (db)
            sqlite3_close_v2(db);
        // The lock goes last: the file is closed before another instance may take it.
        lock.reset();
    }

    /** A cached prepared statement; sql must be a string literal (its address is the key). */
    Query query(const char *sql)
    {
        sqlite3_stmt *&stmt = statements[sql];
        if (!stmt
            && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
                != SQLITE_OK) {
            sqlite3_finalize(stmt);
            stmt = nullptr;
        }
        return Query(stmt);
    }

    bool fail(QString *errorString, const QString &message) const
    {
        if (errorString)
            *errorString = message;
        return false;
    }
    /** "Cannot save to <file>: <SQLite's message>". */
    bool writeFailed(QString *errorString) const
    {
        return fail(errorString,
            CourseStore::tr("Cannot save to %1: %2").arg(displayName(), sqliteText(db)));
    }
    bool readFailed(QString *errorString) const
    {
        return fail(
            errorString, CourseStore::tr("Cannot read %1: %2").arg(displayName(), sqliteText(db)));
    }
    bool refuseWrite(QString *errorString) const { return fail(errorString, readOnlyReason); }
    /** "Cannot add a file to <file>: <why>". */
    bool mediaFailed(QString *errorString, const QString &why) const
    {
        return fail(
            errorString, CourseStore::tr("Cannot add a file to %1: %2").arg(displayName(), why));
    }
    bool tooLarge(qint64 limit, QString *errorString) const
    {
        return fail(errorString,
            CourseStore::tr("Cannot add a file to %1: files larger than "
                            "%2 MB are not supported.")
                .arg(displayName())
                .arg(limit / 1000000));
    }
    /** Whether the main connection may be used here (see the threading contract). */
    bool onStoreThread() const
    {
        return QThread::currentThread() == owner || QThread::currentThread() == transactionThread;
    }
    QString displayName() const { return QDir::toNativeSeparators(path); }

    /** Runs f in the open transaction, or in one of its own when none is open. */
    template<class F> bool inTransaction(QString *errorString, F &&f)
    {
        if (readOnly)
            return refuseWrite(errorString);
        const bool own = sqlite3_get_autocommit(db);
        if (own && !execute(db, "BEGIN IMMEDIATE"))
            return writeFailed(errorString);
        if (!f()) {
            if (own)
                execute(db, "ROLLBACK");
            return false;
        }
        if (own && !execute(db, "COMMIT")) {
            writeFailed(errorString);
            execute(db, "ROLLBACK");
            return false;
        }
        return true;
    }

    bool insertRows(const Node *node, const Node *parent, qint64 position, QString *errorString);
    bool deleteRows(const Node *node, QString *errorString);
    std::optional<qint64> storedPosition(NodeId id);
    /** The position to store for node, between those of its neighbours in the tree. */
    bool positionFor(const Node *node, qint64 *position, QString *errorString);
    bool noteNodeId(NodeId id, QString *errorString);
    /**
     * Stores size bytes of device under sha1, which must be their SHA-1: with the main
     * connection on the store's thread, else with writeMediaAside().
     */
    bool writeMedia(QIODevice *device, qint64 size, const QByteArray &sha1, QString *errorString);
    /** The same on another thread: a write connection of its own, in a transaction of its own. */
    bool writeMediaAside(
        QIODevice *device, qint64 size, const QByteArray &sha1, QString *errorString);
    /** Fills the zero blob at rowid of connection with size bytes of device, checking sha1. */
    bool fillBlob(sqlite3 *connection,
        qint64 rowid,
        QIODevice *device,
        qint64 size,
        const QByteArray &sha1,
        QString *errorString);
    /** Runs f(connection) on the main connection here, on a reader connection elsewhere. */
    template<class F> auto withReadConnection(F &&f) const
    {
        if (onStoreThread())
            return f(db);
        sqlite3 *reader = openReader();
        auto result = f(reader);
        sqlite3_close_v2(reader);
        return result;
    }
    /**
     * Busy handler of the main connection: waits 2 s for another connection's write lock, as
     * long as a media write from another thread runs (see writeMediaAside).
     */
    static int onBusy(void *self, int count);
    void installBusyHandler() { sqlite3_busy_handler(db, &Private::onBusy, this); }
    /** A read-only connection of its own (for media devices), or nullptr. */
    sqlite3 *openReader() const;
    /** Moves checkpoints off the writing connection, to a thread (see Checkpointer). */
    void startCheckpointer();

    sqlite3 *db = nullptr;
    QString path;
    bool readOnly = false;
    QString readOnlyReason;
    std::unique_ptr<QLockFile> lock;
    std::optional<FileIdentity> identity;
    std::unique_ptr<Checkpointer> checkpointer;
    QHash<const char *, sqlite3_stmt *> statements;
    NodeId maxNodeId = 0;
    /** The thread that created or opened the store, whose is the main connection. */
    QThread *owner = QThread::currentThread();
    /** The thread that has a transaction open with begin(), or nullptr. */
    std::atomic<QThread *> transactionThread {nullptr};
    /** Media writes running on other threads (writeMediaAside). */
    std::atomic<int> writesAside {0};
};

CourseStore::CourseStore()
    : d(std::make_unique<Private>())
{ }

CourseStore::~CourseStore() = default;

int CourseStore::schemaVersion()
{
    return Schema::currentVersion;
}

QString CourseStore::filePath() const
{
    return d->path;
}

bool CourseStore::isReadOnly() const
{
    return d->readOnly;
}

QString CourseStore::readOnlyReason() const
{
    return d->readOnlyReason;
}

NodeId CourseStore::maxNodeId() const
{
    return d->maxNodeId;
}

// ---- Opening ----

/**
 * Connection settings shared by create() and open().
 *
 * synchronous=NORMAL: in WAL mode a commit is then written to the WAL without an fsync, which
 * survives the death of the process (kill -9, crash) with every committed edit, since the data is
 * in the OS cache; only a power loss or OS crash can lose the last few edits, never corrupt the
 * file. FULL would fsync at every edit, which costs milliseconds per keystroke on slow disks and
 * would break the 5 ms p99 edit budget for a protection against power cuts that is not asked for.
 */
static bool configure(sqlite3 *db, bool writable)
{
    sqlite3_busy_timeout(db, 2000);
    if (!writable)
        return true;
    // journal_mode answers with the resulting mode; check that WAL was really applied.
    bool wal = false;
    {
        OwnedStatement stmt(db, "PRAGMA journal_mode = WAL");
        if (stmt.get() && sqlite3_step(stmt.get()) == SQLITE_ROW)
            wal = qstricmp(
                      reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), 0)), "wal")
                == 0;
    }
    // After a big media import, the WAL is cut back to 16 MB once checkpointed instead of
    // keeping the size of the largest transaction on disk.
    return wal && execute(db, "PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 16777216");
}

std::unique_ptr<CourseStore> CourseStore::create(const QString &path, QString *errorString)
{
    std::unique_ptr<CourseStore> store(new CourseStore);
    Private *d = store->d.get();
    d->path = QFileInfo(path).absoluteFilePath();
    auto failed = [&](const QString &why) -> std::unique_ptr<CourseStore> {
        d->fail(errorString, tr("Cannot create %1: %2").arg(d->displayName(), why));
        return nullptr;
    };
    if (QFileInfo::exists(path))
        return failed(tr("a file with that name already exists. Choose another name."));
    d->lock = std::make_unique<QLockFile>(d->path + QStringLiteral(".lock"));
    d->lock->setStaleLockTime(0);
    if (!d->lock->tryLock(0))
        return failed(tr("the folder is not writable or the file is being created by another "
                         "program. Choose another folder."));

    // The file is built under a temporary name and appears under its own name only complete,
    // so that a crash during creation never leaves a half-made project behind.
    removeStaleTemporaries(d->path);
    const QString temporary = temporaryNameNextTo(d->path);
    auto removeTemporary = [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(temporary + QLatin1String(suffix));
    };
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE;
    sqlite3 *db = nullptr;
    QString error;
    bool ok = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &db,
                  flags | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK
        && configure(db, true);
    if (!ok)
        error = sqliteText(db);
    else
        ok = Schema::migrate(db, 0, d->displayName(), &error);
    // Closing the last connection checkpoints the WAL into the file and removes it.
    if (sqlite3_close(db) != SQLITE_OK && ok) {
        ok = false;
        error = sqliteText(db);
    }
    if (!ok) {
        removeTemporary();
        return failed(error);
    }
    // link() does not replace a file that appeared meanwhile; where hard links are not
    // supported (FAT file systems), a rename under our lock does the same.
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(d->path);
    if (::link(from.constData(), to.constData()) != 0) {
        const int linkError = errno;
        if (linkError == EEXIST || QFileInfo::exists(d->path)
            || std::rename(from.constData(), to.constData()) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(linkError));
            removeTemporary();
            return failed(why);
        }
    }
    removeTemporary();

    if (sqlite3_open_v2(to.constData(), &d->db, flags, nullptr) != SQLITE_OK
        || !configure(d->db, true))
        return failed(sqliteText(d->db));
    d->installBusyHandler();
    d->identity = fileIdentity(d->path);
    if (!d->readOnly)
        d->startCheckpointer();
    return store;
}

/**
 * Checks a file before anything may write to it, with a read-only connection: an SQLite file,
 * made by Parcours Studio, not newer than this build, passing quick_check. Returns its schema
 * version, or -1 with a message.
 */
static int inspect(const QString &path, const QString &name, QString *errorString)
{
    auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return -1;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(CourseStore::tr("Cannot open %1: the file does not exist. Check its name "
                                    "and folder, or choose it again.")
                        .arg(name));
    if (info.isDir())
        return fail(CourseStore::tr("Cannot open %1: it is a folder, not a Parcours Studio "
                                    "project. Choose a .parcours file.")
                        .arg(name));
    if (info.size() == 0)
        return fail(CourseStore::tr("Cannot open %1: the file is empty, so it is not a "
                                    "Parcours Studio project. Choose another file or restore a "
                                    "backup copy.")
                        .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CourseStore::tr("Cannot open %1: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return fail(CourseStore::tr("Cannot open %1: it is not a Parcours Studio project (the "
                                    "file has another format). Choose a .parcours file.")
                        .arg(name));
    const QString damaged = CourseStore::tr(
        "Cannot open %1: the file is damaged (%2). It was not modified; restore a backup copy "
        "or a named snapshot.");
    if (header.size() < 100)
        return fail(damaged.arg(name, CourseStore::tr("it is truncated")));

    sqlite3 *db = nullptr;
    // A read-only connection still creates the -wal and -shm files of a WAL database and leaves
    // them behind. When no WAL exists (the file was closed cleanly, or is not ours), read it as
    // immutable: no journal file, no lock, nothing written next to it. When a WAL exists (the
    // file is open elsewhere, or its writer was killed), it must be read to see the last edits.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setScheme(QStringLiteral("file"));
    if (!wal.exists())
        uri.setQuery(QStringLiteral("immutable=1"));
    const QByteArray encoded = uri.toEncoded();
    int rc = sqlite3_open_v2(
        encoded.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    struct Closer
    {
        sqlite3 *&db;
        ~Closer() { sqlite3_close_v2(db); }
    } closer {db};
    if (rc != SQLITE_OK)
        return fail(CourseStore::tr("Cannot open %1: %2").arg(name, sqliteText(db)));
    sqlite3_busy_timeout(db, 2000);

    auto intPragma = [db](const char *sql, int *value) {
        OwnedStatement stmt(db, sql);
        if (!stmt.get() || sqlite3_step(stmt.get()) != SQLITE_ROW)
            return false;
        *value = sqlite3_column_int(stmt.get(), 0);
        return true;
    };
    int applicationId = 0;
    int version = 0;
    if (!intPragma("PRAGMA application_id", &applicationId)
        || !intPragma("PRAGMA user_version", &version))
        return fail(damaged.arg(name, sqliteText(db)));
    if (applicationId != Schema::applicationId || version < 1)
        return fail(CourseStore::tr("Cannot open %1: it is a database of another application, "
                                    "not a Parcours Studio project. Choose a .parcours file.")
                        .arg(name));
    if (version > Schema::currentVersion)
        return fail(CourseStore::tr("%1 was made by a newer version of Parcours Studio (schema "
                                    "%2); this version reads up to %3. Update the application.")
                        .arg(name)
                        .arg(version)
                        .arg(Schema::currentVersion));

    OwnedStatement check(db, "PRAGMA quick_check");
    rc = check.get() ? sqlite3_step(check.get()) : SQLITE_ERROR;
    if (rc != SQLITE_ROW)
        return fail(damaged.arg(name, sqliteText(db)));
    const QString result
        = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0)));
    if (result != QLatin1String("ok"))
        return fail(damaged.arg(name, result));
    return version;
}

std::unique_ptr<CourseStore> CourseStore::open(
    const QString &path, bool readOnly, QString *errorString)
{
    std::unique_ptr<CourseStore> store(new CourseStore);
    Private *d = store->d.get();
    d->path = QFileInfo(path).absoluteFilePath();
    const QString name = d->displayName();

    // The lock first, so that the checks do not race with another instance's migration.
    d->readOnly = readOnly;
    if (!readOnly) {
        d->lock = std::make_unique<QLockFile>(d->path + QStringLiteral(".lock"));
        // 0: a lock is stale only when its process is gone, however old it is.
        d->lock->setStaleLockTime(0);
        if (!d->lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            const bool held = d->lock->error() == QLockFile::LockFailedError
                && d->lock->getLockInfo(&pid, &host, &application);
            d->lock.reset();
            d->readOnly = true;
            d->readOnlyReason = held ? tr("%1 is open in another Parcours Studio window (process "
                                          "%2); it is opened read-only.")
                                           .arg(name)
                                           .arg(pid)
                                     : tr("%1 cannot be locked for writing (the folder may be "
                                          "write-protected); it is opened read-only.")
                                           .arg(name);
        }
    }
    const int version = inspect(d->path, name, errorString);
    if (version < 0)
        return nullptr;
    if (!d->readOnly && !QFileInfo(d->path).isWritable()) {
        d->lock.reset();
        d->readOnly = true;
        d->readOnlyReason = tr("%1 is write-protected; it is opened read-only.").arg(name);
    }
    if (readOnly)
        d->readOnlyReason = tr("%1 is opened read-only.").arg(name);

    const QByteArray encoded = QFile::encodeName(d->path);
    const int flags
        = (d->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_EXRESCODE;
    if (sqlite3_open_v2(encoded.constData(), &d->db, flags, nullptr) != SQLITE_OK
        || !configure(d->db, !d->readOnly)) {
        d->fail(errorString, tr("Cannot open %1: %2").arg(name, sqliteText(d->db)));
        return nullptr;
    }
    d->installBusyHandler();
    if (version < Schema::currentVersion) {
        if (d->readOnly) {
            d->readOnlyReason += QLatin1Char(' ')
                + tr("It uses an older format, which is updated when it is "
                     "opened for writing; reviewer comments are not available.");
        } else if (!Schema::migrate(d->db, version, name, errorString)) {
            return nullptr;
        }
    }
    d->identity = fileIdentity(d->path);
    if (!d->readOnly)
        d->startCheckpointer();
    return store;
}

// ---- Loading ----

bool CourseStore::load(
    std::unique_ptr<Course> *course, std::unique_ptr<QuestionBank> *bank, QString *errorString)
{
    const QString damaged = tr("Cannot open %1: the file is damaged (%2). It was not modified; "
                               "restore a backup copy or a named snapshot.");
    auto fail = [&](const QString &why) {
        return d->fail(errorString, damaged.arg(d->displayName(), why));
    };

    struct Row
    {
        NodeId id;
        NodeId parent;
        NodeType type;
        QByteArray json;
        std::unique_ptr<Node> node;
    };
    std::vector<Row> rows;
    NodeId maxId = 0;
    {
        const qint64 count = [this] {
            Query q = d->query("SELECT COUNT(*) FROM nodes");
            return q.step() == SQLITE_ROW ? q.int64(0) : 0;
        }();
        rows.reserve(static_cast<size_t>(count));
        // One ordered scan: each node's children come in order, after the NULL-parent roots.
        Query q = d->query("SELECT id, parent, type, data FROM nodes ORDER BY parent, position");
        if (!q.isValid())
            return d->readFailed(errorString);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            const NodeId id = q.int64(0);
            const QByteArray type = q.rawText(2);
            const std::optional<NodeType> nodeType
                = typeFromName(type.constData(), static_cast<int>(type.size()));
            if (!nodeType)
                return fail(
                    tr("node %1 has the unknown type \"%2\"").arg(id).arg(QString::fromUtf8(type)));
            maxId = std::max(maxId, id);
            const QByteArray json = q.rawText(3);
            rows.push_back({id, q.isNull(1) ? 0 : q.int64(1), *nodeType,
                QByteArray(json.constData(), json.size()), nullptr});
        }
        if (rc != SQLITE_DONE)
            return d->readFailed(errorString);
    }
    // Parsing the JSON and filling the nodes is most of the time of a load, and each row is
    // independent: share the rows between threads.
    std::atomic<NodeId> badJson {0};
    auto parse = [&rows, &badJson](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            Row &row = rows[i];
            const QJsonDocument json = QJsonDocument::fromJson(row.json);
            row.json = QByteArray();
            if (!json.isObject()) {
                badJson = row.id;
                return;
            }
            row.node = Node::create(row.type, row.id);
            row.node->dataFromJson(json.object());
        }
    };
    const size_t threads
        = rows.size() < 2000 ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
    {
        std::vector<std::thread> workers;
        const size_t slice = (rows.size() + threads - 1) / threads;
        for (size_t t = 1; t < threads; ++t)
            workers.emplace_back(
                parse, std::min(rows.size(), t * slice), std::min(rows.size(), (t + 1) * slice));
        parse(0, std::min(rows.size(), slice));
        for (std::thread &worker : workers)
            worker.join();
    }
    if (badJson != 0)
        return fail(tr("the data of node %1 is not a JSON object").arg(badJson.load()));

    // Rows come grouped by parent, in order: note where each parent's children start and end.
    QHash<NodeId, std::pair<size_t, size_t>> childRows;
    childRows.reserve(static_cast<qsizetype>(rows.size()));
    std::unique_ptr<Node> roots[2];
    for (size_t i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        if (row.parent != 0) {
            auto it = childRows.find(row.parent);
            if (it == childRows.end())
                childRows.insert(row.parent, {i, i + 1});
            else
                it->second = i + 1;
            continue;
        }
        Node *node = row.node.get();
        const int slot = node->type() == NodeType::Course ? 0
            : node->type() == NodeType::QuestionBank      ? 1
                                                          : -1;
        if (slot < 0)
            return fail(tr("node %1 has no parent").arg(node->id()));
        if (roots[slot])
            return fail(tr("node %1 is a second root").arg(node->id()));
        roots[slot] = std::move(row.node);
    }
    // Attach children walking down from the roots: a node out of reach (a missing parent, a
    // cycle of parents) stays in rows and is reported, and no cycle can ever be built.
    std::vector<Node *> pending;
    for (const auto &root : roots) {
        if (root)
            pending.push_back(root.get());
    }
    size_t attached = pending.size();
    while (!pending.empty()) {
        Node *parent = pending.back();
        pending.pop_back();
        const auto range = childRows.value(parent->id(), {0, 0});
        for (size_t i = range.first; i < range.second; ++i) {
            std::unique_ptr<Node> &child = rows[i].node;
            if (!parent->canContain(child->type()))
                return fail(tr("node %1 cannot hold node %2").arg(parent->id()).arg(child->id()));
            pending.push_back(child.get());
            parent->insertChild(parent->childCount(), std::move(child));
            ++attached;
        }
    }
    if (attached != rows.size()) {
        for (const Row &row : rows) {
            if (row.node && row.parent != 0)
                return fail(tr("node %1 is not attached to the course or the question bank "
                               "(its parent %2 is missing or among its descendants)")
                                .arg(row.node->id())
                                .arg(row.parent));
        }
    }

    {
        Query q = d->query("SELECT value FROM meta WHERE key = 'lastNodeId'");
        if (q.step() == SQLITE_ROW)
            maxId = std::max(maxId, q.text(0).toLongLong());
    }
    d->maxNodeId = std::max(d->maxNodeId, maxId);

    // A file whose content was never written (created, then the process died) has no roots.
    for (int slot = 0; slot < 2; ++slot) {
        if (roots[slot])
            continue;
        roots[slot]
            = Node::create(slot == 0 ? NodeType::Course : NodeType::QuestionBank, ++d->maxNodeId);
        if (!d->readOnly) {
            const Node *root = roots[slot].get();
            if (!d->inTransaction(
                    errorString, [&] { return d->insertRows(root, nullptr, 0, errorString); }))
                return false;
        }
    }
    course->reset(static_cast<Course *>(roots[0].release()));
    bank->reset(static_cast<QuestionBank *>(roots[1].release()));
    return true;
}

// ---- Edits ----

bool CourseStore::begin(QString *errorString)
{
    if (d->readOnly)
        return d->refuseWrite(errorString);
    // Writing to a file that was moved away, deleted or replaced would lose every edit.
    if (fileIdentity(d->path) != d->identity)
        return d->fail(errorString,
            tr("%1 was moved, deleted or replaced by another program; changes can no "
               "longer be saved to it. Use Save As to keep this version.")
                .arg(d->displayName()));
    if (!execute(d->db, "BEGIN IMMEDIATE"))
        return d->writeFailed(errorString);
    d->transactionThread = QThread::currentThread();
    return true;
}

bool CourseStore::commit(QString *errorString)
{
    if (!execute(d->db, "COMMIT"))
        return d->writeFailed(errorString);
    d->transactionThread = nullptr;
    return true;
}

void CourseStore::rollback()
{
    if (d->db && !sqlite3_get_autocommit(d->db))
        execute(d->db, "ROLLBACK");
    d->transactionThread = nullptr;
}

static QByteArray nodeJson(const Node *node)
{
    return QJsonDocument(node->dataToJson()).toJson(QJsonDocument::Compact);
}

bool CourseStore::Private::noteNodeId(NodeId id, QString *errorString)
{
    if (id <= maxNodeId)
        return true;
    maxNodeId = id;
    Query q = query("INSERT OR REPLACE INTO meta(key, value) VALUES('lastNodeId', ?)");
    if (!q.bind(1, QByteArray::number(id)).exec())
        return writeFailed(errorString);
    return true;
}

bool CourseStore::Private::insertRows(
    const Node *node, const Node *parent, qint64 position, QString *errorString)
{
    NodeId maxId = 0;
    bool ok = true;
    auto insert = [&](const Node *n, const Node *p, qint64 pos) {
        Query q
            = query("INSERT INTO nodes(id, parent, position, type, data) VALUES(?, ?, ?, ?, ?)");
        q.bind(1, n->id());
        if (p)
            q.bind(2, p->id());
        else
            q.bindNull(2);
        q.bind(3, pos).bind(4, QByteArray(typeName(n->type()))).bind(5, nodeJson(n));
        maxId = std::max(maxId, n->id());
        return q.exec();
    };
    ok = insert(node, parent, position);
    node->forEach([&](const Node *n) {
        for (int i = 0; ok && i < n->childCount(); ++i)
            ok = insert(n->childAt(i), n, i * PositionStep);
    });
    if (!ok)
        return writeFailed(errorString);
    return noteNodeId(maxId, errorString);
}

bool CourseStore::Private::deleteRows(const Node *node, QString *errorString)
{
    bool ok = true;
    node->forEach([&](const Node *n) {
        if (ok)
            ok = query("DELETE FROM nodes WHERE id = ?").bind(1, n->id()).exec();
    });
    return ok || writeFailed(errorString);
}

std::optional<qint64> CourseStore::Private::storedPosition(NodeId id)
{
    Query q = query("SELECT position FROM nodes WHERE id = ?");
    if (q.bind(1, id).step() != SQLITE_ROW)
        return std::nullopt;
    return q.int64(0);
}

bool CourseStore::Private::positionFor(const Node *node, qint64 *position, QString *errorString)
{
    const Node *parent = node->parent();
    const int row = node->row();
    auto notStored = [&](const Node *n) {
        return fail(errorString,
            CourseStore::tr("Cannot save to %1: node %2 is not in the file.")
                .arg(displayName())
                .arg(n->id()));
    };
    std::optional<qint64> before;
    std::optional<qint64> after;
    if (row > 0 && !(before = storedPosition(parent->childAt(row - 1)->id())))
        return notStored(parent->childAt(row - 1));
    if (row + 1 < parent->childCount() && !(after = storedPosition(parent->childAt(row + 1)->id())))
        return notStored(parent->childAt(row + 1));
    if (before && after && *after - *before >= 2) {
        *position = *before + (*after - *before) / 2;
    } else if (before && after) {
        // No room left between the two neighbours: space all of the parent's children again.
        // The node itself gets its slot too (a no-op for a node not written yet).
        for (int i = 0; i < parent->childCount(); ++i) {
            if (!query("UPDATE nodes SET position = ? WHERE id = ?")
                     .bind(1, i * PositionStep)
                     .bind(2, parent->childAt(i)->id())
                     .exec())
                return writeFailed(errorString);
        }
        *position = row * PositionStep;
    } else if (before) {
        *position = *before + PositionStep;
    } else if (after) {
        *position = *after - PositionStep;
    } else {
        *position = 0;
    }
    return true;
}

bool CourseStore::nodeInserted(const Node *node, QString *errorString)
{
    if (d->readOnly)
        return d->refuseWrite(errorString);
    Q_ASSERT(node->parent());
    qint64 position = 0;
    return d->positionFor(node, &position, errorString)
        && d->insertRows(node, node->parent(), position, errorString);
}

bool CourseStore::nodeRemoved(const Node *node, const Node *oldParent, QString *errorString)
{
    Q_UNUSED(oldParent); // Positions have gaps: the siblings keep theirs.
    if (d->readOnly)
        return d->refuseWrite(errorString);
    if (!d->storedPosition(node->id()))
        return d->fail(errorString,
            tr("Cannot save to %1: node %2 is not in the file.")
                .arg(d->displayName())
                .arg(node->id()));
    return d->deleteRows(node, errorString);
}

bool CourseStore::nodeMoved(const Node *node, const Node *oldParent, QString *errorString)
{
    Q_UNUSED(oldParent);
    if (d->readOnly)
        return d->refuseWrite(errorString);
    qint64 position = 0;
    if (!d->positionFor(node, &position, errorString))
        return false;
    if (!d->query("UPDATE nodes SET parent = ?, position = ? WHERE id = ?")
             .bind(1, node->parent()->id())
             .bind(2, position)
             .bind(3, node->id())
             .exec())
        return d->writeFailed(errorString);
    if (sqlite3_changes(d->db) != 1)
        return d->fail(errorString,
            tr("Cannot save to %1: node %2 is not in the file.")
                .arg(d->displayName())
                .arg(node->id()));
    return true;
}

bool CourseStore::nodeChanged(const Node *node, QString *errorString)
{
    if (d->readOnly)
        return d->refuseWrite(errorString);
    Query q = d->query("UPDATE nodes SET data = ? WHERE id = ?");
    if (!q.bind(1, nodeJson(node)).bind(2, node->id()).exec())
        return d->writeFailed(errorString);
    if (sqlite3_changes(d->db) != 1)
        return d->fail(errorString,
            tr("Cannot save to %1: node %2 is not in the file.")
                .arg(d->displayName())
                .arg(node->id()));
    return true;
}

bool CourseStore::replaceAll(const Node *course, const Node *bank, QString *errorString)
{
    if (d->readOnly)
        return d->refuseWrite(errorString);
    if (!execute(d->db, "DELETE FROM nodes"))
        return d->writeFailed(errorString);
    return d->insertRows(course, nullptr, 0, errorString)
        && d->insertRows(bank, nullptr, PositionStep, errorString);
}

// ---- Media ----

bool CourseStore::addMediaFile(const QString &path, QString *sha1, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return d->fail(errorString,
            tr("Cannot add %1 to %2: %3")
                .arg(QDir::toNativeSeparators(path), d->displayName(), file.errorString()));
    return addMedia(&file, sha1, errorString);
}

bool CourseStore::addMedia(QIODevice *device, QString *sha1, QString *errorString)
{
    if (d->readOnly)
        return d->refuseWrite(errorString);
    auto failed = [&](const QString &why) {
        return d->fail(errorString, tr("Cannot add a file to %1: %2").arg(d->displayName(), why));
    };
    // The key must be known before the row is written: changing the key of a row afterwards
    // would make SQLite rewrite the whole record, blob included, in memory. So a first pass
    // hashes the content, in chunks; a content already stored is then not written at all.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QByteArray buffer(MediaChunk, Qt::Uninitialized);
    QTemporaryFile spool;
    QIODevice *source = device;
    qint64 size = 0;
    if (device->isSequential()) {
        // A stream is read once: spool it to a temporary file (on disk, not in memory), which
        // also gives the size that the blob needs up front.
        if (!spool.open())
            return failed(spool.errorString());
        for (;;) {
            const qint64 n = device->read(buffer.data(), buffer.size());
            if (n < 0)
                return failed(device->errorString());
            if (n == 0 && (device->atEnd() || !device->waitForReadyRead(-1)))
                break;
            hash.addData(QByteArrayView(buffer.constData(), n));
            if (spool.write(buffer.constData(), n) != n)
                return failed(spool.errorString());
        }
        if (!spool.flush() || !spool.seek(0))
            return failed(spool.errorString());
        source = &spool;
        size = spool.size();
    } else {
        const qint64 start = device->pos();
        size = device->size() - start;
        for (qint64 done = 0; done < size;) {
            const qint64 n = device->read(buffer.data(), std::min(MediaChunk, size - done));
            if (n <= 0)
                return failed(
                    n < 0 ? device->errorString() : tr("the file ended before its announced size"));
            hash.addData(QByteArrayView(buffer.constData(), n));
            done += n;
        }
        if (!device->seek(start))
            return failed(device->errorString());
    }
    const QByteArray hex = hash.result().toHex();
    if (sha1)
        *sha1 = QString::fromLatin1(hex);
    if (mediaSize(QString::fromLatin1(hex)) >= 0)
        return true;
    return d->writeMedia(source, size, hex, errorString);
}

bool CourseStore::Private::writeMedia(
    QIODevice *device, qint64 size, const QByteArray &sha1, QString *errorString)
{
    if (!onStoreThread())
        return writeMediaAside(device, size, sha1, errorString);
    // A blob is at most SQLITE_LIMIT_LENGTH bytes (1 GB in standard builds).
    const qint64 limit = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1) - 1024;
    if (size > limit)
        return tooLarge(limit, errorString);
    return inTransaction(errorString, [&] {
        // Insert a zero-filled blob of the right size, then fill it chunk by chunk. Another
        // thread may have stored the same content since addMedia looked: nothing to write then.
        Query insert
            = query("INSERT OR IGNORE INTO media(sha1, size, data) VALUES(?, ?, zeroblob(?))");
        if (!insert.bind(1, sha1).bind(2, size).bind(3, size).exec())
            return writeFailed(errorString);
        if (sqlite3_changes(db) == 0)
            return true;
        return fillBlob(db, sqlite3_last_insert_rowid(db), device, size, sha1, errorString);
    });
}

bool CourseStore::Private::writeMediaAside(
    QIODevice *device, qint64 size, const QByteArray &sha1, QString *errorString)
{
    // Never the main connection nor its statement cache: they belong to the store's thread.
    sqlite3 *writer = nullptr;
    struct Closer
    {
        sqlite3 *&db;
        ~Closer() { sqlite3_close_v2(db); }
    } closer {writer};
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &writer,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr)
        != SQLITE_OK)
        return mediaFailed(errorString, sqliteText(writer));
    // The file must still be the one the store opened, not a file put in its place.
    if (fileIdentity(path) != identity)
        return fail(errorString,
            CourseStore::tr("%1 was moved, deleted or replaced by another program; changes can "
                            "no longer be saved to it. Use Save As to keep this version.")
                .arg(displayName()));
    // The edits of the store's thread are short transactions: wait for them rather than fail.
    // The store's thread waits likewise for this write (see onBusy).
    sqlite3_busy_timeout(writer, 60000);
    if (!execute(writer, "PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 16777216"))
        return mediaFailed(errorString, sqliteText(writer));
    if (checkpointer)
        sqlite3_wal_hook(writer, &Checkpointer::onCommit, checkpointer.get());
    const qint64 limit = sqlite3_limit(writer, SQLITE_LIMIT_LENGTH, -1) - 1024;
    if (size > limit)
        return tooLarge(limit, errorString);

    ++writesAside;
    struct Done
    {
        std::atomic<int> &count;
        ~Done() { --count; }
    } done {writesAside};
    if (!execute(writer, "BEGIN IMMEDIATE"))
        return mediaFailed(errorString, sqliteText(writer));
    auto stored = [&] {
        // Another thread may have stored the same content since addMedia looked.
        OwnedStatement present(writer, "SELECT 1 FROM media WHERE sha1 = ?");
        if (!present.get())
            return mediaFailed(errorString, sqliteText(writer));
        sqlite3_bind_text(
            present.get(), 1, sha1.constData(), static_cast<int>(sha1.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(present.get());
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            return mediaFailed(errorString, sqliteText(writer));
        OwnedStatement insert(
            writer, "INSERT INTO media(sha1, size, data) VALUES(?, ?, zeroblob(?))");
        if (!insert.get())
            return mediaFailed(errorString, sqliteText(writer));
        sqlite3_bind_text(
            insert.get(), 1, sha1.constData(), static_cast<int>(sha1.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert.get(), 2, size);
        sqlite3_bind_int64(insert.get(), 3, size);
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return mediaFailed(errorString, sqliteText(writer));
        return fillBlob(writer, sqlite3_last_insert_rowid(writer), device, size, sha1, errorString);
    }();
    if (!stored) {
        execute(writer, "ROLLBACK");
        return false;
    }
    if (!execute(writer, "COMMIT")) {
        mediaFailed(errorString, sqliteText(writer));
        execute(writer, "ROLLBACK");
        return false;
    }
    return true;
}

bool CourseStore::Private::fillBlob(sqlite3 *connection,
    qint64 rowid,
    QIODevice *device,
    qint64 size,
    const QByteArray &sha1,
    QString *errorString)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(connection, "main", "media", "data", rowid, 1, &blob) != SQLITE_OK) {
        const QString why = sqliteText(connection);
        sqlite3_blob_close(blob);
        return mediaFailed(errorString, why);
    }
    // Hashed again while written: a file changed between the two passes is refused
    // rather than stored under a key that does not match its content.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QByteArray buffer(MediaChunk, Qt::Uninitialized);
    qint64 offset = 0;
    QString error;
    while (offset < size) {
        const qint64 n = device->read(buffer.data(), std::min(MediaChunk, size - offset));
        if (n <= 0) {
            error = n < 0 ? device->errorString()
                          : CourseStore::tr("the file ended before its announced size");
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (sqlite3_blob_write(
                blob, buffer.constData(), static_cast<int>(n), static_cast<int>(offset))
            != SQLITE_OK) {
            error = sqliteText(connection);
            break;
        }
        offset += n;
    }
    sqlite3_blob_close(blob);
    if (error.isEmpty() && hash.result().toHex() != sha1)
        error = CourseStore::tr("the file changed while it was being added");
    if (!error.isEmpty())
        return mediaFailed(errorString, error);
    return true;
}

int CourseStore::Private::onBusy(void *self, int count)
{
    const auto *d = static_cast<const Private *>(self);
    // Short sleeps first (an edit takes a millisecond), then 10 ms steps.
    const int sleepMs = std::min(count + 1, 10);
    const int waitedMs = count < 10 ? count * (count + 1) / 2 : 45 + (count - 10) * 10;
    const int limitMs = d->writesAside > 0 ? 60000 : 2000;
    if (waitedMs >= limitMs)
        return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
    return 1;
}

bool CourseStore::hasMedia(const QString &sha1) const
{
    return mediaSize(sha1) >= 0;
}

qint64 CourseStore::mediaSize(const QString &sha1) const
{
    return d->withReadConnection([&](sqlite3 *connection) -> qint64 {
        OwnedStatement stmt(connection, "SELECT size FROM media WHERE sha1 = ?");
        if (!stmt.get())
            return -1;
        const QByteArray key = sha1.toUtf8();
        sqlite3_bind_text(
            stmt.get(), 1, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
        return sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite3_column_int64(stmt.get(), 0) : -1;
    });
}

sqlite3 *CourseStore::Private::openReader() const
{
    sqlite3 *reader = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    if (sqlite3_open_v2(encoded.constData(), &reader, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(reader);
        return nullptr;
    }
    sqlite3_busy_timeout(reader, 2000);
    return reader;
}

void CourseStore::Private::startCheckpointer()
{
    sqlite3 *connection = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        // Without it, SQLite's own checkpoints inside commits stay on: slower, still correct.
        sqlite3_close_v2(connection);
        return;
    }
    sqlite3_busy_timeout(connection, 2000);
    checkpointer = std::make_unique<Checkpointer>(connection);
    sqlite3_wal_hook(db, &Checkpointer::onCommit, checkpointer.get());
}

std::unique_ptr<QIODevice> CourseStore::openMedia(const QString &sha1, QString *errorString) const
{
    sqlite3 *reader = d->openReader();
    auto failed = [&](const QString &why) -> std::unique_ptr<QIODevice> {
        d->fail(errorString,
            tr("Cannot read the file %1 from %2: %3").arg(sha1, d->displayName(), why));
        sqlite3_close_v2(reader);
        return nullptr;
    };
    if (!reader)
        return failed(tr("the project file cannot be opened again"));
    qint64 rowid = -1;
    qint64 size = 0;
    {
        OwnedStatement stmt(reader, "SELECT rowid, size FROM media WHERE sha1 = ?");
        // UTF-8, not Latin-1: a key outside Latin-1 must not match another one once its
        // characters became question marks.
        const QByteArray key = sha1.toUtf8();
        if (!stmt.get())
            return failed(sqliteText(reader));
        sqlite3_bind_text(
            stmt.get(), 1, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(stmt.get());
        if (rc == SQLITE_ROW) {
            rowid = sqlite3_column_int64(stmt.get(), 0);
            size = sqlite3_column_int64(stmt.get(), 1);
        } else if (rc != SQLITE_DONE) {
            return failed(sqliteText(reader));
        }
    }
    if (rowid < 0)
        return failed(tr("it is not in the project"));
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(reader, "main", "media", "data", rowid, 0, &blob) != SQLITE_OK) {
        const QString why = sqliteText(reader);
        sqlite3_blob_close(blob);
        return failed(why);
    }
    return std::make_unique<MediaDevice>(reader, blob, size);
}

void CourseStore::mediaTotals(qint64 *count, qint64 *bytes) const
{
    const auto totals = d->withReadConnection([](sqlite3 *connection) {
        OwnedStatement stmt(connection, "SELECT COUNT(*), TOTAL(size) FROM media");
        const bool ok = stmt.get() && sqlite3_step(stmt.get()) == SQLITE_ROW;
        return std::pair<qint64, qint64>(ok ? sqlite3_column_int64(stmt.get(), 0) : 0,
            ok ? static_cast<qint64>(sqlite3_column_double(stmt.get(), 1)) : 0);
    });
    if (count)
        *count = totals.first;
    if (bytes)
        *bytes = totals.second;
}

// ---- Copies ----

bool CourseStore::backupTo(const QString &path, QString *errorString) const
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(target);
    auto fail = [&](const QString &why) {
        return d->fail(errorString, tr("Cannot save a copy to %1: %2").arg(name, why));
    };
    if (target == d->path)
        return fail(tr("it is the file being edited"));
    // Replacing a file another instance has open would pull it from under that instance.
    QLockFile targetLock(target + QStringLiteral(".lock"));
    targetLock.setStaleLockTime(0);
    if (!targetLock.tryLock(0))
        return fail(tr("it is open in another window, or its folder is not writable"));

    // A unique temporary name next to the target, so that the final rename stays on one disk.
    removeStaleTemporaries(target);
    const QString temporary = temporaryNameNextTo(target);
    auto removeTemporary = [&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temporary + QLatin1String(suffix));
    };
    sqlite3 *copy = nullptr;
    const QByteArray encoded = QFile::encodeName(temporary);
    QString error;
    if (sqlite3_open_v2(
            encoded.constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        error = sqliteText(copy);
    } else {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", d->db, "main");
        if (!backup) {
            error = sqliteText(copy);
        } else {
            const int rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                error = QString::fromUtf8(sqlite3_errstr(rc));
        }
    }
    if (sqlite3_close(copy) != SQLITE_OK && error.isEmpty())
        error = sqliteText(copy);
    if (!error.isEmpty()) {
        removeTemporary();
        return fail(error);
    }
    // Journal files of an older file at the target would be applied to the copy: remove them.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(target + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData())
        != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removeTemporary();
        return fail(why);
    }
    removeTemporary();
    return true;
}

// ---- Metadata and comments ----

QString CourseStore::meta(const QString &key) const
{
    Query q = d->query("SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    return q.step() == SQLITE_ROW ? q.text(0) : QString();
}

bool CourseStore::setMeta(const QString &key, const QString &value, QString *errorString)
{
    return d->inTransaction(errorString, [&] {
        Query q = d->query("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
        return q.bind(1, key).bind(2, value).exec() || d->writeFailed(errorString);
    });
}

bool CourseStore::addComment(
    NodeId node, const QString &author, const QString &body, qint64 *id, QString *errorString)
{
    return d->inTransaction(errorString, [&] {
        Query q = d->query(
            "INSERT INTO comments(node, author, created, body, resolved) VALUES(?, ?, ?, ?, 0)");
        if (!q.isValid()
            || !q.bind(1, node)
                    .bind(2, author)
                    .bind(3, QDateTime::currentSecsSinceEpoch())
                    .bind(4, body)
                    .exec())
            return d->writeFailed(errorString);
        if (id)
            *id = sqlite3_last_insert_rowid(d->db);
        return true;
    });
}

QList<ReviewComment> CourseStore::comments(NodeId node, QString *errorString) const
{
    QList<ReviewComment> result;
    Query q = d->query("SELECT id, node, author, created, body, resolved FROM comments "
                       "WHERE ?1 = 0 OR node = ?1 ORDER BY created, id");
    if (!q.isValid()) {
        d->readFailed(errorString);
        return result;
    }
    q.bind(1, node);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        result.append({q.int64(0), q.int64(1), q.text(2), q.int64(3), q.text(4), q.int64(5) != 0});
    if (rc != SQLITE_DONE)
        d->readFailed(errorString);
    return result;
}

bool CourseStore::setCommentResolved(qint64 id, bool resolved, QString *errorString)
{
    return d->inTransaction(errorString, [&] {
        Query q = d->query("UPDATE comments SET resolved = ? WHERE id = ?");
        if (!q.isValid() || !q.bind(1, qint64(resolved)).bind(2, id).exec())
            return d->writeFailed(errorString);
        if (sqlite3_changes(d->db) != 1)
            return d->fail(errorString,
                tr("Cannot save to %1: comment %2 does not exist.").arg(d->displayName()).arg(id));
        return true;
    });
}

} // namespace Parcours
