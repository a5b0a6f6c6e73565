// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include <QTcpSocket>

namespace Lesspay::Sandbox {

GuardedTcpServer::GuardedTcpServer(const ConnectionGuard::Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::requestCompleted(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
        guard->requestCompleted();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Before addPendingConnection(): QAbstractHttpServer connects its readyRead handler when it
    // takes the connection, so the guard's runs first.
    new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace Lesspay::Sandbox
