// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace Lesspay::Core {

// The part of regular expressions that libphonenumber's number patterns are written in:
// digits, \d, classes such as [2-9] or [0189], (?:...) and (...) groups, alternation, and the
// quantifiers {n}, {n,m}, {n,}, ?, * and +. A pattern is compiled into a deterministic
// automaton over the ten digits, so matching a whole number costs one table lookup per digit
// and no allocation (a PCRE2 match costs a match object and a few hundred nanoseconds).
class DigitPattern
{
public:
    // nullopt for syntax outside that subset, or an automaton larger than maxStates.
    static std::optional<DigitPattern> compile(std::string_view pattern, int maxStates = 50000);

    // Whether the whole of `digits` matches (as "\A(?:pattern)\z"); false for any non-digit.
    bool matches(QStringView digits) const;
    int stateCount() const { return int(m_next.size()); }

private:
    std::vector<std::array<qint32, 10>> m_next; // -1: no match possible any more
    std::vector<bool> m_accepting;
};

} // namespace Lesspay::Core
