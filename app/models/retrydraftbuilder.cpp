// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrydraftbuilder.h"

#include "api/orderstatus.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "models/batchphase.h"
#include "models/frozenbody.h"

#include <QHash>

namespace Lesspay::Core {

RetryDraftBuilder::RetryDraftBuilder(Journal &journal)
    : m_journal(journal)
{}

RetryDraftBuilder::Result RetryDraftBuilder::check(const QString &requestId) const
{
    Result r;
    const JournalQueries queries(m_journal);
    const std::optional<BatchSummary> summary = queries.summary(requestId);
    if (!summary) {
        r.message = tr("There is no batch %1 in the journal.").arg(requestId);
        return r;
    }
    const BatchPhase phase = BatchPhases::of(summary->batch);
    if (phase == BatchPhase::NeedsPerson) {
        r.outcome = Outcome::NeedsPerson;
        r.message = tr("This batch needs a person: check it with Lesspay before retrying any payout.");
        return r;
    }
    if (BatchPhases::isUndecided(phase)) {
        r.outcome = Outcome::Undecided;
        r.message = phase == BatchPhase::Unknown
                        ? tr("Lesspay has not confirmed this batch yet; a retry now could pay twice.")
                        : tr("This batch is still in progress; wait until every payout is paid or failed.");
        return r;
    }
    if (phase == BatchPhase::Rejected) {
        // Lesspay never stored the batch: its payouts have no result of their own.
        r.outcome = Outcome::NothingFailed;
        r.message = tr("Lesspay refused the whole batch, so no payout has a result to retry.");
        return r;
    }
    int failed = 0;
    for (const DetailStatus &d : queries.details(requestId)) {
        if (!OrderStatus::isFinalDetailStatus(d.status)) {
            r.outcome = Outcome::Undecided;
            r.message = tr("Payout %1 is still pending; wait until every payout is paid or failed.").arg(d.mchOrderId);
            return r;
        }
        failed += d.status == QLatin1String("FAILED");
    }
    if (failed == 0) {
        r.outcome = Outcome::NothingFailed;
        r.message = tr("No payout of this batch failed.");
        return r;
    }
    if (const std::optional<qint64> existing = existingDraft(requestId)) {
        r.outcome = Outcome::AlreadyDrafted;
        r.draftId = *existing;
        r.message = tr("A draft with the failed payouts of this batch already exists; use that one.");
        return r;
    }
    r.outcome = Outcome::Ready;
    r.rowCount = failed;
    r.message = tr("%n failed payout(s) can go into a new draft.", nullptr, failed);
    return r;
}

RetryDraftBuilder::Result RetryDraftBuilder::create(const QString &requestId)
{
    Result r = check(requestId);
    if (r.outcome != Outcome::Ready)
        return r;
    const std::optional<FrozenBatch> batch = m_journal.batch(requestId);
    const std::optional<FrozenBody::Content> content = batch ? FrozenBody::read(batch->body) : std::nullopt;
    if (!content) {
        r.outcome = Outcome::Unreadable;
        r.message = tr("The batch as it was sent cannot be read back from the journal.");
        return r;
    }
    QSet<QString> failedIds;
    for (const DetailStatus &d : JournalQueries(m_journal).details(requestId)) {
        if (d.status == QLatin1String("FAILED"))
            failedIds.insert(d.mchOrderId);
    }
    // The rows as they were sent (normalized), in the batch's order.
    QList<PayoutDetail> rows;
    for (const PayoutDetail &d : content->details) {
        if (failedIds.contains(d.mchOrderId()))
            rows.append(d);
    }
    if (rows.size() != failedIds.size()) {
        r.outcome = Outcome::Unreadable;
        r.message = tr("The failed payouts do not match the batch as it was sent.");
        return r;
    }

    DraftRecord draft;
    draft.profileId = batch->profileId;
    draft.title = tr("Failed payouts of %1").arg(requestId);
    draft.header = content->header;
    draft.header.requestId = RequestId::generate();
    draft.rows = DraftCodec::encodeRows(rows);
    draft.rowCount = int(rows.size());
    QString error;
    const std::optional<qint64> id = DraftStore(m_journal).saveFollowUp(draft, requestId, FailedPayoutsKind, &error);
    if (!id) {
        // Draft and link are one transaction: nothing was kept.
        r.outcome = Outcome::SaveFailed;
        r.message = error;
        return r;
    }
    r.outcome = Outcome::Created;
    r.draftId = *id;
    r.newRequestId = draft.header.requestId;
    r.rowCount = draft.rowCount;
    r.message = tr("New draft \"%1\" with %n payout(s).", nullptr, draft.rowCount).arg(draft.title);
    return r;
}

std::optional<qint64> RetryDraftBuilder::existingDraft(const QString &originRequestId) const
{
    return DraftStore(m_journal).followUpOf(originRequestId, FailedPayoutsKind);
}

QString RetryDraftBuilder::originOf(qint64 draftId) const
{
    return DraftStore(m_journal).originOf(draftId);
}

QSet<QString> RetryDraftBuilder::followedUp() const
{
    return DraftStore(m_journal).origins();
}

} // namespace Lesspay::Core
