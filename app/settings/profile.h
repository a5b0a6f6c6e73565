// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Lesspay::Core {

// One merchant account in one environment: everything needed to send payouts except the
// secret, which lives in the SecretStore under secretKey() and never in this value.
struct Profile
{
    enum class Environment {
        LocalSandbox, // the project's own lesspay-sandbox on a loopback port, started by the console
        LesspayUat,   // Lesspay's public test host
        Production,   // base URL entered by the user (Lesspay publishes none)
        Custom,       // any other base URL, e.g. a sandbox started by hand
    };

    QUuid id;
    QString name;
    Environment environment = Environment::LesspayUat;
    QUrl baseUrl; // Production and Custom: entered; LocalSandbox: set on each start; UAT: unused
    QString appId;
    QString wayType;
    QString wayCode;
    QString notifyUrl;
    QString payerName; // the company or person paying, as payees should read it on a payment advice
    QStringList allowedCurrencies = defaultCurrencies();
    QHash<QString, int> decimalOverrides;       // currency -> decimals
    QHash<QString, QStringList> extraProviders; // currency -> e-wallet providers beyond the builtin table
    QString supportedBanksPath = defaultSupportedBanksPath();
    QDateTime secretSavedAt; // when the secret was last stored; invalid when none was

    static QUrl uatBaseUrl() { return QUrl(QStringLiteral("https://lesspay2-pay-uat.doopayment.com")); }
    static QStringList defaultCurrencies();
    static QString defaultSupportedBanksPath() { return QStringLiteral("/api/global/payout/supported-banks"); }
    static QString environmentKey(Environment environment);
    static std::optional<Environment> environmentFromKey(QStringView key);

    // A fresh profile with a new id and the defaults of the given environment.
    static Profile create(const QString &name, Environment environment);

    // The base URL requests go to.
    QUrl effectiveBaseUrl() const;
    // The SecretStore key: "<profile id>:<APPID>", so a changed APPID never reads an old secret.
    QString secretKey() const;
    bool hasSavedSecret() const { return secretSavedAt.isValid(); }
    // Problems that stop the profile from being used, in words; empty when it is usable.
    QStringList problems() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Lesspay::Core
