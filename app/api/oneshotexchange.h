// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <chrono>

namespace Lesspay::Core {

// One HTTP/1.1 POST on a connection of its own, written once and never again: the transport
// of creates. Qt's HTTP layer (QHttpNetworkConnectionChannel) writes a request again by itself
// when a kept-alive connection closes before any answer, and Qt 6.4 has no switch against it;
// here nothing can: a fresh QTcpSocket or QSslSocket, "Connection: close", no redirect, HTTP/1.1
// only (ALPN offers nothing else), one deadline for the whole exchange. The socket honours the
// application's proxy settings for the URL; through an HTTP proxy it always tunnels (CONNECT).
// It also knows what QNetworkReply cannot say: whether any byte of the request was written.
// An exchange that failed before that says why in words (notSentReason).
class OneShotExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotExchange)

public:
    struct Outcome
    {
        bool requestWritten = false; // some bytes of the request were handed to the socket
        bool complete = false;       // a whole HTTP answer was read
        int status = 0;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        bool timedOut = false;
        QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
        QString errorText;     // Qt's text of the failure, when one happened
        QString notSentReason; // set only when nothing was written: why, for people
        QList<QSslError> sslErrors;
    };

    explicit OneShotExchange(QObject *parent = nullptr);
    ~OneShotExchange() override;

    // The URL, headers and TLS settings come from the request (RequestFactory::build); the
    // body is written once. finished() follows exactly once, never from inside start().
    void start(const QNetworkRequest &request, const QByteArray &body, std::chrono::milliseconds deadline);
    // Stops without a signal.
    void abort();
    bool isFinished() const { return m_done; }
    const Outcome &outcome() const { return m_outcome; }

    // Words for a failure that happened before anything was written; public for the tests.
    // proxy: "host:port" of the proxy in use, empty without one.
    static QString describeNotSent(QAbstractSocket::SocketError error, const QList<QSslError> &sslErrors,
                                   const QString &host, int port, const QString &proxy, const QString &qtText);

signals:
    void finished();

private:
    void onConnected();
    void onError(QAbstractSocket::SocketError error);
    void onReadyRead();
    void onDisconnected();
    void onDeadline();
    bool parse(); // true when the answer is complete
    void fail(QAbstractSocket::SocketError error, const QString &text);
    void finish();
    QString proxyText() const;

    QPointer<QAbstractSocket> m_socket;
    QNetworkRequest m_request;
    QByteArray m_body;
    QByteArray m_buffer;
    qsizetype m_headerEnd = -1;
    QTimer m_deadline;
    Outcome m_outcome;
    bool m_done = false;
};

} // namespace Lesspay::Core
