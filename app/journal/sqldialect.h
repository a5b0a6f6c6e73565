// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Lesspay::Core {

// Everything that differs between the journal's two backends, in one place: SQLite (a file,
// the default for one person) and PostgreSQL through QPSQL (a team's shared server, named by a
// postgresql:// URL). The journal's queries are written once in SQL both understand; what is
// left is the connection, the column types of the migrations, how a write transaction takes
// the journal's lock and where the schema version is kept.
class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    // postgresql://user[:password]@host[:port]/database[?sslmode=...&sslrootcert=...&host=/socket/dir]
    static bool isServerUrl(const QString &location);
    static Backend of(const QSqlDatabase &db);
    // The location without its password, for messages and Journal::path().
    static QString displayLocation(const QString &location);
    // A connection named `name` for a server URL (not opened yet). TLS certificate checks are
    // on unless the URL says otherwise: sslmode defaults to verify-full over TCP.
    static QSqlDatabase addServerConnection(const QString &url, const QString &name);

    // A migration statement written for SQLite, in the backend's types: on PostgreSQL an
    // INTEGER PRIMARY KEY AUTOINCREMENT becomes an identity column, INTEGER a BIGINT (times
    // are milliseconds), BLOB a BYTEA, and a table without such an id gets SQLite's implicit
    // rowid as an identity column (queries order by it).
    static QString ddl(Backend backend, const QString &statement);

    // Starts a transaction that holds the journal's write lock until it ends, so that two
    // writers that read then write (freezing the same draft) are serialized: BEGIN IMMEDIATE on
    // SQLite, a transaction-scoped advisory lock on PostgreSQL.
    static QStringList beginWrite(Backend backend);

    // The PostgreSQL server's clock in milliseconds since the epoch, as an SQL expression
    // (clock_timestamp(), not the transaction's start).
    static QString serverNowMs();

    // A batch's body as an SQL expression over the batches row `alias`. On SQLite a body frozen
    // since schema 6 sits in batch_bodies: an UPDATE rewrites the whole row, and a row holding
    // the 26 MB of a 100,000-row body made every state change write 26 MB (half a second on the
    // GUI thread). Older rows keep theirs inline. PostgreSQL stores a large value apart from its
    // row anyway (TOAST): there the body stays in batches, where the team workspace guards it.
    static QString batchBody(Backend backend, const QString &alias);

    // The schema version: PRAGMA user_version on SQLite, the table lesspay_schema on
    // PostgreSQL (0 when it does not exist yet); -1 when it cannot be read.
    static int schemaVersion(const QSqlDatabase &db);
    static bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error);
};

} // namespace Lesspay::Core
