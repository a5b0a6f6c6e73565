// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestscreen.h"

#include "sandbox/businesscode.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

// Where the header section ends (just past its empty line), or -1. Bare LF line ends are
// accepted as Qt's parser accepts them.
qsizetype headEnd(QByteArrayView head, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(from, 1); i < head.size(); ++i) {
        if (head[i] != '\n')
            continue;
        if (head[i - 1] == '\n')
            return i + 1;
        if (i >= 3 && head[i - 1] == '\r' && head[i - 2] == '\n')
            return i + 1;
    }
    return -1;
}

RequestScreen::Verdict badRequest(const QString &message)
{
    return {400, int(BusinessCode::InvalidParameter), message};
}

} // namespace

RequestScreen::RequestScreen(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{}

bool RequestScreen::inRequest() const
{
    return (m_phase == Phase::Headers && !m_head.isEmpty()) || (m_phase == Phase::Body && m_bodyLeft > 0);
}

RequestScreen::Verdict RequestScreen::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && m_phase != Phase::PassThrough) {
        if (m_phase == Phase::Body) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= taken;
            bytes = bytes.sliced(taken);
            if (m_bodyLeft == 0)
                m_phase = Phase::Headers;
            continue;
        }
        // Empty lines between requests are allowed (RFC 9112, 2.2) and start nothing.
        if (m_head.isEmpty()) {
            qsizetype skip = 0;
            while (skip < bytes.size() && (bytes[skip] == '\r' || bytes[skip] == '\n'))
                ++skip;
            bytes = bytes.sliced(skip);
            if (bytes.isEmpty())
                break;
        }
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
        const qsizetype before = m_head.size();
        // Never more than the limit allows (plus one byte to know it was exceeded) is kept.
        const qsizetype room = std::max<qint64>(0, m_maxHeaderBytes + 1 - before);
        m_head.append(bytes.first(std::min<qsizetype>(room, bytes.size())));
        const qsizetype end = headEnd(m_head, searchFrom);
        if (end < 0 || end > m_maxHeaderBytes) {
            if (m_head.size() > m_maxHeaderBytes)
                return {431, 431, u"the request headers are larger than %1 bytes"_s.arg(m_maxHeaderBytes)};
            bytes = {};
            continue;
        }
        const Verdict verdict = judgeHead(QByteArrayView(m_head).first(end));
        if (!verdict.ok())
            return verdict;
        bytes = bytes.sliced(end - before);
        m_head.clear();
    }
    return {};
}

RequestScreen::Verdict RequestScreen::judgeHead(QByteArrayView head)
{
    bool chunked = false;
    bool hasLength = false;
    QList<QByteArray> lengths;
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart < head.size()) {
        qsizetype lineEnd = head.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart).trimmed();
        lineStart = lineEnd + 1;
        if (first) { // the request line
            first = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "content-length") {
            hasLength = true;
            for (const QByteArray &part : value.toByteArray().split(','))
                lengths.append(part.trimmed());
        }
    }
    if (chunked && hasLength)
        return badRequest(u"Content-Length and Transfer-Encoding must not be sent together"_s);
    if (chunked) {
        m_phase = Phase::PassThrough;
        return {};
    }
    qint64 length = 0;
    for (const QByteArray &text : std::as_const(lengths)) {
        const QString shown = QString::fromLatin1(text.left(40));
        if (text.startsWith('-'))
            return badRequest(u"Content-Length must not be negative: %1"_s.arg(shown));
        const bool digits =
            !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits)
            return badRequest(u"Content-Length is not a number: \"%1\""_s.arg(shown));
        bool fits = false;
        const qint64 value = text.toLongLong(&fits);
        if (!fits || value > m_maxBodyBytes)
            return {413, 413,
                    u"request body larger than %1 bytes (Content-Length %2)"_s.arg(m_maxBodyBytes).arg(shown)};
        if (&text != &lengths.constFirst() && value != length)
            return badRequest(u"conflicting Content-Length values"_s);
        length = value;
    }
    m_bodyLeft = length;
    m_phase = length > 0 ? Phase::Body : Phase::Headers;
    return {};
}

} // namespace Lesspay::Sandbox
