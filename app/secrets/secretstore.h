// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretresult.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Lesspay::Core {

// The only way the application reaches stored secrets. Every operation is asynchronous and
// answers exactly once through its finished signal, never from inside the call, so a keychain
// that prompts or hangs cannot block the GUI thread.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void readSecret(const QString &key) = 0;
    virtual void writeSecret(const QString &key, const QByteArray &secret) = 0;
    virtual void deleteSecret(const QString &key) = 0;

    // False for stores that forget everything when the process ends, so the UI can say so.
    virtual bool isPersistent() const = 0;

signals:
    // secret is empty unless result is Ok.
    void readFinished(const QString &key, const Lesspay::Core::SecretResult &result, const QByteArray &secret);
    void writeFinished(const QString &key, const Lesspay::Core::SecretResult &result);
    void deleteFinished(const QString &key, const Lesspay::Core::SecretResult &result);
};

} // namespace Lesspay::Core
