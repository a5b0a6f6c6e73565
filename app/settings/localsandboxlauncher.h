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
// process. A secret that cannot be read is reported, never silently replaced: a new one is
// only generated when the user asks through regenerateSecret().
class LocalSandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandboxLauncher)

public:
    enum class State {
        Idle,
        Starting,
        NeedsSecret, // the stored secret could not be read: offer Retry or a new secret
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
    // Reads the secret again (after the user unlocked the keychain, say).
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
    // Why the secret is ephemeral, or why it could not be read (NeedsSecret).
    SecretResult lastSecretResult() const { return m_lastSecretResult; }

    static QString defaultStateFile();
    static QString defaultLogFile();
    static QString generateAppId();
    static QByteArray generateSecret();

signals:
    void stateChanged(Lesspay::Core::LocalSandboxLauncher::State state);
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason);
    // The secret could not be read; result.message() says why. The UI offers retry() and
    // regenerateSecret().
    void secretUnavailable(const Lesspay::Core::SecretResult &result);
    // The keychain refused the new secret, which is kept in memory for this run only.
    void secretKeptInMemory(const Lesspay::Core::SecretResult &keychainResult);

private:
    void setState(State state);
    void createProfile();
    void storeNewSecret(const Profile &profile);
    void readSecret();
    void onRead(const QString &key, const SecretResult &result, const QByteArray &secret);
    void onWritten(const QString &key, const SecretResult &result);
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
};

} // namespace Lesspay::Core
