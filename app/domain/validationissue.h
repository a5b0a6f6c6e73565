// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"

#include <QList>
#include <QString>

namespace Lesspay::Core {

struct ValidationIssue
{
    enum class Severity { Warning, Error };

    Field field = Field::MchOrderId;
    Severity severity = Severity::Error;
    QString code;    // machine code, stable: "amount.too_many_decimals", "swift.country_mismatch", ...
    QString message; // translated sentence for people

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace Lesspay::Core
