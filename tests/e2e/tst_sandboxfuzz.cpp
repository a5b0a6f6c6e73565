// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wireformat.h"
#include "sandboxtestclient.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

namespace {

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return qint64(random.generate64() >> random.bounded(64));
    case 3: {
        static const QStringList samples{u""_s,        u"PHP"_s,     u"100.13"_s, u"-1"_s,  u"bank"_s,
                                         u"ewallet"_s, u"\u0000x"_s, u"é€😀"_s,    u"1e9"_s, u"REJECT"_s};
        return samples[random.bounded(int(samples.size()))];
    }
    case 4: {
        QString s;
        for (int i = random.bounded(40); i > 0; --i)
            s += QChar(char16_t(random.bounded(1, 0xD7FF)));
        return s;
    }
    case 5: {
        QJsonArray a;
        for (int i = random.bounded(4); i > 0; --i)
            a.append(randomValue(random, depth + 1));
        return a;
    }
    default: {
        static const QStringList keys{u"request_id"_s,
                                      u"currency"_s,
                                      u"total_amount"_s,
                                      u"way_type"_s,
                                      u"way_code"_s,
                                      u"notify_url"_s,
                                      u"payout_order_details"_s,
                                      u"mch_order_id"_s,
                                      u"amount"_s,
                                      u"destination_type"_s,
                                      u"e_wallet"_s,
                                      u"pay_order_id"_s,
                                      u"country_code"_s,
                                      u"bank_account_no"_s};
        QJsonObject o;
        for (int i = random.bounded(6); i > 0; --i)
            o.insert(keys[random.bounded(int(keys.size()))], randomValue(random, depth + 1));
        return o;
    }
    }
}

} // namespace

// Nothing a client sends may crash the sandbox or stop it answering: random bytes on raw
// sockets, random signed JSON on every endpoint, mutated valid bodies, oversized and stuck
// connections.
class TestSandboxFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rawSocket_randomBytes_serverStillAnswers();
    void signedRandomJson_everyEndpoint_envelopeAnswers();
    void mutatedValidBody_answeredWithoutCrash();
    void rawSocket_malformedHttp_closedWhenIdle();
    void rawSocket_hugeUpload_cutOff();

private:
    void verifyAlive();
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxFuzz::initTestCase()
{
    SandboxOptions options = fastSandboxOptions();
    options.maxBodyBytes = 64 * 1024;
    options.idleTimeoutMs = 300;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestSandboxFuzz::verifyAlive()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.query(u"T-alive"_s).code(), 30020);
}

void TestSandboxFuzz::rawSocket_randomBytes_serverStillAnswers()
{
    QRandomGenerator random(20261125);
    static const QByteArray prefixes[] = {"", "POST /api/global/payout/query HTTP/1.1\r\n",
                                          "GET /admin/batches HTTP/1.1\r\nHost: x\r\n",
                                          "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
                                          "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n"};
    for (int i = 0; i < 150; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray junk = prefixes[random.bounded(5)];
        for (int n = random.bounded(2048); n > 0; --n)
            junk.append(char(random.bounded(256)));
        socket.write(junk);
        socket.waitForBytesWritten(1000);
        QTest::qWait(1);
        socket.abort();
    }
    verifyAlive();
}

void TestSandboxFuzz::signedRandomJson_everyEndpoint_envelopeAnswers()
{
    QRandomGenerator random(7);
    SandboxTestClient client(m_sandbox->baseUrl());
    const QString paths[] = {PayoutApi::CreatePath, PayoutApi::QueryPath, PayoutApi::BanksPath};
    for (int i = 0; i < 300; ++i) {
        const QJsonValue v = randomValue(random, 0);
        const QByteArray body = v.isObject() ? Lesspay::Core::WireFormat::toBytes(v.toObject())
                                             : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        const SandboxTestClient::Reply r = client.send("POST", paths[i % 3], body, client.signedHeaders(body));
        QVERIFY2(r.httpStatus == 200 || r.httpStatus == 400, body.constData());
        QVERIFY2(r.json.contains("code"_L1) && r.json.contains("msg"_L1), r.body.constData());
    }
    verifyAlive();
}

void TestSandboxFuzz::mutatedValidBody_answeredWithoutCrash()
{
    QRandomGenerator random(42);
    SandboxTestClient client(m_sandbox->baseUrl());
    const QByteArray valid = Lesspay::Core::WireFormat::toBytes(
        SandboxTestClient::createBody(u"T-fuzz"_s, {SandboxTestClient::bankDetail(u"D1"_s, u"10.00"_s),
                                                    SandboxTestClient::walletDetail(u"W1"_s, u"1.00"_s)}));
    const qsizetype before = client.adminBatches().size();
    int accepted = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray body = valid;
        for (int n = 1 + random.bounded(4); n > 0; --n) {
            const int at = random.bounded(int(body.size()));
            switch (random.bounded(3)) {
            case 0:
                body[at] = char(random.bounded(256));
                break;
            case 1:
                body.remove(at, 1 + random.bounded(8));
                break;
            default:
                body.insert(at, char(random.bounded(32, 127)));
                break;
            }
        }
        const SandboxTestClient::Reply r = client.send("POST", PayoutApi::CreatePath, body, client.signedHeaders(body));
        QVERIFY2(r.httpStatus == 200 || r.httpStatus == 400 || r.httpStatus == 401, body.constData());
        QVERIFY(r.json.contains("code"_L1));
        accepted += r.code() == 0;
    }
    // A mutant survives only as a different valid batch (say, another request_id): the store
    // holds exactly the batches whose create was answered with code 0.
    QCOMPARE(client.adminBatches().size() - before, qsizetype(accepted));
    verifyAlive();
}

void TestSandboxFuzz::rawSocket_malformedHttp_closedWhenIdle()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write("NOT-HTTP \x01\x02\r\n\r\n");
    QVERIFY(disconnected.wait(5000)); // the 300 ms idle timeout frees it
    verifyAlive();
}

void TestSandboxFuzz::rawSocket_hugeUpload_cutOff()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write("POST /api/global/payout/query HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n");
    const QByteArray chunk(256 * 1024, 'a');
    // The cap is 2 x 64 KiB + 1 MiB: far less than what is offered here.
    for (int i = 0; i < 40 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(chunk);
        socket.waitForBytesWritten(200);
    }
    QVERIFY(disconnected.size() == 1 || disconnected.wait(5000));
    verifyAlive();
}

QTEST_GUILESS_MAIN(TestSandboxFuzz)
#include "tst_sandboxfuzz.moc"
