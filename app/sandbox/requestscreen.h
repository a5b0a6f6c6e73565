// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Lesspay::Sandbox {

// Reads the raw bytes of one connection as they arrive and judges each request's framing
// before Qt HttpServer 6.4 parses it (6.4 accepts what the API must refuse): oversized
// headers, Content-Length together with Transfer-Encoding, a negative or unparsable or too
// large Content-Length. It tracks where each request ends so that keep-alive and pipelined
// requests are judged one by one; a chunked body (Transfer-Encoding alone) ends screening for
// the connection, whose length limit then still applies. No I/O: the socket side is
// ConnectionGuard's.
class RequestScreen
{
public:
    struct Verdict
    {
        int httpStatus = 0; // 0: nothing to object to
        int code = 0;       // the envelope code of the answer
        QString message;
        bool ok() const { return httpStatus == 0; }
    };

    RequestScreen(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    // The next bytes of the connection; a failed verdict is final for the connection.
    Verdict feed(QByteArrayView bytes);
    // A request has begun (its first byte arrived) and has not arrived completely yet.
    bool inRequest() const;
    bool isScreening() const { return m_phase != Phase::PassThrough; }

private:
    enum class Phase { Headers, Body, PassThrough };

    Verdict judgeHead(QByteArrayView head);

    qint64 m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    Phase m_phase = Phase::Headers;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
};

} // namespace Lesspay::Sandbox
