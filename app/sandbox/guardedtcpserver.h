// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/connectionguard.h"

#include <QTcpServer>

class QTcpSocket;

namespace Lesspay::Sandbox {

// A QTcpServer that puts a ConnectionGuard on every connection before Qt HttpServer 6.4 sees
// it, for what 6.4 does not handle: it buffers a whole request before handing it over, accepts
// framing the API refuses (see RequestScreen), waits for ever for a body that never comes, and
// after a parse error only disconnects the socket's signals and leaves it open.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(const ConnectionGuard::Limits &limits, QObject *parent = nullptr);

    // Called when a request on the socket was handed over: its bytes no longer count.
    static void requestCompleted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionGuard::Limits m_limits;
};

} // namespace Lesspay::Sandbox
