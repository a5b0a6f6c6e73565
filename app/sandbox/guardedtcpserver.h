// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace Lesspay::Sandbox {

// A QTcpServer that watches how many bytes a connection sends before a request completes and
// cuts off a peer that goes far beyond the body limit. Qt HttpServer 6.4 buffers a whole request
// before it hands it over, so without this one huge upload could exhaust memory.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(qint64 maxPendingBytes, QObject *parent = nullptr);

    // Called when a request on the socket was handed over: its bytes no longer count.
    static void requestCompleted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxPendingBytes;
};

} // namespace Lesspay::Sandbox
