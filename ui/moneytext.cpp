// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneytext.h"

#include "money/amount.h"

namespace Lesspay::Ui::MoneyText {

QString format(qint64 minor, int decimals, const QLocale &locale)
{
    return Core::Amount::formatLocalized(minor, decimals, locale);
}

QString withCurrency(qint64 minor, int decimals, const QString &currency, const QLocale &locale)
{
    return format(minor, decimals, locale) + u'\u00a0' + currency;
}

} // namespace Lesspay::Ui::MoneyText
