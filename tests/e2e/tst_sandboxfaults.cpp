// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wireformat.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

// Fault injection through the loopback admin endpoint, over real sockets: what the client
// sees, and (through /admin/batches) whether the batch was stored.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fault_onCreate_clientSeesFaultAndStoreMatches_data();
    void fault_onCreate_clientSeesFaultAndStoreMatches();
    void fault_delay_answersLate();
    void fault_count_appliesToNextRequestsOnly();
    void fault_pathFilter_otherPathsUnaffected();
    void fault_seededProbability_repeatable();
    void fault_delete_clearsAll();
    void fault_invalidRule_badRequest_data();
    void fault_invalidRule_badRequest();
    void fault_fromOptions_applied();
    void admin_peerAddress_loopbackOnly_data();
    void admin_peerAddress_loopbackOnly();

private:
    void addFault(const QJsonObject &rule);
    QJsonObject batchEntry(const QString &requestId);
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxFaults::initTestCase()
{
    SandboxOptions options = fastSandboxOptions();
    options.reviewDelayMs = 60000;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestSandboxFaults::init()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.send("DELETE", u"/admin/faults"_s, {}, {}).httpStatus, 200);
}

void TestSandboxFaults::addFault(const QJsonObject &rule)
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const SandboxTestClient::Reply r =
        client.send("POST", u"/admin/faults"_s, Lesspay::Core::WireFormat::toBytes(rule), {});
    QVERIFY2(r.httpStatus == 200, r.body.constData());
}

QJsonObject TestSandboxFaults::batchEntry(const QString &requestId)
{
    SandboxTestClient client(m_sandbox->baseUrl());
    for (const QJsonValue &b : client.adminBatches()) {
        if (b["request_id"_L1].toString() == requestId)
            return b.toObject();
    }
    return {};
}

void TestSandboxFaults::fault_onCreate_clientSeesFaultAndStoreMatches_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("httpStatus"); // 0 = the connection is closed without an answer
    QTest::addColumn<bool>("stored");
    QTest::addColumn<int>("resendCode"); // the same create sent again afterwards

    QTest::newRow("http500") << u"http500"_s << 500 << false << 0;
    QTest::newRow("http503") << u"http503"_s << 503 << false << 0;
    QTest::newRow("drop_before_store") << u"drop_before_store"_s << 0 << false << 0;
    QTest::newRow("drop_after_store") << u"drop_after_store"_s << 0 << true << 30011;
    QTest::newRow("garbage") << u"garbage"_s << 200 << true << 30011;
    QTest::newRow("redirect307") << u"redirect307"_s << 307 << false << 0;
}

void TestSandboxFaults::fault_onCreate_clientSeesFaultAndStoreMatches()
{
    QFETCH(QString, mode);
    QFETCH(int, httpStatus);
    QFETCH(bool, stored);
    QFETCH(int, resendCode);

    // QNetworkAccessManager silently resends a request once when the connection closes before any
    // answer byte (even a POST), so the drop modes stay on for a few requests to reach the client.
    addFault({{"mode"_L1, mode}, {"count"_L1, httpStatus == 0 ? 5 : 1}, {"path"_L1, PayoutApi::CreatePath}});
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(),
                                                           {SandboxTestClient::bankDetail(u"D1"_s, u"10.00"_s)});
    const QString requestId = body["request_id"_L1].toString();
    const SandboxTestClient::Reply r = client.create(body);
    init();
    QCOMPARE(r.httpStatus, httpStatus);
    if (httpStatus == 0)
        QVERIFY(r.error != QNetworkReply::NoError);
    if (mode == "garbage"_L1) {
        QVERIFY(r.json.isEmpty());
        QVERIFY(!r.body.isEmpty());
    }
    if (mode == "redirect307"_L1) {
        // Not followed: the client sees the 307 itself, and where it pointed.
        QVERIFY(!r.location.isEmpty());
        QVERIFY(QUrl(QString::fromLatin1(r.location)).path() != PayoutApi::CreatePath);
    }
    const QJsonObject entry = batchEntry(requestId);
    QCOMPARE(!entry.isEmpty(), stored);
    if (stored)
        QCOMPARE(entry["create_accepted"_L1].toInt(), 1);

    // "Never pay twice": query first, then re-send the same request_id.
    QCOMPARE(client.query(requestId).code(), stored ? 0 : 30020);
    QCOMPARE(client.create(body).code(), resendCode);
    QCOMPARE(batchEntry(requestId)["create_accepted"_L1].toInt(), 1);
}

