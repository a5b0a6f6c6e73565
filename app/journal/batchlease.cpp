// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchlease.h"

#include "journal/journal.h"
#include "journal/sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Lesspay::Core {

namespace {

const qint64 processStartMs = QDateTime::currentMSecsSinceEpoch();

} // namespace

BatchLease::BatchLease(Journal &journal, QString holder)
    : m_journal(journal)
    , m_holder(holder.isEmpty() ? ownHolderId() : std::move(holder))
{}

QString BatchLease::ownHolderId()
{
    return QSysInfo::machineHostName() + u'/' + QString::number(QCoreApplication::applicationPid()) + u'/'
           + QString::number(processStartMs);
}

bool BatchLease::acquire(qint64 batchId, std::chrono::milliseconds ttl)
{
    if (upsert(batchId, ttl))
        return true;
    const std::optional<Lease> other = current(batchId);
    if (!other || !isDeadLocalHolder(other->holder))
        return false;
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM batch_leases WHERE batch_id = ? AND holder = ?"));
    q.addBindValue(batchId);
    q.addBindValue(other->holder);
    return q.exec() && upsert(batchId, ttl);
}

bool BatchLease::isDeadLocalHolder(const QString &holder)
{
#ifdef Q_OS_UNIX
    const QStringList parts = holder.split(u'/');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
#else
    Q_UNUSED(holder);
    return false;
#endif
}

bool BatchLease::upsert(qint64 batchId, std::chrono::milliseconds ttl)
{
    QSqlQuery q(m_journal.database());
    // Inserted when there is no lease; taken over only when it is ours or has expired.
    q.prepare(QStringLiteral(
                  "INSERT INTO batch_leases (batch_id, holder, acquired_at, expires_at) VALUES (?, ?, %1, %1 + ?) "
                  "ON CONFLICT(batch_id) DO UPDATE SET holder = excluded.holder, acquired_at = CASE WHEN "
                  "batch_leases.holder = excluded.holder THEN batch_leases.acquired_at ELSE excluded.acquired_at END, "
                  "expires_at = excluded.expires_at WHERE batch_leases.holder = excluded.holder OR "
                  "batch_leases.expires_at <= %1")
                  .arg(nowSql()));
    q.addBindValue(batchId);
    q.addBindValue(m_holder);
    q.addBindValue(qint64(ttl.count()));
    return q.exec() && q.numRowsAffected() == 1;
}

QString BatchLease::nowSql() const
{
    // Each client's clock drifts on its own; who holds a shared lease must not depend on it. The
    // statement's start, not clock_timestamp(): one instant for every "now" in one statement, so a
    // lease's expiry is exactly its start plus its time to live.
    if (m_journal.isServer())
        return QStringLiteral("CAST(floor(extract(epoch FROM statement_timestamp()) * 1000) AS BIGINT)");
    return QString::number(m_journal.now());
}

bool BatchLease::renew(qint64 batchId, std::chrono::milliseconds ttl)
{
    QSqlQuery q(m_journal.database());
    q.prepare(
        QStringLiteral("UPDATE batch_leases SET expires_at = %1 + ? WHERE batch_id = ? AND holder = ?").arg(nowSql()));
    q.addBindValue(qint64(ttl.count()));
    q.addBindValue(batchId);
    q.addBindValue(m_holder);
    return q.exec() && q.numRowsAffected() == 1;
}

void BatchLease::release(qint64 batchId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM batch_leases WHERE batch_id = ? AND holder = ?"));
    q.addBindValue(batchId);
    q.addBindValue(m_holder);
    q.exec();
}

std::optional<BatchLease::Lease> BatchLease::current(qint64 batchId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT holder, acquired_at, expires_at FROM batch_leases WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Lease{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace Lesspay::Core
