// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace Lesspay::Core {

namespace {

SecretResult resultOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return SecretResult::ok();
    case QKeychain::EntryNotFound:
        // Also what a locked keyring answers on Debian 12: callers must not take it as proof
        // that nothing is stored.
        return SecretResult::notFound();
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    QString reason = job->errorString();
    if (reason.isEmpty())
        reason = QStringLiteral("error %1").arg(int(job->error()));
    return SecretResult::unavailable(reason);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore()
{
    // A running job cannot be deleted safely (its backend holds a pointer to it), so it is
    // handed over to delete itself once it finishes.
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        QKeychain::Job *job = it.key();
        disconnect(job, nullptr, this, nullptr);
        connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    }
}

void KeychainSecretStore::readSecret(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    track(job, Operation::Read);
}

void KeychainSecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
#ifdef Q_OS_LINUX
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
        call << QStringLiteral("default");
        // The same watchdog as a job's: a service that never answers is a Timeout here too.
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, m_watchdogMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key, secret] {
            watcher->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
            if (reply.isError()) {
                const QDBusError::ErrorType type = reply.error().type();
                if (type == QDBusError::NoReply || type == QDBusError::Timeout) {
                    emit writeFinished(key, SecretResult::timeout(tr("no answer after %1 ms").arg(m_watchdogMs)));
                    return;
                }
                // No Secret Service here (KWallet, say): QtKeychain picks its backend and answers.
                startWrite(key, secret);
                return;
            }
            if (reply.value().path() == u"/") {
                emit writeFinished(key, SecretResult::unavailable(tr("no keyring is set up, and making one would "
                                                                     "ask for a new keyring password")));
                return;
            }
            startWrite(key, secret);
        });
        return;
    }
#endif
    startWrite(key, secret);
}

void KeychainSecretStore::startWrite(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    // Text, not binary: one lookup on read, and readable with secret-tool when debugging.
    job->setTextData(QString::fromUtf8(secret));
    track(job, Operation::Write);
}

void KeychainSecretStore::deleteSecret(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    track(job, Operation::Delete);
}

void KeychainSecretStore::track(QKeychain::Job *job, Operation operation)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);

    auto *watchdog = new QTimer(this);
    watchdog->setSingleShot(true);
    watchdog->setInterval(m_watchdogMs);
    connect(watchdog, &QTimer::timeout, this, [this, job] { onWatchdog(job); });
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);

    m_jobs.insert(job, Pending{operation, job->key(), watchdog, false});
    watchdog->start();
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job)
{
    const auto it = m_jobs.find(job);
    if (it == m_jobs.end())
        return;
    const Pending pending = it.value();
    m_jobs.erase(it);
    pending.watchdog->deleteLater();
    // Deferred: QtKeychain still touches the job after emitting finished().
    job->deleteLater();

    if (pending.answered)
        return; // the caller already got Timeout; a late answer is dropped
    QByteArray secret;
    const SecretResult result = resultOf(job);
    if (result.isOk() && pending.operation == Operation::Read)
        secret = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
    answer(pending, result, secret);
}

void KeychainSecretStore::onWatchdog(QKeychain::Job *job)
{
    const auto it = m_jobs.find(job);
    if (it == m_jobs.end() || it->answered)
        return;
    it->answered = true;
    answer(it.value(), SecretResult::timeout(tr("no answer after %1 ms").arg(m_watchdogMs)), {});
}

void KeychainSecretStore::answer(const Pending &pending, const SecretResult &result, const QByteArray &secret)
{
    switch (pending.operation) {
    case Operation::Read:
        emit readFinished(pending.key, result, secret);
        break;
    case Operation::Write:
        emit writeFinished(pending.key, result);
        break;
    case Operation::Delete:
        emit deleteFinished(pending.key, result);
        break;
    }
}

} // namespace Lesspay::Core
