// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lesspay::Sandbox {

// The envelope codes of spec section 6 that the sandbox answers with, in one place.
enum class BusinessCode : int {
    Success = 0,
    InvalidParameter = 30000,
    UnsupportedCurrency = 30001,
    TotalMismatch = 30002,
    RejectedByReview = 30003,
    InvalidAccountType = 30004,
    InvalidCountryCode = 30005,
    InvalidAccountNumber = 30006,
    DuplicateMchOrderId = 30007,
    InvalidTransactionType = 30008,
    InvalidAmount = 30009,
    IdempotencyConflict = 30010,
    DuplicateRequestId = 30011,
    OrderNotFound = 30020,
};

struct BusinessError
{
    BusinessCode code = BusinessCode::InvalidParameter;
    QString msg;
};

} // namespace Lesspay::Sandbox
