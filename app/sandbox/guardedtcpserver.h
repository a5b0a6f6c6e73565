// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace Lesspay::Sandbox {

// A QTcpServer that watches its connections for what Qt HttpServer 6.4 does not handle: a peer
// sending far beyond the body limit (6.4 buffers a whole request before handing it over) is cut
// off, and an idle connection is closed and freed (after a parse error 6.4 only disconnects the
// socket's signals and leaves it open).
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(qint64 maxPendingBytes, int idleTimeoutMs, QObject *parent = nullptr);

    // Called when a request on the socket was handed over: its bytes no longer count.
    static void requestCompleted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxPendingBytes;
    int m_idleTimeoutMs;
};

} // namespace Lesspay::Sandbox
