// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxnumber.h"

#include <QDate>
#include <QLocale>

namespace Lesspay::Core::XlsxNumber {

namespace {

constexpr int ShownDigits = 15;
constexpr int MaxExponent = 400; // beyond what a double holds: not a number a sheet wrote

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

Decimal display(QStringView stored)
{
    Decimal result;
    qsizetype i = 0;
    const bool negative = i < stored.size() && stored[i] == u'-';
    if (negative || (i < stored.size() && stored[i] == u'+'))
        ++i;
    // value = 0.digits * 10^exponent, digits without leading zeros
    QString digits;
    int exponent = 0;
    bool seenDigit = false;
    bool seenPoint = false;
    for (; i < stored.size(); ++i) {
        const QChar c = stored[i];
        if (isDigit(c)) {
            seenDigit = true;
            if (digits.isEmpty() && c == u'0') {
                if (seenPoint)
                    --exponent;
                continue;
            }
            if (digits.size() > 40) { // far beyond a double's 17 digits: only the magnitude counts
                if (!seenPoint)
                    ++exponent;
                continue;
            }
            digits.append(c);
            if (!seenPoint)
                ++exponent;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return result;
    if (i < stored.size()) {
        if (stored[i] != u'E' && stored[i] != u'e')
            return result;
        ++i;
        bool negativeExponent = false;
        if (i < stored.size() && (stored[i] == u'+' || stored[i] == u'-'))
            negativeExponent = stored[i++] == u'-';
        if (i >= stored.size())
            return result;
        int e = 0;
        for (; i < stored.size(); ++i) {
            if (!isDigit(stored[i]) || e > MaxExponent)
                return result;
            e = e * 10 + (stored[i].unicode() - u'0');
        }
        exponent += negativeExponent ? -e : e;
    }
    if (digits.isEmpty()) {
        result.ok = true;
        result.text = QStringLiteral("0");
        return result;
    }
    if (exponent > MaxExponent || exponent < -MaxExponent)
        return result;
    // More digits than Excel shows is noise only when the stored double is not the one nearest to a
    // decimal of 15 digits: libxlsxwriter saves 99.99 as 99.98999999999999, the same double, while
    // 1499.9 + 0.2 is 1500.1000000000001, another double than 1500.1. Only here is the number taken as
    // a double, to ask which shortest decimal its bits stand for; the value itself stays decimal text.
    bool noisy = false;
    if (digits.size() > ShownDigits) {
        bool parsed = false;
        const double bits = stored.toDouble(&parsed);
        const QString shortest = QString::number(bits, 'g', QLocale::FloatingPointShortest);
        qsizetype significant = 0;
        bool leading = true;
        for (QChar c : shortest) {
            if (c == u'e' || c == u'E')
                break;
            if (!isDigit(c) || (leading && c == u'0'))
                continue;
            leading = false;
            ++significant;
        }
        noisy = parsed && significant > ShownDigits;
    }
    if (digits.size() > ShownDigits) {
        const bool up = digits[ShownDigits].unicode() >= u'5';
        bool dropped = false;
        for (qsizetype d = ShownDigits; d < digits.size(); ++d)
            dropped = dropped || digits[d] != u'0';
        digits.truncate(ShownDigits);
        if (up) {
            qsizetype d = digits.size() - 1;
            while (d >= 0 && digits[d] == u'9')
                digits[d--] = u'0';
            if (d < 0) {
                digits.prepend(u'1');
                digits.chop(1);
                ++exponent;
            } else {
                digits[d] = QChar(digits[d].unicode() + 1);
            }
        }
        result.rounded = dropped && noisy;
    }
    while (digits.endsWith(u'0'))
        digits.chop(1);
    // A double holds about 15.9 significant digits: an integer of more than 15 digits has lost some.
    result.lostDigits = exponent > ShownDigits;
    if (result.lostDigits)
        result.rounded = false;
    QString text;
    if (negative)
        text.append(u'-');
    if (exponent <= 0) {
        text.append(QStringLiteral("0."));
        text.append(QString(-exponent, u'0'));
        text.append(digits);
    } else if (exponent >= digits.size()) {
        text.append(digits);
        text.append(QString(exponent - digits.size(), u'0'));
    } else {
        text.append(QStringView(digits).first(exponent));
        text.append(u'.');
        text.append(QStringView(digits).sliced(exponent));
    }
    result.ok = true;
    result.text = text;
    return result;
}

QString dateText(QStringView serial, bool date1904)
{
    const Decimal value = display(serial);
    if (!value.ok || value.text.startsWith(u'-'))
        return {};
    const qsizetype point = value.text.indexOf(u'.');
    const QStringView whole = point < 0 ? QStringView(value.text) : QStringView(value.text).first(point);
    if (whole.size() > 7)
        return {};
    const int days = whole.toInt();
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days); // Excel counts a 29 February 1900 that never was
    else if (days >= 1)
        date = QDate(1899, 12, 31).addDays(days);
    else
        date = QDate(1899, 12, 31);
    QString text = date.toString(Qt::ISODate);
    if (point >= 0) {
        // The fraction of a day, to the minute: nine digits are more than enough.
        QString fraction = value.text.sliced(point + 1).left(9);
        fraction.append(QString(9 - fraction.size(), u'0'));
        const qint64 minutes = (fraction.toLongLong() * 1440 + 500000000) / 1000000000;
        if (minutes > 0 && minutes < 1440)
            text += u' '
                    + QStringLiteral("%1:%2")
                          .arg(int(minutes / 60), 2, 10, QChar(u'0'))
                          .arg(int(minutes % 60), 2, 10, QChar(u'0'));
    }
    return text;
}

} // namespace Lesspay::Core::XlsxNumber
