// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalqueries.h"

#include "journal/journal.h"
#include "journal/logmasker.h"
#include "journal/sqldialect.h"
#include "journal/sqltransaction.h"

#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Lesspay::Core {

namespace {

const QString SummarySelect = QStringLiteral(
    "SELECT b.id, b.request_id, b.draft_id, b.profile_id, b.state, b.order_status, b.pay_order_id, b.currency, "
    "b.total_amount, b.detail_count, b.fail_reason, b.last_error, b.send_count, b.created_at, b.updated_at, "
    "b.last_sent_at, (SELECT COUNT(*) FROM batch_details d WHERE d.batch_id = b.id AND d.status = 'SUCCEED'), "
    "(SELECT COUNT(*) FROM batch_details d WHERE d.batch_id = b.id AND d.status = 'FAILED') FROM batches b ");

BatchSummary readSummary(const QSqlQuery &q)
{
    BatchSummary s;
    FrozenBatch &b = s.batch;
    b.id = q.value(0).toLongLong();
    b.requestId = q.value(1).toString();
    b.draftId = q.value(2).toLongLong();
    b.profileId = q.value(3).toString();
    b.state = BatchStates::fromKey(q.value(4).toString()).value_or(BatchState::NeedsAttention);
    b.orderStatus = q.value(5).toString();
    b.payOrderId = q.value(6).toString();
    b.currency = q.value(7).toString();
    b.totalAmount = q.value(8).toString();
    b.detailCount = q.value(9).toInt();
    b.failReason = q.value(10).toString();
    b.lastError = q.value(11).toString();
    b.sendCount = q.value(12).toInt();
    b.createdAt = q.value(13).toLongLong();
    b.updatedAt = q.value(14).toLongLong();
    b.lastSentAt = q.value(15).toLongLong();
    s.succeeded = q.value(16).toInt();
    s.failed = q.value(17).toInt();
    s.pending = b.detailCount - s.succeeded - s.failed;
    return s;
}

const QString DuplicateSelect = QStringLiteral(
    "SELECT b.request_id, d.mch_order_id, d.amount, b.state, d.status, b.created_at FROM batch_details d JOIN "
    "batches b ON b.id = d.batch_id WHERE d.recipient_key = ? AND d.amount_key = ? AND b.created_at >= ? AND "
    "b.request_id <> ? AND b.state <> 'rejected' AND b.order_status <> 'FAILED' AND d.status <> 'FAILED' "
    "ORDER BY b.created_at DESC");

DuplicateHit readHit(const QSqlQuery &q)
{
    DuplicateHit h;
    h.requestId = q.value(0).toString();
    h.mchOrderId = q.value(1).toString();
    h.amount = q.value(2).toString();
    h.state = BatchStates::fromKey(q.value(3).toString()).value_or(BatchState::NeedsAttention);
    h.status = q.value(4).toString();
    h.createdAt = q.value(5).toLongLong();
    return h;
}

// The same, only the hit recorded last: the index batch_details_same_payment is read backwards
// from the newest batch and the search stops at the first payout that counts.
const QString LatestDuplicateSelect = QStringLiteral(
    "SELECT b.request_id, d.mch_order_id, d.amount, b.state, d.status, b.created_at FROM batch_details d JOIN "
    "batches b ON b.id = d.batch_id WHERE d.recipient_key = ? AND d.amount_key = ? AND b.created_at >= ? AND "
    "b.request_id <> ? AND b.state <> 'rejected' AND b.order_status <> 'FAILED' AND d.status <> 'FAILED' "
    "ORDER BY d.batch_id DESC LIMIT 1");
const QString TeamLatestDuplicateSelect =
    QStringLiteral("SELECT probe, request_id, mch_order_id, amount, state, status, created_at, prepared_by FROM "
                   "lesspay_latest_same_payments(CAST(? AS TEXT[]), CAST(? AS BIGINT[]), ?, ?)");
const QString ServerLatestDuplicateSelect = QStringLiteral(
    "SELECT p.i, h.request_id, h.mch_order_id, h.amount, h.state, h.status, h.created_at, '' FROM "
    "unnest(CAST(? AS TEXT[]), CAST(? AS BIGINT[])) WITH ORDINALITY AS p(rk, ak, i) CROSS JOIN LATERAL (SELECT "
    "b.request_id, d.mch_order_id, d.amount, b.state, d.status, b.created_at FROM batch_details d JOIN batches b ON "
    "b.id = d.batch_id WHERE d.recipient_key = p.rk AND d.amount_key = p.ak AND b.created_at >= ? AND "
    "b.request_id <> ? AND b.state <> 'rejected' AND b.order_status <> 'FAILED' AND d.status <> 'FAILED' ORDER BY "
    "d.batch_id DESC LIMIT 1) h");

// The duplicate check on a server, for every row of a draft in one round trip: the probes go as
// two arrays, the answer says which probe (1-based) each hit is for. In a team workspace it is
// asked of lesspay_same_payments (TeamWorkspace), which sees the whole team's batches whatever
// row-level security hides, and answers only what the warning needs.
const QString TeamDuplicateSelect =
    QStringLiteral("SELECT probe, request_id, mch_order_id, amount, state, status, created_at, prepared_by FROM "
                   "lesspay_same_payments(CAST(? AS TEXT[]), CAST(? AS BIGINT[]), ?, ?)");
const QString ServerDuplicateSelect = QStringLiteral(
    "SELECT p.i, b.request_id, d.mch_order_id, d.amount, b.state, d.status, b.created_at, '' FROM "
    "unnest(CAST(? AS TEXT[]), CAST(? AS BIGINT[])) WITH ORDINALITY AS p(rk, ak, i) JOIN batch_details d ON "
    "d.recipient_key = p.rk AND d.amount_key = p.ak JOIN batches b ON b.id = d.batch_id WHERE b.created_at >= ? AND "
    "b.request_id <> ? AND b.state <> 'rejected' AND b.order_status <> 'FAILED' AND d.status <> 'FAILED' "
    "ORDER BY p.i, b.created_at DESC");

// Recipient keys are hex digests: an array literal needs no quoting beyond the braces.
QString arrayLiteral(const QStringList &items)
{
    return u'{' + items.join(u',') + u'}';
}

// The probes' positions in the index's order: consecutive probes read neighbouring pages of it.
QList<int> indexOrder(const QList<JournalQueries::Probe> &probes)
{
    QList<int> order(probes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&probes](int a, int b) {
        const JournalQueries::Probe &x = probes.at(a);
        const JournalQueries::Probe &y = probes.at(b);
        return std::tie(x.recipientKey, x.amountKey) < std::tie(y.recipientKey, y.amountKey);
    });
    return order;
}

} // namespace

