// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationsummary.h"

#include "domain/batch.h"
#include "money/amount.h"

#include <algorithm>

namespace Lesspay::Cli {

using namespace Lesspay::Core;

ValidationSummary ValidationSummary::of(const Batch &batch)
{
    ValidationSummary s;
    const int decimals = batch.context().decimals;
    qint64 total = 0;
    for (int row = 0; row < batch.size(); ++row) {
        const ValidationIssues issues = batch.issues(row);
        const bool noErrors = std::none_of(issues.cbegin(), issues.cend(), [](const auto &i) { return i.isError(); });
        const Amount::ParseResult amount =
            noErrors ? Amount::parse(batch.normalizedDetail(row).amount(), decimals) : Amount::ParseResult{};
        if (!noErrors || !amount.ok()) {
            ++s.m_invalidRows;
            continue;
        }
        ++s.m_validRows;
        const std::optional<qint64> sum = s.m_overflow ? std::nullopt : Amount::checkedAdd(total, amount.minor);
        if (sum)
            total = *sum;
        else
            s.m_overflow = true;
    }
    if (!s.m_overflow)
        s.m_validTotal = Amount::format(total, decimals);
    return s;
}

} // namespace Lesspay::Cli
