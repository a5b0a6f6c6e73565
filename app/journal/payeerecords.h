// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lesspay::Core {

// Plain records of the recipient directory. Times are Unix milliseconds.

// One saved payout account: a PayoutDetail without order ID and amount (destination type and
// the bank or e-wallet fields only).
struct PayeeAccount
{
    qint64 id = 0; // 0: not saved yet
    PayoutDetail detail;
    qint64 createdAt = 0;
    qint64 changedAt = 0; // last time its details were edited, or it was added to a known payee; 0: never
};

struct Payee
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString reference;
    QString notes;
    QStringList tags;
    QList<PayeeAccount> accounts;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One entry of a payee's history. Sensitive values (account numbers, wallet numbers, deposit
// keys) are stored masked: the history never holds a full number.
struct PayeeChange
{
    qint64 id = 0;
    qint64 payeeId = 0;
    qint64 accountId = 0; // 0 for a change of the payee itself
    qint64 at = 0;
    QString who;
    QString what; // "payee.created", "account.added", "account.removed", or a field key
    QString oldValue;
    QString newValue;
};

// The last payout to an account that the journal knows was paid.
struct LastPayment
{
    QString requestId;
    QString amount;
    QString currency;
    qint64 at = 0;
};

// One payout of the journal to one of a payee's accounts.
struct PayeePayout
{
    QString requestId;
    QString mchOrderId;
    QString amount;
    QString currency;
    QString status; // the detail's status, empty while unknown
    QString maskedAccount;
    qint64 at = 0; // when its batch was created
};

} // namespace Lesspay::Core
