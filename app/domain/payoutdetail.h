// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"

#include <QString>

#include <array>
#include <utility>

namespace Lesspay::Core {

// One payout row exactly as the user entered it: every value is kept as text so that
// nothing typed is lost (leading zeros, odd spellings); the validator judges it and
// DetailValidator::normalized() produces what goes on the wire.
class PayoutDetail
{
public:
    static inline const QString Bank = QStringLiteral("bank");
    static inline const QString EWallet = QStringLiteral("ewallet");

    const QString &value(Field field) const { return m_values[std::size_t(field)]; }
    void setValue(Field field, const QString &value) { m_values[std::size_t(field)] = value; }
    void setValue(Field field, QString &&value) { m_values[std::size_t(field)] = std::move(value); }

    const QString &mchOrderId() const { return value(Field::MchOrderId); }
    const QString &amount() const { return value(Field::Amount); }
    const QString &destinationType() const { return value(Field::DestinationType); }
    bool isBank() const { return destinationType() == Bank; }
    bool isWallet() const { return destinationType() == EWallet; }

    friend bool operator==(const PayoutDetail &, const PayoutDetail &) = default;

private:
    std::array<QString, FieldCount> m_values;
};

} // namespace Lesspay::Core
