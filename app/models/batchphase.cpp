// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchphase.h"

#include "api/orderstatus.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Lesspay::Core::BatchPhases {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

QString unknownExplanation(const BatchSummary &summary, qint64 now, std::optional<qint64> nextCheckAt)
{
    const FrozenBatch &b = summary.batch;
    QString text = QCoreApplication::translate("BatchPhase", "The server did not confirm this batch.");
    if (!b.lastError.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("BatchPhase", "Last problem: %1.").arg(b.lastError);
    if (nextCheckAt && *nextCheckAt >= now) {
        const qint64 seconds = (*nextCheckAt - now + 999) / 1000;
        text += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "BatchPhase",
                    "The console is asking Lesspay whether it arrived (next check in %n s); it will never "
                    "send it as a new batch.",
                    nullptr, int(seconds));
    } else {
        text += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "BatchPhase",
                    "The console is asking Lesspay whether it arrived; it will never send it as a new batch.");
    }
    if (b.notFoundCount > 0) {
        text += QLatin1Char(' ')
                + QCoreApplication::translate("BatchPhase", "Lesspay has answered \"not found\" %n time(s) since %1.",
                                              nullptr, b.notFoundCount)
                      .arg(timeText(b.notFoundSince));
    }
    text += QLatin1Char(' ')
            + QCoreApplication::translate(
                "BatchPhase",
                "Only if Lesspay keeps saying it never received the batch does the console send the very same "
                "batch again (same request_id, same contents), which Lesspay accepts at most once.");
    return text;
}

} // namespace

BatchPhase of(BatchState state, const QString &orderStatus)
{
    switch (state) {
    case BatchState::Draft:
    case BatchState::Frozen:
    case BatchState::Sending:
        return BatchPhase::Sending;
    case BatchState::Unknown:
    case BatchState::Reconciling:
        return BatchPhase::Unknown;
    case BatchState::Rejected:
        return BatchPhase::Rejected;
    case BatchState::NeedsAttention:
    case BatchState::NotSent:
        return BatchPhase::NeedsPerson;
    case BatchState::Accepted:
        break;
    }
    switch (OrderStatus::fromText(orderStatus).kind()) {
    case OrderStatus::Kind::Missing:
    case OrderStatus::Kind::PendingConfirm:
        return BatchPhase::PendingReview;
    case OrderStatus::Kind::PendingPay:
        return BatchPhase::Paying;
    case OrderStatus::Kind::Succeed:
        return BatchPhase::Succeeded;
    case OrderStatus::Kind::Failed:
        return BatchPhase::Failed;
    case OrderStatus::Kind::PartialSuccess:
        return BatchPhase::PartiallySucceeded;
    default:
        return BatchPhase::Other;
    }
}

QString label(BatchPhase phase)
{
    switch (phase) {
    case BatchPhase::NeedsPerson:
        return QCoreApplication::translate("BatchPhase", "Needs a person");
    case BatchPhase::Failed:
        return QCoreApplication::translate("BatchPhase", "Failed");
    case BatchPhase::Rejected:
        return QCoreApplication::translate("BatchPhase", "Rejected");
    case BatchPhase::PartiallySucceeded:
        return QCoreApplication::translate("BatchPhase", "Partly paid");
    case BatchPhase::Unknown:
        return QCoreApplication::translate("BatchPhase", "Unknown");
    case BatchPhase::Sending:
        return QCoreApplication::translate("BatchPhase", "Sending");
    case BatchPhase::PendingReview:
        return QCoreApplication::translate("BatchPhase", "In review");
    case BatchPhase::Paying:
        return QCoreApplication::translate("BatchPhase", "Paying");
    case BatchPhase::Other:
        return QCoreApplication::translate("BatchPhase", "Other");
    case BatchPhase::Succeeded:
        return QCoreApplication::translate("BatchPhase", "Paid");
    case BatchPhase::PhaseCount:
        break;
    }
    return {};
}

