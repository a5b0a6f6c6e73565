// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include "sandbox/sandboxlog.h"

#include <QTcpSocket>
#include <QTimer>

namespace Lesspay::Sandbox {

namespace {

constexpr char PendingProperty[] = "lesspay_pending_bytes";

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxPendingBytes, int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent)
    , m_maxPendingBytes(maxPendingBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
{}

void GuardedTcpServer::requestCompleted(QTcpSocket *socket)
{
    socket->setProperty(PendingProperty, qint64(0));
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before QAbstractHttpServer's own readyRead handler, so this runs first and sees
    // exactly the bytes that arrived since the HTTP parser last read everything.
    const qint64 limit = m_maxPendingBytes;
    connect(socket, &QTcpSocket::readyRead, this, [socket, limit] {
        const qint64 pending = socket->property(PendingProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(PendingProperty, pending);
        if (pending > limit) {
            qCWarning(lcSandbox, "connection from %s sent more than %lld bytes without completing a request; closed",
                      qPrintable(socket->peerAddress().toString()), limit);
            socket->readAll();
            socket->abort();
        }
    });
    // The timer is the sender of its own connection, so it survives QAbstractHttpServer's
    // socket->disconnect() after a parse error; activity in either direction restarts it.
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] {
        qCInfo(lcSandbox, "closing idle connection from %s", qPrintable(socket->peerAddress().toString()));
        socket->abort();
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, idle, qOverload<>(&QTimer::start));
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();
    addPendingConnection(socket);
}

} // namespace Lesspay::Sandbox
