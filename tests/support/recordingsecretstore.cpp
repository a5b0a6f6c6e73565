// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingsecretstore.h"

namespace Lesspay::Test {

RecordingSecretStore::RecordingSecretStore(Core::SecretStore *inner, QObject *parent)
    : Core::SecretStore(parent)
    , m_inner(inner)
{
    connect(m_inner, &SecretStore::readFinished, this, &SecretStore::readFinished);
    connect(m_inner, &SecretStore::writeFinished, this, &SecretStore::writeFinished);
    connect(m_inner, &SecretStore::deleteFinished, this, &SecretStore::deleteFinished);
}

RecordingSecretStore::~RecordingSecretStore() = default;

void RecordingSecretStore::readSecret(const QString &key)
{
    m_operations << QStringLiteral("read ") + key;
    m_inner->readSecret(key);
}

void RecordingSecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
    m_operations << QStringLiteral("write ") + key;
    m_inner->writeSecret(key, secret);
}

void RecordingSecretStore::deleteSecret(const QString &key)
{
    m_operations << QStringLiteral("delete ") + key;
    m_inner->deleteSecret(key);
}

int RecordingSecretStore::count(const QString &operation) const
{
    int n = 0;
    for (const QString &entry : m_operations)
        n += entry.startsWith(operation + u' ') ? 1 : 0;
    return n;
}

} // namespace Lesspay::Test
