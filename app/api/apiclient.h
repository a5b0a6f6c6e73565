// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "api/apiresult.h"
#include "api/remotebatch.h"
#include "api/requestfactory.h"
#include "api/supportedbank.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace Lesspay::Core {

// The one client of the Lesspay payout API (spec sections 2 to 7). It signs and sends,
// and reports typed results; it never opens a dialog, never retries on its own and never
// keeps the secret: the secret provider is asked for it on every call.
//
// Usage:
//     ApiCall *call = client->query(requestId);
//     connect(call, &ApiCall::finished, this, [](const ApiResult &r) {
//         if (r.ok()) { RemoteBatch b = RemoteBatch::fromJson(r.data.toObject()); ... }
//         else showError(r.describe());
//     });
// The network manager must outlive the client. Destroying the client aborts every call.
//
// Creates never go through the network manager: Qt's HTTP layer writes a request again by
// itself when a kept-alive connection closes before any answer (for a POST too, with no switch
// for it in Qt 6.4), and the spec's rule is "query first, never simply re-send". A create is
// one OneShotExchange: its own connection, written once; only the engine decides to send the
// same bytes again, with a fresh timestamp and signature. When that connection could not be
// made at all (DNS, refused, proxy, TLS handshake) the result is Unreachable: nothing was sent.
// Queries and the supported-banks call, which are safe to repeat, use the network manager.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using SecretProvider = std::function<QByteArray()>; // empty result: the call is not sent
    using Clock = std::function<qint64()>;              // Unix time in milliseconds

    struct Config
    {
        QUrl baseUrl;
        QString appId;
        std::chrono::milliseconds timeout{15000};
        QList<QSslCertificate> extraCaCertificates = {}; // RequestFactory::Options::extraCaCertificates
        QString createPath = QStringLiteral("/api/global/payout/batch/create-order");
        QString queryPath = QStringLiteral("/api/global/payout/query");
        QString supportedBanksPath = QStringLiteral("/api/global/payout/supported-banks");
    };

    ApiClient(QNetworkAccessManager *network, Config config, SecretProvider secret, Clock clock = {},
              QObject *parent = nullptr);
    ~ApiClient() override;

    const Config &config() const { return m_config; }
    RequestFactory requestFactory() const;

    // Sends the exact bytes given (a frozen create-order body). Resending the same bytes
    // later changes only the timestamp header and the signature computed over them.
    ApiCall *create(const QByteArray &body);
    // The same with the sign string's prefix that FrozenBody::write made with the body (all of
    // it before "key="), so that a large body is not parsed again to be signed.
    ApiCall *create(const QByteArray &body, const QByteArray &signPrefix);
    ApiCall *query(const QString &requestId, const QString &payOrderId = {});
    ApiCall *supportedBanks(const QString &currency, const QString &countryCode);

    static qint64 systemClock();

signals:
    // Every call that actually went out, for the event log (body without secret or signature).
    void callStarted(Lesspay::Core::ApiCall *call);

private:
    ApiCall *send(ApiCall::Endpoint endpoint, const QString &path, QByteArray body, QByteArrayView signPrefix = {});

    QNetworkAccessManager *m_network;
    Config m_config;
    SecretProvider m_secret;
    Clock m_clock;
};

} // namespace Lesspay::Core
