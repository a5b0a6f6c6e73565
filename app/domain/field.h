// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Lesspay::Core {

// Every per-payout field, in the order of the console's CSV header (spec section 9).
enum class Field {
    MchOrderId,
    Amount,
    DestinationType,
    BankAccountName,
    BankAccountNo,
    BankAccountType,
    BankName,
    BankCountryCode,
    BankSwiftCode,
    WalletAccountName,
    WalletAccountNumber,
    WalletAccountType,
    WalletProvider,
    WalletDepositKeyType,
    WalletDepositKey,
    FieldCount
};

constexpr int FieldCount = int(Field::FieldCount);

// The API / CSV name: "mch_order_id", "e_wallet.provider", ...
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(QStringView key);
// A short translated label for people: "Account number", "Provider", ...
QString fieldLabel(Field field);
constexpr bool isBankField(Field field)
{
    return field >= Field::BankAccountName && field <= Field::BankSwiftCode;
}
constexpr bool isWalletField(Field field)
{
    return field >= Field::WalletAccountName && field <= Field::WalletDepositKey;
}

} // namespace Lesspay::Core
