// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Lesspay::Core {

// Lays out compact JSON for reading, a piece at a time: a line per member and element, indented
// by depth, a space after each colon, empty containers kept as {} and []. Every byte of the input
// is written unchanged and in its order (keys, strings, numbers as typed; nothing is parsed into
// values), so removing the added whitespace gives the input back exactly. Whitespace outside
// strings in the input is dropped, as the layout replaces it. The state between pieces is small
// and copyable: a caller showing a large body page by page keeps the state at each page's start
// and lays out any page alone. Malformed input is passed through, laid out as far as it goes.
class JsonIndenter final
{
public:
    struct State
    {
        int depth = 0;
        bool inString = false;
        bool escaped = false;     // the previous string byte was a backslash
        bool pendingOpen = false; // a container opened; its first member is not written yet
        bool pendingLine = false; // a comma was written; the next value starts a new line
    };

    explicit JsonIndenter(int indentWidth = 2);
    // Continues a layout from `state` (what state() answered where this piece starts).
    JsonIndenter(int indentWidth, State state);

    // Appends the layout of `piece` to `out`, continuing from where the previous piece ended.
    void feed(QByteArrayView piece, QByteArray &out);
    QByteArray feed(QByteArrayView piece);
    State state() const { return m_state; }

    // The whole of `json` laid out at once.
    static QByteArray indented(QByteArrayView json, int indentWidth = 2);

private:
    void newLine(QByteArray &out, int depth) const;

    int m_indentWidth;
    State m_state;
};

} // namespace Lesspay::Core
