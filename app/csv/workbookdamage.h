// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/rowsource.h"
#include "domain/field.h"
#include "domain/validationissue.h"

#include <optional>

namespace Lesspay::Core {

// What a workbook's cell types say about a value before any text check: an account number,
// phone or key stored as a number (leading zeros and + gone, digits beyond the 15th gone), an
// amount with binary noise or currency text in its format, a date, an error or a formula that
// was never calculated. Reported, never repaired: the sheet is the user's to fix.
namespace WorkbookDamage {

// Issue codes: "workbook.number_cell", "workbook.precision_lost", "workbook.float_noise",
// "workbook.currency_format", "workbook.date_cell", "workbook.boolean_cell",
// "workbook.error_value", "workbook.formula_without_value".
std::optional<ValidationIssue> inspect(Field field, const RowSource::CellInfo &cell, QStringView shown);

} // namespace WorkbookDamage

} // namespace Lesspay::Core
