// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oneshotexchange.h"

#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <optional>

namespace Lesspay::Core {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;

bool skippedHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "host" || lower == "content-length" || lower == "connection" || lower == "transfer-encoding"
           || lower == "keep-alive" || lower == "upgrade";
}

// Decodes a complete chunked body; nullopt while more bytes are needed, an empty optional
// value with ok == false on garbage.
std::optional<QByteArray> dechunk(QByteArrayView data, bool *garbage)
{
    QByteArray out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0)
            return std::nullopt;
        QByteArray sizeText = data.sliced(pos, eol - pos).toByteArray();
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > MaxBodyBytes) {
            *garbage = true;
            return std::nullopt;
        }
        pos = eol + 2;
        if (size == 0)
            return data.indexOf("\r\n", pos) >= 0 ? std::optional<QByteArray>(out) : std::nullopt;
        if (data.size() < pos + size + 2)
            return std::nullopt;
        out += data.sliced(pos, size);
        pos += size + 2;
    }
}

QString certificateNames(const QSslCertificate &cert)
{
    QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

} // namespace

OneShotExchange::OneShotExchange(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &OneShotExchange::onDeadline);
}

OneShotExchange::~OneShotExchange()
{
    abort();
}

void OneShotExchange::start(const QNetworkRequest &request, const QByteArray &body, std::chrono::milliseconds deadline)
{
    m_request = request;
    m_body = body;
    const QUrl url = request.url();
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (!tls && url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0) {
        m_outcome.notSentReason = tr("the address %1 is neither http nor https; nothing was sent")
                                      .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        QMetaObject::invokeMethod(this, &OneShotExchange::finish, Qt::QueuedConnection);
        return;
    }
    const quint16 port = quint16(url.port(tls ? 443 : 80));

    QAbstractSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    if (tls) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration config = request.sslConfiguration();
        // Never anything but HTTP/1.1 on this socket, whatever the server would like.
        config.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, &OneShotExchange::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &errors) { m_outcome.sslErrors += errors; });
        socket = ssl;
    }
#endif
    if (!socket) {
        if (tls) {
            m_outcome.notSentReason = tr("this build has no TLS support; nothing was sent");
            QMetaObject::invokeMethod(this, &OneShotExchange::finish, Qt::QueuedConnection);
            return;
        }
        socket = new QTcpSocket(this);
        connect(socket, &QAbstractSocket::connected, this, &OneShotExchange::onConnected);
    }
    m_socket = socket;
    // The proxy QNetworkAccessManager would choose for this URL.
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::Socks5Proxy
            || proxy.type() == QNetworkProxy::HttpProxy) {
            socket->setProxy(proxy);
            break;
        }
    }
    connect(socket, &QAbstractSocket::errorOccurred, this, &OneShotExchange::onError);
    connect(socket, &QIODevice::readyRead, this, &OneShotExchange::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &OneShotExchange::onDisconnected);
    m_deadline.start(deadline);
#if QT_CONFIG(ssl)
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->connectToHostEncrypted(url.host(), port);
        return;
    }
#endif
    socket->connectToHost(url.host(), port);
}

void OneShotExchange::abort()
{
    m_done = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket.clear();
    }
}

void OneShotExchange::onConnected()
{
    if (m_done || !m_socket)
        return;
    const QUrl url = m_request.url();
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1 && url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(url.port());

    QByteArray head = "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    const QList<QByteArray> names = m_request.rawHeaderList();
    for (const QByteArray &name : names) {
        if (!skippedHeader(name))
            head += name + ": " + m_request.rawHeader(name) + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n";
    // From here on the server may have the request: whatever happens next, it is not "not sent".
    m_outcome.requestWritten = true;
    m_socket->write(head + m_body);
}

void OneShotExchange::onError(QAbstractSocket::SocketError error)
{
    if (m_done || !m_socket)
        return;
    // A server that closes after a complete answer without a length is not an error.
    if (error == QAbstractSocket::RemoteHostClosedError && m_headerEnd >= 0) {
        onReadyRead();
        if (!m_done && !m_outcome.headers.contains("content-length")
            && !m_outcome.headers.value("transfer-encoding").contains("chunked")) {
            m_outcome.body = m_buffer.mid(m_headerEnd);
            m_outcome.complete = true;
            finish();
        }
        if (m_done)
            return;
    }
    fail(error, m_socket->errorString());
}

void OneShotExchange::onDisconnected()
{
    if (m_done)
        return;
    onError(QAbstractSocket::RemoteHostClosedError);
}

void OneShotExchange::onDeadline()
{
    if (m_done)
        return;
    m_outcome.timedOut = true;
    fail(QAbstractSocket::SocketTimeoutError, tr("no complete answer within the deadline"));
}

void OneShotExchange::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (parse()) {
        m_outcome.complete = true;
        finish();
    }
}

