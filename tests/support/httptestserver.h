// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A small HTTP/1.1 server over real sockets for transport tests: plain or TLS (with the
// certificate and key the test made), keep-alive, one request after another per connection.
// Every request is recorded with the connection it came on; a handler decides per request to
// answer, to close the connection without answering (after having stored it) or to stay silent.
class HttpTestServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTestServer)

public:
    struct Request
    {
        int connection = 0; // 1, 2, ... in the order connections were accepted
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply
    {
        enum class Action { Answer, CloseWithoutAnswer, ResetWithoutAnswer, Silent };
        Action action = Action::Answer;
        int status = 200;
        QByteArray body;
        bool keepAlive = true;
    };
    using Handler = std::function<Reply(const Request &request)>;

    explicit HttpTestServer(QObject *parent = nullptr);
    ~HttpTestServer() override;

    // TLS when a certificate is given (before listen()); the chain goes with it.
    void setTls(const QSslCertificate &certificate, const QSslKey &key, const QList<QSslCertificate> &chain = {});
    bool listenLocal(); // 127.0.0.1, a free port
    // https://<host>:<port> when TLS is on; host defaults to 127.0.0.1.
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsTo(const QByteArray &pathEnd) const;
    int connectionCount() const { return m_connections; }
    int handshakesCompleted() const { return m_handshakes; }
    qint64 bytesReceived() const { return m_bytes; } // after decryption: request bytes only

    static Reply json(int status, const QByteArray &body, bool keepAlive = true);

signals:
    void requestReceived(const HttpTestServer::Request &request);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket, int connection);

    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    int m_handshakes = 0;
    qint64 m_bytes = 0;
};
