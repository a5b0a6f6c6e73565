// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/merchantdirectory.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Lesspay::Sandbox {

// Everything a sandbox instance is configured with (from the command line or a test).
struct SandboxOptions
{
    static constexpr quint16 DefaultPort = 8765;
    static constexpr qint64 DefaultMaxBodyBytes = 5 * 1024 * 1024;
    static constexpr qint64 DefaultMaxHeaderBytes = 64 * 1024;
    static constexpr int DefaultRequestTimeoutMs = 30 * 1000;

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort; // 0 = any free port
    MerchantDirectory merchants;
    int reviewDelayMs = 3000;
    int payDelayMs = 5000;
    QString stateFile; // empty = in memory only
    int webhookAttempts = 6;
    int webhookBackoffMs = 1000;
    int webhookTimeoutMs = 10000;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    qint64 maxHeaderBytes = DefaultMaxHeaderBytes;  // larger header sections get 431
    int requestTimeoutMs = DefaultRequestTimeoutMs; // a request not complete by then gets 408
    int idleTimeoutMs = 5 * 60 * 1000;              // a connection without traffic for this long is closed
    QList<FaultRule> faults;
};

} // namespace Lesspay::Sandbox
