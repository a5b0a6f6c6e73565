// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneytext.h"

#include "money/amount.h"

#include <algorithm>

namespace Lesspay::Ui::MoneyText {

namespace {

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Locales that group with a (narrow) no-break space are typed with an ordinary space.
bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00a0) || c == QChar(0x202f);
}

QString normalizedSpaces(QString text)
{
    std::replace_if(text.begin(), text.end(), isSpace, QChar(u' '));
    return text;
}

} // namespace

QString format(qint64 minor, int decimals, const QLocale &locale)
{
    return Core::Amount::formatLocalized(minor, decimals, locale);
}

QString withCurrency(qint64 minor, int decimals, const QString &currency, const QLocale &locale)
{
    return format(minor, decimals, locale) + u'\u00a0' + currency;
}

std::optional<qint64> parse(const QString &text, int decimals, const QLocale &locale)
{
    const QString typed = normalizedSpaces(text.trimmed());
    const QString point = locale.decimalPoint();
    const QString group = normalizedSpaces(locale.groupSeparator());
    if (typed.isEmpty() || point.isEmpty())
        return std::nullopt;

    const qsizetype at = typed.indexOf(point);
    const QString integerPart = at < 0 ? typed : typed.left(at);
    const QString fraction = at < 0 ? QString() : typed.mid(at + point.size());
    QString digits = integerPart;
    if (!group.isEmpty())
        digits.remove(group);
    if (digits.isEmpty() || !isAsciiDigits(digits) || !isAsciiDigits(fraction))
        return std::nullopt;
    // Grouped digits must be grouped exactly as format() groups them.
    if (digits != integerPart) {
        bool ok = false;
        const qlonglong value = digits.toLongLong(&ok);
        if (!ok || normalizedSpaces(locale.toString(value)) != integerPart)
            return std::nullopt;
    }
    const QString plain = at < 0 ? digits : digits + u'.' + fraction;
    const Core::Amount::ParseResult result = Core::Amount::parse(plain, decimals);
    if (!result.ok())
        return std::nullopt;
    return result.minor;
}

QString example(int decimals, const QLocale &locale)
{
    qint64 minor = 1234567;
    for (int i = 2; i < decimals; ++i)
        minor *= 10;
    for (int i = decimals; i < 2; ++i)
        minor /= 10;
    return format(minor, decimals, locale);
}

} // namespace Lesspay::Ui::MoneyText
