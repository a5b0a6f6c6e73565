// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankdirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

BankDirectory BankDirectory::builtin()
{
    QFile file(u":/data/banks.json"_s);
    QString error;
    std::optional<BankDirectory> d;
    if (file.open(QIODevice::ReadOnly))
        d = fromJson(file.readAll(), &error);
    if (!d)
        qFatal("embedded banks.json is unreadable: %s", qPrintable(error));
    return *d;
}

std::optional<BankDirectory> BankDirectory::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    BankDirectory d;
    for (const QJsonValue &v : doc.object().value("banks"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        d.m_banks.append({o.value("bank_name"_L1).toString(), o.value("bank_code"_L1).toString(),
                          o.value("country_code"_L1).toString(), o.value("currency"_L1).toString(),
                          o.value("swift_code"_L1).toString()});
    }
    if (d.m_banks.isEmpty()) {
        *error = u"no \"banks\" array"_s;
        return std::nullopt;
    }
    return d;
}

QJsonArray BankDirectory::find(const QString &currency, const QString &countryCode) const
{
    QJsonArray list;
    for (const Bank &b : m_banks) {
        if ((!currency.isEmpty() && b.currency != currency) || (!countryCode.isEmpty() && b.countryCode != countryCode))
            continue;
        list.append(QJsonObject{{"bank_name"_L1, b.name},
                                {"bank_code"_L1, b.code},
                                {"country_code"_L1, b.countryCode},
                                {"swift_code"_L1, b.swiftCode}});
    }
    return list;
}

} // namespace Lesspay::Sandbox
