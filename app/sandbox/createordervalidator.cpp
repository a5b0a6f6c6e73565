// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "createordervalidator.h"

#include "money/amount.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using Lesspay::Core::Amount;
using Lesspay::Core::Field;

namespace Lesspay::Sandbox {

namespace {

BusinessError error(BusinessCode code, const QString &msg)
{
    return {code, msg};
}

// A required, non-empty string field of the batch header.
std::optional<BusinessError> requireString(const QJsonObject &body, QLatin1StringView key, QString *out)
{
    const QJsonValue v = body.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return error(BusinessCode::InvalidParameter, u"%1 is required and must be a non-empty string"_s.arg(key));
    *out = v.toString();
    return std::nullopt;
}

} // namespace

CreateOrderValidator::CreateOrderValidator(const Core::DetailValidator &validator)
    : m_validator(validator)
{}

BusinessCode CreateOrderValidator::codeForField(Field field)
{
    switch (field) {
    case Field::Amount:
        return BusinessCode::InvalidAmount;
    case Field::BankAccountType:
    case Field::WalletAccountType:
        return BusinessCode::InvalidAccountType;
    case Field::BankCountryCode:
        return BusinessCode::InvalidCountryCode;
    case Field::BankAccountNo:
        return BusinessCode::InvalidAccountNumber;
    case Field::DestinationType:
        return BusinessCode::InvalidTransactionType;
    default:
        return BusinessCode::InvalidParameter;
    }
}

bool CreateOrderValidator::isValidRequestId(QStringView requestId)
{
    return !requestId.isEmpty() && requestId.size() <= MaxIdLength
           && std::all_of(requestId.begin(), requestId.end(), [](QChar c) {
                  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
                         || c == u'-';
              });
}

QString CreateOrderValidator::requestIdRule()
{
    return u"request_id must be 1 to %1 characters of A-Z, a-z, 0-9, _ and -"_s.arg(MaxIdLength);
}

std::optional<BusinessError> CreateOrderValidator::validate(const QJsonObject &body, const Merchant &merchant,
                                                            StoredBatch *out) const
{
    if (auto e = requireString(body, "request_id"_L1, &out->requestId))
        return e;
    if (!isValidRequestId(out->requestId))
        return error(BusinessCode::InvalidParameter, requestIdRule());

    if (auto e = requireString(body, "currency"_L1, &out->currency))
        return e;
    if (!merchant.currencies.contains(out->currency))
        return error(BusinessCode::UnsupportedCurrency,
                     u"currency %1 is not supported for this merchant (supported: %2)"_s.arg(
                         out->currency, merchant.currencies.join(u", "_s)));
    const Core::DetailValidator::Context context = m_validator.contextFor(out->currency);

    if (auto e = requireString(body, "way_type"_L1, &out->wayType))
        return e;
    if (auto e = requireString(body, "way_code"_L1, &out->wayCode))
        return e;
    if (auto e = requireString(body, "notify_url"_L1, &out->notifyUrl))
        return e;
    const QUrl notify(out->notifyUrl, QUrl::StrictMode);
    if (!notify.isValid() || (notify.scheme() != "http"_L1 && notify.scheme() != "https"_L1) || notify.host().isEmpty())
        return error(BusinessCode::InvalidParameter, u"notify_url must be an http or https URL with a host"_s);

    const QJsonValue total = body.value("total_amount"_L1);
    if (total.isUndefined() || total.isNull())
        return error(BusinessCode::InvalidParameter, u"total_amount is required"_s);
    const Amount::ParseResult totalParsed = total.isString() ? Amount::parse(total.toString(), context.decimals)
                                                             : Amount::ParseResult{0, Amount::Error::InvalidCharacter};
    if (!totalParsed.ok() || totalParsed.minor <= 0)
        return error(
            BusinessCode::InvalidAmount,
            u"total_amount must be a positive decimal string with at most %1 decimals"_s.arg(context.decimals));
    out->totalMinor = totalParsed.minor;
    out->totalAmount = Amount::format(totalParsed.minor, context.decimals);

    const QJsonValue details = body.value("payout_order_details"_L1);
    if (!details.isArray() || details.toArray().isEmpty())
        return error(BusinessCode::InvalidParameter, u"payout_order_details must be a non-empty array"_s);
    const QJsonArray rows = details.toArray();
    if (rows.size() > MaxDetails)
        return error(BusinessCode::InvalidParameter,
                     u"payout_order_details holds more than %1 details"_s.arg(MaxDetails));

    QSet<QString> seen;
    seen.reserve(rows.size());
    qint64 sum = 0;
    out->details.clear();
    out->details.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        StoredDetail detail;
        if (auto e = validateDetail(rows.at(i), i, context, &detail))
            return e;
        if (seen.contains(detail.mchOrderId))
            return error(BusinessCode::DuplicateMchOrderId,
                         u"payout_order_details[%1]: mch_order_id %2 appears more than once in the batch"_s.arg(
                             QString::number(i), detail.mchOrderId));
        seen.insert(detail.mchOrderId);
        const std::optional<qint64> next = Amount::checkedAdd(sum, detail.amountMinor);
        if (!next)
            return error(BusinessCode::TotalMismatch, u"the sum of the detail amounts overflows"_s);
        sum = *next;
        out->details.append(detail);
    }
    if (sum != out->totalMinor)
        return error(BusinessCode::TotalMismatch,
                     u"total_amount %1 does not equal the sum of the detail amounts %2"_s.arg(
                         out->totalAmount, Amount::format(sum, context.decimals)));
    return std::nullopt;
}

