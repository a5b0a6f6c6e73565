// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Built twice: tst_exactsum takes the compiler's path (checked-add builtin, 128-bit integer),
// tst_exactsum_portable the standard C++ one (LESSPAY_PORTABLE); both must keep every overflow.
#include "money/exactsum.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Lesspay::Core;

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

} // namespace

class TestExactSum : public QObject
{
    Q_OBJECT

private slots:
    void path_asBuilt_isTheOneAskedFor();
    void checkedAdd_edges_overflowRefused_data();
    void checkedAdd_edges_overflowRefused();
    void checkedAdd_random_matchesSignRule();
    void add_beyondQint64_exceedsAndComesBack();
    void add_manyMaxima_staysExact();
    void subtract_belowZero_fitsWhileInRange();
};

void TestExactSum::path_asBuilt_isTheOneAskedFor()
{
#if defined(LESSPAY_PORTABLE)
    QVERIFY(!ExactSum::NativeWide);
#else
    QCOMPARE(ExactSum::NativeWide, true); // GCC and Clang on 64-bit targets
#endif
}

void TestExactSum::checkedAdd_edges_overflowRefused_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("sum");
    QTest::newRow("small") << qint64(1) << qint64(2) << true << qint64(3);
    QTest::newRow("to max") << Max - 1 << qint64(1) << true << Max;
    QTest::newRow("max + 1") << Max << qint64(1) << false << qint64(0);
    QTest::newRow("max + max") << Max << Max << false << qint64(0);
    QTest::newRow("to min") << Min + 1 << qint64(-1) << true << Min;
    QTest::newRow("min - 1") << Min << qint64(-1) << false << qint64(0);
    QTest::newRow("min + min") << Min << Min << false << qint64(0);
    QTest::newRow("max + min") << Max << Min << true << qint64(-1);
    QTest::newRow("zero + min") << qint64(0) << Min << true << Min;
}

void TestExactSum::checkedAdd_edges_overflowRefused()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, fits);
    QFETCH(qint64, sum);
    const std::optional<qint64> result = ExactSum::checkedAdd(a, b);
    QCOMPARE(result.has_value(), fits);
    if (fits)
        QCOMPARE(*result, sum);
    QCOMPARE(ExactSum::checkedAdd(b, a), result);
}

void TestExactSum::checkedAdd_random_matchesSignRule()
{
    // The reference adds with wrap-around and applies the sign rule: two operands of one sign
    // overflow exactly when the wrapped sum has the other sign.
    QRandomGenerator random(1303);
    for (int i = 0; i < 100000; ++i) {
        const auto a = qint64(random.generate64());
        const auto b = i % 3 == 0 ? qint64(random.bounded(1000)) - 500 : qint64(random.generate64());
        const auto wrapped = qint64(quint64(a) + quint64(b));
        const bool overflows = (a < 0) == (b < 0) && (wrapped < 0) != (a < 0);
        const std::optional<qint64> result = ExactSum::checkedAdd(a, b);
        QCOMPARE(result.has_value(), !overflows);
        if (!overflows)
            QCOMPARE(*result, wrapped);
    }
}

void TestExactSum::add_beyondQint64_exceedsAndComesBack()
{
    ExactSum sum;
    sum.add(Max);
    QVERIFY(!sum.exceedsQint64());
    QVERIFY(sum.fitsQint64());
    QCOMPARE(sum.value(), Max);
    sum.add(1);
    QVERIFY(sum.exceedsQint64());
    QVERIFY(!sum.fitsQint64());
    sum.subtract(1);
    QVERIFY(!sum.exceedsQint64());
    QCOMPARE(sum.value(), Max);
    sum.subtract(Max);
    QVERIFY(sum.fitsQint64());
    QCOMPARE(sum.value(), qint64(0));
}

void TestExactSum::add_manyMaxima_staysExact()
{
    // Far past 64 bits and back: every carry and borrow is kept.
    ExactSum sum;
    for (int i = 0; i < 100000; ++i)
        sum.add(Max);
    QVERIFY(sum.exceedsQint64());
    for (int i = 0; i < 99999; ++i)
        sum.subtract(Max);
    QVERIFY(!sum.exceedsQint64());
    QCOMPARE(sum.value(), Max);
    sum.add(12345);
    sum.subtract(Max);
    QCOMPARE(sum.value(), qint64(12345));
}

void TestExactSum::subtract_belowZero_fitsWhileInRange()
{
    ExactSum sum;
    sum.subtract(5);
    QVERIFY(sum.fitsQint64());
    QVERIFY(!sum.exceedsQint64());
    QCOMPARE(sum.value(), qint64(-5));
    sum.subtract(Max - 4);
    QVERIFY(sum.fitsQint64());
    QCOMPARE(sum.value(), Min); // -5 - (Max - 4) = -Max - 1
    sum.subtract(1);
    QVERIFY(!sum.fitsQint64());
    QVERIFY(!sum.exceedsQint64());
    sum.subtract(Max);
    QVERIFY(!sum.fitsQint64());
    sum.add(Max);
    sum.add(Max);
    sum.add(2);
    QVERIFY(sum.fitsQint64());
    QCOMPARE(sum.value(), qint64(0));
}

QTEST_GUILESS_MAIN(TestExactSum)
#include "tst_exactsum.moc"