bool OneShotExchange::parse()
{
    while (m_headerEnd < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeadBytes)
                fail(QAbstractSocket::UnknownSocketError, tr("the server's answer has oversized headers"));
            return false;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        bool ok = false;
        const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
        if (!statusLine.first().startsWith("HTTP/1.") || !ok) {
            fail(QAbstractSocket::UnknownSocketError, tr("the server's answer is not HTTP/1.1"));
            return false;
        }
        if (status >= 100 && status < 200) {
            m_buffer.remove(0, end + 4); // 100 Continue and friends carry no answer
            continue;
        }
        m_outcome.status = status;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_outcome.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        m_headerEnd = end + 4;
    }
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_headerEnd);
    if (m_outcome.headers.value("transfer-encoding").toLower().contains("chunked")) {
        bool garbage = false;
        const std::optional<QByteArray> body = dechunk(rest, &garbage);
        if (garbage)
            fail(QAbstractSocket::UnknownSocketError, tr("the server's answer has a broken chunked body"));
        if (!body)
            return false;
        m_outcome.body = *body;
        return true;
    }
    if (m_outcome.headers.contains("content-length")) {
        bool ok = false;
        const qlonglong length = m_outcome.headers.value("content-length").toLongLong(&ok);
        if (!ok || length < 0 || length > MaxBodyBytes) {
            fail(QAbstractSocket::UnknownSocketError, tr("the server's answer has an unusable Content-Length"));
            return false;
        }
        if (rest.size() < length)
            return false;
        m_outcome.body = rest.first(length).toByteArray();
        return true;
    }
    if (m_outcome.status == 204 || m_outcome.status == 304)
        return true;
    if (rest.size() > MaxBodyBytes)
        fail(QAbstractSocket::UnknownSocketError, tr("the server's answer is too long"));
    return false; // read until the server closes
}

void OneShotExchange::fail(QAbstractSocket::SocketError error, const QString &text)
{
    if (m_done)
        return;
    m_outcome.socketError = error;
    m_outcome.errorText = text;
    if (!m_outcome.requestWritten) {
        const QUrl url = m_request.url();
        const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
        m_outcome.notSentReason =
            m_outcome.timedOut
                ? tr("no connection to %1 could be made in time; nothing was sent")
                      .arg(url.host() + u':' + QString::number(url.port(tls ? 443 : 80)))
                : describeNotSent(error, m_outcome.sslErrors, url.host(), url.port(tls ? 443 : 80), proxyText(), text);
    }
    finish();
}

QString OneShotExchange::proxyText() const
{
    if (!m_socket)
        return {};
    const QNetworkProxy proxy = m_socket->proxy();
    if (proxy.type() != QNetworkProxy::HttpProxy && proxy.type() != QNetworkProxy::Socks5Proxy)
        return {};
    return proxy.hostName() + u':' + QString::number(proxy.port());
}

void OneShotExchange::finish()
{
    if (m_done)
        return;
    abort(); // the same teardown: the socket is closed and let go, the deadline stopped
    emit finished();
}

QString OneShotExchange::describeNotSent(QAbstractSocket::SocketError error, const QList<QSslError> &sslErrors,
                                         const QString &host, int port, const QString &proxy, const QString &qtText)
{
    const QString where = host + u':' + QString::number(port);
    QString reason;
    // The most telling certificate problem first: an expired certificate is usually also
    // "untrusted" further up, but its date is what a person can act on.
    const QList<QSslError::SslError> order{
        QSslError::CertificateExpired,
        QSslError::CertificateNotYetValid,
        QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain,
        QSslError::HostNameMismatch,
        QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToVerifyFirstCertificate,
        QSslError::CertificateUntrusted,
        QSslError::CertificateRevoked,
    };
    for (const QSslError::SslError wanted : order) {
        for (const QSslError &e : sslErrors) {
            if (e.error() != wanted)
                continue;
            const QSslCertificate cert = e.certificate();
            switch (wanted) {
            case QSslError::CertificateExpired:
                reason = tr("the server's certificate expired on %1")
                             .arg(cert.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
                break;
            case QSslError::CertificateNotYetValid:
                reason = tr("the server's certificate is valid only from %1")
                             .arg(cert.effectiveDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
                break;
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
                reason = tr("the server's certificate is self-signed and not trusted");
                break;
            case QSslError::HostNameMismatch:
                reason = tr("the server's certificate is for %1, not for %2").arg(certificateNames(cert), host);
                break;
            case QSslError::CertificateRevoked:
                reason = tr("the server's certificate was revoked");
                break;
            default:
                reason = tr("the server's certificate is not signed by a trusted authority");
                break;
            }
            break;
        }
        if (!reason.isEmpty())
            break;
    }
    if (reason.isEmpty() && !sslErrors.isEmpty())
        reason = tr("the server's certificate was not accepted: %1").arg(sslErrors.first().errorString());
    const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError
                          || error == QAbstractSocket::SslInternalError
                          || error == QAbstractSocket::SslInvalidUserDataError;
    if (reason.isEmpty() && !proxy.isEmpty() && !tlsError) {
        // Through a proxy every failure before the tunnel stands is the proxy's answer (Qt
        // reports a refused CONNECT under several codes).
        reason = tr("the proxy %1 did not open a connection to %2 (%3)").arg(proxy, where, qtText);
    }
    if (reason.isEmpty()) {
        switch (error) {
        case QAbstractSocket::HostNotFoundError:
            reason = tr("the host name %1 could not be found").arg(host);
            break;
        case QAbstractSocket::ConnectionRefusedError:
            reason = tr("%1 refused the connection").arg(where);
            break;
        case QAbstractSocket::ProxyConnectionRefusedError:
        case QAbstractSocket::ProxyConnectionClosedError:
        case QAbstractSocket::ProxyConnectionTimeoutError:
        case QAbstractSocket::ProxyNotFoundError:
        case QAbstractSocket::ProxyProtocolError:
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            reason = tr("the proxy %1 did not open a connection to %2 (%3)").arg(proxy, where, qtText);
            break;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            reason = tr("the secure connection to %1 could not be set up (%2)").arg(where, qtText);
            break;
        case QAbstractSocket::NetworkError:
            reason = tr("the network to %1 is unreachable (%2)").arg(where, qtText);
            break;
        default:
            reason = tr("the connection to %1 failed (%2)").arg(where, qtText);
            break;
        }
    }
    return tr("%1; nothing was sent").arg(reason);
}

} // namespace Lesspay::Core
