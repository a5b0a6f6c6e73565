// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtestclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

// The batch lifecycle with fast timers: review, payment, final status, steered by the magic
// values and the merchant balance.
class TestSandboxLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle_statuses_inOrder();
    void lifecycle_magicAmounts_finalStatus_data();
    void lifecycle_magicAmounts_finalStatus();
    void review_rejectName_batchFailed_data();
    void review_rejectName_batchFailed();
    void review_aboveBalance_batchFailed();
    void review_equalToBalance_succeeds();
    void pay_stayPendingAmount_neverFinal();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxLifecycle::initTestCase()
{
    SandboxOptions options = fastSandboxOptions();
    options.reviewDelayMs = 60;
    options.payDelayMs = 60;
    Merchant demo = MerchantDirectory::demoMerchant();
    demo.balances.insert(u"INR"_s, 10000); // 100.00 INR
    options.merchants.add(demo);
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestSandboxLifecycle::lifecycle_statuses_inOrder()
{
    // Its own sandbox with delays long enough to see every status even on a loaded machine.
    SandboxOptions options = fastSandboxOptions();
    options.reviewDelayMs = 400;
    options.payDelayMs = 400;
    std::unique_ptr<Sandbox> sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxTestClient client(sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(),
                                                           {SandboxTestClient::bankDetail(u"D1"_s, u"10.00"_s)});
    QCOMPARE(client.create(body).code(), 0);
    QStringList seen;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && (seen.isEmpty() || seen.constLast() != "SUCCEED"_L1)) {
        const QString status = client.query(body["request_id"_L1].toString()).data()["order_status"_L1].toString();
        if (seen.isEmpty() || seen.constLast() != status)
            seen.append(status);
        QTest::qWait(5);
    }
    QCOMPARE(seen, (QStringList{u"PENDING_CONFIRM"_s, u"PENDING_PAY"_s, u"SUCCEED"_s}));
}

void TestSandboxLifecycle::lifecycle_magicAmounts_finalStatus_data()
{
    QTest::addColumn<QStringList>("amounts");
    QTest::addColumn<QString>("batchStatus");
    QTest::addColumn<QStringList>("detailStatuses");
    QTest::addColumn<QString>("reason"); // words of the first failed detail's fail_reason

    QTest::newRow("all paid") << QStringList{u"10.00"_s, u"20.50"_s} << u"SUCCEED"_s
                              << QStringList{u"SUCCEED"_s, u"SUCCEED"_s} << QString();
    QTest::newRow(".13 partial") << QStringList{u"10.00"_s, u"20.13"_s} << u"PARTIAL_SUCCESS"_s
                                 << QStringList{u"SUCCEED"_s, u"FAILED"_s} << u"account is closed"_s;
    QTest::newRow(".14 partial") << QStringList{u"10.14"_s, u"20.00"_s} << u"PARTIAL_SUCCESS"_s
                                 << QStringList{u"FAILED"_s, u"SUCCEED"_s} << u"Insufficient channel funds"_s;
    QTest::newRow("all failed") << QStringList{u"10.13"_s, u"20.14"_s} << u"FAILED"_s
                                << QStringList{u"FAILED"_s, u"FAILED"_s} << u"account is closed"_s;
    QTest::newRow("13 without point") << QStringList{u"13"_s} << u"SUCCEED"_s << QStringList{u"SUCCEED"_s} << QString();
}

void TestSandboxLifecycle::lifecycle_magicAmounts_finalStatus()
{
    QFETCH(QStringList, amounts);
    QFETCH(QString, batchStatus);
    QFETCH(QStringList, detailStatuses);
    QFETCH(QString, reason);

    SandboxTestClient client(m_sandbox->baseUrl());
    QJsonArray details;
    for (int i = 0; i < amounts.size(); ++i)
        details.append(SandboxTestClient::bankDetail(u"D%1"_s.arg(i), amounts[i]));
    const QJsonObject body = SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(), details);
    QCOMPARE(client.create(body).code(), 0);
    const QJsonObject data = client.waitForStatus(body["request_id"_L1].toString(), batchStatus);
    QCOMPARE(data["order_status"_L1].toString(), batchStatus);
    QStringList statuses;
    QString firstReason;
    for (const QJsonValue &d : data["details"_L1].toArray()) {
        statuses.append(d["status"_L1].toString());
        QVERIFY(!d["channel_order_no"_L1].toString().isEmpty());
        if (firstReason.isEmpty())
            firstReason = d["fail_reason"_L1].toString();
    }
    QCOMPARE(statuses, detailStatuses);
    if (reason.isEmpty())
        QVERIFY(firstReason.isEmpty());
    else
        QVERIFY2(firstReason.contains(reason), qPrintable(firstReason));
    if (batchStatus == "FAILED"_L1)
        QVERIFY(!data["fail_reason"_L1].toString().isEmpty());
}

