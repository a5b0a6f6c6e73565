// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchlifecycle.h"

#include "money/amount.h"
#include "money/currencytable.h"
#include "sandbox/magicvalues.h"
#include "sandbox/sandboxlog.h"

#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

QString channelOrderNo()
{
    return u"CH"_s + QString::number(QRandomGenerator::global()->bounded(100000000, 1000000000))
           + QString::number(QRandomGenerator::global()->bounded(1000, 10000));
}

} // namespace

BatchLifecycle::BatchLifecycle(BatchStore &store, const MerchantDirectory &merchants, Delays delays, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_merchants(merchants)
    , m_delays(delays)
{}

void BatchLifecycle::track(const QString &payOrderId)
{
    const StoredBatch *b = m_store.findByPayOrderId(payOrderId);
    if (!b)
        return;
    if (b->status == StoredBatch::PendingConfirm)
        QTimer::singleShot(m_delays.reviewMs, this, [this, payOrderId] { review(payOrderId); });
    else if (b->status == StoredBatch::PendingPay)
        QTimer::singleShot(m_delays.payMs, this, [this, payOrderId] { pay(payOrderId); });
}

void BatchLifecycle::fail(StoredBatch *b, const QString &reason)
{
    b->status = StoredBatch::Failed;
    b->failReason = reason;
    for (StoredDetail &d : b->details) {
        d.status = StoredBatch::Failed;
        d.failReason = reason;
    }
}

void BatchLifecycle::review(const QString &payOrderId)
{
    StoredBatch *b = m_store.findByPayOrderId(payOrderId);
    if (!b || b->status != StoredBatch::PendingConfirm)
        return;
    b->updatedAt = QDateTime::currentDateTimeUtc();
    const bool rejected = std::any_of(b->details.cbegin(), b->details.cend(), [](const StoredDetail &d) {
        return MagicValues::rejectsAtReview(d.accountName());
    });
    const Merchant *merchant = m_merchants.find(b->appId);
    if (rejected) {
        fail(b, MagicValues::reviewRejectReason());
    } else if (merchant && b->totalMinor > merchant->balance(b->currency)) {
        const int decimals = Core::CurrencyTable::builtin().decimals(b->currency).value_or(2);
        fail(b, u"Insufficient merchant balance: the batch total %1 %2 exceeds the available balance %3 %2"_s.arg(
                    b->totalAmount, b->currency, Core::Amount::format(merchant->balance(b->currency), decimals)));
    } else {
        b->status = StoredBatch::PendingPay;
        for (StoredDetail &d : b->details) {
            d.status = StoredBatch::DetailProcessing;
            d.channelOrderNo = channelOrderNo();
        }
    }
    qCInfo(lcSandbox, "batch %s reviewed: %s", qPrintable(b->payOrderId), qPrintable(b->status));
    Q_EMIT batchChanged(payOrderId);
    if (b->isFinal())
        Q_EMIT batchFinal(payOrderId);
    else
        track(payOrderId);
}

void BatchLifecycle::pay(const QString &payOrderId)
{
    StoredBatch *b = m_store.findByPayOrderId(payOrderId);
    if (!b || b->status != StoredBatch::PendingPay)
        return;
    b->updatedAt = QDateTime::currentDateTimeUtc();
    int succeeded = 0;
    int failed = 0;
    for (StoredDetail &d : b->details) {
        if (d.status == StoredBatch::DetailProcessing) {
            const MagicValues::DetailOutcome outcome = MagicValues::detailOutcome(d.amount);
            if (outcome.outcome == MagicValues::Outcome::Succeed) {
                d.status = StoredBatch::Succeed;
            } else if (outcome.outcome == MagicValues::Outcome::Fail) {
                d.status = StoredBatch::Failed;
                d.failReason = outcome.failReason;
            }
        }
        succeeded += d.status == StoredBatch::Succeed;
        failed += d.status == StoredBatch::Failed;
    }
    // A detail that stays pending keeps the batch in PENDING_PAY for good (magic value .17).
    if (succeeded + failed == b->details.size()) {
        if (failed == 0) {
            b->status = StoredBatch::Succeed;
        } else if (succeeded == 0) {
            b->status = StoredBatch::Failed;
            b->failReason = u"Every detail failed"_s;
        } else {
            b->status = StoredBatch::PartialSuccess;
        }
    }
    qCInfo(lcSandbox, "batch %s paid: %s (%d succeeded, %d failed, %d pending)", qPrintable(b->payOrderId),
           qPrintable(b->status), succeeded, failed, int(b->details.size()) - succeeded - failed);
    Q_EMIT batchChanged(payOrderId);
    if (b->isFinal())
        Q_EMIT batchFinal(payOrderId);
}

} // namespace Lesspay::Sandbox
