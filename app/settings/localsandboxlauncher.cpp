// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localsandboxlauncher.h"

#include "secrets/memorysecretstore.h"
#include "settings/settings.h"

#include <QRandomGenerator>
#include <QStandardPaths>

#include <memory>
#include <utility>

namespace Lesspay::Core {

LocalSandboxLauncher::LocalSandboxLauncher(Settings *settings, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_memory(new MemorySecretStore(this))
{
    connect(m_store, &SecretStore::readFinished, this, &LocalSandboxLauncher::onRead);
    connect(m_store, &SecretStore::writeFinished, this, &LocalSandboxLauncher::onWritten);
    connect(m_memory, &SecretStore::readFinished, this, &LocalSandboxLauncher::onRead);
    connect(m_memory, &SecretStore::writeFinished, this, &LocalSandboxLauncher::onWritten);
    connect(&m_process, &SandboxProcess::ready, this, &LocalSandboxLauncher::onReady);
    connect(&m_process, &SandboxProcess::failed, this, &LocalSandboxLauncher::onFailed);
}

LocalSandboxLauncher::~LocalSandboxLauncher()
{
    m_pendingSecret.fill('\0');
}

QString LocalSandboxLauncher::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox-state.json");
}

QString LocalSandboxLauncher::defaultLogFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox.log");
}

QString LocalSandboxLauncher::generateAppId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("local-") + QString::number(value, 16).rightJustified(16, u'0');
}

QByteArray LocalSandboxLauncher::generateSecret()
{
    // 32 bytes from the OS's cryptographic generator, hex so it is plain ASCII everywhere.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QByteArray hex = bytes.toHex();
    bytes.fill('\0');
    return hex;
}

SecretStore *LocalSandboxLauncher::secretStore() const
{
    return m_ephemeral ? static_cast<SecretStore *>(m_memory) : m_store;
}

void LocalSandboxLauncher::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

std::optional<Profile> LocalSandboxLauncher::currentProfile() const
{
    return m_settings->profile(m_profileId);
}

void LocalSandboxLauncher::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    setState(State::Starting);
    m_ephemeral = false; // each start asks the keychain first
    if (const auto existing = m_settings->localSandboxProfile()) {
        m_profileId = existing->id;
        readSecret();
    } else {
        createProfile();
    }
}

void LocalSandboxLauncher::retry()
{
    if (m_state == State::Starting || m_rereading)
        return;
    if (m_state == State::Running) {
        if (!m_ephemeral)
            return; // the keychain's secret is in use already
        const auto profile = currentProfile();
        if (!profile)
            return;
        m_rereading = true;
        m_pendingKey = profile->secretKey();
        m_store->readSecret(m_pendingKey);
        return;
    }
    if (m_profileId.isNull()) {
        start();
        return;
    }
    setState(State::Starting);
    m_ephemeral = false;
    readSecret();
}

void LocalSandboxLauncher::regenerateSecret()
{
    if (m_state == State::Starting)
        return;
    auto profile = currentProfile();
    if (!profile) {
        start();
        return;
    }
    setState(State::Starting);
    m_ephemeral = false;
    if (m_process.processId() == 0) {
        storeNewSecret(*profile);
        return;
    }
    // The running sandbox knows the old secret: start the new one only after it has gone.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_process, &SandboxProcess::stopped, this, [this, connection] {
        disconnect(*connection);
        if (const auto profile = currentProfile())
            storeNewSecret(*profile);
        else
            onFailed(tr("the Local sandbox profile was removed"));
    });
    m_process.stop();
}

void LocalSandboxLauncher::stop()
{
    m_process.stop();
    setState(State::Idle);
}

void LocalSandboxLauncher::createProfile()
{
    Profile profile = Profile::create(tr("Local sandbox"), Profile::Environment::LocalSandbox);
    profile.appId = generateAppId();
    m_profileId = profile.id;
    m_settings->saveProfile(profile);
    if (m_settings->currentProfileId().isNull())
        m_settings->setCurrentProfileId(profile.id);
    storeNewSecret(profile);
}

void LocalSandboxLauncher::storeNewSecret(const Profile &profile)
{
    m_pendingSecret = generateSecret();
    m_pendingKey = profile.secretKey();
    m_store->writeSecret(m_pendingKey, m_pendingSecret);
}

