// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>

class QTimer;

namespace QKeychain {
class Job;
}

namespace Lesspay::Core {

// The production store: the operating system's keychain through QtKeychain, with the plaintext
// fallback switched off. Each job gets a watchdog that answers Timeout when the keychain hangs
// (a prompt nobody sees, a stuck D-Bus peer); the job itself is only deleted once it has
// finished, because QtKeychain's backends call back into it. A write first asks the Secret
// Service whether a default keyring exists: without one it would create one, behind a
// "Choose password for new keyring" prompt that a new user has never asked for, so the
// write answers Unavailable instead.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr int DefaultWatchdogMs = 15000;
    // The application id, used as the keychain service name in production.
    static inline const QString AppService = QStringLiteral("com.lesspay.PayoutConsole");

    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QByteArray &secret) override;
    void deleteSecret(const QString &key) override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    void setWatchdogInterval(int ms) { m_watchdogMs = ms; }
    // Jobs started and not yet finished, including those already answered with Timeout.
    int runningJobs() const { return int(m_jobs.size()); }

private:
    enum class Operation { Read, Write, Delete };
    struct Pending
    {
        Operation operation;
        QString key;
        QTimer *watchdog = nullptr;
        bool answered = false;
    };

    void startWrite(const QString &key, const QByteArray &secret);
    void track(QKeychain::Job *job, Operation operation);
    void onJobFinished(QKeychain::Job *job);
    void onWatchdog(QKeychain::Job *job);
    void answer(const Pending &pending, const SecretResult &result, const QByteArray &secret);

    QString m_service;
    int m_watchdogMs = DefaultWatchdogMs;
    QHash<QKeychain::Job *, Pending> m_jobs;
};

} // namespace Lesspay::Core
