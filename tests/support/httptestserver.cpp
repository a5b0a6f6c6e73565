// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

HttpTestServer::HttpTestServer(QObject *parent)
    : QTcpServer(parent)
{}

HttpTestServer::~HttpTestServer()
{
    close();
}

void HttpTestServer::setTls(const QSslCertificate &certificate, const QSslKey &key, const QList<QSslCertificate> &chain)
{
    m_certificate = certificate;
    m_key = key;
    m_chain = chain;
}

bool HttpTestServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl HttpTestServer::url(const QString &host) const
{
    QUrl u;
    u.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    u.setHost(host);
    u.setPort(serverPort());
    return u;
}

QList<HttpTestServer::Request> HttpTestServer::requestsTo(const QByteArray &pathEnd) const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.path.endsWith(pathEnd))
            out.append(r);
    }
    return out;
}

HttpTestServer::Reply HttpTestServer::json(int status, const QByteArray &body, bool keepAlive)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.keepAlive = keepAlive;
    return r;
}

void HttpTestServer::incomingConnection(qintptr descriptor)
{
    const int connection = ++m_connections;
    QTcpSocket *socket = nullptr;
    if (!m_certificate.isNull()) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setLocalCertificateChain(QList<QSslCertificate>{m_certificate} + m_chain);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client certificate
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    connect(socket, &QIODevice::readyRead, this, [this, socket, connection] { onReadyRead(socket, connection); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void HttpTestServer::onReadyRead(QTcpSocket *socket, int connection)
{
    const QByteArray data = socket->readAll();
    m_bytes += data.size();
    QByteArray &buffer = m_buffers[socket];
    buffer += data;
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        request.connection = connection;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);

        m_requests.append(request);
        emit requestReceived(request);
        const Reply reply = m_handler ? m_handler(request) : json(200, R"({"code":0,"msg":"SUCCESS","data":{}})");
        switch (reply.action) {
        case Reply::Action::Answer: {
            const bool keepAlive = reply.keepAlive && request.headers.value("connection").toLower() != "close";
            socket->write("HTTP/1.1 " + QByteArray::number(reply.status)
                          + " Test\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(reply.body.size())
                          + "\r\nConnection: " + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n" + reply.body);
            if (!keepAlive) {
                socket->disconnectFromHost();
                return;
            }
            break;
        }
        case Reply::Action::CloseWithoutAnswer:
            socket->disconnectFromHost();
            return;
        case Reply::Action::ResetWithoutAnswer:
            socket->abort();
            return;
        case Reply::Action::Silent:
            return;
        }
    }
}
