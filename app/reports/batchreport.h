// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/paymentadvice.h"

#include <QList>
#include <QString>

namespace Lesspay::Core {

// Everything a printed or PDF batch report shows, read from the journal (a submitted batch) or
// from a draft under review (not sent yet), with no layout in it: the printing library lays it
// out, the tests check its numbers. Amounts are minor units of the batch's currency.
struct BatchReport
{
    struct Line
    {
        int number = 0; // 1-based position in the request body
        QString mchOrderId;
        bool wallet = false;
        QString name;          // bank_account_name or e_wallet.account_name
        QString maskedAccount; // LogMasker::maskValue of the account or wallet number
        QString institution;   // bank_name or e_wallet.provider
        qint64 amountMinor = 0;
        QString status;      // the API's detail status; empty when not known (or not sent)
        QString statusLabel; // in words, translated
        QString failReason;
        QString channelOrderNo;
        qint64 updatedAt = 0; // when the journal recorded the status; 0 when unknown
    };

    // One line of a control total: how many payouts and how much.
    struct Total
    {
        QString key;   // "bank"/"ewallet", or the detail status ("" for not known)
        QString label; // translated
        int count = 0;
        qint64 minor = 0;
    };

    // Who did what and when, as far as the journal records it.
    struct Event
    {
        QString what; // translated, e.g. "Prepared (frozen in the journal)"
        QString who;  // the profile, or in a team workspace the person's login, when recorded
        qint64 at = 0;
    };

    QString profileName;
    QString environment; // translated label
    QString requestId;
    QString payOrderId; // Lesspay's order; empty until Lesspay accepted the batch
    QString currency;
    int decimals = 2;
    QString batchStatus;    // translated
    bool submitted = false; // false: a draft under review, nothing has been sent
    bool isFinal = false;   // nothing more will change on Lesspay's side
    QString bodySha256;     // hex SHA-256 of the exact request body
    int bodySize = 0;
    qint64 generatedAt = 0;
    QList<Event> trail;
    // A team workspace: the trail names people (the server's audit log), not the profile.
    bool teamWorkspace = false;
    bool approvalsRecorded = false; // someone approved or rejected the batch (team workspace only)
    // "Prepared by alice · approved by bob · sent by bob" in a team workspace; empty otherwise.
    QString people;
    // Why a team workspace's batch shows no approval (translated); empty when one is recorded.
    QString approvalNote;
    QList<Line> lines;
    QList<Total> byDestination;
    QList<Total> byStatus;
    Total total;

    // The payment advice of every paid payout, in the body's order; empty unless the batch is final.
    QList<PaymentAdvice> advice(const QString &payerName) const;
};

} // namespace Lesspay::Core
