// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "magicvalues.h"

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

// The fractional endings, matched on the amount string the sandbox keeps (normalized to the
// currency's decimals, so "100.1" never matches ".13" by accident).
const auto ClosedAccountEnding = ".13"_L1;
const auto ChannelFundsEnding = ".14"_L1;
const auto StayPendingEnding = ".17"_L1;
const auto RejectMarker = "REJECT"_L1;

} // namespace

MagicValues::DetailOutcome MagicValues::detailOutcome(const QString &amount)
{
    if (amount.endsWith(ClosedAccountEnding))
        return {Outcome::Fail, u"Beneficiary account is closed (sandbox amount ending in .13)"_s};
    if (amount.endsWith(ChannelFundsEnding))
        return {Outcome::Fail, u"Insufficient channel funds (sandbox amount ending in .14)"_s};
    if (amount.endsWith(StayPendingEnding))
        return {Outcome::StayPending, {}};
    return {};
}

bool MagicValues::rejectsAtReview(const QString &accountName)
{
    return accountName.contains(RejectMarker);
}

QString MagicValues::reviewRejectReason()
{
    return u"Rejected by operations review (30003): an account holder name is on the sandbox review list "
           u"(contains REJECT)"_s;
}

QString MagicValues::helpText()
{
    return u"Magic values (steer sandbox outcomes):\n"
           u"  detail amount ending in .13        that detail FAILED: \"Beneficiary account is closed\"\n"
           u"  detail amount ending in .14        that detail FAILED: \"Insufficient channel funds\"\n"
           u"  detail amount ending in .17        that detail stays pending forever (the batch never\n"
           u"                                     becomes final)\n"
           u"  account name containing REJECT     review rejects the whole batch: FAILED, fail_reason\n"
           u"                                     with code 30003 (bank_account_name or\n"
           u"                                     e_wallet.account_name, upper case)\n"
           u"  batch total above the merchant's   review fails the batch: FAILED, fail_reason\n"
           u"  balance for its currency           \"Insufficient merchant balance\" (see --balance)\n"
           u"  any other amount                   that detail SUCCEED\n"
           u"A batch with only SUCCEED details is SUCCEED, with only FAILED ones FAILED, otherwise\n"
           u"PARTIAL_SUCCESS.\n"_s;
}

} // namespace Lesspay::Sandbox
