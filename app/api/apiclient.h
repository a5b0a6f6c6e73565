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
// Note on Qt's HTTP stack: when a kept-alive connection is closed by the server after the
// request was written but before any answer, QNetworkAccessManager may write the same request
// again on a new connection (it does so for POST too; there is no switch for it). For a
// create this is harmless: the bytes, the request_id and the signature are the same, and the
// server answers 30011 ("duplicate request_id"), which the submission engine reconciles by
// querying. Never rely on a create having been sent at most once at the socket level.
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
    ApiCall *query(const QString &requestId, const QString &payOrderId = {});
    ApiCall *supportedBanks(const QString &currency, const QString &countryCode);

    static qint64 systemClock();

signals:
    // Every call that actually went out, for the event log (body without secret or signature).
    void callStarted(Lesspay::Core::ApiCall *call);

private:
    ApiCall *send(ApiCall::Endpoint endpoint, const QString &path, QByteArray body);

    QNetworkAccessManager *m_network;
    Config m_config;
    SecretProvider m_secret;
    Clock m_clock;
};

} // namespace Lesspay::Core
