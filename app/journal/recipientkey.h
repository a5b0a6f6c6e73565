// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace Lesspay::Core {

class PayoutDetail;

// The key under which the journal finds "the same recipient and amount" across batches for
// the duplicate-payment warning. It is a hash, so the index holds no account number.
namespace RecipientKey {

QString of(const QString &currency, const PayoutDetail &detail);
QString of(const QString &currency, const QJsonObject &wireDetail); // a detail of a create body
// The amount in millionths, whatever the number of decimals written ("100" == "100.00").
std::optional<qint64> amountKey(const QString &amount);
// An account identifier as the keys compare it: spacing, dashes and case do not make another
// account (letters and digits lower-cased, '@', '.' and '+' kept, the rest dropped).
QString squeeze(QStringView text);

} // namespace RecipientKey

} // namespace Lesspay::Core
