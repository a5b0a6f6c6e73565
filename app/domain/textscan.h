// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <bit>
#include <cstring>

// SSE2 is on every x86-64; LESSPAY_PORTABLE (the CMake option of that name, or a test that
// defines it) forces the plain loops on any machine.
#if defined(__SSE2__) && !defined(LESSPAY_PORTABLE)
#define LESSPAY_TEXTSCAN_SSE2 1
#include <emmintrin.h>
#else
#define LESSPAY_TEXTSCAN_SSE2 0
#endif

// Scans over UTF-16 text that the import runs for every cell of every row, eight units at a
// time where SSE2 is available, with the plain loop as the reference and the portable path.
// Each path lives in its own inline namespace, so that a test built with the portable path
// forced links with a core built with SSE2 without mixing the two.
namespace Lesspay::Core::TextScan {

#if LESSPAY_TEXTSCAN_SSE2
inline namespace Sse2 {
inline constexpr bool Vectorized = true;
#else
inline namespace Portable {
inline constexpr bool Vectorized = false;
#endif

// QStringView::trimmed() without the out-of-line call for the common value that starts and ends
// with visible ASCII (which is never white space).
inline QStringView trimmed(QStringView text)
{
    const auto visible = [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; };
    return text.isEmpty() || (visible(text.front()) && visible(text.back())) ? text : text.trimmed();
}

// Whether every unit is printable ASCII (U+0020..U+007E).
inline bool isPrintableAscii(const char16_t *text, qsizetype size)
{
    qsizetype i = 0;
#if LESSPAY_TEXTSCAN_SSE2
    // Signed 16-bit compares: units from U+8000 up read as negative and fail the lower bound.
    const __m128i belowSpace = _mm_set1_epi16(0x1F);
    const __m128i del = _mm_set1_epi16(0x7F);
    for (; i + 8 <= size; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        const __m128i ok = _mm_and_si128(_mm_cmpgt_epi16(v, belowSpace), _mm_cmplt_epi16(v, del));
        if (_mm_movemask_epi8(ok) != 0xFFFF)
            return false;
    }
    if (i + 4 <= size) { // four more in the low half
        const __m128i v = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(text + i));
        const __m128i ok = _mm_and_si128(_mm_cmpgt_epi16(v, belowSpace), _mm_cmplt_epi16(v, del));
        if ((_mm_movemask_epi8(ok) & 0xFF) != 0xFF)
            return false;
        i += 4;
    }
#endif
    unsigned unusual = 0;
    for (; i < size; ++i)
        unusual |= unsigned(text[i] - 0x20u) >= 0x5Fu;
    return unusual == 0;
}

// Copies `size` units to `out` as bytes (Latin-1 narrowing); returns false, with `out` in an
// unspecified state, when a unit is not ASCII.
inline bool narrowAscii(const char16_t *text, qsizetype size, char *out)
{
    qsizetype i = 0;
#if LESSPAY_TEXTSCAN_SSE2
    const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
    for (; i + 8 <= size; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), _mm_setzero_si128())) != 0xFFFF)
            return false;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi16(v, v));
    }
    if (i + 4 <= size) { // four more in the low half
        const __m128i v = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(text + i));
        if ((_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), _mm_setzero_si128())) & 0xFF) != 0xFF)
            return false;
        const int packed = _mm_cvtsi128_si32(_mm_packus_epi16(v, v));
        std::memcpy(out + i, &packed, 4);
        i += 4;
    }
#endif
    char16_t bits = 0;
    for (; i < size; ++i) {
        bits |= text[i];
        out[i] = char(text[i]);
    }
    return bits < 0x80;
}

// Index of the first `a`, `b` or `c` in text[from, size), or size.
inline qsizetype findAnyOf(const char16_t *text, qsizetype from, qsizetype size, char16_t a, char16_t b, char16_t c)
{
    qsizetype i = from;
#if LESSPAY_TEXTSCAN_SSE2
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    for (; i + 8 <= size; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        const __m128i hit =
            _mm_or_si128(_mm_cmpeq_epi16(v, va), _mm_or_si128(_mm_cmpeq_epi16(v, vb), _mm_cmpeq_epi16(v, vc)));
        if (const int mask = _mm_movemask_epi8(hit))
            return i + (std::countr_zero(unsigned(mask)) >> 1);
    }
#endif
    while (i < size && text[i] != a && text[i] != b && text[i] != c)
        ++i;
    return i;
}

struct Split
{
    qsizetype stop;      // index of the first quote, CR or LF, or size when there is none
    qsizetype lastStart; // where the field that runs up to `stop` begins
};

// Splits text[from, size) at `delimiter` until the first quote, CR or LF, calling
// field(begin, end) for every field that a delimiter ends. An unquoted CSV record in one pass:
// per block of eight units, one compare for each kind of character and a loop over the
// delimiters found, instead of a branch per unit.
template<typename FieldFound>
Split splitFields(const char16_t *text, qsizetype from, qsizetype size, char16_t delimiter, FieldFound &&field)
{
    qsizetype start = from;
    qsizetype i = from;
#if LESSPAY_TEXTSCAN_SSE2
    const __m128i vd = _mm_set1_epi16(short(delimiter));
    const __m128i quote = _mm_set1_epi16(short(u'"'));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    const __m128i lf = _mm_set1_epi16(short(u'\n'));
    for (; i + 8 <= size; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        // Two mask bits per unit.
        const unsigned stops = unsigned(_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_or_si128(_mm_cmpeq_epi16(v, cr), _mm_cmpeq_epi16(v, lf)))));
        unsigned delimiters = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(v, vd)));
        if (stops)
            delimiters &= (1u << std::countr_zero(stops)) - 1;
        while (delimiters) {
            const qsizetype at = i + (std::countr_zero(delimiters) >> 1);
            field(start, at);
            start = at + 1;
            delimiters &= delimiters - 1;
            delimiters &= delimiters - 1;
        }
        if (stops)
            return {i + (std::countr_zero(stops) >> 1), start};
    }
#endif
    for (; i < size; ++i) {
        const char16_t c = text[i];
        if (c == delimiter) {
            field(start, i);
            start = i + 1;
        } else if (c == u'"' || c == u'\r' || c == u'\n') {
            break;
        }
    }
    return {i, start};
}

} // inline namespace

} // namespace Lesspay::Core::TextScan
