// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/currencytable.h"
#include "sandbox/merchant.h"

#include <QHash>
#include <QProcessEnvironment>

#include <optional>

namespace Lesspay::Sandbox {

// The merchants the sandbox knows, by APPID. Built from command-line options and/or a JSON file:
// {"merchants":[{"appid":"m1","secret_env":"M1_SECRET" | "secret":"...","currencies":["PHP"],
//                "balances":{"PHP":"1000000.00"}}]}
class MerchantDirectory
{
public:
    static inline const QString DemoAppId = QStringLiteral("sandbox-demo");
    static inline const QByteArray DemoSecret = QByteArrayLiteral("sandbox-demo-secret");
    // A currency without an explicit balance gets this much (1,000,000,000.00 with 2 decimals).
    static constexpr qint64 DefaultBalanceMinor = 100'000'000'000;

    static QStringList defaultCurrencies();
    static Merchant demoMerchant();

    static std::optional<MerchantDirectory> fromJson(const QByteArray &json, const Core::CurrencyTable &table,
                                                     const QProcessEnvironment &environment, QString *error);

    // Fills in missing balances with the default; false (and an error) for a currency the table lacks.
    static bool completeMerchant(Merchant *merchant, const Core::CurrencyTable &table, QString *error);

    void add(const Merchant &merchant) { m_merchants.insert(merchant.appId, merchant); }
    const Merchant *find(const QString &appId) const;
    bool isEmpty() const { return m_merchants.isEmpty(); }
    QList<Merchant> merchants() const { return m_merchants.values(); }

private:
    QHash<QString, Merchant> m_merchants;
};

} // namespace Lesspay::Sandbox
