// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>

// GCC and Clang give checked addition and a 128-bit integer; LESSPAY_PORTABLE (the CMake option of
// that name, or a test that defines it) forces the standard C++ path on any compiler.
#if (defined(__GNUC__) || defined(__clang__)) && defined(__SIZEOF_INT128__) && !defined(LESSPAY_PORTABLE)
#define LESSPAY_EXACTSUM_NATIVE 1
#else
#define LESSPAY_EXACTSUM_NATIVE 0
#endif

namespace Lesspay::Core {

// Each path in its own inline namespace: a test built with the portable path forced links with a
// core built with the native one without mixing the two.
#if LESSPAY_EXACTSUM_NATIVE
inline namespace Native {
#else
inline namespace Portable {
#endif

// A running sum of minor units that never wraps: it holds any sum of up to 2^32 qint64 values
// (and any differences of them), and says when it no longer fits a qint64.
class ExactSum
{
public:
    static constexpr bool NativeWide = LESSPAY_EXACTSUM_NATIVE;

    // a + b, or nothing when the sum does not fit a qint64.
    static std::optional<qint64> checkedAdd(qint64 a, qint64 b)
    {
#if LESSPAY_EXACTSUM_NATIVE
        qint64 sum = 0;
        if (__builtin_add_overflow(a, b, &sum))
            return std::nullopt;
        return sum;
#else
        if ((b > 0 && a > std::numeric_limits<qint64>::max() - b)
            || (b < 0 && a < std::numeric_limits<qint64>::min() - b))
            return std::nullopt;
        return a + b;
#endif
    }

    constexpr void add(qint64 value)
    {
#if LESSPAY_EXACTSUM_NATIVE
        m_value += Wide(value);
#else
        // Two's complement over two words: the value sign-extended, the carry into the high word.
        const quint64 low = m_low + quint64(value);
        m_high += (value < 0 ? ~quint64(0) : 0) + (low < m_low ? 1 : 0);
        m_low = low;
#endif
    }

    constexpr void subtract(qint64 value)
    {
#if LESSPAY_EXACTSUM_NATIVE
        m_value -= Wide(value);
#else
        const quint64 low = m_low - quint64(value);
        m_high -= (value < 0 ? ~quint64(0) : 0) + (m_low < quint64(value) ? 1 : 0);
        m_low = low;
#endif
    }

    // Whether the sum is above the largest qint64.
    constexpr bool exceedsQint64() const
    {
#if LESSPAY_EXACTSUM_NATIVE
        return m_value > Wide(std::numeric_limits<qint64>::max());
#else
        const auto high = qint64(m_high);
        return high > 0 || (high == 0 && m_low > quint64(std::numeric_limits<qint64>::max()));
#endif
    }

    // Whether the sum fits a qint64 (neither above the largest nor below the smallest).
    constexpr bool fitsQint64() const
    {
#if LESSPAY_EXACTSUM_NATIVE
        return m_value >= Wide(std::numeric_limits<qint64>::min()) && !exceedsQint64();
#else
        const bool lowNegative = m_low > quint64(std::numeric_limits<qint64>::max());
        return lowNegative ? m_high == ~quint64(0) : m_high == 0;
#endif
    }

    // The sum, when fitsQint64().
    constexpr qint64 value() const
    {
#if LESSPAY_EXACTSUM_NATIVE
        return qint64(m_value);
#else
        return qint64(m_low);
#endif
    }

private:
#if LESSPAY_EXACTSUM_NATIVE
    __extension__ typedef __int128 Wide;
    Wide m_value = 0;
#else
    quint64 m_low = 0;
    quint64 m_high = 0;
#endif
};

} // inline namespace

} // namespace Lesspay::Core
