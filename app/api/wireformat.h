// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Lesspay::Core {

class Batch;
class PayoutDetail;

// The API's request bodies, byte-stable: keys sorted at every level, compact, amounts as
// strings, raw UTF-8, '/' unescaped (what QJsonDocument's compact form writes).
namespace WireFormat {

QByteArray toBytes(const QJsonObject &object);
QByteArray toBytes(const QJsonArray &array);

// One detail as the API wants it (bank fields, or the e_wallet object). The detail must
// already be normalized.
QJsonObject detailObject(const PayoutDetail &detail);

// The create-order body for a sendable batch: details normalized, total recomputed exactly.
QJsonObject createOrderBody(const Batch &batch);
QJsonObject queryBody(const QString &requestId, const QString &payOrderId = {});
QJsonObject supportedBanksBody(const QString &currency, const QString &countryCode);

} // namespace WireFormat

} // namespace Lesspay::Core
