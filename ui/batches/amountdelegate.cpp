// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountdelegate.h"

#include "money/amount.h"
#include "moneytext.h"

namespace Lesspay::Ui {

QString AmountDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString text = value.toString();
    // The API form carries its own number of decimals: as many digits as follow the point.
    const qsizetype point = text.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(text.size() - point - 1);
    if (decimals > Core::Amount::MaxDecimals)
        return text;
    const Core::Amount::ParseResult amount = Core::Amount::parse(text, decimals);
    return amount.ok() ? MoneyText::format(amount.minor, decimals, locale) : text;
}

} // namespace Lesspay::Ui
