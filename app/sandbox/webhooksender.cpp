// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksender.h"

#include "api/signer.h"
#include "api/wireformat.h"
#include "sandbox/sandboxlog.h"

#include <QMetaEnum>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

// The URL without query and user info: a notify_url may carry a token.
QString loggable(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

} // namespace

WebhookSender::WebhookSender(BatchStore &store, const MerchantDirectory &merchants, Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_merchants(merchants)
    , m_settings(settings)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookSender::~WebhookSender()
{
    // Replies are children of the manager; abort them first so that no finished() handler runs
    // against a half-destroyed sender.
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QByteArray WebhookSender::body(const StoredBatch &batch)
{
    return Core::WireFormat::toBytes(batch.queryData());
}

void WebhookSender::deliver(const QString &payOrderId)
{
    StoredBatch *b = m_store.findByPayOrderId(payOrderId);
    if (!b || !b->isFinal() || b->webhook == StoredBatch::Webhook::Delivered
        || b->webhook == StoredBatch::Webhook::GaveUp)
        return;
    b->webhook = StoredBatch::Webhook::Pending;
    attempt(payOrderId);
}

void WebhookSender::attempt(const QString &payOrderId)
{
    StoredBatch *b = m_store.findByPayOrderId(payOrderId);
    const Merchant *merchant = b ? m_merchants.find(b->appId) : nullptr;
    if (!b || b->webhook != StoredBatch::Webhook::Pending)
        return;
    const QUrl url(b->notifyUrl);
    if (!merchant) {
        qCWarning(lcSandbox, "webhook %s: merchant %s is no longer configured; not delivered", qPrintable(payOrderId),
                  qPrintable(b->appId));
        b->webhook = StoredBatch::Webhook::GaveUp;
        Q_EMIT batchChanged(payOrderId);
        Q_EMIT deliveryFinished(payOrderId, false);
        return;
    }
    ++b->webhookAttempts;
    const QJsonObject data = b->queryData();
    QNetworkRequest request(url);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("x-auth-appid"), merchant->appId.toUtf8());
    request.setRawHeader(QByteArrayLiteral("X-Auth-Timestamp"),
                         QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader(QByteArrayLiteral("x-auth-signature"), Core::Signer::sign(data, merchant->secret).hex);
    QNetworkReply *reply = m_network.post(request, Core::WireFormat::toBytes(data));
    connect(reply, &QNetworkReply::finished, this, [this, reply, payOrderId] { onFinished(reply, payOrderId); });
    Q_EMIT batchChanged(payOrderId);
}

void WebhookSender::onFinished(QNetworkReply *reply, const QString &payOrderId)
{
    reply->deleteLater();
    StoredBatch *b = m_store.findByPayOrderId(payOrderId);
    if (!b)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->isOpen() ? reply->read(64).trimmed() : QByteArray();
    const bool delivered = reply->error() == QNetworkReply::NoError && status == 200 && answer == "SUCCESS";
    // Described without errorString(): that one repeats the URL, query string (a token?) included.
    QString outcome;
    if (status > 0)
        outcome = u"HTTP %1, %2 bytes"_s.arg(status).arg(answer.size());
    else if (reply->error() == QNetworkReply::OperationCanceledError)
        outcome = u"no answer within %1 ms"_s.arg(m_settings.timeoutMs);
    else
        outcome = QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()));
    const QString target = loggable(QUrl(b->notifyUrl));
    if (delivered) {
        b->webhook = StoredBatch::Webhook::Delivered;
        qCInfo(lcSandbox, "webhook %s attempt %d/%d to %s: delivered (%s, SUCCESS)", qPrintable(payOrderId),
               b->webhookAttempts, m_settings.attempts, qPrintable(target), qPrintable(outcome));
    } else if (b->webhookAttempts >= m_settings.attempts) {
        b->webhook = StoredBatch::Webhook::GaveUp;
        qCWarning(lcSandbox, "webhook %s attempt %d/%d to %s: %s, not SUCCESS; giving up", qPrintable(payOrderId),
                  b->webhookAttempts, m_settings.attempts, qPrintable(target), qPrintable(outcome));
    } else {
        const int shift = qMin(b->webhookAttempts - 1, 20);
        const int delay = int(qMin<qint64>(qint64(m_settings.backoffMs) << shift, MaxBackoffMs));
        qCInfo(lcSandbox, "webhook %s attempt %d/%d to %s: %s, not SUCCESS; retrying in %d ms", qPrintable(payOrderId),
               b->webhookAttempts, m_settings.attempts, qPrintable(target), qPrintable(outcome), delay);
        QTimer::singleShot(delay, this, [this, payOrderId] { attempt(payOrderId); });
        Q_EMIT batchChanged(payOrderId);
        return;
    }
    Q_EMIT batchChanged(payOrderId);
    Q_EMIT deliveryFinished(payOrderId, delivered);
}

} // namespace Lesspay::Sandbox
