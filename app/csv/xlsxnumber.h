// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Lesspay::Core {

// The text of a workbook's number cells, worked on as decimal digits (never as a double): a
// number as the cell shows it, and a date serial as a date.
namespace XlsxNumber {

struct Decimal
{
    bool ok = false;
    QString text;            // plain decimal notation, no exponent, no trailing zeros: "1500.1", "-0.25"
    bool rounded = false;    // the stored value had binary noise beyond the 15 digits Excel shows
    bool lostDigits = false; // 16 or more integer digits: Excel kept only the first 15 or so
};

// Reads the stored form of a number ("1500.1000000000001", "1.2345678901234567E+19", "-4.5E-3")
// and gives it as Excel displays it in the General format: rounded to 15 significant digits.
Decimal display(QStringView stored);

// A date serial ("45295", "45295.5") as "2026-01-03" (with " 12:00" when it has a time of day),
// in the 1900 or the 1904 date system. Empty when the serial is no date.
QString dateText(QStringView serial, bool date1904);

} // namespace XlsxNumber

} // namespace Lesspay::Core
