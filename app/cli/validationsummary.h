// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Lesspay::Core {
class Batch;
}

namespace Lesspay::Cli {

// What `validate` reports about a file: the rows that would be sent (count and exact total)
// and the rows that would not, counted apart, so that a total never mixes the two.
class ValidationSummary
{
public:
    static ValidationSummary of(const Core::Batch &batch);

    int validRows() const { return m_validRows; }
    int invalidRows() const { return m_invalidRows; }
    // The valid rows' total in the API form ("1500.00"); empty when it does not fit.
    QString validTotal() const { return m_validTotal; }
    bool totalOverflows() const { return m_overflow; }

private:
    int m_validRows = 0;
    int m_invalidRows = 0;
    QString m_validTotal;
    bool m_overflow = false;
};

} // namespace Lesspay::Cli
