// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Lesspay::Ui {

// Money for people: the exact minor units with the locale's grouping and decimal point,
// never through a floating-point number. format() and parse() are one pair: what format()
// shows, parse() reads back.
namespace MoneyText {

QString format(qint64 minor, int decimals, const QLocale &locale = QLocale());
QString withCurrency(qint64 minor, int decimals, const QString &currency, const QLocale &locale = QLocale());

// Reads an amount typed as format() shows it: the locale's decimal point, and its group separators
// either everywhere format() puts them or nowhere ("9.470.000,50" or "9470000,50" in id_ID). Any
// other form (the other decimal mark, misplaced groups, too many decimals, letters) is rejected,
// never guessed: in id_ID "9,470.50" is no amount at all rather than 9.47 or 947050.
std::optional<qint64> parse(const QString &text, int decimals, const QLocale &locale = QLocale());
// An example of the form parse() reads, for a placeholder or a hint ("12.345,67" in id_ID).
QString example(int decimals, const QLocale &locale = QLocale());

} // namespace MoneyText

} // namespace Lesspay::Ui