void TestSandboxFaults::fault_delay_answersLate()
{
    addFault({{"mode"_L1, u"delay"_s}, {"delay_ms"_L1, 600}});
    SandboxTestClient client(m_sandbox->baseUrl());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(client.query(u"T-delay"_s).code(), 30020);
    QVERIFY(clock.elapsed() >= 590);
    clock.restart();
    QCOMPARE(client.query(u"T-delay"_s).code(), 30020);
    QVERIFY(clock.elapsed() < 590);
}

void TestSandboxFaults::fault_count_appliesToNextRequestsOnly()
{
    addFault({{"mode"_L1, u"http503"_s}, {"count"_L1, 2}});
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.query(u"T-count"_s).httpStatus, 503);
    QCOMPARE(client.query(u"T-count"_s).httpStatus, 503);
    QCOMPARE(client.query(u"T-count"_s).httpStatus, 200);
}

void TestSandboxFaults::fault_pathFilter_otherPathsUnaffected()
{
    addFault({{"mode"_L1, u"http500"_s}, {"count"_L1, 1}, {"path"_L1, PayoutApi::QueryPath}});
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.post(PayoutApi::BanksPath, {}).httpStatus, 200);
    QCOMPARE(client.query(u"T-path"_s).httpStatus, 500);
    QCOMPARE(client.query(u"T-path"_s).httpStatus, 200);
}

void TestSandboxFaults::fault_seededProbability_repeatable()
{
    const auto run = [this] {
        addFault({{"mode"_L1, u"http500"_s}, {"probability"_L1, 0.5}, {"seed"_L1, 7}});
        SandboxTestClient client(m_sandbox->baseUrl());
        QString pattern;
        for (int i = 0; i < 40; ++i)
            pattern += client.query(u"T-prob"_s).httpStatus == 500 ? u'x' : u'.';
        init();
        return pattern;
    };
    const QString first = run();
    QCOMPARE(run(), first);
    const auto failures = first.count(u'x');
    QVERIFY2(failures > 5 && failures < 35, qPrintable(first));
}

void TestSandboxFaults::fault_delete_clearsAll()
{
    addFault({{"mode"_L1, u"http500"_s}, {"count"_L1, 5}});
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.send("GET", u"/admin/faults"_s, {}, {}).json["faults"_L1].toArray().size(), 1);
    QCOMPARE(client.send("DELETE", u"/admin/faults"_s, {}, {}).httpStatus, 200);
    QCOMPARE(client.query(u"T-cleared"_s).httpStatus, 200);
}

void TestSandboxFaults::fault_invalidRule_badRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown mode") << QByteArray(R"({"mode":"explode"})");
    QTest::newRow("probability 2") << QByteArray(R"({"mode":"http500","probability":2})");
    QTest::newRow("count 0") << QByteArray(R"({"mode":"http500","count":0})");
    QTest::newRow("negative delay") << QByteArray(R"({"mode":"delay","delay_ms":-1})");
    QTest::newRow("relative path") << QByteArray(R"({"mode":"http500","path":"api"})");
    QTest::newRow("not json") << QByteArray("mode=http500");
}

void TestSandboxFaults::fault_invalidRule_badRequest()
{
    QFETCH(QByteArray, body);
    SandboxTestClient client(m_sandbox->baseUrl());
    const SandboxTestClient::Reply r = client.send("POST", u"/admin/faults"_s, body, {});
    QCOMPARE(r.httpStatus, 400);
    QVERIFY(!r.json["error"_L1].toString().isEmpty());
    QCOMPARE(client.send("GET", u"/admin/faults"_s, {}, {}).json["faults"_L1].toArray().size(), 0);
}

void TestSandboxFaults::fault_fromOptions_applied()
{
    SandboxOptions options = fastSandboxOptions();
    QString error;
    const std::optional<FaultRule> rule =
        FaultInjector::ruleFromSpec(u"http503,count=1,path=/api/global/payout/query"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    options.faults.append(*rule);
    std::unique_ptr<Sandbox> sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxTestClient client(sandbox->baseUrl());
    QCOMPARE(client.query(u"T-opt"_s).httpStatus, 503);
    QCOMPARE(client.query(u"T-opt"_s).httpStatus, 200);
}

void TestSandboxFaults::admin_peerAddress_loopbackOnly_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("v4-mapped loopback") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("lan") << u"192.168.1.20"_s << false;
    QTest::newRow("v4-mapped lan") << u"::ffff:10.0.0.7"_s << false;
    QTest::newRow("v6 global") << u"2001:db8::1"_s << false;
}

void TestSandboxFaults::admin_peerAddress_loopbackOnly()
{
    QFETCH(QString, peer);
    QFETCH(bool, allowed);
    QCOMPARE(AdminApi::isAllowedPeer(QHostAddress(peer)), allowed);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
