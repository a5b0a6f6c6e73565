// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Lesspay::Sandbox {

// One merchant account of the sandbox: credentials, allowed currencies and the balance per
// currency (integer minor units) that a batch must not exceed at review.
struct Merchant
{
    QString appId;
    QByteArray secret; // never logged
    QStringList currencies;
    QHash<QString, qint64> balances;

    qint64 balance(const QString &currency) const { return balances.value(currency, 0); }
};

} // namespace Lesspay::Sandbox
