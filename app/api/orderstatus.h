// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace Lesspay::Core {

// A batch order_status of spec section 5, read tolerantly: a string or its integer code,
// SUCCESS and SUCCEED alike, and anything unknown kept verbatim.
class OrderStatus
{
public:
    enum class Kind {
        Missing,
        PendingConfirm,
        PendingPay,
        Succeed,
        Failed,
        PartialSuccess,
        Canceled,
        Refund,
        Closed,
        Paid,
        Other
    };

    OrderStatus() = default;
    static OrderStatus fromJson(const QJsonValue &value);
    static OrderStatus fromText(const QString &text);

    Kind kind() const { return m_kind; }
    // The canonical name ("SUCCEED" for both spellings), or the server's text for Other.
    QString text() const { return m_text; }
    bool isFinal() const;
    bool isKnown() const { return m_kind != Kind::Other && m_kind != Kind::Missing; }

    // Detail statuses: SUCCEED/SUCCESS or FAILED are final; anything else is in progress.
    static QString normalizedDetailStatus(const QJsonValue &value);
    static bool isFinalDetailStatus(const QString &status);

    friend bool operator==(const OrderStatus &, const OrderStatus &) = default;

private:
    Kind m_kind = Kind::Missing;
    QString m_text;
};

} // namespace Lesspay::Core
