// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretresult.h"
#include "settings/profile.h"
#include "settings/sandboxprocess.h"

#include <QObject>
#include <QUrl>

namespace Lesspay::Core {

class MemorySecretStore;
class SecretStore;
class Settings;

// The zero-setup start: makes sure a "Local sandbox" profile exists (creating it with a
// generated APPID and secret on first start), and runs lesspay-sandbox for it as a child
// process. A new user is never stuck on the keychain: when the secret cannot be read or
// stored (no keychain, a locked or hanging one; every call ends within the store's
// watchdog), the sandbox runs with a fresh secret kept in memory for this run, and the
// reason is reported. The keychain's entry is never overwritten or deleted for that; only
// regenerateSecret(), which the user asks for, replaces it.
class LocalSandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandboxLauncher)

public:
    enum class State {
        Idle,
        Starting,
        Running,
        Failed,
    };
    Q_ENUM(State)

    // settings and store must outlive the launcher.
    LocalSandboxLauncher(Settings *settings, SecretStore *store, QObject *parent = nullptr);
    ~LocalSandboxLauncher() override;

    // Paths default to <AppDataLocation>/sandbox-state.json and sandbox.log, and the
    // executable to SandboxProcess::locateExecutable().
    void setExecutable(const QString &path) { m_executable = path; }
    void setStateFile(const QString &path) { m_stateFile = path; }
    void setLogFile(const QString &path) { m_logFile = path; }
    void setExtraSandboxArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    SandboxProcess *process() { return &m_process; }

    // Creates the profile if there is none, then reads its secret and starts the sandbox.
    void start();
    // Reads the secret from the keychain again (after the user unlocked it, say). While the
    // sandbox runs on an in-memory secret, a secret read now restarts it with that one; a
    // keychain still failing leaves it running as it is.
    void retry();
    // The user asked for a new secret: generate, store, start. The only path that replaces one.
    void regenerateSecret();
    void stop();

    State state() const { return m_state; }
    QUuid profileId() const { return m_profileId; }
    QUrl baseUrl() const { return m_process.baseUrl(); }
    // The store that holds the local sandbox's secret this run: the keychain normally, an
    // in-memory store when the keychain was unavailable (see secretIsEphemeral()).
    SecretStore *secretStore() const;
    // True when the secret is only kept in memory for this run, so the UI can say so.
    bool secretIsEphemeral() const { return m_ephemeral; }
    // Why the secret is ephemeral (what is wrong with the keychain).
    SecretResult lastSecretResult() const { return m_lastSecretResult; }

    static QString defaultStateFile();
    static QString defaultLogFile();
    static QString generateAppId();
    static QByteArray generateSecret();

signals:
    void stateChanged(Lesspay::Core::LocalSandboxLauncher::State state);
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason);
    // The stored secret could not be read; result.message() says why. A fresh in-memory
    // secret is used for this run (secretKeptInMemory follows); the UI offers retry().
    void secretUnavailable(const Lesspay::Core::SecretResult &result);
    // The sandbox's secret is kept in memory for this run only: the keychain could not read
    // or store it (keychainResult says why), or a retry found it still failing.
    void secretKeptInMemory(const Lesspay::Core::SecretResult &keychainResult);

private:
    void setState(State state);
    void createProfile();
    void storeNewSecret(const Profile &profile);
    void readSecret();
    void onRead(const QString &key, const SecretResult &result, const QByteArray &secret);
    void onWritten(const QString &key, const SecretResult &result);
    void useMemorySecret(const QString &key, const SecretResult &keychainResult);
    void restartWith(const QByteArray &secret);
    void launch(const QByteArray &secret);
    void onReady(const QUrl &url);
    void onFailed(const QString &reason);
    std::optional<Profile> currentProfile() const;

    Settings *m_settings;
    SecretStore *m_store;
    MemorySecretStore *m_memory;
    SandboxProcess m_process;
    QString m_executable;
    QString m_stateFile;
    QString m_logFile;
    QStringList m_extraArguments;
    QUuid m_profileId;
    QString m_pendingKey;
    QByteArray m_pendingSecret; // only while a write is in flight
    SecretResult m_lastSecretResult;
    State m_state = State::Idle;
    bool m_ephemeral = false;
    bool m_rereading = false; // retry() while running on an in-memory secret
};

} // namespace Lesspay::Core