JournalQueries::JournalQueries(const Journal &journal)
    : m_journal(journal)
{}

QList<BatchSummary> JournalQueries::listBatches(int limit) const
{
    return summaries(QStringLiteral("ORDER BY b.id DESC LIMIT ?"), {limit});
}

QList<BatchSummary> JournalQueries::listBatchesBefore(qint64 beforeId, int limit) const
{
    return summaries(QStringLiteral("WHERE b.id < ? ORDER BY b.id DESC LIMIT ?"), {beforeId, limit});
}

QList<BatchSummary> JournalQueries::listBatchesFrom(qint64 fromId) const
{
    return summaries(QStringLiteral("WHERE b.id >= ? ORDER BY b.id DESC"), {fromId});
}

QList<BatchSummary> JournalQueries::listBatches(const QString &profileId, int limit) const
{
    return summaries(QStringLiteral("WHERE b.profile_id = ? ORDER BY b.id DESC LIMIT ?"), {nonNull(profileId), limit});
}

QList<BatchSummary> JournalQueries::summaries(const QString &whereAndOrder, const QVariantList &values) const
{
    QList<BatchSummary> out;
    QSqlQuery q(m_journal.database());
    q.prepare(SummarySelect + whereAndOrder);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

std::optional<BatchSummary> JournalQueries::summary(const QString &requestId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(SummarySelect + QStringLiteral("WHERE b.request_id = ?"));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSummary(q);
}

QList<DetailStatus> JournalQueries::details(const QString &requestId) const
{
    QList<DetailStatus> out;
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT d.mch_order_id, d.amount, d.masked_account, d.status, d.fail_reason, "
                             "d.detail_id, d.channel_order_no, d.updated_at FROM batch_details d JOIN batches b ON "
                             "b.id = d.batch_id WHERE b.request_id = ? ORDER BY d.rowid"));
    q.addBindValue(requestId);
    if (!q.exec())
        return out;
    while (q.next()) {
        DetailStatus d;
        d.mchOrderId = q.value(0).toString();
        d.amount = q.value(1).toString();
        d.maskedAccount = q.value(2).toString();
        d.status = q.value(3).toString();
        d.failReason = q.value(4).toString();
        d.detailId = q.value(5).toString();
        d.channelOrderNo = q.value(6).toString();
        d.updatedAt = q.value(7).toLongLong();
        out.append(d);
    }
    return out;
}

