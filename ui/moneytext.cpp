// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneytext.h"

#include "money/amount.h"

namespace Lesspay::Ui::MoneyText {

QString format(qint64 minor, int decimals, const QLocale &locale)
{
    QString plain = Core::Amount::format(minor, decimals);
    const bool negative = plain.startsWith(u'-');
    if (negative)
        plain.remove(0, 1); // the sign goes in front of the grouped digits, also for -0.50
    const qsizetype point = plain.indexOf(u'.');
    const QString integerPart = point < 0 ? plain : plain.left(point);
    QString result = locale.toString(integerPart.toULongLong());
    if (point >= 0)
        result += locale.decimalPoint() + plain.mid(point + 1);
    return negative ? locale.negativeSign() + result : result;
}

QString withCurrency(qint64 minor, int decimals, const QString &currency, const QLocale &locale)
{
    return format(minor, decimals, locale) + u'\u00a0' + currency;
}

} // namespace Lesspay::Ui::MoneyText
