// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/batchstore.h"
#include "sandbox/merchantdirectory.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace Lesspay::Sandbox {

// Delivers the result webhook of spec section 7: the signed query-shaped body POSTed to the
// batch's notify_url, retried with exponential backoff until the receiver answers SUCCESS.
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    struct Settings
    {
        int attempts = 6;
        int backoffMs = 1000; // doubles after each failed attempt
        int timeoutMs = 10000;
    };
    static constexpr int MaxBackoffMs = 5 * 60 * 1000;

    WebhookSender(BatchStore &store, const MerchantDirectory &merchants, Settings settings, QObject *parent = nullptr);
    ~WebhookSender() override;

    // Starts (or, after a restart, resumes) delivery for a final batch.
    void deliver(const QString &payOrderId);

    // The exact bytes and signature of the webhook for a batch (also used by tests).
    static QByteArray body(const StoredBatch &batch);

Q_SIGNALS:
    void batchChanged(const QString &payOrderId);
    void deliveryFinished(const QString &payOrderId, bool delivered);

private:
    void attempt(const QString &payOrderId);
    void onFinished(QNetworkReply *reply, const QString &payOrderId);

    BatchStore &m_store;
    const MerchantDirectory &m_merchants;
    Settings m_settings;
    QNetworkAccessManager m_network;
};

} // namespace Lesspay::Sandbox
