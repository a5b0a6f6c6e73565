// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/apireply.h"
#include "sandbox/batchstore.h"
#include "sandbox/faultinjector.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace Lesspay::Sandbox {

// The loopback-only admin endpoints: GET /admin/batches, GET|POST|DELETE /admin/faults.
// Callers check the peer address; this class only answers.
class AdminApi
{
public:
    AdminApi(const BatchStore &store, FaultInjector &faults);

    static bool isAdminPath(const QString &path) { return path.startsWith(QStringLiteral("/admin/")); }
    // Loopback peers only (IPv4-mapped IPv6 included): the admin endpoints carry no signature.
    static bool isAllowedPeer(const QHostAddress &peer);
    ApiReply handle(const QByteArray &method, const QString &path, const QByteArray &body);

private:
    ApiReply batches() const;
    ApiReply faults() const;

    const BatchStore &m_store;
    FaultInjector &m_faults;
};

} // namespace Lesspay::Sandbox
