// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Lesspay::Core {

// A write transaction, rolled back when it goes out of scope uncommitted. It takes the
// journal's write lock at once (SqlDialect::beginWrite: BEGIN IMMEDIATE on SQLite, an advisory
// lock on PostgreSQL), so two processes that both read-then-write (freezing the same draft)
// are serialized instead of failing at commit time.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool begin();
    bool commit();
    // Ends it now (before the queries of a failed statement go, so that PostgreSQL can
    // deallocate their prepared statements outside an aborted transaction).
    void rollback();
    QString error() const { return m_error; }

private:
    bool run(const QString &statement);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

// Qt binds a null QString or QByteArray as SQL NULL; the journal's text columns hold '' instead.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QByteArray nonNull(const QByteArray &b)
{
    return b.isNull() ? QByteArrayLiteral("") : b;
}

} // namespace Lesspay::Core
