// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/backoff.h"
#include "journal/batchstate.h"

#include <QTest>

using namespace Lesspay::Core;
using std::chrono::milliseconds;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceiling_doublesUpToCap_data();
    void ceiling_doublesUpToCap();
    void delay_fullJitter_uniformBelowCeiling();
    void delay_sameSeed_sameSequence();
    void batchState_keys_roundTrip();
};

void TestBackoff::ceiling_doublesUpToCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("ceiling");
    QTest::newRow("first") << 0 << 1000;
    QTest::newRow("second") << 1 << 2000;
    QTest::newRow("fifth") << 4 << 16000;
    QTest::newRow("capped") << 5 << 30000;
    QTest::newRow("far beyond, no overflow") << 400 << 30000;
    QTest::newRow("negative") << -3 << 1000;
}

void TestBackoff::ceiling_doublesUpToCap()
{
    QFETCH(int, attempt);
    QFETCH(int, ceiling);
    const Backoff b(milliseconds(1000), milliseconds(30000), 1);
    QCOMPARE(b.ceiling(attempt).count(), ceiling);
}

void TestBackoff::delay_fullJitter_uniformBelowCeiling()
{
    Backoff b(milliseconds(1000), milliseconds(30000), 42);
    qint64 sum = 0;
    qint64 low = 1 << 30;
    qint64 high = 0;
    constexpr int Samples = 4000;
    for (int i = 0; i < Samples; ++i) {
        const qint64 d = b.delay(3).count();
        QVERIFY(d >= 0 && d <= 8000);
        sum += d;
        low = std::min(low, d);
        high = std::max(high, d);
    }
    // Full jitter spreads over the whole range, mean near half the ceiling.
    QVERIFY(low < 400);
    QVERIFY(high > 7600);
    QVERIFY(std::abs(sum / Samples - 4000) < 400);
}

void TestBackoff::delay_sameSeed_sameSequence()
{
    Backoff a(milliseconds(20), milliseconds(150), 7);
    Backoff b(milliseconds(20), milliseconds(150), 7);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(a.delay(i).count(), b.delay(i).count());
}

void TestBackoff::batchState_keys_roundTrip()
{
    for (int s = int(BatchState::Draft); s <= int(BatchState::NeedsAttention); ++s) {
        const BatchState state = BatchState(s);
        QCOMPARE(BatchStates::fromKey(BatchStates::key(state)), state);
        QVERIFY(!BatchStates::label(state).isEmpty());
        QVERIFY(!(BatchStates::isUnresolved(state) && BatchStates::isSettled(state)));
    }
    QVERIFY(!BatchStates::fromKey(u"nonsense"));
    QVERIFY(BatchStates::isUnresolved(BatchState::Sending));
    QVERIFY(BatchStates::isSettled(BatchState::NeedsAttention));
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
