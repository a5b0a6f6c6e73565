// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace Lesspay::Core {

// Money as an integer count of minor units. Parsing and formatting never go through
// floating point: the API's decimal strings map to qint64 and back exactly.
class Amount
{
public:
    enum class Error {
        None,
        Empty,
        InvalidCharacter,
        Sign,
        Exponent,
        Grouping,
        MissingDigits,
        TooManyDecimals,
        Overflow,
    };

    enum class DecimalSeparator { Point, Comma };

    struct ParseResult
    {
        qint64 minor = 0;
        Error error = Error::None;
        bool ok() const { return error == Error::None; }
    };

    static constexpr int MaxDecimals = 6;

    // Strict API form: digits, optionally '.' and 1..decimals digits. No sign, exponent,
    // grouping or surrounding spaces.
    static ParseResult parse(QStringView text, int decimals);

    // What a person types in a locale: the caller says which decimal separator is meant
    // (never guessed). Surrounding spaces are ignored; grouping with the other separator,
    // a space or a no-break space is accepted only in groups of three.
    static ParseResult parseLocalized(QStringView text, int decimals, DecimalSeparator separator);

    // The API string with exactly `decimals` digits after the point ("1500.00", "25000").
    static QString format(qint64 minor, int decimals);
    // The same for people: the locale's digit grouping and decimal point ("1,500.00", "1.500,00").
    static QString formatLocalized(qint64 minor, int decimals, const QLocale &locale);

    static std::optional<qint64> checkedAdd(qint64 a, qint64 b);

    // A translated sentence for an error, for the field named by the caller.
    static QString errorMessage(Error error, int decimals);
};

} // namespace Lesspay::Core