void TestSandboxLifecycle::review_rejectName_batchFailed_data()
{
    QTest::addColumn<QJsonObject>("detail");
    QTest::newRow("bank name") << SandboxTestClient::bankDetail(u"D1"_s, u"10.00"_s, u"Juan REJECT Cruz"_s);
    QJsonObject wallet = SandboxTestClient::walletDetail(u"D1"_s, u"10.00"_s);
    QJsonObject w = wallet["e_wallet"_L1].toObject();
    w["account_name"_L1] = u"REJECT ME"_s;
    wallet["e_wallet"_L1] = w;
    QTest::newRow("wallet name") << wallet;
}

void TestSandboxLifecycle::review_rejectName_batchFailed()
{
    QFETCH(QJsonObject, detail);
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(),
                                                           {SandboxTestClient::bankDetail(u"D0"_s, u"5.00"_s), detail});
    QCOMPARE(client.create(body).code(), 0);
    const QJsonObject data = client.waitForStatus(body["request_id"_L1].toString(), u"FAILED"_s);
    QCOMPARE(data["order_status"_L1].toString(), u"FAILED"_s);
    QVERIFY(data["fail_reason"_L1].toString().contains("30003"_L1));
    for (const QJsonValue &d : data["details"_L1].toArray()) {
        QCOMPARE(d["status"_L1].toString(), u"FAILED"_s);
        QVERIFY(d["channel_order_no"_L1].toString().isEmpty()); // never reached the channel
    }
}

void TestSandboxLifecycle::review_aboveBalance_batchFailed()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(
        SandboxTestClient::uniqueRequestId(),
        {SandboxTestClient::bankDetail(u"D1"_s, u"60.00"_s), SandboxTestClient::bankDetail(u"D2"_s, u"40.01"_s)},
        u"INR"_s);
    QCOMPARE(client.create(body).code(), 0);
    const QJsonObject data = client.waitForStatus(body["request_id"_L1].toString(), u"FAILED"_s);
    QCOMPARE(data["order_status"_L1].toString(), u"FAILED"_s);
    const QString reason = data["fail_reason"_L1].toString();
    QVERIFY2(reason.contains("Insufficient merchant balance"_L1) && reason.contains("100.01"_L1)
                 && reason.contains("100.00"_L1),
             qPrintable(reason));
}

void TestSandboxLifecycle::review_equalToBalance_succeeds()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(
        SandboxTestClient::uniqueRequestId(), {SandboxTestClient::bankDetail(u"D1"_s, u"100.00"_s)}, u"INR"_s);
    QCOMPARE(client.create(body).code(), 0);
    QCOMPARE(client.waitForStatus(body["request_id"_L1].toString(), u"SUCCEED"_s)["order_status"_L1].toString(),
             u"SUCCEED"_s);
}

void TestSandboxLifecycle::pay_stayPendingAmount_neverFinal()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(
        SandboxTestClient::uniqueRequestId(),
        {SandboxTestClient::bankDetail(u"D1"_s, u"10.00"_s), SandboxTestClient::bankDetail(u"D2"_s, u"10.17"_s)});
    QCOMPARE(client.create(body).code(), 0);
    const QString requestId = body["request_id"_L1].toString();
    // The pay step has run once D1 is paid; D2 stays in progress and the batch is not final.
    QTRY_COMPARE_WITH_TIMEOUT(client.query(requestId).data()["details"_L1][0]["status"_L1].toString(), u"SUCCEED"_s,
                              10000);
    QTest::qWait(100); // longer than both delays: nothing else is scheduled
    const QJsonObject data = client.query(requestId).data();
    QCOMPARE(data["order_status"_L1].toString(), u"PENDING_PAY"_s);
    QCOMPARE(data["details"_L1][1]["status"_L1].toString(), u"PROCESSING"_s);
    QVERIFY(!data["details"_L1][1]["channel_order_no"_L1].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandboxlifecycle.moc"
