// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/batchphase.h"

#include <QTest>

using namespace Lesspay::Core;

class TestBatchPhase : public QObject
{
    Q_OBJECT

private slots:
    void of_stateAndOrderStatus_phase_data();
    void of_stateAndOrderStatus_phase();
    void explanation_unknown_saysWhatTheConsoleDoes();
    void explanation_everyPhase_notEmpty();
};

void TestBatchPhase::of_stateAndOrderStatus_phase_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("final");
    QTest::addColumn<bool>("attention");
    QTest::newRow("frozen") << int(BatchState::Frozen) << QString() << int(BatchPhase::Sending) << false << false;
    QTest::newRow("unknown") << int(BatchState::Unknown) << QString() << int(BatchPhase::Unknown) << false << false;
    QTest::newRow("reconciling") << int(BatchState::Reconciling) << QString() << int(BatchPhase::Unknown) << false
                                 << false;
    QTest::newRow("rejected") << int(BatchState::Rejected) << QString() << int(BatchPhase::Rejected) << true << true;
    QTest::newRow("needs person") << int(BatchState::NeedsAttention) << QString() << int(BatchPhase::NeedsPerson)
                                  << false << true;
    QTest::newRow("not sent") << int(BatchState::NotSent) << QString() << int(BatchPhase::NeedsPerson) << false << true;
    QTest::newRow("review") << int(BatchState::Accepted) << QStringLiteral("PENDING_CONFIRM")
                            << int(BatchPhase::PendingReview) << false << false;
    QTest::newRow("paying") << int(BatchState::Accepted) << QStringLiteral("PENDING_PAY") << int(BatchPhase::Paying)
                            << false << false;
    QTest::newRow("success spelling") << int(BatchState::Accepted) << QStringLiteral("SUCCESS")
                                      << int(BatchPhase::Succeeded) << true << false;
    QTest::newRow("partial") << int(BatchState::Accepted) << QStringLiteral("PARTIAL_SUCCESS")
                             << int(BatchPhase::PartiallySucceeded) << true << true;
    QTest::newRow("failed") << int(BatchState::Accepted) << QStringLiteral("FAILED") << int(BatchPhase::Failed) << true
                            << true;
    QTest::newRow("closed") << int(BatchState::Accepted) << QStringLiteral("CLOSED") << int(BatchPhase::Other) << false
                            << false;
}

void TestBatchPhase::of_stateAndOrderStatus_phase()
{
    QFETCH(int, state);
    QFETCH(QString, orderStatus);
    QFETCH(int, phase);
    QFETCH(bool, final);
    QFETCH(bool, attention);
    const BatchPhase p = BatchPhases::of(BatchState(state), orderStatus);
    QCOMPARE(int(p), phase);
    QCOMPARE(BatchPhases::isFinal(p), final);
    QCOMPARE(BatchPhases::needsAttention(p), attention);
    QVERIFY(!BatchPhases::label(p).isEmpty());
}

void TestBatchPhase::explanation_unknown_saysWhatTheConsoleDoes()
{
    BatchSummary s;
    s.batch.state = BatchState::Reconciling;
    s.batch.lastError = QStringLiteral("The connection was closed");
    s.batch.notFoundCount = 2;
    s.batch.notFoundSince = 1000;
    const QString text = BatchPhases::explanation(s, 10'000, 18'000);
    QVERIFY2(text.contains(QLatin1String("did not confirm")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("next check in 8 s")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("never send it as a new batch")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("The connection was closed")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2 time")), qPrintable(text));
    const QString withoutTime = BatchPhases::explanation(s, 10'000);
    QVERIFY(!withoutTime.contains(QLatin1String("next check")));
}

void TestBatchPhase::explanation_everyPhase_notEmpty()
{
    const QList<std::pair<BatchState, QString>> cases{
        {BatchState::Sending, {}},
        {BatchState::Rejected, {}},
        {BatchState::NeedsAttention, {}},
        {BatchState::Accepted, QStringLiteral("PENDING_CONFIRM")},
        {BatchState::Accepted, QStringLiteral("PENDING_PAY")},
        {BatchState::Accepted, QStringLiteral("SUCCEED")},
        {BatchState::Accepted, QStringLiteral("PARTIAL_SUCCESS")},
        {BatchState::Accepted, QStringLiteral("FAILED")},
        {BatchState::Accepted, QStringLiteral("REFUND")},
    };
    for (const auto &[state, status] : cases) {
        BatchSummary s;
        s.batch.state = state;
        s.batch.orderStatus = status;
        QVERIFY2(!BatchPhases::explanation(s, 0).isEmpty(), qPrintable(status));
    }
}

QTEST_GUILESS_MAIN(TestBatchPhase)
#include "tst_batchphase.moc"
