// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Lesspay::Core {

// One entry of the supported-banks answer (spec section 7).
struct SupportedBank
{
    QString bankName;
    QString bankCode;
    QString countryCode;
    QString swiftCode;

    static QList<SupportedBank> listFromJson(const QJsonValue &data);
    friend bool operator==(const SupportedBank &, const SupportedBank &) = default;
};

} // namespace Lesspay::Core
