// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payoutapi.h"

#include "api/wireformat.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

ApiReply success(const QJsonValue &data)
{
    return ApiReply::envelope(200, int(BusinessCode::Success), u"SUCCESS"_s, data);
}

// Business errors travel in the envelope of an HTTP 200, as Lesspay's do.
ApiReply failure(BusinessCode code, const QString &msg, const QJsonValue &data = QJsonValue::Null)
{
    return ApiReply::envelope(200, int(code), msg, data);
}

QString optionalString(const QJsonObject &body, QLatin1StringView key, bool *ok)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        *ok = false;
    return v.toString();
}

} // namespace

PayoutApi::PayoutApi(BatchStore &store, const CreateOrderValidator &validator, const BankDirectory &banks,
                     const Core::CountryTable &countries, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_validator(validator)
    , m_banks(banks)
    , m_countries(countries)
{}

bool PayoutApi::isApiPath(const QString &path)
{
    return path == CreatePath || path == QueryPath || path == BanksPath;
}

ApiReply PayoutApi::handle(const QString &path, const Merchant &merchant, const QJsonObject &body)
{
    if (path == CreatePath)
        return create(merchant, body);
    if (path == QueryPath)
        return query(merchant, body);
    return supportedBanks(merchant, body);
}

ApiReply PayoutApi::create(const Merchant &merchant, const QJsonObject &body)
{
    // Idempotency first: a known request_id is judged by its content, whatever else is wrong.
    const QJsonValue requestId = body.value("request_id"_L1);
    const QByteArray hash =
        QCryptographicHash::hash(Core::WireFormat::toBytes(body), QCryptographicHash::Sha256).toHex();
    if (requestId.isString()) {
        if (const StoredBatch *existing = m_store.findByRequestId(merchant.appId, requestId.toString())) {
            const QJsonObject data{{"pay_order_id"_L1, existing->payOrderId},
                                   {"request_id"_L1, existing->requestId},
                                   {"order_status"_L1, existing->status}};
            if (existing->contentHash == hash)
                return failure(
                    BusinessCode::DuplicateRequestId,
                    u"duplicate request_id: this batch was already accepted as %1"_s.arg(existing->payOrderId), data);
            return failure(BusinessCode::IdempotencyConflict,
                           u"request_id %1 was already used with different parameters"_s.arg(existing->requestId));
        }
    }

    StoredBatch batch;
    if (const std::optional<BusinessError> e = m_validator.validate(body, merchant, &batch))
        return failure(e->code, e->msg);

    batch.appId = merchant.appId;
    batch.payOrderId = m_store.newPayOrderId();
    batch.contentHash = hash;
    batch.status = StoredBatch::PendingConfirm;
    batch.createdAt = QDateTime::currentDateTimeUtc();
    batch.updatedAt = batch.createdAt;
    batch.createAccepted = 1;
    for (qsizetype i = 0; i < batch.details.size(); ++i) {
        StoredDetail &d = batch.details[i];
        d.detailId = batch.payOrderId + u'-' + QString::number(i + 1).rightJustified(4, u'0');
        d.status = StoredBatch::DetailPending;
    }
    const StoredBatch &stored = m_store.insert(std::move(batch));
    Q_EMIT batchAccepted(stored.payOrderId);
    return success(stored.createData());
}

ApiReply PayoutApi::query(const Merchant &merchant, const QJsonObject &body)
{
    bool ok = true;
    const QString requestId = optionalString(body, "request_id"_L1, &ok);
    const QString payOrderId = optionalString(body, "pay_order_id"_L1, &ok);
    if (!ok)
        return failure(BusinessCode::InvalidParameter, u"request_id and pay_order_id must be strings"_s);
    if (requestId.isEmpty() && payOrderId.isEmpty())
        return failure(BusinessCode::InvalidParameter, u"request_id or pay_order_id is required"_s);
    if (!requestId.isEmpty() && !CreateOrderValidator::isValidRequestId(requestId))
        return failure(BusinessCode::InvalidParameter, CreateOrderValidator::requestIdRule());
    const StoredBatch *batch = m_store.find(merchant.appId, requestId, payOrderId);
    if (!batch)
        return failure(BusinessCode::OrderNotFound, u"order not found"_s);
    return success(batch->queryData());
}

ApiReply PayoutApi::supportedBanks(const Merchant &merchant, const QJsonObject &body) const
{
    bool ok = true;
    const QString currency = optionalString(body, "currency"_L1, &ok);
    const QString country = optionalString(body, "country_code"_L1, &ok);
    if (!ok)
        return failure(BusinessCode::InvalidParameter, u"currency and country_code must be strings"_s);
    if (!currency.isEmpty() && !merchant.currencies.contains(currency))
        return failure(BusinessCode::UnsupportedCurrency,
                       u"currency %1 is not supported for this merchant"_s.arg(currency));
    if (!country.isEmpty() && (country.size() != 2 || !m_countries.contains(country)))
        return failure(BusinessCode::InvalidCountryCode, u"country_code must be ISO 3166-1 alpha-2"_s);
    return success(m_banks.find(currency, country));
}

} // namespace Lesspay::Sandbox
