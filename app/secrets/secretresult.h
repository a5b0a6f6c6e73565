// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Lesspay::Core {

// The outcome of one secret store operation. It never carries the secret itself, so it can be
// logged and shown as is.
struct SecretResult
{
    enum class Status {
        Ok,
        // Nothing stored under the key. On Debian 12 a locked keyring answers the same way, so this
        // never justifies overwriting or deleting anything.
        NotFound,
        Unavailable, // no keychain service, D-Bus missing, access denied, ...
        Timeout,     // the keychain did not answer before the watchdog fired
    };

    Status status = Status::Ok;
    QString reason; // the backend's words for Unavailable and Timeout

    static SecretResult ok() { return {}; }
    static SecretResult notFound() { return {Status::NotFound, {}}; }
    static SecretResult unavailable(const QString &reason) { return {Status::Unavailable, reason}; }
    static SecretResult timeout(const QString &reason) { return {Status::Timeout, reason}; }

    bool isOk() const { return status == Status::Ok; }
    // Whether the UI should offer Retry (the keychain may be unlocked or started meanwhile).
    bool isRetryable() const { return status != Status::Ok; }
    // What the user reads.
    QString message() const;

    friend bool operator==(const SecretResult &, const SecretResult &) = default;
};

} // namespace Lesspay::Core

Q_DECLARE_METATYPE(Lesspay::Core::SecretResult)
