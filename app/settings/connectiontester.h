// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "secrets/secretresult.h"
#include "settings/profile.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;

namespace Lesspay::Core {

class ApiClient;
struct ApiResult;
class SecretStore;

// "Test connection" for a profile: a signed query for a request_id that cannot exist. Code
// 30020 (order not found) proves the APPID and secret were accepted; HTTP 401 means a wrong
// secret or APPID; anything else is reported in words.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Outcome {
        Works,
        WrongCredentials,
        NoSecret, // the secret could not be read from the store
        Failed,   // network error, timeout, unexpected answer
    };
    Q_ENUM(Outcome)

    // network and store must outlive the tester.
    ConnectionTester(QNetworkAccessManager *network, SecretStore *store, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Reads the profile's secret from the store, then queries. A test already running is cancelled.
    void test(const Profile &profile);
    bool isRunning() const { return !m_pendingKey.isEmpty() || m_call; }

signals:
    void finished(Lesspay::Core::ConnectionTester::Outcome outcome, const QString &message);

private:
    void onSecretRead(const QString &key, const SecretResult &result, const QByteArray &secret);
    void onQueryFinished(const ApiResult &result);
    void cancel();

    QNetworkAccessManager *m_network;
    SecretStore *m_store;
    std::chrono::milliseconds m_timeout{15000};
    Profile m_profile;
    QString m_pendingKey;
    ApiClient *m_client = nullptr;
    QPointer<ApiCall> m_call;
};

} // namespace Lesspay::Core
