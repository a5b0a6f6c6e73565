// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestfactory.h"

#include "api/sha256.h"
#include "api/signer.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace Lesspay::Core {

RequestFactory::RequestFactory(Options options)
    : m_options(std::move(options))
{}

QByteArray RequestFactory::userAgent()
{
    return QByteArrayLiteral("LesspayPayoutConsole/" LESSPAY_VERSION);
}

QUrl RequestFactory::urlFor(QStringView path) const
{
    QUrl url = m_options.baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + (path.startsWith(u'/') ? path.toString() : u'/' + path.toString()));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

std::optional<QNetworkRequest> RequestFactory::build(QStringView path, QByteArrayView body, QByteArrayView secret,
                                                     qint64 timestampMs, QByteArrayView signPrefix) const
{
    Signer::Signature signature;
    if (!signPrefix.isEmpty()) {
        // Hashed in pieces: no copy of the sign string, which would hold the secret, is made.
        Sha256 sha;
        sha.addData(signPrefix);
        sha.addData("key=");
        sha.addData(secret);
        signature.hex = sha.result().toHex().toUpper();
    } else if (!Signer::signWire(body, secret, &signature)) {
        return std::nullopt;
    }
    // The sign string holds the secret: wipe this copy as soon as the hex exists.
    signature.signString.fill('\0');

    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(int(m_options.timeout.count()));
    // Payment calls never follow a redirect: a 3xx ends the call and the batch is reconciled.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
#if QT_CONFIG(ssl)
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_options.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_options.extraCaCertificates);
    request.setSslConfiguration(tls);
#endif
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(AppIdHeader, m_options.appId.toUtf8());
    request.setRawHeader(TimestampHeader, QByteArray::number(timestampMs));
    request.setRawHeader(SignatureHeader, signature.hex);
    return request;
}

} // namespace Lesspay::Core
