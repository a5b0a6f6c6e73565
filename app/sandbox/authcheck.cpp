// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authcheck.h"

#include "api/signer.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

AuthCheck::AuthCheck(const MerchantDirectory &merchants, std::function<qint64()> clock)
    : m_merchants(merchants)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

AuthCheck::Result AuthCheck::checkHeaders(const QByteArray &appId, const QByteArray &timestamp) const
{
    Result r;
    if (appId.isEmpty()) {
        r.error = u"missing x-auth-appid header"_s;
        return r;
    }
    r.merchant = m_merchants.find(QString::fromUtf8(appId));
    if (!r.merchant) {
        r.error = u"unknown APPID in x-auth-appid"_s;
        return r;
    }
    if (timestamp.isEmpty()) {
        r.error = u"missing X-Auth-Timestamp header"_s;
        return r;
    }
    bool ok = false;
    const qint64 ms = timestamp.toLongLong(&ok);
    if (!ok || ms <= 0) {
        r.error = u"X-Auth-Timestamp must be Unix time in milliseconds"_s;
        return r;
    }
    const qint64 skew = m_clock() - ms;
    if (skew > MaxClockSkewMs || skew < -MaxClockSkewMs) {
        r.error = u"X-Auth-Timestamp is more than 5 minutes away from the server time"_s;
        return r;
    }
    return r;
}

QString AuthCheck::checkSignature(const Merchant &merchant, QByteArrayView body, const QByteArray &signature)
{
    if (signature.isEmpty())
        return u"missing x-auth-signature header"_s;
    if (!Core::Signer::verify(body, merchant.secret, signature))
        return u"x-auth-signature does not match the request body"_s;
    return {};
}

} // namespace Lesspay::Sandbox
