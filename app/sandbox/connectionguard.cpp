// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "sandbox/apireply.h"
#include "sandbox/sandboxlog.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// How long and how much a refused peer may go on sending before the connection is cut.
constexpr int LingerMs = 2000;
constexpr qint64 MaxDrainBytes = 64 * 1024 * 1024;

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_screen(limits.maxHeaderBytes, limits.maxBodyBytes)
    , m_requestTimer(new QTimer(this))
    , m_idleTimer(new QTimer(this))
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);

    m_requestTimer->setSingleShot(true);
    m_requestTimer->setInterval(limits.requestTimeoutMs);
    connect(m_requestTimer, &QTimer::timeout, this, [this] {
        refuse(408, 408, u"the request did not arrive completely within %1 ms"_s.arg(m_limits.requestTimeoutMs));
    });

    // The timer is the sender of its own connection, so it survives QAbstractHttpServer's
    // socket->disconnect() after a parse error; activity in either direction restarts it.
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(limits.idleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, socket, [socket] {
        qCInfo(lcSandbox, "closing idle connection from %s", qPrintable(socket->peerAddress().toString()));
        socket->abort();
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, m_idleTimer, qOverload<>(&QTimer::start));
    connect(socket, &QTcpSocket::bytesWritten, m_idleTimer, qOverload<>(&QTimer::start));
    m_idleTimer->start();
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        drain();
        return;
    }
    // Runs before QAbstractHttpServer's own handler, so it sees exactly the bytes that arrived
    // since the HTTP parser last read everything.
    const qint64 available = m_socket->bytesAvailable();
    m_pending += available;
    if (m_pending > m_limits.maxPendingBytes) {
        qCWarning(lcSandbox, "connection from %s sent more than %lld bytes without completing a request; closed",
                  qPrintable(m_socket->peerAddress().toString()), m_limits.maxPendingBytes);
        m_socket->readAll();
        m_socket->abort();
        return;
    }
    if (!m_screen.isScreening())
        return;
    const RequestScreen::Verdict verdict = m_screen.feed(m_socket->peek(available));
    if (!verdict.ok()) {
        refuse(verdict.httpStatus, verdict.code, verdict.message);
        return;
    }
    if (!m_screen.inRequest())
        m_requestTimer->stop();
    else if (!m_requestTimer->isActive())
        m_requestTimer->start();
}

void ConnectionGuard::refuse(int httpStatus, int code, const QString &message)
{
    if (m_refused || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_refused = true;
    m_requestTimer->stop();
    qCInfo(lcSandbox, "%d to %s: %s", httpStatus, qPrintable(m_socket->peerAddress().toString()), qPrintable(message));
    // The HTTP parser must not see this connection again (its readyRead handler is dropped,
    // ours comes back to drain), and whatever it buffered is let go.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    connect(m_socket, &QTcpSocket::readyRead, m_idleTimer, qOverload<>(&QTimer::start));
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();

    const ApiReply reply = ApiReply::envelope(httpStatus, code, message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(httpStatus) + ' ' + reasonPhrase(httpStatus)
                          + "\r\nContent-Type: " + reply.contentType + "\r\nContent-Length: "
                          + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
    m_socket->write(response);
    // Once the answer is out, only the sending direction is closed: closing both while the
    // peer is still sending would reset the connection and could destroy the answer in transit.
    const auto halfClose = [this] {
        if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    m_socket->flush();
    halfClose();
    auto *linger = new QTimer(this);
    linger->setSingleShot(true);
    connect(linger, &QTimer::timeout, m_socket, [socket = m_socket] {
        socket->abort();
        socket->deleteLater();
    });
    linger->start(LingerMs);
}

void ConnectionGuard::drain()
{
    m_drained += m_socket->readAll().size();
    if (m_drained > MaxDrainBytes) {
        m_socket->abort();
        m_socket->deleteLater();
    }
}

} // namespace Lesspay::Sandbox
