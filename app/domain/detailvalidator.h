// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"
#include "domain/referencedata.h"
#include "domain/validationissue.h"

namespace Lesspay::Core {

// The payout rules of the spec (section 3), applied to one detail in the context of its
// batch currency. Pure and thread-safe: no I/O, no state but the reference data.
class DetailValidator
{
public:
    struct Context
    {
        QString currency;      // the batch currency, e.g. "PHP"
        int decimals = 2;      // allowed decimals for that currency (after profile overrides)
        QString phoneRegion;   // default region for phone numbers without "+", e.g. "PH"
        QStringList providers; // e-wallet providers offered for the currency
        struct ProviderTerms
        {
            ProviderRule rule;
            int callingCode = 0; // of rule.country; 0 when the provider pays to any country
        };
        QList<ProviderTerms> providerTerms; // parallel to providers
    };

    explicit DetailValidator(ReferenceData data);

    const ReferenceData &referenceData() const { return m_data; }
    Context contextFor(const QString &currency) const;

    ValidationIssues validate(const DetailView &detail, const Context &context) const;

    // What validate() concludes, counted instead of listed, with the amount it parsed: what a
    // batch keeps per row. Cheaper than validate() followed by amountMinor().
    struct Summary
    {
        int errors = 0;
        int warnings = 0;
        std::optional<qint64> amount; // as amountMinor()
        // No errors, and every value that goes on the wire is already what normalized() makes
        // of it: the detail is sent as typed (a batch keeps no second copy for the wire).
        bool normalForm = false;
    };
    Summary summarize(const DetailView &detail, const Context &context) const;

    // Parses the amount with the context's decimals; nullopt when invalid.
    std::optional<qint64> amountMinor(const DetailView &detail, const Context &context) const;

    // What goes on the wire: trimmed text, upper-case SWIFT and country, canonical provider
    // spelling, account number without spaces/dashes, phone keys in E.164, CPF/CNPJ digits only.
    // Only meaningful for a detail that validates without errors.
    PayoutDetail normalized(const PayoutDetail &detail, const Context &context) const;

private:
    bool isNormalForm(const DetailView &detail, const Context &context, const Summary &summary,
                      bool phoneKeyIsE164) const;

    ReferenceData m_data;
};

} // namespace Lesspay::Core
