// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amount.h"

#include "money/exactsum.h"

#include <QCoreApplication>

#include <limits>

namespace Lesspay::Core {

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// digits: only ASCII digits, already checked. Returns false on overflow.
bool accumulate(qint64 &value, QStringView digits)
{
    for (QChar c : digits) {
        const int d = c.unicode() - u'0';
        if (value > (Max - d) / 10)
            return false;
        value = value * 10 + d;
    }
    return true;
}

Amount::ParseResult fail(Amount::Error e)
{
    return {0, e};
}

// Classifies a character that is not a digit or the decimal separator.
Amount::Error classify(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'+':
        return Amount::Error::Sign;
    case u'e':
    case u'E':
        return Amount::Error::Exponent;
    case u',':
    case u'.':
    case u' ':
    case u'\'':
    case 0x00A0:
    case 0x202F:
        return Amount::Error::Grouping;
    default:
        return Amount::Error::InvalidCharacter;
    }
}

Amount::ParseResult combine(QStringView integer, QStringView fraction, int decimals)
{
    if (integer.isEmpty())
        return fail(Amount::Error::MissingDigits);
    if (fraction.size() > decimals)
        return fail(Amount::Error::TooManyDecimals);
    qint64 value = 0;
    if (!accumulate(value, integer))
        return fail(Amount::Error::Overflow);
    if (!accumulate(value, fraction))
        return fail(Amount::Error::Overflow);
    for (qsizetype i = fraction.size(); i < decimals; ++i) {
        if (value > Max / 10)
            return fail(Amount::Error::Overflow);
        value *= 10;
    }
    return {value, Amount::Error::None};
}

} // namespace

Amount::ParseResult Amount::parse(QStringView text, int decimals)
{
    if (text.isEmpty())
        return fail(Error::Empty);
    if (decimals < 0 || decimals > MaxDecimals)
        return fail(Error::TooManyDecimals);
    qsizetype point = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c))
            continue;
        if (c == u'.' && point < 0) {
            point = i;
            continue;
        }
        // A second point reads as grouping ("1.000.000"); anything else is classified.
        return fail(classify(c));
    }
    if (point < 0)
        return combine(text, {}, decimals);
    const QStringView fraction = text.mid(point + 1);
    if (fraction.isEmpty())
        return fail(Error::MissingDigits);
    if (decimals == 0)
        return fail(Error::TooManyDecimals);
    return combine(text.first(point), fraction, decimals);
}

Amount::ParseResult Amount::parseLocalized(QStringView text, int decimals, DecimalSeparator separator)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail(Error::Empty);
    const QChar decimal = separator == DecimalSeparator::Comma ? u',' : u'.';
    const QChar group = separator == DecimalSeparator::Comma ? u'.' : u',';

    const qsizetype point = text.lastIndexOf(decimal);
    const QStringView integerPart = point < 0 ? text : text.first(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (point >= 0 && fraction.isEmpty())
        return fail(Error::MissingDigits);
    for (QChar c : fraction) {
        if (!isAsciiDigit(c))
            return fail(c == decimal ? Error::Grouping : classify(c));
    }

    // Integer part: digits, optionally grouped by threes with one kind of separator.
    QString digits;
    digits.reserve(integerPart.size());
    QChar groupSeen;
    qsizetype sinceSeparator = 0;
    bool grouped = false;
    for (QChar c : integerPart) {
        if (isAsciiDigit(c)) {
            digits.append(c);
            ++sinceSeparator;
            continue;
        }
        const bool isGroup = c == group || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
        if (!isGroup)
            return fail(c == decimal ? Error::Grouping : classify(c));
        if ((!groupSeen.isNull() && c != groupSeen) || sinceSeparator == 0 || (grouped && sinceSeparator != 3)
            || sinceSeparator > 3)
            return fail(Error::Grouping);
        groupSeen = c;
        grouped = true;
        sinceSeparator = 0;
    }
    if (grouped && sinceSeparator != 3)
        return fail(Error::Grouping);
    if (point >= 0 && decimals == 0)
        return fail(Error::TooManyDecimals);
    return combine(digits, fraction, decimals);
}

QString Amount::format(qint64 minor, int decimals)
{
    const bool negative = minor < 0;
    // Work on the unsigned magnitude so that the minimum value formats too.
    quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits.prepend(QString(decimals - digits.size() + 1, u'0'));
        digits.insert(digits.size() - decimals, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

QString Amount::formatLocalized(qint64 minor, int decimals, const QLocale &locale)
{
    QString plain = format(minor, decimals);
    // The sign apart: "-0.05" has an integer part of 0, which has no sign of its own.
    const bool negative = plain.startsWith(u'-');
    if (negative)
        plain.remove(0, 1);
    const qsizetype point = plain.indexOf(u'.');
    QString result = locale.toString(QStringView(plain).left(point < 0 ? plain.size() : point).toULongLong());
    if (point >= 0)
        result += locale.decimalPoint() + plain.mid(point + 1);
    return negative ? locale.negativeSign() + result : result;
}

std::optional<qint64> Amount::checkedAdd(qint64 a, qint64 b)
{
    return ExactSum::checkedAdd(a, b);
}

QString Amount::errorMessage(Error error, int decimals)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("Amount", "The amount is empty.");
    case Error::InvalidCharacter:
        return QCoreApplication::translate("Amount", "The amount may contain only digits and one decimal point.");
    case Error::Sign:
        return QCoreApplication::translate("Amount", "The amount must not carry a sign.");
    case Error::Exponent:
        return QCoreApplication::translate("Amount",
                                           "The amount is in scientific notation; write it out in full digits.");
    case Error::Grouping:
        return QCoreApplication::translate("Amount", "The amount must not contain thousands separators.");
    case Error::MissingDigits:
        return QCoreApplication::translate("Amount", "The amount needs digits on both sides of the decimal point.");
    case Error::TooManyDecimals:
        if (decimals == 0)
            return QCoreApplication::translate("Amount", "This currency takes no decimals.");
        return QCoreApplication::translate("Amount", "This currency takes at most %n decimal(s).", nullptr, decimals);
    case Error::Overflow:
        return QCoreApplication::translate("Amount", "The amount is too large.");
    }
    return {};
}

} // namespace Lesspay::Core
