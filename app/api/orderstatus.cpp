// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderstatus.h"

#include <array>

namespace Lesspay::Core {

namespace {

struct Known
{
    OrderStatus::Kind kind;
    int code;
    QLatin1String name;
};

constexpr std::array<Known, 9> known{{
    {OrderStatus::Kind::PendingConfirm, 0, QLatin1String("PENDING_CONFIRM")},
    {OrderStatus::Kind::PendingPay, 1, QLatin1String("PENDING_PAY")},
    {OrderStatus::Kind::Succeed, 2, QLatin1String("SUCCEED")},
    {OrderStatus::Kind::Failed, 3, QLatin1String("FAILED")},
    {OrderStatus::Kind::Canceled, 4, QLatin1String("CANCELED")},
    {OrderStatus::Kind::Refund, 5, QLatin1String("REFUND")},
    {OrderStatus::Kind::Closed, 6, QLatin1String("CLOSED")},
    {OrderStatus::Kind::PartialSuccess, 11, QLatin1String("PARTIAL_SUCCESS")},
    {OrderStatus::Kind::Paid, 12, QLatin1String("PAID")},
}};

} // namespace

OrderStatus OrderStatus::fromText(const QString &text)
{
    OrderStatus s;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return s;
    const QString upper = t.toUpper();
    if (upper == QLatin1String("SUCCESS")) {
        s.m_kind = Kind::Succeed;
        s.m_text = QStringLiteral("SUCCEED");
        return s;
    }
    bool isNumber = false;
    const int code = t.toInt(&isNumber);
    for (const Known &k : known) {
        if (upper == k.name || (isNumber && code == k.code)) {
            s.m_kind = k.kind;
            s.m_text = k.name;
            return s;
        }
    }
    s.m_kind = Kind::Other;
    s.m_text = t;
    return s;
}

OrderStatus OrderStatus::fromJson(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        const int code = value.toInt(-1);
        if (code >= 0 && double(code) == d)
            return fromText(QString::number(code));
        OrderStatus s;
        s.m_kind = Kind::Other;
        s.m_text = QString::number(d);
        return s;
    }
    if (value.isString())
        return fromText(value.toString());
    return {};
}

bool OrderStatus::isFinal() const
{
    return m_kind == Kind::Succeed || m_kind == Kind::Failed || m_kind == Kind::PartialSuccess;
}

QString OrderStatus::normalizedDetailStatus(const QJsonValue &value)
{
    QString text = value.isDouble() ? QString::number(value.toInt()) : value.toString().trimmed();
    const QString upper = text.toUpper();
    if (upper == QLatin1String("SUCCESS") || upper == QLatin1String("SUCCEED"))
        return QStringLiteral("SUCCEED");
    if (upper == QLatin1String("FAILED"))
        return QStringLiteral("FAILED");
    return text;
}

bool OrderStatus::isFinalDetailStatus(const QString &status)
{
    return status == QLatin1String("SUCCEED") || status == QLatin1String("FAILED");
}

} // namespace Lesspay::Core