QList<TimelineEntry> JournalQueries::timeline(const QString &requestId) const
{
    QList<TimelineEntry> out;
    QSqlQuery q(m_journal.database());
    q.prepare(
        QStringLiteral("SELECT s.at, '', s.state, s.order_status, s.note, s.id, 0 FROM batch_snapshots s JOIN "
                       "batches b ON b.id = s.batch_id WHERE b.request_id = ? UNION ALL SELECT s.at, "
                       "s.mch_order_id, '', s.status, s.fail_reason, s.id, 1 FROM detail_snapshots s JOIN batches "
                       "b ON b.id = s.batch_id WHERE b.request_id = ? ORDER BY 1, 7, 6"));
    q.addBindValue(requestId);
    q.addBindValue(requestId);
    if (!q.exec())
        return out;
    while (q.next()) {
        TimelineEntry e;
        e.at = q.value(0).toLongLong();
        e.mchOrderId = q.value(1).toString();
        e.state = q.value(2).toString();
        e.status = q.value(3).toString();
        e.note = q.value(4).toString();
        out.append(e);
    }
    return out;
}

QList<EventEntry> JournalQueries::events(const QString &requestId) const
{
    QList<EventEntry> out;
    QSqlQuery q(m_journal.database());
    // A create request is logged without its body: it is the batch's own body, masked here when
    // someone reads the log rather than on every send (26 MB for 100,000 payouts).
    q.prepare(QStringLiteral("SELECT e.id, e.at, e.kind, e.endpoint, e.http_status, e.code, e.summary, e.body, CASE "
                             "WHEN e.kind = 'request' AND e.endpoint = 'create' AND length(e.body) = 0 THEN ")
              + SqlDialect::batchBody(SqlDialect::of(m_journal.database()), QStringLiteral("b"))
              + QStringLiteral(" END FROM events e JOIN batches b ON b.id = e.batch_id WHERE b.request_id = ? ORDER "
                               "BY e.id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return out;
    while (q.next()) {
        EventEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.kind = q.value(2).toString();
        e.endpoint = q.value(3).toString();
        e.httpStatus = q.value(4).toInt();
        e.code = q.value(5).toInt();
        e.summary = q.value(6).toString();
        e.body = q.value(7).toByteArray();
        if (e.body.isEmpty() && !q.value(8).isNull())
            e.body = LogMasker::maskBody(q.value(8).toByteArray());
        out.append(e);
    }
    return out;
}

QList<DuplicateHit> JournalQueries::recentSamePayments(const QString &recipientKey, qint64 amountKey, qint64 sinceMs,
                                                       const QString &excludeRequestId) const
{
    return recentSamePayments(QList<Probe>{{recipientKey, amountKey}}, sinceMs, excludeRequestId).value(0);
}

QHash<int, QList<DuplicateHit>> JournalQueries::recentSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                                   const QString &excludeRequestId) const
{
    if (m_journal.isServer() && !probes.isEmpty())
        return serverSamePayments(probes, sinceMs, excludeRequestId);
    QHash<int, QList<DuplicateHit>> out;
    QSqlQuery q(m_journal.database());
    if (!q.prepare(DuplicateSelect))
        return out;
    for (const int i : indexOrder(probes)) {
        q.bindValue(0, probes.at(i).recipientKey);
        q.bindValue(1, probes.at(i).amountKey);
        q.bindValue(2, sinceMs);
        q.bindValue(3, nonNull(excludeRequestId)); // NULL would match nothing
        if (!q.exec())
            continue;
        while (q.next())
            out[i].append(readHit(q));
    }
    return out;
}

QHash<int, QList<DuplicateHit>> JournalQueries::serverSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                                   const QString &excludeRequestId) const
{
    // A workspace set up before lesspay_same_payments existed answers from what RLS shows.
    return serverSamePayments(probes, sinceMs, excludeRequestId,
                              m_journal.isTeamWorkspace() ? QStringList{TeamDuplicateSelect, ServerDuplicateSelect}
                                                          : QStringList{ServerDuplicateSelect});
}

