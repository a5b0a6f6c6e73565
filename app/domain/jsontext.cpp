// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QChar>

#include <algorithm>

namespace Lesspay::Core::JsonText {

namespace {

void escapeByte(QByteArray &out, uchar c)
{
    static constexpr char Hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out.append("\\\"", 2);
        return;
    case '\\':
        out.append("\\\\", 2);
        return;
    case '\b':
        out.append("\\b", 2);
        return;
    case '\f':
        out.append("\\f", 2);
        return;
    case '\n':
        out.append("\\n", 2);
        return;
    case '\r':
        out.append("\\r", 2);
        return;
    case '\t':
        out.append("\\t", 2);
        return;
    default:
        break;
    }
    const char u[6] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf]};
    out.append(u, 6);
}

} // namespace

bool appendEscaped(QByteArray &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const bool ascii = std::all_of(p, end, [](char16_t c) { return c < 0x80; });
    if (ascii) {
        // One resize and a pointer, not an append per character: most text needs no escape.
        const qsizetype start = out.size();
        out.resize(start + (end - p));
        char *dst = out.data() + start;
        for (; p != end; ++p) {
            const char16_t c = *p;
            if (c < 0x20 || c == u'"' || c == u'\\')
                break;
            *dst++ = char(c);
        }
        out.truncate(dst - out.constData());
        for (; p != end; ++p) {
            const char16_t c = *p;
            if (c < 0x20 || c == u'"' || c == u'\\')
                escapeByte(out, uchar(c));
            else
                out.append(char(c));
        }
        return true;
    }
    for (const char16_t *q = p; q != end; ++q) {
        if (QChar::isHighSurrogate(*q)) {
            if (q + 1 == end || !QChar::isLowSurrogate(q[1]))
                return false;
            ++q;
        } else if (QChar::isLowSurrogate(*q)) {
            return false;
        }
    }
    // UTF-8 never puts a byte below 0x80 inside a multi-byte sequence: escaping bytes is exact.
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const uchar b = uchar(c);
        if (b < 0x20 || b == '"' || b == '\\')
            escapeByte(out, b);
        else
            out.append(c);
    }
    return true;
}

} // namespace Lesspay::Core::JsonText
