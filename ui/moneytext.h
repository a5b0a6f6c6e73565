// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Lesspay::Ui {

// Money for people: the exact minor units with the locale's grouping and decimal point,
// never through a floating-point number.
namespace MoneyText {

QString format(qint64 minor, int decimals, const QLocale &locale = QLocale());
QString withCurrency(qint64 minor, int decimals, const QString &currency, const QLocale &locale = QLocale());

} // namespace MoneyText

} // namespace Lesspay::Ui
