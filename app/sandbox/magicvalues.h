// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lesspay::Sandbox {

// The documented values that steer a sandbox batch, like a payment provider's test cards. Every
// rule lives here, and helpText() is what --help and the README show.
class MagicValues
{
public:
    enum class Outcome { Succeed, Fail, StayPending };

    struct DetailOutcome
    {
        Outcome outcome = Outcome::Succeed;
        QString failReason;
    };

    // Decides a detail at pay time from its amount in API form ("100.13").
    static DetailOutcome detailOutcome(const QString &amount);

    // True when review rejects the whole batch because of this account holder name.
    static bool rejectsAtReview(const QString &accountName);

    static QString reviewRejectReason();
    static QString helpText();
};

} // namespace Lesspay::Sandbox
