// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QCoreApplication>

namespace Lesspay::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Core::Profile", text);
}

} // namespace

QStringList Profile::defaultCurrencies()
{
    // Spec section 3: the error table and the examples disagree, so all of them by default.
    return {QStringLiteral("PHP"), QStringLiteral("IDR"), QStringLiteral("INR"),
            QStringLiteral("USD"), QStringLiteral("CNY"), QStringLiteral("BRL")};
}

QString Profile::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::LocalSandbox:
        return QStringLiteral("local-sandbox");
    case Environment::LesspayUat:
        return QStringLiteral("lesspay-uat");
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<Profile::Environment> Profile::environmentFromKey(QStringView key)
{
    for (const auto environment :
         {Environment::LocalSandbox, Environment::LesspayUat, Environment::Production, Environment::Custom}) {
        if (key == environmentKey(environment))
            return environment;
    }
    return std::nullopt;
}

Profile Profile::create(const QString &name, Environment environment)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.environment = environment;
    // The channel of the API reference's example; merchants get their own at onboarding.
    profile.wayType = QStringLiteral("BANK_TRANSFER");
    profile.wayCode = QStringLiteral("TAZAPAY_PAYOUT");
    if (environment == Environment::LocalSandbox) {
        // The sandbox delivers webhooks; a loopback URL keeps them on this machine.
        profile.notifyUrl = QStringLiteral("http://127.0.0.1/lesspay-notify");
    }
    return profile;
}

QUrl Profile::effectiveBaseUrl() const
{
    return environment == Environment::LesspayUat ? uatBaseUrl() : baseUrl;
}

QString Profile::secretKey() const
{
    return id.toString(QUuid::WithoutBraces) + u':' + appId;
}

QStringList Profile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << tr("The profile needs a name.");
    if (appId.trimmed().isEmpty())
        out << tr("The APPID is missing.");
    const QUrl url = effectiveBaseUrl();
    const bool localSandboxNotStarted = environment == Environment::LocalSandbox && url.isEmpty();
    if (!localSandboxNotStarted) {
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
            out << tr("The base URL must be an http or https URL with a host.");
        else if (environment == Environment::Production && scheme != u"https")
            out << tr("A production base URL must use https.");
    }
    if (!notifyUrl.isEmpty()) {
        const QUrl notify(notifyUrl, QUrl::StrictMode);
        if (!notify.isValid() || notify.host().isEmpty() || (notify.scheme() != u"http" && notify.scheme() != u"https"))
            out << tr("The notify URL must be an http or https URL with a host.");
    }
    if (!supportedBanksPath.startsWith(u'/'))
        out << tr("The supported-banks path must start with '/'.");
    return out;
}

} // namespace Lesspay::Core
