// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/remotebatch.h"
#include "journal/journal.h"
#include "money/amount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// Submitted batches written straight into a journal, the way the engine records them, for
// the tests and the benchmark of the batches view (no network involved).
namespace BatchJournalFixture {

struct Payout
{
    QString mchOrderId;
    QString amount;
    QString status; // "" (not known yet), SUCCEED, FAILED or anything the server says
    QString failReason = {};
};

// Digits only, as the sandbox's account-number rule wants; derived from the order ID.
inline QString accountNumber(const QString &mchOrderId)
{
    QString digits;
    for (const QChar c : mchOrderId) {
        if (c.isDigit())
            digits.append(c);
    }
    return QStringLiteral("0012345") + digits.rightJustified(5, QLatin1Char('0'));
}

inline QJsonObject bankDetail(const Payout &p)
{
    return QJsonObject{{QStringLiteral("mch_order_id"), p.mchOrderId},
                       {QStringLiteral("amount"), p.amount},
                       {QStringLiteral("destination_type"), QStringLiteral("bank")},
                       {QStringLiteral("bank_account_name"), QStringLiteral("Juan Dela Cruz")},
                       {QStringLiteral("bank_account_no"), accountNumber(p.mchOrderId)},
                       {QStringLiteral("bank_account_type"), QStringLiteral("individual")},
                       {QStringLiteral("bank_name"), QStringLiteral("BDO Unibank")},
                       {QStringLiteral("bank_country_code"), QStringLiteral("PH")},
                       {QStringLiteral("bank_swift_code"), QStringLiteral("BNORPHMMXXX")}};
}

inline QByteArray createBody(const QString &requestId, const QList<Payout> &payouts,
                             const QString &currency = QStringLiteral("PHP"))
{
    QJsonArray details;
    qint64 total = 0;
    for (const Payout &p : payouts) {
        details.append(bankDetail(p));
        total += Lesspay::Core::Amount::parse(p.amount, 2).minor;
    }
    const QJsonObject o{{QStringLiteral("request_id"), requestId},
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("total_amount"), Lesspay::Core::Amount::format(total, 2)},
                        {QStringLiteral("way_type"), QStringLiteral("BANK_TRANSFER")},
                        {QStringLiteral("way_code"), QStringLiteral("TAZAPAY_PAYOUT")},
                        {QStringLiteral("notify_url"), QStringLiteral("https://merchant.example/notify")},
                        {QStringLiteral("payout_order_details"), details}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline Lesspay::Core::RemoteBatch remote(const QString &requestId, const QString &orderStatus,
                                         const QList<Payout> &payouts)
{
    Lesspay::Core::RemoteBatch r;
    r.requestId = requestId;
    r.payOrderId = QStringLiteral("PO-") + requestId;
    r.status = Lesspay::Core::OrderStatus::fromText(orderStatus);
    for (const Payout &p : payouts) {
        Lesspay::Core::RemoteDetail d;
        d.mchOrderId = p.mchOrderId;
        d.amount = p.amount;
        d.status = p.status;
        d.failReason = p.failReason;
        d.detailId = QStringLiteral("D-") + p.mchOrderId;
        d.channelOrderNo =
            p.status == QLatin1String("SUCCEED") ? QString(QStringLiteral("CH-") + p.mchOrderId) : QString();
        r.details.append(d);
    }
    return r;
}

// Freezes the batch and, unless state says otherwise, records it accepted with the given
// server status and payouts. Returns the journal id (0 on failure).
inline qint64 addBatch(Lesspay::Core::Journal &journal, const QString &requestId, const QList<Payout> &payouts,
                       const QString &orderStatus = QStringLiteral("PENDING_CONFIRM"),
                       Lesspay::Core::BatchState state = Lesspay::Core::BatchState::Accepted,
                       const QString &profileId = QStringLiteral("local"),
                       const QString &currency = QStringLiteral("PHP"))
{
    const auto frozen = journal.freeze(0, profileId, createBody(requestId, payouts, currency));
    if (!frozen)
        return 0;
    const qint64 id = frozen->batch.id;
    journal.markSending(id);
    journal.setState(id, state);
    if (state == Lesspay::Core::BatchState::Accepted)
        journal.applyRemote(id, remote(requestId, orderStatus, payouts));
    return id;
}

// mch_order_id "<prefix>-<n>", amount n.00 (+ the suffix for the sandbox's magic endings).
inline QList<Payout> payouts(const QString &prefix, int count, const QString &status = {})
{
    QList<Payout> out;
    for (int i = 1; i <= count; ++i)
        out.append(
            Payout{prefix + QLatin1Char('-') + QString::number(i), QString::number(i) + QStringLiteral(".00"), status});
    return out;
}

} // namespace BatchJournalFixture
