// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsonindenter.h"

namespace Lesspay::Core {

JsonIndenter::JsonIndenter(int indentWidth)
    : m_indentWidth(indentWidth)
{}

JsonIndenter::JsonIndenter(int indentWidth, State state)
    : m_indentWidth(indentWidth)
    , m_state(state)
{}

void JsonIndenter::newLine(QByteArray &out, int depth) const
{
    out += '\n';
    out.append(qsizetype(depth > 0 ? depth : 0) * m_indentWidth, ' ');
}

QByteArray JsonIndenter::feed(QByteArrayView piece)
{
    QByteArray out;
    feed(piece, out);
    return out;
}

void JsonIndenter::feed(QByteArrayView piece, QByteArray &out)
{
    // Compact JSON grows by about a third; one allocation for most pieces.
    out.reserve(out.size() + piece.size() + piece.size() / 2 + 16);
    State &s = m_state;
    const char *data = piece.data();
    const qsizetype size = piece.size();
    qsizetype i = 0;
    while (i < size) {
        if (s.inString) {
            // Copy the string's bytes up to its closing quote in one go; UTF-8 continuation bytes
            // are never '"' or '\\', so multi-byte characters pass through whole.
            const qsizetype start = i;
            while (i < size) {
                const char c = data[i];
                if (s.escaped)
                    s.escaped = false;
                else if (c == '\\')
                    s.escaped = true;
                else if (c == '"') {
                    s.inString = false;
                    break;
                }
                ++i;
            }
            if (i < size)
                ++i; // the closing quote
            out.append(data + start, i - start);
            continue;
        }
        const char c = data[i++];
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            continue; // the layout's own whitespace replaces it
        case '}':
        case ']':
            --s.depth;
            if (!s.pendingOpen) // an empty container stays {} or []
                newLine(out, s.depth);
            s.pendingOpen = false;
            s.pendingLine = false;
            out += c;
            continue;
        default:
            break;
        }
        if (s.pendingOpen || s.pendingLine) {
            newLine(out, s.depth);
            s.pendingOpen = false;
            s.pendingLine = false;
        }
        out += c;
        switch (c) {
        case '{':
        case '[':
            ++s.depth;
            s.pendingOpen = true;
            break;
        case ',':
            s.pendingLine = true;
            break;
        case ':':
            out += ' ';
            break;
        case '"':
            s.inString = true;
            break;
        default:
            break;
        }
    }
}

QByteArray JsonIndenter::indented(QByteArrayView json, int indentWidth)
{
    JsonIndenter indenter(indentWidth);
    return indenter.feed(json);
}

} // namespace Lesspay::Core
