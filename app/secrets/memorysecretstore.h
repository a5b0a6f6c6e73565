// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>

#include <optional>

namespace Lesspay::Core {

// Secrets kept in this process only: the store for unit tests and the fallback for a run
// without a keychain. It can imitate a locked or missing keychain so callers' handling of
// those answers is tested without one.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QByteArray &secret) override;
    void deleteSecret(const QString &key) override;
    bool isPersistent() const override { return false; }

    // Locked: reads answer NotFound (as a locked Debian keyring does), writes and deletes fail.
    void setLocked(bool locked) { m_locked = locked; }
    // Non-empty: every operation answers Unavailable with this reason.
    void setUnavailableReason(const QString &reason) { m_unavailableReason = reason; }

    // For tests that must prove a write or delete was never even attempted.
    int writeRequests() const { return m_writeRequests; }
    int deleteRequests() const { return m_deleteRequests; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    std::optional<SecretResult> failure(bool reading) const;

    QHash<QString, QByteArray> m_secrets;
    QString m_unavailableReason;
    bool m_locked = false;
    int m_writeRequests = 0;
    int m_deleteRequests = 0;
};

} // namespace Lesspay::Core
