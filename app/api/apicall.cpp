// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include "api/oneshotexchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Lesspay::Core {

namespace {

// Errors below 200 come from the transport (connection, TLS, proxy, timeout); from 200 on
// Qt maps HTTP statuses, which interpret() reads from the status code instead.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

std::optional<int> envelopeCode(const QJsonObject &o)
{
    const QJsonValue code = o.value(QLatin1String("code"));
    if (code.isDouble())
        return code.toInt();
    if (code.isString()) {
        bool ok = false;
        const int c = code.toString().toInt(&ok);
        if (ok)
            return c;
    }
    return std::nullopt;
}

} // namespace

ApiCall::ApiCall(Endpoint endpoint, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_body(std::move(body))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_exchange)
        m_exchange->abort();
}

void ApiCall::start(QNetworkAccessManager *network, const QNetworkRequest &request, std::chrono::milliseconds deadline)
{
    m_request = request;
    QNetworkReply *reply = network->post(request, m_body);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // transferTimeout only measures inactivity; this deadline bounds the whole call.
    m_deadline.start(deadline);
}

void ApiCall::startOnce(const QNetworkRequest &request, std::chrono::milliseconds deadline)
{
    m_request = request;
    auto *exchange = new OneShotExchange(this);
    m_exchange = exchange;
    connect(exchange, &OneShotExchange::finished, this, &ApiCall::onExchangeFinished);
    exchange->start(request, m_body, deadline);
    // The exchange has the same deadline; this one only backs it up.
    m_deadline.start(deadline + std::chrono::milliseconds(1000));
}

void ApiCall::onExchangeFinished()
{
    if (!m_exchange)
        return;
    const OneShotExchange::Outcome outcome = m_exchange->outcome();
    m_exchange->deleteLater();
    m_exchange.clear();
    ApiResult r;
    if (!outcome.notSentReason.isEmpty()) {
        // Nothing of the request was written: the server cannot have it.
        r.error = ApiError::Unreachable;
        r.message = outcome.notSentReason;
    } else if (outcome.timedOut || m_timedOut) {
        r.error = ApiError::Timeout;
        r.message = outcome.errorText;
    } else if (!outcome.complete) {
        r.error = ApiError::Network;
        r.message = outcome.errorText;
    } else {
        r = interpretAnswer(outcome.status, outcome.headers.value("location"), outcome.body);
    }
    finish(r);
}

void ApiCall::failBeforeSend(const QString &message)
{
    ApiResult r;
    r.error = ApiError::NotSent;
    r.message = message;
    // Queued so that callers can connect to finished() after the ApiClient method returns.
    QMetaObject::invokeMethod(
        this, [this, r] { finish(r); }, Qt::QueuedConnection);
}

void ApiCall::cancel()
{
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_exchange)
        m_exchange->abort();
    deleteLater();
}

void ApiCall::onDeadline()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously with OperationCanceledError
    if (m_exchange) {
        m_exchange->abort();
        m_exchange.clear();
        ApiResult r;
        r.error = ApiError::Timeout;
        finish(r);
    }
}

void ApiCall::onReplyFinished()
{
    if (!m_reply)
        return;
    const ApiResult result = interpret(m_reply);
    m_reply->deleteLater();
    m_reply.clear();
    finish(result);
}

void ApiCall::finish(const ApiResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit finished(result);
    deleteLater();
}

ApiResult ApiCall::interpret(QNetworkReply *reply) const
{
    ApiResult r;
    const QNetworkReply::NetworkError error = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_timedOut || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        r.error = ApiError::Timeout;
        r.message = reply->errorString();
        return r;
    }
    if (isTransportError(error) || r.httpStatus == 0) {
        // Includes a connection closed half-way through a 200 answer: its outcome is unknown.
        r.error = ApiError::Network;
        r.message = reply->errorString();
        return r;
    }
    return interpretAnswer(r.httpStatus, reply->rawHeader(QByteArrayLiteral("Location")), reply->readAll());
}

ApiResult ApiCall::interpretAnswer(int httpStatus, const QByteArray &location, QByteArray body) const
{
    ApiResult r;
    r.httpStatus = httpStatus;
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        r.error = ApiError::Redirected;
        r.redirectLocation = QString::fromUtf8(location);
        return r;
    }

    r.body = std::move(body);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    const QJsonObject envelope = doc.object();
    const std::optional<int> code =
        parseError.error == QJsonParseError::NoError && doc.isObject() ? envelopeCode(envelope) : std::nullopt;

    const bool success = r.httpStatus >= 200 && r.httpStatus < 300;
    if (!code) {
        r.error = success ? ApiError::UnreadableBody : ApiError::Http;
        return r;
    }
    r.code = *code;
    r.message = envelope.value(QLatin1String("msg")).toString();
    if (r.httpStatus >= 500 || r.httpStatus == 408 || r.httpStatus == 429) {
        // A server error with an envelope is still a server error: the outcome is unknown.
        r.error = ApiError::Http;
        return r;
    }
    if (*code != 0) {
        r.error = ApiError::Business; // 200 or 4xx with the API's own refusal
        return r;
    }
    if (!success) {
        r.error = ApiError::Http;
        return r;
    }
    r.data = envelope.value(QLatin1String("data"));
    const bool shapeOk =
        m_endpoint == Endpoint::SupportedBanks ? (r.data.isArray() || r.data.isObject()) : r.data.isObject();
    r.error = shapeOk ? ApiError::None : ApiError::UnreadableBody;
    return r;
}

} // namespace Lesspay::Core
