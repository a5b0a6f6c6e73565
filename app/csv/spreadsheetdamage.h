// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"
#include "domain/validationissue.h"

namespace Lesspay::Core {

// Recognises what spreadsheets do to numbers kept as text: scientific notation
// (1.23457E+11), numbers turned into dates (3-Jan, 2026-01-03) and leading zeros dropped
// where the length is known. It only reports: the original digits are gone, so nothing is
// repaired; the user fixes the sheet (format the column as Text) and exports again.
namespace SpreadsheetDamage {

// Issue codes: "spreadsheet.scientific_notation", "spreadsheet.date", "spreadsheet.leading_zero".
// `currency` is the batch currency: it tells which national mobile format to expect.
ValidationIssues inspect(const DetailView &detail, const QString &currency);

bool looksScientific(QStringView text);
bool looksLikeDate(QStringView text);

} // namespace SpreadsheetDamage

} // namespace Lesspay::Core
