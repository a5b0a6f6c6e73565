// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "domain/referencedata.h"
#include "settings/profile.h"

namespace Lesspay::Core {

// What a profile means to the core, built in one place for the console, the CLI and the
// connection test: the API client's configuration and the payout rules (currencies the profile
// enables, decimal overrides, extra e-wallet providers).
namespace ProfileConfig {

ApiClient::Config client(const Profile &profile);
ApiClient::Config client(const Profile &profile, std::chrono::milliseconds timeout);

ReferenceData rules(const Profile &profile);
// True when two profiles give the same rules (a validator built for one serves the other).
bool sameRules(const Profile &a, const Profile &b);
// True when two profiles give the same client configuration.
bool sameClient(const Profile &a, const Profile &b);

} // namespace ProfileConfig

} // namespace Lesspay::Core
