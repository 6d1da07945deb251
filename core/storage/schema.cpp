// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

#include <sqlite3.h>

namespace Parcours {

// Each step is kept exactly as released: files of every older version must still migrate.
static const char *const s_steps[] = {
    // Version 1: the tree, the media store and key/value metadata.
    "CREATE TABLE nodes("
    "  id INTEGER PRIMARY KEY,"
    "  parent INTEGER,"
    "  position INTEGER NOT NULL,"
    "  type TEXT NOT NULL,"
    "  data TEXT NOT NULL);"
    "CREATE INDEX nodes_parent_position ON nodes(parent, position);"
    "CREATE TABLE media("
    "  sha1 TEXT PRIMARY KEY,"
    "  size INTEGER NOT NULL,"
    "  data BLOB NOT NULL);"
    "CREATE TABLE meta("
    "  key TEXT PRIMARY KEY,"
    "  value TEXT);"
    "PRAGMA application_id = 1346458179;",

    // Version 2: reviewer comments on nodes (node is a NodeId; comments outlive deleted nodes
    // so that an undo brings them back).
    "CREATE TABLE comments("
    "  id INTEGER PRIMARY KEY,"
    "  node INTEGER NOT NULL,"
    "  author TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  body TEXT NOT NULL,"
    "  resolved INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX comments_node ON comments(node);",
};

static_assert(std::size(s_steps) == Schema::currentVersion);
static_assert(Schema::applicationId == 1346458179);

const char *Schema::migrationSql(int version)
{
    if (version < 1 || version > currentVersion)
        return nullptr;
    return s_steps[version - 1];
}

bool Schema::migrate(sqlite3 *db, int fromVersion, const QString &fileName, QString *errorString)
{
    for (int version = fromVersion + 1; version <= currentVersion; ++version) {
        const QByteArray sql = QByteArray("BEGIN IMMEDIATE;") + migrationSql(version)
            + "PRAGMA user_version = " + QByteArray::number(version) + ";COMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message);
            sqlite3_free(message);
            if (!sqlite3_get_autocommit(db))
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            if (errorString)
                *errorString = tr("Cannot update %1 to the format of this version (step %2): %3")
                                   .arg(fileName)
                                   .arg(version)
                                   .arg(text);
            return false;
        }
    }
    return true;
}

} // namespace Parcours