bool isFinal(BatchPhase phase)
{
    return phase == BatchPhase::Failed || phase == BatchPhase::Rejected || phase == BatchPhase::PartiallySucceeded
           || phase == BatchPhase::Succeeded;
}

bool needsAttention(BatchPhase phase)
{
    return phase == BatchPhase::NeedsPerson || phase == BatchPhase::Failed || phase == BatchPhase::Rejected
           || phase == BatchPhase::PartiallySucceeded;
}

bool isUndecided(BatchPhase phase)
{
    return phase == BatchPhase::Unknown || phase == BatchPhase::Sending || phase == BatchPhase::PendingReview
           || phase == BatchPhase::Paying;
}

QString explanation(const BatchSummary &summary, qint64 now, std::optional<qint64> nextCheckAt)
{
    const FrozenBatch &b = summary.batch;
    const BatchPhase phase = of(b);
    switch (phase) {
    case BatchPhase::Unknown:
        return unknownExplanation(summary, now, nextCheckAt);
    case BatchPhase::Sending:
        return QCoreApplication::translate("BatchPhase", "The batch is recorded and is being sent to Lesspay.");
    case BatchPhase::NeedsPerson:
        if (b.state == BatchState::NotSent) {
            return QCoreApplication::translate(
                       "BatchPhase",
                       "Not sent: %1. Lesspay cannot have this batch, and the console will not try again on its "
                       "own. Fix the cause, then press \"Send again\": the batch goes out unchanged, with the same "
                       "request_id.")
                .arg(b.lastError.isEmpty() ? QCoreApplication::translate("BatchPhase", "no connection was made")
                                           : b.lastError);
        }
        return QCoreApplication::translate(
                   "BatchPhase",
                   "The console stopped working on this batch: %1 Nothing will be sent again; please check the "
                   "batch with Lesspay before doing anything else.")
            .arg(b.lastError.isEmpty() ? QCoreApplication::translate("BatchPhase", "Lesspay reported a conflict.")
                                       : b.lastError);
    case BatchPhase::Rejected:
        return QCoreApplication::translate("BatchPhase", "Lesspay refused the batch, nothing was paid: %1")
            .arg(b.lastError.isEmpty() ? b.failReason : b.lastError);
    case BatchPhase::PendingReview:
        return QCoreApplication::translate(
                   "BatchPhase",
                   "Lesspay accepted the batch (%1) and is reviewing it. The console checks its status regularly.")
            .arg(b.payOrderId);
    case BatchPhase::Paying:
        return QCoreApplication::translate(
                   "BatchPhase", "Lesspay approved the batch and is paying: %1 paid, %2 failed, %3 in progress.")
            .arg(summary.succeeded)
            .arg(summary.failed)
            .arg(summary.pending);
    case BatchPhase::Succeeded:
        return QCoreApplication::translate("BatchPhase", "Every payout of this batch was paid (%1).")
            .arg(summary.succeeded);
    case BatchPhase::PartiallySucceeded:
        return QCoreApplication::translate(
                   "BatchPhase",
                   "%1 payouts were paid and %2 failed. A new draft from the failed payouts retries only those.")
            .arg(summary.succeeded)
            .arg(summary.failed);
    case BatchPhase::Failed:
        return b.failReason.isEmpty()
                   ? QCoreApplication::translate("BatchPhase", "No payout of this batch was paid.")
                   : QCoreApplication::translate("BatchPhase", "No payout of this batch was paid: %1")
                         .arg(b.failReason);
    case BatchPhase::Other:
        return QCoreApplication::translate(
                   "BatchPhase",
                   "Lesspay reports the status \"%1\", whose meaning for payouts is not documented. The console "
                   "keeps checking it slowly.")
            .arg(b.orderStatus);
    case BatchPhase::PhaseCount:
        break;
    }
    return {};
}

} // namespace Lesspay::Core::BatchPhases
