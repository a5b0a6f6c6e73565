// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Lesspay::Sandbox {

// The banks the supported-banks call answers with, from resources/data/banks.json.
class BankDirectory
{
public:
    struct Bank
    {
        QString name;
        QString code;
        QString countryCode;
        QString currency;
        QString swiftCode;
    };

    static BankDirectory builtin(); // :/data/banks.json
    static std::optional<BankDirectory> fromJson(const QByteArray &json, QString *error);

    // Banks matching both filters; an empty filter matches everything.
    QJsonArray find(const QString &currency, const QString &countryCode) const;
    int size() const { return int(m_banks.size()); }

private:
    QList<Bank> m_banks;
};

} // namespace Lesspay::Sandbox
