// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"

#include <QString>
#include <QStringView>

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

// The 15 values of a payout row seen without owning them, as QStringView is to QString: what
// the validator and the batch read, so that an import of a million rows does not have to build
// a million PayoutDetails first. Converts implicitly from a PayoutDetail, which must outlive it.
class DetailView
{
public:
    DetailView() = default;
    DetailView(const PayoutDetail &detail) noexcept // NOLINT(google-explicit-constructor)
    {
        for (int f = 0; f < FieldCount; ++f)
            m_values[std::size_t(f)] = detail.value(Field(f));
    }

    QStringView value(Field field) const { return m_values[std::size_t(field)]; }
    void setValue(Field field, QStringView value) { m_values[std::size_t(field)] = value; }
    QStringView mchOrderId() const { return value(Field::MchOrderId); }
    QStringView amount() const { return value(Field::Amount); }
    QStringView destinationType() const { return value(Field::DestinationType); }

    PayoutDetail toDetail() const
    {
        PayoutDetail detail;
        for (int f = 0; f < FieldCount; ++f)
            detail.setValue(Field(f), m_values[std::size_t(f)].toString());
        return detail;
    }

private:
    std::array<QStringView, FieldCount> m_values;
};

} // namespace Lesspay::Core