void LocalSandboxLauncher::onWritten(const QString &key, const SecretResult &result)
{
    if (key != m_pendingKey || m_pendingSecret.isEmpty())
        return;
    const bool fromMemory = sender() == m_memory;
    if (!result.isOk() && !fromMemory) {
        // Without a keychain the sandbox still runs: the secret lives in memory for this run.
        m_lastSecretResult = result;
        m_ephemeral = true;
        emit secretKeptInMemory(result);
        m_memory->writeSecret(key, m_pendingSecret);
        return;
    }
    QByteArray secret = std::exchange(m_pendingSecret, {});
    m_pendingKey.clear();
    if (auto profile = currentProfile(); profile && !fromMemory) {
        profile->secretSavedAt = QDateTime::currentDateTimeUtc();
        m_settings->saveProfile(*profile);
    }
    launch(secret);
    secret.fill('\0');
}

void LocalSandboxLauncher::readSecret()
{
    const auto profile = currentProfile();
    if (!profile) {
        onFailed(tr("the Local sandbox profile was removed"));
        return;
    }
    m_pendingKey = profile->secretKey();
    secretStore()->readSecret(m_pendingKey);
}

void LocalSandboxLauncher::onRead(const QString &key, const SecretResult &result, const QByteArray &secret)
{
    const bool fromKeychain = sender() == m_store;
    if (key != m_pendingKey || (!fromKeychain && sender() != m_memory))
        return;
    const SecretResult outcome = result.isOk() && secret.isEmpty() ? SecretResult::notFound() : result;
    if (m_rereading) {
        if (!fromKeychain)
            return;
        m_rereading = false;
        m_pendingKey.clear();
        if (outcome.isOk() && m_state == State::Running && m_ephemeral) {
            restartWith(secret);
            return;
        }
        if (!outcome.isOk()) {
            m_lastSecretResult = outcome;
            emit secretKeptInMemory(outcome);
        }
        return;
    }
    if (m_state != State::Starting || sender() != secretStore())
        return;
    m_pendingKey.clear();
    if (outcome.isOk()) {
        launch(secret);
        return;
    }
    if (!fromKeychain) {
        onFailed(tr("the secret kept in memory for this run was lost"));
        return;
    }
    // NotFound may only mean "locked": the keychain's entry stays as it is, and this run
    // uses a secret of its own.
    emit secretUnavailable(outcome);
    useMemorySecret(key, outcome);
}

void LocalSandboxLauncher::useMemorySecret(const QString &key, const SecretResult &keychainResult)
{
    m_lastSecretResult = keychainResult;
    m_ephemeral = true;
    emit secretKeptInMemory(keychainResult);
    m_pendingKey = key;
    m_pendingSecret = generateSecret();
    m_memory->writeSecret(key, m_pendingSecret);
}

void LocalSandboxLauncher::restartWith(const QByteArray &secret)
{
    // The keychain answers again: its secret replaces this run's, in a restarted sandbox.
    m_ephemeral = false;
    m_lastSecretResult = SecretResult::ok();
    setState(State::Starting);
    m_pendingSecret = secret;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_process, &SandboxProcess::stopped, this, [this, connection] {
        disconnect(*connection);
        QByteArray pending = std::exchange(m_pendingSecret, {});
        launch(pending);
        pending.fill('\0');
    });
    m_process.stop();
}

void LocalSandboxLauncher::launch(const QByteArray &secret)
{
    const auto profile = currentProfile();
    if (!profile) {
        onFailed(tr("the Local sandbox profile was removed"));
        return;
    }
    SandboxProcess::Options options;
    options.executable = SandboxProcess::locateExecutable(m_executable);
    options.appId = profile->appId;
    options.secret = secret;
    options.stateFile = m_stateFile.isEmpty() ? defaultStateFile() : m_stateFile;
    options.logFile = m_logFile.isEmpty() ? defaultLogFile() : m_logFile;
    options.extraArguments = m_extraArguments;
    m_process.start(options);
    options.secret.fill('\0');
}

void LocalSandboxLauncher::onReady(const QUrl &url)
{
    if (auto profile = currentProfile()) {
        profile->baseUrl = url;
        m_settings->saveProfile(*profile);
    }
    setState(State::Running);
    emit ready(url);
}

void LocalSandboxLauncher::onFailed(const QString &reason)
{
    setState(State::Failed);
    emit failed(reason);
}

} // namespace Lesspay::Core
