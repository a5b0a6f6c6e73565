// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileconfig.h"

namespace Lesspay::Core::ProfileConfig {

ApiClient::Config client(const Profile &profile)
{
    ApiClient::Config config;
    config.baseUrl = profile.effectiveBaseUrl();
    config.appId = profile.appId;
    config.supportedBanksPath = profile.supportedBanksPath;
    return config;
}

ApiClient::Config client(const Profile &profile, std::chrono::milliseconds timeout)
{
    ApiClient::Config config = client(profile);
    config.timeout = timeout;
    return config;
}

ReferenceData rules(const Profile &profile)
{
    ReferenceData data = ReferenceData::builtin();
    data.currencies = data.currencies.withDecimalOverrides(profile.decimalOverrides);
    data.providers = data.providers.withExtra(profile.extraProviders);
    data.allowedCurrencies = profile.allowedCurrencies;
    return data;
}

bool sameRules(const Profile &a, const Profile &b)
{
    return a.allowedCurrencies == b.allowedCurrencies && a.decimalOverrides == b.decimalOverrides
           && a.extraProviders == b.extraProviders;
}

bool sameClient(const Profile &a, const Profile &b)
{
    return a.effectiveBaseUrl() == b.effectiveBaseUrl() && a.appId == b.appId
           && a.supportedBanksPath == b.supportedBanksPath;
}

} // namespace Lesspay::Core::ProfileConfig
