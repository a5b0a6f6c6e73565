// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

#include <QMetaObject>

namespace Lesspay::Core {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

std::optional<SecretResult> MemorySecretStore::failure(bool reading) const
{
    if (!m_unavailableReason.isEmpty())
        return SecretResult::unavailable(m_unavailableReason);
    if (m_locked)
        return reading ? SecretResult::notFound() : SecretResult::unavailable(QStringLiteral("the keyring is locked"));
    return std::nullopt;
}

// Answers are queued, like a real keychain's, so callers cannot come to depend on a synchronous
// answer that the production store never gives.
void MemorySecretStore::readSecret(const QString &key)
{
    SecretResult result;
    QByteArray secret;
    if (const auto failed = failure(true)) {
        result = *failed;
    } else if (const auto it = m_secrets.constFind(key); it != m_secrets.cend()) {
        secret = it.value();
    } else {
        result = SecretResult::notFound();
    }
    QMetaObject::invokeMethod(
        this, [this, key, result, secret] { emit readFinished(key, result, secret); }, Qt::QueuedConnection);
}

void MemorySecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
    ++m_writeRequests;
    SecretResult result;
    if (const auto failed = failure(false))
        result = *failed;
    else
        m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [this, key, result] { emit writeFinished(key, result); }, Qt::QueuedConnection);
}

void MemorySecretStore::deleteSecret(const QString &key)
{
    ++m_deleteRequests;
    SecretResult result;
    if (const auto failed = failure(false))
        result = *failed;
    else if (!m_secrets.remove(key))
        result = SecretResult::notFound();
    QMetaObject::invokeMethod(
        this, [this, key, result] { emit deleteFinished(key, result); }, Qt::QueuedConnection);
}

} // namespace Lesspay::Core