QHash<int, QList<DuplicateHit>> JournalQueries::serverSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                                   const QString &excludeRequestId,
                                                                   const QStringList &selects) const
{
    QStringList recipients;
    QStringList amounts;
    recipients.reserve(probes.size());
    amounts.reserve(probes.size());
    for (const Probe &p : probes) {
        recipients.append(p.recipientKey);
        amounts.append(QString::number(p.amountKey));
    }
    QHash<int, QList<DuplicateHit>> out;
    // The first select the server knows answers (a workspace set up before a function existed
    // does not have it).
    for (const QString &select : selects) {
        QSqlQuery q(m_journal.database());
        q.setForwardOnly(true);
        if (!q.prepare(select))
            continue;
        q.addBindValue(arrayLiteral(recipients));
        q.addBindValue(arrayLiteral(amounts));
        q.addBindValue(sinceMs);
        q.addBindValue(nonNull(excludeRequestId));
        if (!q.exec())
            continue;
        while (q.next()) {
            DuplicateHit h;
            h.requestId = q.value(1).toString();
            h.mchOrderId = q.value(2).toString();
            h.amount = q.value(3).toString();
            h.state = BatchStates::fromKey(q.value(4).toString()).value_or(BatchState::NeedsAttention);
            h.status = q.value(5).toString();
            h.createdAt = q.value(6).toLongLong();
            h.preparedBy = q.value(7).toString();
            out[q.value(0).toInt() - 1].append(h);
        }
        return out;
    }
    return out;
}

QHash<int, DuplicateHit> JournalQueries::latestSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                            const QString &excludeRequestId) const
{
    QHash<int, DuplicateHit> out;
    if (probes.isEmpty())
        return out;
    if (m_journal.isServer()) {
        const QStringList selects =
            m_journal.isTeamWorkspace()
                ? QStringList{TeamLatestDuplicateSelect, TeamDuplicateSelect, ServerLatestDuplicateSelect}
                : QStringList{ServerLatestDuplicateSelect};
        const QHash<int, QList<DuplicateHit>> hits = serverSamePayments(probes, sinceMs, excludeRequestId, selects);
        for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
            if (!it->isEmpty())
                out.insert(it.key(), it->first());
        }
        return out;
    }
    QSqlQuery q(m_journal.database());
    if (!q.prepare(LatestDuplicateSelect))
        return out;
    for (const int i : indexOrder(probes)) {
        q.bindValue(0, probes.at(i).recipientKey);
        q.bindValue(1, probes.at(i).amountKey);
        q.bindValue(2, sinceMs);
        q.bindValue(3, nonNull(excludeRequestId)); // NULL would match nothing
        if (q.exec() && q.next())
            out.insert(i, readHit(q));
    }
    return out;
}

QList<JournalQueries::StateCount> JournalQueries::stateCounts(qint64 sinceMs) const
{
    QList<StateCount> out;
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT state, order_status, COUNT(*) FROM batches WHERE created_at >= ? GROUP BY state, "
                             "order_status"));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        const BatchState state = BatchStates::fromKey(q.value(0).toString()).value_or(BatchState::NeedsAttention);
        out.append(StateCount{state, q.value(1).toString(), q.value(2).toInt()});
    }
    return out;
}

std::optional<QList<JournalQueries::PaidTotal>> JournalQueries::paidTotals(qint64 sinceMs) const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.currency, CAST(SUM(d.amount_key) AS TEXT), COUNT(d.amount_key) FROM "
                             "batch_details d JOIN batches b ON b.id = d.batch_id WHERE b.created_at >= ? AND "
                             "d.status = 'SUCCEED' GROUP BY b.currency ORDER BY b.currency"));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return std::nullopt;
    QList<PaidTotal> out;
    while (q.next())
        out.append(PaidTotal{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

void JournalQueries::forEachPaidAmount(
    qint64 sinceMs, const std::function<void(const QString &currency, const QString &amount)> &visit) const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.currency, d.amount FROM batch_details d JOIN batches b ON b.id = d.batch_id "
                             "WHERE b.created_at >= ? AND d.status = 'SUCCEED'"));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return;
    while (q.next())
        visit(q.value(0).toString(), q.value(1).toString());
}

} // namespace Lesspay::Core
