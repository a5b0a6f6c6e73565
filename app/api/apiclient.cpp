// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "api/wireformat.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace Lesspay::Core {

ApiClient::ApiClient(QNetworkAccessManager *network, Config config, SecretProvider secret, Clock clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_secret(std::move(secret))
    , m_clock(clock ? std::move(clock) : Clock(&ApiClient::systemClock))
{}

ApiClient::~ApiClient()
{
    // Explicit so that replies are aborted before the client's members go away.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        delete call;
}

qint64 ApiClient::systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

RequestFactory ApiClient::requestFactory() const
{
    return RequestFactory({m_config.baseUrl, m_config.appId, m_config.timeout, m_config.extraCaCertificates});
}

ApiCall *ApiClient::create(const QByteArray &body)
{
    return send(ApiCall::Endpoint::Create, m_config.createPath, body);
}

ApiCall *ApiClient::create(const QByteArray &body, const QByteArray &signPrefix)
{
    return send(ApiCall::Endpoint::Create, m_config.createPath, body, signPrefix);
}

ApiCall *ApiClient::query(const QString &requestId, const QString &payOrderId)
{
    return send(ApiCall::Endpoint::Query, m_config.queryPath,
                WireFormat::toBytes(WireFormat::queryBody(requestId, payOrderId)));
}

ApiCall *ApiClient::supportedBanks(const QString &currency, const QString &countryCode)
{
    return send(ApiCall::Endpoint::SupportedBanks, m_config.supportedBanksPath,
                WireFormat::toBytes(WireFormat::supportedBanksBody(currency, countryCode)));
}

ApiCall *ApiClient::send(ApiCall::Endpoint endpoint, const QString &path, QByteArray body, QByteArrayView signPrefix)
{
    auto *call = new ApiCall(endpoint, std::move(body), this);
    QByteArray secret = m_secret ? m_secret() : QByteArray();
    if (secret.isEmpty()) {
        call->failBeforeSend(tr("No app secret is available for this profile."));
        return call;
    }
    const std::optional<QNetworkRequest> request =
        requestFactory().build(path, call->requestBody(), secret, m_clock(), signPrefix);
    secret.fill('\0');
    if (!request) {
        call->failBeforeSend(tr("The request body is not a JSON object."));
        return call;
    }
    if (endpoint == ApiCall::Endpoint::Create)
        call->startOnce(*request, m_config.timeout); // written once, by nothing but this call
    else
        call->start(m_network, *request, m_config.timeout);
    emit callStarted(call);
    return call;
}

} // namespace Lesspay::Core
