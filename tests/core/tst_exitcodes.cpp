// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exitcodes.h"

#include <QSet>
#include <QTest>

using namespace Lesspay::Cli;
using namespace Lesspay::Core;

class TestExitCodes : public QObject
{
    Q_OBJECT

private slots:
    void forBatch_stateAndStatus_code_data();
    void forBatch_stateAndStatus_code();
    void key_everyCode_distinctAndStable();
    void worst_twoCodes_morePressingWins_data();
    void worst_twoCodes_morePressingWins();
    void isReviewRejection_failReason_onlyCode30003();
};

void TestExitCodes::forBatch_stateAndStatus_code_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<QString>("failReason");
    QTest::addColumn<int>("final");
    QTest::addColumn<int>("accepted");
    const auto accepted = int(BatchState::Accepted);
    QTest::newRow("paid") << accepted << QStringLiteral("SUCCEED") << QString() << 0 << 0;
    QTest::newRow("partial") << accepted << QStringLiteral("PARTIAL_SUCCESS") << QString() << 7 << 7;
    QTest::newRow("failed") << accepted << QStringLiteral("FAILED") << QStringLiteral("Insufficient merchant balance")
                            << 8 << 8;
    QTest::newRow("review rejection") << accepted << QStringLiteral("FAILED")
                                      << QStringLiteral("Rejected by operations review (30003): ...") << 3 << 3;
    QTest::newRow("create refused") << int(BatchState::Rejected) << QString() << QString() << 3 << 3;
    QTest::newRow("needs person") << int(BatchState::NeedsAttention) << QString() << QString() << 4 << 4;
    QTest::newRow("in review") << accepted << QStringLiteral("PENDING_CONFIRM") << QString() << 5 << 0;
    QTest::newRow("paying") << accepted << QStringLiteral("PENDING_PAY") << QString() << 5 << 0;
    QTest::newRow("undocumented status") << accepted << QStringLiteral("CLOSED") << QString() << 5 << 0;
    QTest::newRow("unknown") << int(BatchState::Unknown) << QString() << QString() << 5 << 5;
    QTest::newRow("reconciling") << int(BatchState::Reconciling) << QString() << QString() << 5 << 5;
    QTest::newRow("sending") << int(BatchState::Sending) << QString() << QString() << 5 << 5;
    QTest::newRow("frozen") << int(BatchState::Frozen) << QString() << QString() << 5 << 5;
}

void TestExitCodes::forBatch_stateAndStatus_code()
{
    QFETCH(int, state);
    QFETCH(QString, orderStatus);
    QFETCH(QString, failReason);
    QFETCH(int, final);
    QFETCH(int, accepted);
    FrozenBatch b;
    b.state = BatchState(state);
    b.orderStatus = orderStatus;
    b.failReason = failReason;
    QCOMPARE(int(ExitCodes::forBatch(b, ExitCodes::Wait::FinalStatus)), final);
    QCOMPARE(int(ExitCodes::forBatch(b, ExitCodes::Wait::Acceptance)), accepted);
}

void TestExitCodes::key_everyCode_distinctAndStable()
{
    QSet<QString> keys;
    for (int c = 0; c < ExitCodes::CodeCount; ++c)
        keys.insert(ExitCodes::key(ExitCodes::Code(c)));
    QCOMPARE(keys.size(), ExitCodes::CodeCount);
    // Scripts read these: they never change.
    QCOMPARE(ExitCodes::key(ExitCodes::Ok), QStringLiteral("ok"));
    QCOMPARE(ExitCodes::key(ExitCodes::PartiallyPaid), QStringLiteral("partially_paid"));
    QCOMPARE(ExitCodes::key(ExitCodes::NeedsPerson), QStringLiteral("needs_person"));
    QCOMPARE(int(ExitCodes::Failed), 8);
    QCOMPARE(int(ExitCodes::PossibleDuplicate), 6);
}

void TestExitCodes::worst_twoCodes_morePressingWins_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("worst");
    QTest::newRow("ok and partial") << 0 << 7 << 7;
    QTest::newRow("partial and rejected") << 7 << 3 << 3;
    QTest::newRow("rejected and failed") << 3 << 8 << 8;
    QTest::newRow("failed and unresolved") << 8 << 5 << 5;
    QTest::newRow("unresolved and person") << 5 << 4 << 4;
    QTest::newRow("person and ok") << 4 << 0 << 4;
    QTest::newRow("same") << 8 << 8 << 8;
}

void TestExitCodes::worst_twoCodes_morePressingWins()
{
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(int, worst);
    QCOMPARE(int(ExitCodes::worst(ExitCodes::Code(a), ExitCodes::Code(b))), worst);
    QCOMPARE(int(ExitCodes::worst(ExitCodes::Code(b), ExitCodes::Code(a))), worst);
}

void TestExitCodes::isReviewRejection_failReason_onlyCode30003()
{
    QVERIFY(ExitCodes::isReviewRejection(QStringLiteral("Rejected by operations review (30003)")));
    QVERIFY(ExitCodes::isReviewRejection(QStringLiteral("30003")));
    QVERIFY(!ExitCodes::isReviewRejection(QStringLiteral("code 300031")));
    QVERIFY(!ExitCodes::isReviewRejection(QStringLiteral("Insufficient merchant balance")));
    QVERIFY(!ExitCodes::isReviewRejection(QString()));
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
