// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "merchantdirectory.h"

#include "money/amount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

QStringList MerchantDirectory::defaultCurrencies()
{
    return {u"PHP"_s, u"IDR"_s, u"INR"_s, u"USD"_s, u"CNY"_s, u"BRL"_s};
}

Merchant MerchantDirectory::demoMerchant()
{
    Merchant m;
    m.appId = DemoAppId;
    m.secret = DemoSecret;
    m.currencies = defaultCurrencies();
    for (const QString &c : std::as_const(m.currencies))
        m.balances.insert(c, DefaultBalanceMinor);
    return m;
}

bool MerchantDirectory::completeMerchant(Merchant *merchant, const Core::CurrencyTable &table, QString *error)
{
    if (merchant->currencies.isEmpty())
        merchant->currencies = defaultCurrencies();
    for (const QString &c : std::as_const(merchant->currencies)) {
        if (!table.contains(c)) {
            *error = u"merchant %1: unknown currency %2"_s.arg(merchant->appId, c);
            return false;
        }
        if (!merchant->balances.contains(c))
            merchant->balances.insert(c, DefaultBalanceMinor);
    }
    return true;
}

const Merchant *MerchantDirectory::find(const QString &appId) const
{
    const auto it = m_merchants.constFind(appId);
    return it == m_merchants.constEnd() ? nullptr : &it.value();
}

std::optional<MerchantDirectory> MerchantDirectory::fromJson(const QByteArray &json, const Core::CurrencyTable &table,
                                                             const QProcessEnvironment &environment, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"merchants file is not a JSON object: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue list = doc.object().value("merchants"_L1);
    if (!list.isArray() || list.toArray().isEmpty()) {
        *error = u"merchants file needs a non-empty \"merchants\" array"_s;
        return std::nullopt;
    }
    MerchantDirectory directory;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Merchant m;
        m.appId = o.value("appid"_L1).toString();
        if (m.appId.isEmpty()) {
            *error = u"a merchant has no \"appid\""_s;
            return std::nullopt;
        }
        // A secret may sit in the file (test fixtures) or, better, in an environment variable.
        const QString secretEnv = o.value("secret_env"_L1).toString();
        m.secret =
            secretEnv.isEmpty() ? o.value("secret"_L1).toString().toUtf8() : environment.value(secretEnv).toUtf8();
        if (m.secret.isEmpty()) {
            *error = u"merchant %1 has no secret (\"secret\" or \"secret_env\")"_s.arg(m.appId);
            return std::nullopt;
        }
        for (const QJsonValue &c : o.value("currencies"_L1).toArray())
            m.currencies.append(c.toString());
        const QJsonObject balances = o.value("balances"_L1).toObject();
        for (auto it = balances.constBegin(); it != balances.constEnd(); ++it) {
            const std::optional<int> decimals = table.decimals(it.key());
            const Core::Amount::ParseResult amount =
                Core::Amount::parse(it.value().toString(), decimals.value_or(Core::Amount::MaxDecimals));
            if (!decimals || !amount.ok()) {
                *error = u"merchant %1: invalid balance for %2 (a decimal string in a known currency)"_s.arg(m.appId,
                                                                                                             it.key());
                return std::nullopt;
            }
            m.balances.insert(it.key(), amount.minor);
        }
        if (!completeMerchant(&m, table, error))
            return std::nullopt;
        directory.add(m);
    }
    return directory;
}

} // namespace Lesspay::Sandbox
