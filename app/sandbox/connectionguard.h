// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/requestscreen.h"

#include <QObject>

class QTcpSocket;
class QTimer;

namespace Lesspay::Sandbox {

// Watches one accepted connection from before Qt HttpServer reads it: the raw bytes go through
// a RequestScreen, a request must arrive completely within the request timeout (else 408), a
// peer sending far beyond the body limit is cut off, and an idle connection is closed. A
// refused request is answered here with its status and the API's JSON envelope; the rest of
// what the peer sends is read and dropped until it closes, so that it sees the answer instead
// of a reset. Lives as a child of the socket.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    struct Limits
    {
        qint64 maxPendingBytes = 0; // unread bytes of an unfinished request before the cut-off
        qint64 maxHeaderBytes = 0;
        qint64 maxBodyBytes = 0;
        int requestTimeoutMs = 0;
        int idleTimeoutMs = 0;
    };

    // Connects to the socket's readyRead: call before Qt HttpServer connects its own.
    ConnectionGuard(QTcpSocket *socket, const Limits &limits);

    // A request on the socket was handed over: its bytes no longer count as pending.
    void requestCompleted() { m_pending = 0; }

private:
    void onReadyRead();
    void refuse(int httpStatus, int code, const QString &message);
    void drain();

    QTcpSocket *m_socket;
    Limits m_limits;
    RequestScreen m_screen;
    QTimer *m_requestTimer;
    QTimer *m_idleTimer;
    qint64 m_pending = 0;
    qint64 m_drained = 0;
    bool m_refused = false;
};

} // namespace Lesspay::Sandbox
