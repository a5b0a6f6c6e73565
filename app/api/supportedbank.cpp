// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supportedbank.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lesspay::Core {

QList<SupportedBank> SupportedBank::listFromJson(const QJsonValue &data)
{
    // Tolerate the array wrapped in an object ({"banks": [...]}) as well as bare.
    QJsonArray array = data.toArray();
    if (data.isObject()) {
        const QJsonObject o = data.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isArray()) {
                array = it.value().toArray();
                break;
            }
        }
    }
    QList<SupportedBank> banks;
    banks.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SupportedBank b;
        b.bankName = o.value(QLatin1String("bank_name")).toString();
        b.bankCode = o.value(QLatin1String("bank_code")).toString();
        b.countryCode = o.value(QLatin1String("country_code")).toString();
        b.swiftCode = o.value(QLatin1String("swift_code")).toString();
        if (!b.bankName.isEmpty())
            banks.append(b);
    }
    return banks;
}

} // namespace Lesspay::Core
