// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QStringList>

namespace Lesspay::Test {

// Passes every operation to another store and records it, so a test can prove that code
// never wrote or deleted a secret, whatever the store behind it is (a real keychain too).
class RecordingSecretStore final : public Core::SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingSecretStore)

public:
    explicit RecordingSecretStore(Core::SecretStore *inner, QObject *parent = nullptr);
    ~RecordingSecretStore() override;

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QByteArray &secret) override;
    void deleteSecret(const QString &key) override;
    bool isPersistent() const override { return m_inner->isPersistent(); }

    // "read KEY", "write KEY", "delete KEY" in call order (never the secret).
    QStringList operations() const { return m_operations; }
    int count(const QString &operation) const;

private:
    Core::SecretStore *m_inner;
    QStringList m_operations;
};

} // namespace Lesspay::Test
