// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Lesspay::Core {

// Brazilian taxpayer IDs used as PIX keys: CPF (people, 11 digits) and CNPJ (companies,
// 14 characters; since July 2026 the first 12 may be letters too). Both end in two mod-11
// check digits.
class BrazilTaxId
{
public:
    enum class Status { Ok, BadFormat, Repeated, BadCheckDigits };

    // Removes the usual punctuation (". - /" and spaces) and upper-cases letters.
    static QString strip(QStringView text);

    // text must already be stripped.
    static Status checkCpf(QStringView text);
    static Status checkCnpj(QStringView text);

    // The two check digits for 9 CPF digits or 12 CNPJ characters ("" for bad input).
    static QString cpfCheckDigits(QStringView base);
    static QString cnpjCheckDigits(QStringView base);
};

} // namespace Lesspay::Core
