// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"

#include <QString>

// The payee account the recipient-directory tests save and match: one bank account in the
// Philippines, complete enough for the validator.
namespace PayeeAccounts {

inline Lesspay::Core::PayoutDetail bank(const QString &holder, const QString &number,
                                        const QString &swift = QStringLiteral("BNORPHMM"))
{
    using Lesspay::Core::Field;
    using Lesspay::Core::PayoutDetail;
    PayoutDetail d;
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, holder);
    d.setValue(Field::BankAccountNo, number);
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, swift);
    return d;
}

} // namespace PayeeAccounts
