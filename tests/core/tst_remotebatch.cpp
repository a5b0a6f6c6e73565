// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/remotebatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lesspay::Core;

class TestRemoteBatch : public QObject
{
    Q_OBJECT

private slots:
    void orderStatus_fromJson_data();
    void orderStatus_fromJson();
    void fromJson_detailsUnderEitherKey_read_data();
    void fromJson_detailsUnderEitherKey_read();
    void fromJson_createAnswer_totalFromAmountObject();
};

void TestRemoteBatch::orderStatus_fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("final");
    QTest::addColumn<bool>("known");
    QTest::newRow("string") << QByteArray(R"(["PENDING_PAY"])") << QStringLiteral("PENDING_PAY") << false << true;
    QTest::newRow("int 0") << QByteArray("[0]") << QStringLiteral("PENDING_CONFIRM") << false << true;
    QTest::newRow("int 2") << QByteArray("[2]") << QStringLiteral("SUCCEED") << true << true;
    QTest::newRow("SUCCESS") << QByteArray(R"(["SUCCESS"])") << QStringLiteral("SUCCEED") << true << true;
    QTest::newRow("int 11") << QByteArray("[11]") << QStringLiteral("PARTIAL_SUCCESS") << true << true;
    QTest::newRow("string int") << QByteArray(R"(["3"])") << QStringLiteral("FAILED") << true << true;
    QTest::newRow("closed") << QByteArray("[6]") << QStringLiteral("CLOSED") << false << true;
    QTest::newRow("unknown verbatim") << QByteArray(R"(["ON_HOLD"])") << QStringLiteral("ON_HOLD") << false << false;
    QTest::newRow("unknown int") << QByteArray("[42]") << QStringLiteral("42") << false << false;
}

void TestRemoteBatch::orderStatus_fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QFETCH(bool, final);
    QFETCH(bool, known);
    const OrderStatus s = OrderStatus::fromJson(QJsonDocument::fromJson(json).array().at(0));
    QCOMPARE(s.text(), text);
    QCOMPARE(s.isFinal(), final);
    QCOMPARE(s.isKnown(), known);
}

void TestRemoteBatch::fromJson_detailsUnderEitherKey_read_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("details") << QStringLiteral("details");
    QTest::newRow("payout_order_details") << QStringLiteral("payout_order_details");
}

void TestRemoteBatch::fromJson_detailsUnderEitherKey_read()
{
    QFETCH(QString, key);
    const QByteArray json = R"({"pay_order_id":"P9","request_id":"LP9","order_status":"SUCCESS","currency":"PHP",
        "total_amount":"3.50","KEY":[{"mch_order_id":"m1","amount":"1.50","status":"SUCCEED","payout_order_detail_id":"d1"},
        {"mch_order_id":"m2","amount":2,"status":"IN_CHANNEL"},{"amount":"1.00"}]})";
    QByteArray text = json;
    text.replace("KEY", key.toUtf8());
    const RemoteBatch b = RemoteBatch::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(b.payOrderId, QStringLiteral("P9"));
    QCOMPARE(b.status.kind(), OrderStatus::Kind::Succeed);
    QCOMPARE(b.totalAmount, QStringLiteral("3.50"));
    QCOMPARE(b.details.size(), 2); // the row without mch_order_id cannot be matched
    QCOMPARE(b.details.at(0).detailId, QStringLiteral("d1"));
    QCOMPARE(b.details.at(1).amount, QStringLiteral("2"));
    QCOMPARE(b.details.at(1).status, QStringLiteral("IN_CHANNEL"));
    QVERIFY(!OrderStatus::isFinalDetailStatus(b.details.at(1).status));
}

void TestRemoteBatch::fromJson_createAnswer_totalFromAmountObject()
{
    const QByteArray json = R"({"pay_order_id":"P1","request_id":"LP1","order_status":"PENDING_CONFIRM",
        "total_amount_obj":{"amountStr":"10.00","currencyCode":"IDR"},"total_count":1})";
    const RemoteBatch b = RemoteBatch::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(b.totalAmount, QStringLiteral("10.00"));
    QCOMPARE(b.currency, QStringLiteral("IDR"));
    QVERIFY(b.details.isEmpty());
}

QTEST_GUILESS_MAIN(TestRemoteBatch)
#include "tst_remotebatch.moc"
