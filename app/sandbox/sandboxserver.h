// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/adminapi.h"
#include "sandbox/apireply.h"
#include "sandbox/authcheck.h"
#include "sandbox/faultinjector.h"
#include "sandbox/payoutapi.h"
#include "sandbox/sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace Lesspay::Sandbox {

// The HTTP side: body limit, admin endpoints for loopback peers, injected faults, header
// checks (Content-Type, authentication), then the payout API. It overrides handleRequest() itself (instead of
// QHttpServer's router) because the drop faults need the socket.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    // Takes the body, header and timing limits from the options.
    SandboxServer(PayoutApi &api, const AuthCheck &auth, FaultInjector &faults, AdminApi &admin,
                  const SandboxOptions &options, QObject *parent = nullptr);

    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiReply process(const QHttpServerRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply, int delayMs = 0);

    PayoutApi &m_api;
    const AuthCheck &m_auth;
    FaultInjector &m_faults;
    AdminApi &m_admin;
    qint64 m_maxBodyBytes;
    qint64 m_maxHeaderBytes;
    int m_requestTimeoutMs;
    int m_idleTimeoutMs;
    quint16 m_port = 0;
};

} // namespace Lesspay::Sandbox
