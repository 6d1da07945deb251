// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace Parcours {

/**
 * The layout of the project file and its forward migrations.
 *
 * PRAGMA application_id marks a database as a Parcours Studio project; PRAGMA user_version is its
 * schema version. Version N is reached from version N-1 by the statements of migrationSql(N),
 * run in one transaction that also sets user_version, so a migration is never half applied.
 * Version 1 is the first layout (nodes, media, meta); version 2 adds reviewer comments.
 * A step is never edited once released: a change of layout is a new step.
 */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    /** "PARC" in ASCII, stored in the SQLite header (offset 68). */
    static constexpr int applicationId = 0x50415243;
    /** The version this build writes and the newest it reads. */
    static constexpr int currentVersion = 2;

    /** The statements that bring a file from version - 1 to version (1 ≤ version ≤ current). */
    static const char *migrationSql(int version);

    /**
     * Runs the steps from fromVersion + 1 to currentVersion, each in its own transaction, on a
     * connection that has no transaction open. fileName is only used in messages.
     */
    static bool migrate(
        sqlite3 *db, int fromVersion, const QString &fileName, QString *errorString = nullptr);
};

} // namespace Parcours
