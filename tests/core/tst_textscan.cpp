// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/textscan.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Lesspay::Core;

namespace {

// The plain loops each scan must agree with.
bool printableReference(const std::vector<char16_t> &text)
{
    for (const char16_t c : text) {
        if (c < 0x20 || c > 0x7E)
            return false;
    }
    return true;
}

qsizetype findReference(const std::vector<char16_t> &text, qsizetype from, char16_t a, char16_t b, char16_t c)
{
    for (qsizetype i = from; i < qsizetype(text.size()); ++i) {
        if (text[std::size_t(i)] == a || text[std::size_t(i)] == b || text[std::size_t(i)] == c)
            return i;
    }
    return qsizetype(text.size());
}

// Units that sit on the edges of every comparison the scans make.
constexpr char16_t Interesting[] = {u'a',
                                    u'Z',
                                    u' ',
                                    u'~',
                                    0x1F,
                                    0x7F,
                                    0x80,
                                    0xFF,
                                    0x100,
                                    0x7FFF,
                                    0x8000,
                                    0xFFFF,
                                    u',',
                                    u';',
                                    u'"',
                                    u'\r',
                                    u'\n',
                                    u'\t',
                                    0xFF2C /* fullwidth comma */,
                                    0x2C00};

std::vector<char16_t> randomText(QRandomGenerator &random)
{
    std::vector<char16_t> text(std::size_t(random.bounded(40)));
    for (char16_t &c : text) {
        // Mostly printable ASCII, so that long clean runs (whole SIMD blocks) occur.
        c = random.bounded(4) == 0 ? Interesting[random.bounded(int(std::size(Interesting)))]
                                   : char16_t(0x20 + random.bounded(0x5F));
    }
    return text;
}

} // namespace

class TestTextScan : public QObject
{
    Q_OBJECT

private slots:
    void path_asBuilt_isTheOneAskedFor();
    void trimmed_random_matchesQt();
    void isPrintableAscii_random_matchesReference();
    void narrowAscii_random_matchesReference();
    void findAnyOf_random_matchesReference();
    void splitFields_random_matchesReference();
};

// Built twice (tst_textscan, tst_textscan_portable): each binary must run the path it names.
void TestTextScan::path_asBuilt_isTheOneAskedFor()
{
#if defined(LESSPAY_PORTABLE) || !defined(__SSE2__)
    QVERIFY(!TextScan::Vectorized);
#else
    QVERIFY(TextScan::Vectorized);
#endif
}

void TestTextScan::trimmed_random_matchesQt()
{
    QRandomGenerator random(5);
    for (int round = 0; round < 200000; ++round) {
        std::vector<char16_t> text = randomText(random);
        if (!text.empty() && random.bounded(3) == 0) // white space at the ends, ASCII or not
            text.front() = random.bounded(2) ? u' ' : char16_t(0x3000);
        const QStringView view(text.data(), qsizetype(text.size()));
        QCOMPARE(TextScan::trimmed(view), view.trimmed());
    }
}

void TestTextScan::isPrintableAscii_random_matchesReference()
{
    QRandomGenerator random(1);
    for (int round = 0; round < 200000; ++round) {
        const std::vector<char16_t> text = randomText(random);
        QCOMPARE(TextScan::isPrintableAscii(text.data(), qsizetype(text.size())), printableReference(text));
    }
}

void TestTextScan::narrowAscii_random_matchesReference()
{
    QRandomGenerator random(2);
    for (int round = 0; round < 200000; ++round) {
        const std::vector<char16_t> text = randomText(random);
        std::vector<char> out(text.size() + 1, '#');
        const bool ascii = TextScan::narrowAscii(text.data(), qsizetype(text.size()), out.data());
        QCOMPARE(ascii, std::all_of(text.begin(), text.end(), [](char16_t c) { return c < 0x80; }));
        QCOMPARE(out.back(), '#'); // nothing written past the end
        if (ascii) {
            for (std::size_t i = 0; i < text.size(); ++i)
                QCOMPARE(out[i], char(text[i]));
        }
    }
}

void TestTextScan::findAnyOf_random_matchesReference()
{
    QRandomGenerator random(3);
    for (int round = 0; round < 200000; ++round) {
        const std::vector<char16_t> text = randomText(random);
        const qsizetype from = text.empty() ? 0 : random.bounded(qsizetype(text.size()) + 1);
        QCOMPARE(TextScan::findAnyOf(text.data(), from, qsizetype(text.size()), u',', u'\r', u'\n'),
                 findReference(text, from, u',', u'\r', u'\n'));
    }
}

void TestTextScan::splitFields_random_matchesReference()
{
    QRandomGenerator random(4);
    for (const char16_t delimiter : {u',', u';', u'\t', char16_t(0xFF2C)}) {
        for (int round = 0; round < 50000; ++round) {
            const std::vector<char16_t> text = randomText(random);
            const qsizetype size = qsizetype(text.size());
            const qsizetype from = text.empty() ? 0 : random.bounded(size + 1);
            QList<std::pair<qsizetype, qsizetype>> fields;
            const TextScan::Split split =
                TextScan::splitFields(text.data(), from, size, delimiter, [&](qsizetype b, qsizetype e) {
                    fields.append({b, e});
                });

            QList<std::pair<qsizetype, qsizetype>> expected;
            qsizetype start = from;
            qsizetype i = from;
            for (; i < size; ++i) {
                const char16_t c = text[std::size_t(i)];
                if (c == u'"' || c == u'\r' || c == u'\n')
                    break;
                if (c == delimiter) {
                    expected.append({start, i});
                    start = i + 1;
                }
            }
            QCOMPARE(fields, expected);
            QCOMPARE(split.stop, i);
            QCOMPARE(split.lastStart, start);
        }
    }
}

QTEST_GUILESS_MAIN(TestTextScan)
#include "tst_textscan.moc"
