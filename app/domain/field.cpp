// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "field.h"

#include <QCoreApplication>

namespace Lesspay::Core {

namespace {

// Indexed by Field; the order is the CSV header order of spec section 9.
constexpr std::array<QLatin1StringView, FieldCount> Keys = {
    QLatin1StringView("mch_order_id"),
    QLatin1StringView("amount"),
    QLatin1StringView("destination_type"),
    QLatin1StringView("bank_account_name"),
    QLatin1StringView("bank_account_no"),
    QLatin1StringView("bank_account_type"),
    QLatin1StringView("bank_name"),
    QLatin1StringView("bank_country_code"),
    QLatin1StringView("bank_swift_code"),
    QLatin1StringView("e_wallet.account_name"),
    QLatin1StringView("e_wallet.account_number"),
    QLatin1StringView("e_wallet.account_type"),
    QLatin1StringView("e_wallet.provider"),
    QLatin1StringView("e_wallet.deposit_key_type"),
    QLatin1StringView("e_wallet.deposit_key"),
};

} // namespace

QString fieldKey(Field field)
{
    const int i = int(field);
    if (i < 0 || i >= FieldCount)
        return {};
    return Keys[std::size_t(i)];
}

std::optional<Field> fieldFromKey(QStringView key)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (key == Keys[std::size_t(i)])
            return Field(i);
    }
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::MchOrderId:
        return QCoreApplication::translate("Field", "Order ID");
    case Field::Amount:
        return QCoreApplication::translate("Field", "Amount");
    case Field::DestinationType:
        return QCoreApplication::translate("Field", "Destination");
    case Field::BankAccountName:
        return QCoreApplication::translate("Field", "Account holder");
    case Field::BankAccountNo:
        return QCoreApplication::translate("Field", "Account number");
    case Field::BankAccountType:
        return QCoreApplication::translate("Field", "Account type");
    case Field::BankName:
        return QCoreApplication::translate("Field", "Bank");
    case Field::BankCountryCode:
        return QCoreApplication::translate("Field", "Bank country");
    case Field::BankSwiftCode:
        return QCoreApplication::translate("Field", "SWIFT/BIC");
    case Field::WalletAccountName:
        return QCoreApplication::translate("Field", "Wallet holder");
    case Field::WalletAccountNumber:
        return QCoreApplication::translate("Field", "Wallet account");
    case Field::WalletAccountType:
        return QCoreApplication::translate("Field", "Wallet account type");
    case Field::WalletProvider:
        return QCoreApplication::translate("Field", "Provider");
    case Field::WalletDepositKeyType:
        return QCoreApplication::translate("Field", "Deposit key type");
    case Field::WalletDepositKey:
        return QCoreApplication::translate("Field", "Deposit key");
    case Field::FieldCount:
        break;
    }
    return {};
}

} // namespace Lesspay::Core
