// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/sqldialect.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtGlobal>

// Which backend a journal test runs on. The same test binary runs twice: on SQLite, and with
// LESSPAY_TEST_JOURNAL=postgres under tests/support/with-postgres.sh, which starts a private
// server for that run and names it in LESSPAY_TEST_PG. A test keeps naming its journal by a
// file path; location() turns that path into a database of its own on the server.
namespace JournalBackend {

inline bool isPostgres()
{
    return qEnvironmentVariable("LESSPAY_TEST_JOURNAL") == QLatin1String("postgres");
}

// The path itself on SQLite. On PostgreSQL the URL of a database named after the path, created
// empty the first time the path is asked for: reopening the same path reopens the same journal.
inline QString location(const QString &path)
{
    if (!isPostgres())
        return path;
    const QString server = qEnvironmentVariable("LESSPAY_TEST_PG");
    if (server.isEmpty())
        qFatal("LESSPAY_TEST_JOURNAL=postgres without LESSPAY_TEST_PG: run the test through with-postgres.sh");
    const QString name =
        QStringLiteral("lp_")
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    const QString connection = QStringLiteral("journalbackend-admin");
    {
        QSqlDatabase admin = Lesspay::Core::SqlDialect::addServerConnection(server, connection);
        if (!admin.open())
            qFatal("cannot reach the test's PostgreSQL: %s", qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name)))
            qFatal("%s", qPrintable(q.lastError().text()));
        if (!q.next() && !q.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("%s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    QUrl url(server);
    url.setPath(u'/' + name);
    return url.toString();
}

} // namespace JournalBackend
