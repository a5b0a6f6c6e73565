// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "braziltaxid.h"

#include <algorithm>

namespace Lesspay::Core {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool allSame(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [&](QChar c) { return c == text.front(); });
}

// mod 11 check digit: remainder 0 or 1 gives 0, otherwise 11 - remainder.
int checkDigit(int sum)
{
    const int r = sum % 11;
    return r < 2 ? 0 : 11 - r;
}

// Character values of the alphanumeric CNPJ (Receita Federal, IN RFB 2.229/2024): the ASCII
// code minus 48, so digits keep their value and 'A' counts 17.
int cnpjValue(QChar c)
{
    return c.unicode() - 48;
}

} // namespace

QString BrazilTaxId::strip(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'.' || c == u'-' || c == u'/' || c == u' ')
            continue;
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            c = QChar(c.unicode() - (u'a' - u'A'));
        out.append(c);
    }
    return out;
}

QString BrazilTaxId::cpfCheckDigits(QStringView base)
{
    if (base.size() != 9 || !std::all_of(base.begin(), base.end(), isDigit))
        return {};
    int digits[11] = {};
    for (int i = 0; i < 9; ++i)
        digits[i] = base[i].unicode() - u'0';
    for (int n = 9; n <= 10; ++n) {
        int sum = 0;
        for (int i = 0; i < n; ++i)
            sum += digits[i] * (n + 1 - i);
        digits[n] = checkDigit(sum);
    }
    return QString::number(digits[9]) + QString::number(digits[10]);
}

QString BrazilTaxId::cnpjCheckDigits(QStringView base)
{
    if (base.size() != 12 || !std::all_of(base.begin(), base.end(), [](QChar c) { return isDigit(c) || isUpper(c); }))
        return {};
    // Weights run 2..9 from the right, wrapping around.
    int values[14] = {};
    for (int i = 0; i < 12; ++i)
        values[i] = cnpjValue(base[i]);
    for (int n = 12; n <= 13; ++n) {
        int sum = 0;
        for (int i = 0; i < n; ++i)
            sum += values[i] * (2 + (n - 1 - i) % 8);
        values[n] = checkDigit(sum);
    }
    return QString::number(values[12]) + QString::number(values[13]);
}

BrazilTaxId::Status BrazilTaxId::checkCpf(QStringView text)
{
    if (text.size() != 11 || !std::all_of(text.begin(), text.end(), isDigit))
        return Status::BadFormat;
    // 000.000.000-00, 111.111.111-11, ... pass the check digits but are not issued.
    if (allSame(text))
        return Status::Repeated;
    return cpfCheckDigits(text.first(9)) == text.last(2) ? Status::Ok : Status::BadCheckDigits;
}

BrazilTaxId::Status BrazilTaxId::checkCnpj(QStringView text)
{
    if (text.size() != 14
        || !std::all_of(text.begin(), text.end() - 2, [](QChar c) { return isDigit(c) || isUpper(c); })
        || !isDigit(text[12]) || !isDigit(text[13]))
        return Status::BadFormat;
    if (allSame(text))
        return Status::Repeated;
    return cnpjCheckDigits(text.first(12)) == text.last(2) ? Status::Ok : Status::BadCheckDigits;
}

} // namespace Lesspay::Core
