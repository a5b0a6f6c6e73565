// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Lesspay::Core {

// The only place that builds requests to the Lesspay API, so that every one of them has a
// transfer timeout, never follows a redirect, verifies TLS and carries the auth headers and
// the signature of spec section 2 over the exact body bytes that are sent.
class RequestFactory
{
public:
    struct Options
    {
        QUrl baseUrl; // e.g. http://127.0.0.1:8765 or https://host/prefix
        QString appId;
        std::chrono::milliseconds timeout{15000};
        // Trusted in addition to the system's authorities, for this client only (a private
        // test CA); verification itself is never relaxed.
        QList<QSslCertificate> extraCaCertificates = {};
    };

    explicit RequestFactory(Options options);

    const Options &options() const { return m_options; }
    QUrl urlFor(QStringView path) const;

    // Nullopt when the body is not a JSON object (it could not be signed). The secret is
    // only used to compute the signature and is not kept. With `signPrefix` (the sign string
    // up to "key=", written with the body by FrozenBody::write) the body is not parsed again:
    // a 26 MB body costs one SHA-256 pass instead of a JSON parse and a rendering.
    std::optional<QNetworkRequest> build(QStringView path, QByteArrayView body, QByteArrayView secret,
                                         qint64 timestampMs, QByteArrayView signPrefix = {}) const;

    static QByteArray userAgent(); // "LesspayPayoutConsole/<version>"

    static inline const QByteArray AppIdHeader = QByteArrayLiteral("x-auth-appid");
    static inline const QByteArray TimestampHeader = QByteArrayLiteral("X-Auth-Timestamp");
    static inline const QByteArray SignatureHeader = QByteArrayLiteral("x-auth-signature");

private:
    Options m_options;
};

} // namespace Lesspay::Core
