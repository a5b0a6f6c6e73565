// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireformat.h"

#include "domain/batch.h"

#include <QJsonDocument>

namespace Lesspay::Core::WireFormat {

namespace {

void put(QJsonObject &o, Field field, const PayoutDetail &d, QLatin1String key)
{
    o.insert(key, d.value(field));
}

} // namespace

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray toBytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject detailObject(const PayoutDetail &d)
{
    QJsonObject o;
    o.insert(QLatin1String("mch_order_id"), d.mchOrderId());
    o.insert(QLatin1String("amount"), d.amount());
    o.insert(QLatin1String("destination_type"), d.destinationType());
    if (d.isBank()) {
        put(o, Field::BankAccountName, d, QLatin1String("bank_account_name"));
        put(o, Field::BankAccountNo, d, QLatin1String("bank_account_no"));
        put(o, Field::BankAccountType, d, QLatin1String("bank_account_type"));
        put(o, Field::BankName, d, QLatin1String("bank_name"));
        put(o, Field::BankCountryCode, d, QLatin1String("bank_country_code"));
        put(o, Field::BankSwiftCode, d, QLatin1String("bank_swift_code"));
    } else {
        QJsonObject w;
        put(w, Field::WalletAccountName, d, QLatin1String("account_name"));
        put(w, Field::WalletAccountNumber, d, QLatin1String("account_number"));
        put(w, Field::WalletAccountType, d, QLatin1String("account_type"));
        put(w, Field::WalletProvider, d, QLatin1String("provider"));
        put(w, Field::WalletDepositKeyType, d, QLatin1String("deposit_key_type"));
        put(w, Field::WalletDepositKey, d, QLatin1String("deposit_key"));
        o.insert(QLatin1String("e_wallet"), w);
    }
    return o;
}

QJsonObject createOrderBody(const Batch &batch)
{
    const BatchHeader &h = batch.header();
    QJsonArray details;
    for (int row = 0; row < batch.size(); ++row)
        details.append(detailObject(batch.normalizedDetail(row)));
    QJsonObject o;
    o.insert(QLatin1String("request_id"), h.requestId);
    o.insert(QLatin1String("currency"), h.currency);
    o.insert(QLatin1String("total_amount"), batch.totalString());
    o.insert(QLatin1String("way_type"), h.wayType);
    o.insert(QLatin1String("way_code"), h.wayCode);
    o.insert(QLatin1String("notify_url"), h.notifyUrl);
    o.insert(QLatin1String("payout_order_details"), details);
    return o;
}

QJsonObject queryBody(const QString &requestId, const QString &payOrderId)
{
    QJsonObject o;
    if (!requestId.isEmpty())
        o.insert(QLatin1String("request_id"), requestId);
    if (!payOrderId.isEmpty())
        o.insert(QLatin1String("pay_order_id"), payOrderId);
    return o;
}

QJsonObject supportedBanksBody(const QString &currency, const QString &countryCode)
{
    QJsonObject o;
    o.insert(QLatin1String("currency"), currency);
    o.insert(QLatin1String("country_code"), countryCode);
    return o;
}

} // namespace Lesspay::Core::WireFormat
