// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamapprovals.h"

#include "api/sha256.h"
#include "journal/journal.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Lesspay::Core {

namespace {

// The server's message without the driver's decoration ("ERROR:  ... (P0001)").
QString serverMessage(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    text = text.section(u'\n', 0, 0); // the CONTEXT lines name our functions, not the reason
    return text.isEmpty() ? e.text() : text;
}

const QString StatusSelect = QStringLiteral(
    "SELECT b.id, b.request_id, b.profile_id, b.prepared_by, b.approval_state, b.approvals_required, b.currency, "
    "b.total_amount, b.detail_count FROM batches b ");

} // namespace

TeamApprovals::TeamApprovals(Journal &journal)
    : m_journal(journal)
{}

QString TeamApprovals::key(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Requested:
        return QStringLiteral("requested");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<TeamApprovals::State> TeamApprovals::fromKey(const QString &key)
{
    for (State s : {State::Open, State::Requested, State::Approved, State::Rejected}) {
        if (TeamApprovals::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString TeamApprovals::bodySha256(const QByteArray &body)
{
    return QString::fromLatin1(Sha256::hash(body).toHex());
}

QString TeamApprovals::currentUser() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return {};
    return q.value(0).toString();
}

std::optional<TeamApprovals::State> TeamApprovals::call(const QString &function, const QStringList &args,
                                                        QString *error)
{
    QSqlQuery q(m_journal.database());
    QStringList marks;
    for (qsizetype i = 0; i < args.size(); ++i)
        marks.append(QStringLiteral("?"));
    q.prepare(QStringLiteral("SELECT ") + function + u'(' + marks.join(QStringLiteral(", ")) + u')');
    for (const QString &a : args)
        q.addBindValue(a);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = serverMessage(q.lastError());
        return std::nullopt;
    }
    return fromKey(q.value(0).toString());
}

std::optional<TeamApprovals::State> TeamApprovals::request(const QString &requestId, QString *error)
{
    const std::optional<FrozenBatch> batch = m_journal.batch(requestId);
    if (!batch) {
        if (error)
            *error = tr("There is no batch %1 in the workspace.").arg(requestId);
        return std::nullopt;
    }
    return call(QStringLiteral("lesspay_request_approval"), {requestId, bodySha256(batch->body)}, error);
}

std::optional<TeamApprovals::State> TeamApprovals::approve(const QString &requestId, const QString &bodySha256,
                                                           const QString &comment, QString *error)
{
    return call(QStringLiteral("lesspay_approve"),
                {requestId, bodySha256, comment.isNull() ? QStringLiteral("") : comment}, error);
}

std::optional<TeamApprovals::State> TeamApprovals::reject(const QString &requestId, const QString &bodySha256,
                                                          const QString &comment, QString *error)
{
    return call(QStringLiteral("lesspay_reject"),
                {requestId, bodySha256, comment.isNull() ? QStringLiteral("") : comment}, error);
}

QList<TeamApprovals::Status> TeamApprovals::statuses(const QString &where, const QStringList &binds) const
{
    QList<Status> out;
    QSqlQuery q(m_journal.database());
    q.prepare(StatusSelect + where);
    for (const QString &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    QList<qint64> ids;
    while (q.next()) {
        Status s;
        ids.append(q.value(0).toLongLong());
        s.requestId = q.value(1).toString();
        s.profileId = q.value(2).toString();
        s.preparedBy = q.value(3).toString();
        s.state = fromKey(q.value(4).toString()).value_or(State::Open);
        s.approvalsRequired = q.value(5).toInt();
        s.currency = q.value(6).toString();
        s.totalAmount = q.value(7).toString();
        s.detailCount = q.value(8).toInt();
        out.append(s);
    }
    if (out.isEmpty())
        return out;
    // Every listed batch's decisions in one round trip: an approver's queue of a thousand
    // batches is one question, not a thousand (bench_teamjournal).
    QStringList idList;
    QHash<qint64, qsizetype> indexOf;
    idList.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        idList.append(QString::number(ids.at(i)));
        indexOf.insert(ids.at(i), i);
    }
    q.prepare(QStringLiteral("SELECT batch_id, approver, decision, comment, (extract(epoch FROM at) * 1000)::bigint "
                             "FROM approvals WHERE batch_id = ANY(CAST(? AS BIGINT[])) ORDER BY id"));
    q.addBindValue(QString(u'{' + idList.join(u',') + u'}'));
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto i = indexOf.constFind(q.value(0).toLongLong());
        if (i == indexOf.cend())
            continue;
        out[*i].decisions.append({q.value(1).toString(), q.value(2).toString() == QLatin1String("approve"),
                                  q.value(3).toString(), q.value(4).toLongLong()});
    }
    return out;
}

std::optional<TeamApprovals::Status> TeamApprovals::status(const QString &requestId) const
{
    const QList<Status> found = statuses(QStringLiteral("WHERE b.request_id = ?"), {requestId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TeamApprovals::Status> TeamApprovals::waitingForMe() const
{
    return statuses(QStringLiteral("WHERE b.approval_state = 'requested' AND b.prepared_by <> session_user AND NOT "
                                   "EXISTS (SELECT 1 FROM approvals a WHERE a.batch_id = b.id AND a.approver = "
                                   "session_user) ORDER BY b.id"),
                    {});
}

} // namespace Lesspay::Core