std::optional<BusinessError> CreateOrderValidator::validateDetail(const QJsonValue &value, int index,
                                                                  const Core::DetailValidator::Context &context,
                                                                  StoredDetail *out) const
{
    const QString where = u"payout_order_details[%1]"_s.arg(index);
    if (!value.isObject())
        return error(BusinessCode::InvalidParameter, where + u" must be an object"_s);
    const QJsonObject o = value.toObject();
    const QJsonValue wallet = o.value("e_wallet"_L1);
    if (!wallet.isUndefined() && !wallet.isNull() && !wallet.isObject())
        return error(BusinessCode::InvalidParameter, where + u": e_wallet must be an object"_s);

    // Every field goes into the core's PayoutDetail as text; a non-string value is refused here
    // because the API carries all of them (amounts included) as strings.
    Core::PayoutDetail detail;
    for (int f = 0; f < Core::FieldCount; ++f) {
        const Field field = Field(f);
        const QString key = Core::fieldKey(field);
        const bool inWallet = Core::isWalletField(field);
        const QString leaf = inWallet ? key.section(u'.', 1) : key;
        const QJsonValue v = inWallet ? wallet.toObject().value(leaf) : o.value(leaf);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            return error(field == Field::Amount ? BusinessCode::InvalidAmount : BusinessCode::InvalidParameter,
                         where + u": %1 must be a string"_s.arg(key));
        detail.setValue(field, v.toString());
    }

    const QString destination = detail.destinationType();
    if (destination != Core::PayoutDetail::Bank && destination != Core::PayoutDetail::EWallet)
        return error(BusinessCode::InvalidTransactionType,
                     where + u": destination_type must be \"bank\" or \"ewallet\""_s);
    if (detail.mchOrderId().isEmpty())
        return error(BusinessCode::InvalidParameter, where + u": mch_order_id is required"_s);

    const Core::ValidationIssues issues = m_validator.validate(detail, context);
    for (const Core::ValidationIssue &issue : issues) {
        if (!issue.isError())
            continue;
        return error(codeForField(issue.field),
                     u"%1 (mch_order_id %2): %3: %4"_s.arg(where, detail.mchOrderId(), Core::fieldKey(issue.field),
                                                           issue.message));
    }
    const std::optional<qint64> minor = m_validator.amountMinor(detail, context);
    if (!minor || *minor <= 0)
        return error(BusinessCode::InvalidAmount, where + u": amount must be a positive decimal string"_s);

    out->wire = o;
    out->mchOrderId = detail.mchOrderId();
    out->amountMinor = *minor;
    out->amount = Amount::format(*minor, context.decimals);
    return std::nullopt;
}

} // namespace Lesspay::Sandbox
