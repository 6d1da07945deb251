// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/course.h"
#include "core/model/questionbank.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace Parcours {

/** A reviewer's comment on a node (schema version 2). */
struct ReviewComment
{
    qint64 id = 0;
    NodeId node = 0;
    QString author;
    /** Unix time in seconds. */
    qint64 created = 0;
    QString body;
    bool resolved = false;

    bool operator==(const ReviewComment &) const = default;
};

/**
 * The project file: one SQLite database in WAL mode. It owns its own connection (no global one).
 *
 * Layout (see Schema): table `nodes` (id, parent, position, type, data JSON) holds the tree, one
 * row per node, siblings ordered by position (spaced with gaps, so that an edit writes one row);
 * table `media` holds file contents keyed by SHA-1 (content-addressed, deduplicated), written and
 * read in chunks with sqlite3_blob_*; table `meta` holds key/value pairs; table `comments` holds
 * reviewer comments. PRAGMA application_id marks the file as ours; PRAGMA user_version is the
 * schema version, migrated forward on open.
 *
 * Durability: synchronous=NORMAL in WAL mode. A killed process loses at most the edit in flight;
 * a power cut may lose the last edits but never corrupts the file. Checkpoints run on a thread.
 *
 * Every method that changes the file runs inside the transaction opened by begin() and ended by
 * commit() (the document opens one per edit). Errors: bool + translated message naming the file.
 *
 * Only one instance writes a file: a QLockFile next to it ("<file>.lock") is held while it is
 * open; a second instance opens it read-only. A lock left by a killed process is stale and
 * taken over. A file moved or replaced behind the store's back is detected at the next begin(),
 * which then fails rather than writing to a file nobody will see again.
 *
 * Threads: the store belongs to the thread that created or opened it (the store's thread), whose
 * is its main connection and that connection's statement cache. Besides it:
 * - the media reading methods (hasMedia, mediaSize, openMedia, mediaTotals) may be called from any
 *   thread while the document is edited; elsewhere than the store's thread they use a read-only
 *   connection of their own and see the last committed state;
 * - addMedia and addMediaFile may be called from any thread (a worker adding large files).
 *   Elsewhere than the store's thread, they never touch the main connection: they write through a
 *   connection of their own, in a transaction of their own, committed before they return. That
 *   write waits (up to a minute) for an edit in progress on the store's thread, and the store's
 *   thread waits likewise for it rather than failing with "database is locked". The exception is
 *   a thread that has a transaction open with begin(): there the media joins that transaction.
 * Everything else (begin/commit, node writes, meta, comments, load, backupTo) belongs to the
 * store's thread, or to one thread at a time while the store's thread is kept waiting for it.
 * The store must outlive every call made on another thread, and every device from openMedia.
 */
class CourseStore
{
    Q_DECLARE_TR_FUNCTIONS(CourseStore)

public:
    /** Current schema version written by this build. */
    static int schemaVersion();

    ~CourseStore();

    /**
     * Creates a new project file (refuses an existing path) with the current schema, holding no
     * nodes yet (the document writes its first content with replaceAll()). The file is built
     * under a temporary name and appears complete, so a crash never leaves a half-made project.
     */
    static std::unique_ptr<CourseStore> create(const QString &path, QString *errorString = nullptr);
    /**
     * Opens a project file. Before anything is written, the file is checked: not an SQLite file,
     * not a Parcours Studio file, a newer schema or a failed integrity check are refused with a
     * clear message and the file is not modified. Older schemas are migrated forward. When
     * another process holds the file (see lock), it is opened read-only and readOnlyReason()
     * says so. With readOnly, it is always opened read-only.
     */
    static std::unique_ptr<CourseStore> open(
        const QString &path, bool readOnly = false, QString *errorString = nullptr);

    QString filePath() const;
    bool isReadOnly() const;
    /** Translated reason for a read-only open, empty otherwise. */
    QString readOnlyReason() const;

    /**
     * Loads the tree. A missing root yields an empty course or bank (stored at once when the
     * file is writable). A damaged tree (a node whose parent is missing or cannot hold it, data
     * that is not a JSON object) is refused with a message, and nothing is written.
     */
    bool load(std::unique_ptr<Course> *course,
        std::unique_ptr<QuestionBank> *bank,
        QString *errorString = nullptr);
    /** Largest node id ever stored (ids are never reused). */
    NodeId maxNodeId() const;

    /** Starts the transaction of one edit. Fails when read-only or when the file was replaced. */
    bool begin(QString *errorString = nullptr);
    bool commit(QString *errorString = nullptr);
    void rollback();

    /** Writes node and its subtree as new rows, and the positions of its siblings. */
    bool nodeInserted(const Node *node, QString *errorString = nullptr);
    /** Deletes the rows of a detached node's subtree and renumbers oldParent's children. */
    bool nodeRemoved(const Node *node, const Node *oldParent, QString *errorString = nullptr);
    /** Writes node's new parent and the positions of both parents' children. */
    bool nodeMoved(const Node *node, const Node *oldParent, QString *errorString = nullptr);
    /** Writes node's fields. */
    bool nodeChanged(const Node *node, QString *errorString = nullptr);
    /** Deletes every node row and writes these trees (one of the edit's steps). */
    bool replaceAll(const Node *course, const Node *bank, QString *errorString = nullptr);

    // ---- Media ----

    /**
     * Copies a file into the media store, streaming it (never whole in memory). Returns its
     * SHA-1 in *sha1; a content already present is not stored twice. Runs its own transaction
     * when none is open. Callable from any thread (see the threading contract above).
     */
    bool addMediaFile(const QString &path, QString *sha1, QString *errorString = nullptr);
    /** Same for a device read to its end (for data made in memory or received from an archive). */
    bool addMedia(QIODevice *device, QString *sha1, QString *errorString = nullptr);
    bool hasMedia(const QString &sha1) const;
    /** Size in bytes, or -1 when absent. */
    qint64 mediaSize(const QString &sha1) const;
    /**
     * A sequential device reading the blob in chunks, with a connection of its own, or nullptr
     * with a message when absent, when sha1 is not a stored key or the file cannot be read.
     */
    std::unique_ptr<QIODevice> openMedia(const QString &sha1, QString *errorString = nullptr) const;
    /** Number of distinct media and their total size. */
    void mediaTotals(qint64 *count, qint64 *bytes) const;

    /**
     * Copies the whole file to path with SQLite's online backup API (Save as, snapshots). The
     * copy is written under a temporary name next to path and renamed when complete, so path
     * is either the old file or the complete copy. Refuses a path another instance has open.
     */
    bool backupTo(const QString &path, QString *errorString = nullptr) const;

    /** Small key/value data (the meta table); an empty string when absent. */
    QString meta(const QString &key) const;
    /** Runs its own transaction when none is open. */
    bool setMeta(const QString &key, const QString &value, QString *errorString = nullptr);

    // ---- Reviewer comments ----

    /** Adds a comment dated now; its id goes to *id. Runs its own transaction when none is open. */
    bool addComment(NodeId node,
        const QString &author,
        const QString &body,
        qint64 *id = nullptr,
        QString *errorString = nullptr);
    /** Comments on node (all comments when node is 0), oldest first. */
    QList<ReviewComment> comments(NodeId node = 0, QString *errorString = nullptr) const;
    bool setCommentResolved(qint64 id, bool resolved, QString *errorString = nullptr);

private:
    CourseStore();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Parcours
