// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lesspay::Sandbox {

struct StoredDetail
{
    QJsonObject wire; // the detail object as the merchant sent it (kept unmasked, server side only)
    QString mchOrderId;
    QString amount; // API form with the currency's decimals
    qint64 amountMinor = 0;
    QString detailId;
    QString status;
    QString failReason;
    QString channelOrderNo;

    QString accountName() const; // bank_account_name or e_wallet.account_name
};

// One accepted batch as the sandbox keeps it, and its renderings: the create answer, the
// query/webhook body (masked), the admin summary and the state-file form.
struct StoredBatch
{
    // Batch order_status values (spec section 5) and detail statuses.
    static inline const QString PendingConfirm = QStringLiteral("PENDING_CONFIRM");
    static inline const QString PendingPay = QStringLiteral("PENDING_PAY");
    static inline const QString Succeed = QStringLiteral("SUCCEED");
    static inline const QString Failed = QStringLiteral("FAILED");
    static inline const QString PartialSuccess = QStringLiteral("PARTIAL_SUCCESS");
    static inline const QString DetailPending = QStringLiteral("PENDING");
    static inline const QString DetailProcessing = QStringLiteral("PROCESSING");

    enum class Webhook { NotDue, Pending, Delivered, GaveUp };

    QString appId;
    QString requestId;
    QString payOrderId;
    QString currency;
    QString totalAmount;
    qint64 totalMinor = 0;
    QString wayType;
    QString wayCode;
    QString notifyUrl;
    QByteArray contentHash; // SHA-256 hex of the canonical (sorted, compact) create body
    QString status = PendingConfirm;
    QString failReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    int createAccepted = 0;
    Webhook webhook = Webhook::NotDue;
    int webhookAttempts = 0;
    QList<StoredDetail> details;

    bool isFinal() const;
    QJsonObject createData() const;
    QJsonObject queryData() const;
    QJsonObject adminSummary() const;
    QJsonObject toState() const;
    static std::optional<StoredBatch> fromState(const QJsonObject &state);

    // "********7890": only the last four characters stay readable.
    static QString maskAccount(const QString &text);
    // "Juan Dela Cruz" -> "J*** D*** C***": the first letter of each word.
    static QString maskName(const QString &text);
    static QString isoTime(const QDateTime &time);
};

} // namespace Lesspay::Sandbox
