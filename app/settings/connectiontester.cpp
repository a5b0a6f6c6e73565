// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"

#include "api/apiclient.h"
#include "domain/batch.h"
#include "secrets/secretstore.h"
#include "settings/profileconfig.h"

namespace Lesspay::Core {

namespace {
constexpr int OrderNotFound = 30020;
constexpr int HttpUnauthorized = 401;
} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
{
    connect(m_store, &SecretStore::readFinished, this, &ConnectionTester::onSecretRead);
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::cancel()
{
    m_pendingKey.clear();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
}

void ConnectionTester::test(const Profile &profile)
{
    cancel();
    m_profile = profile;
    m_pendingKey = profile.secretKey();
    m_store->readSecret(m_pendingKey);
}

void ConnectionTester::onSecretRead(const QString &key, const SecretResult &result, const QByteArray &secret)
{
    if (m_pendingKey.isEmpty() || key != m_pendingKey)
        return;
    m_pendingKey.clear();
    if (!result.isOk() || secret.isEmpty()) {
        emit finished(Outcome::NoSecret, result.isOk() ? SecretResult::notFound().message() : result.message());
        return;
    }

    const ApiClient::Config config = ProfileConfig::client(m_profile, m_timeout);
    // The provider is called once, synchronously, when the query is sent, so the secret is
    // not kept beyond this function.
    m_client = new ApiClient(
        m_network, config, [secret] { return secret; }, {}, this);
    m_call = m_client->query(RequestId::generate());
    connect(m_call, &ApiCall::finished, this, &ConnectionTester::onQueryFinished);
}

void ConnectionTester::onQueryFinished(const ApiResult &result)
{
    m_call = nullptr;
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (result.isBusiness(OrderNotFound) || result.ok()) {
        emit finished(Outcome::Works, tr("The credentials work: the server accepted the signed request."));
    } else if (result.httpStatus == HttpUnauthorized) {
        emit finished(Outcome::WrongCredentials,
                      tr("The server rejected the signature (HTTP 401): the secret or the APPID is wrong."));
    } else {
        emit finished(Outcome::Failed, result.describe());
    }
}

} // namespace Lesspay::Core
