// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbookdamage.h"

#include <QCoreApplication>

namespace Lesspay::Core::WorkbookDamage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Core::WorkbookDamage", text);
}

ValidationIssue issue(Field field, ValidationIssue::Severity severity, const char *code, const QString &message)
{
    return {field, severity, QString::fromLatin1(code), message};
}

// Values whose digits are an identity rather than a quantity: a number cell may have lost them.
bool keepsDigits(Field field)
{
    switch (field) {
    case Field::MchOrderId:
    case Field::BankAccountNo:
    case Field::BankSwiftCode:
    case Field::WalletAccountNumber:
    case Field::WalletDepositKey:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<ValidationIssue> inspect(Field field, const RowSource::CellInfo &cell, QStringView shown)
{
    using Type = RowSource::CellInfo::Type;
    constexpr auto Error = ValidationIssue::Severity::Error;
    constexpr auto Warning = ValidationIssue::Severity::Warning;
    switch (cell.type) {
    case Type::Text:
        return std::nullopt;
    case Type::Error:
        if (cell.formulaWithoutValue)
            return issue(field, Error, "workbook.formula_without_value",
                         tr("The cell holds a formula without a saved value (the program that saved the workbook "
                            "did not calculate it). Open the workbook in Excel or LibreOffice, save it and import "
                            "it again."));
        return issue(field, Error, "workbook.error_value",
                     tr("The cell holds the error %1 instead of a value.").arg(shown));
    case Type::Date:
        return issue(field, Error, "workbook.date_cell",
                     field == Field::Amount
                         ? tr("The amount cell holds a date (%1); a date is never read as an amount.").arg(shown)
                         : tr("The cell holds a date (%1): the spreadsheet probably took the value for a date. "
                              "Format the column as Text, type the value again and save.")
                               .arg(shown));
    case Type::Boolean:
        return issue(field, Error, "workbook.boolean_cell",
                     tr("The cell holds the logical value %1, not a value for this field.").arg(shown));
    case Type::Number:
        break;
    }
    if (cell.lostDigits)
        return issue(field, Error, "workbook.precision_lost",
                     tr("%1 is stored as a number of more than 15 digits: Excel keeps only the first 15, so the "
                        "rest are lost. Format the column as Text, type the value again and save.")
                         .arg(shown));
    if (field == Field::Amount) {
        if (cell.rounded)
            return issue(field, Warning, "workbook.float_noise",
                         tr("The amount is stored with binary noise beyond the digits the cell shows; it was read "
                            "as %1, the value the cell shows.")
                             .arg(shown));
        if (cell.currencyFormat)
            return issue(field, Warning, "workbook.currency_format",
                         tr("The amount's number format shows currency text; the number %1 was read without it. "
                            "Check that it is in the batch's currency.")
                             .arg(shown));
        return std::nullopt;
    }
    if (keepsDigits(field))
        return issue(field, Warning, "workbook.number_cell",
                     tr("%1 is stored as a number, so a leading 0 or + would have been dropped. Check it; format "
                        "the column as Text to keep such values as typed.")
                         .arg(shown));
    return std::nullopt;
}

} // namespace Lesspay::Core::WorkbookDamage
