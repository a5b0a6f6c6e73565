// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/detailvalidator.h"
#include "sandbox/businesscode.h"
#include "sandbox/merchant.h"
#include "sandbox/storedbatch.h"

#include <QJsonObject>

#include <optional>

namespace Lesspay::Sandbox {

// Checks a create-order body the way Lesspay does and maps the first problem to a business code
// of spec section 6. Detail rules are the core's DetailValidator, so console and sandbox agree.
class CreateOrderValidator
{
public:
    static constexpr int MaxIdLength = 64;
    static constexpr int MaxDetails = 100000;

    explicit CreateOrderValidator(const Core::DetailValidator &validator);

    // On success fills the batch's content fields (ids, statuses and times are the caller's).
    std::optional<BusinessError> validate(const QJsonObject &body, const Merchant &merchant, StoredBatch *out) const;

    // request_id as the spec allows it: 1 to 64 of [A-Za-z0-9_-].
    static bool isValidRequestId(QStringView requestId);
    static QString requestIdRule();

    // The code for an issue the core reported on a field.
    static BusinessCode codeForField(Core::Field field);

private:
    std::optional<BusinessError> validateDetail(const QJsonValue &value, int index,
                                                const Core::DetailValidator::Context &context, StoredDetail *out) const;

    const Core::DetailValidator &m_validator;
};

} // namespace Lesspay::Sandbox
