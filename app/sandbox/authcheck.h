// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/merchantdirectory.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Lesspay::Sandbox {

// The header checks of spec section 2 (APPID, timestamp window, signature). A failure is an
// HTTP 401 with the message of the result; the signature is verified with the core's Signer.
class AuthCheck
{
public:
    static constexpr qint64 MaxClockSkewMs = 5 * 60 * 1000;

    struct Result
    {
        const Merchant *merchant = nullptr;
        QString error; // empty when ok
        bool ok() const { return error.isEmpty(); }
    };

    // clock returns Unix time in milliseconds; the default is the system clock.
    explicit AuthCheck(const MerchantDirectory &merchants, std::function<qint64()> clock = {});

    // APPID and timestamp, checked before the body is parsed.
    Result checkHeaders(const QByteArray &appId, const QByteArray &timestamp) const;
    // The signature over the received body bytes.
    static QString checkSignature(const Merchant &merchant, QByteArrayView body, const QByteArray &signature);

private:
    const MerchantDirectory &m_merchants;
    std::function<qint64()> m_clock;
};

} // namespace Lesspay::Sandbox
