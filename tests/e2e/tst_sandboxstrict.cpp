// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox is as strict as the API it imitates about what reaches it, over real sockets:
// the content type, the framing of a request (Content-Length, Transfer-Encoding), a body that
// never arrives, oversized headers and the request_id alphabet.
#include "api/wireformat.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

namespace {

constexpr int RequestTimeoutMs = 300;

struct RawReply
{
    int status = 0;
    QByteArray head;
    QJsonObject json;
    bool closed = false; // the server closed the connection after answering
    QByteArray raw;
};

RawReply parse(const QByteArray &raw)
{
    RawReply r;
    r.raw = raw;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0)
        return r;
    r.status = raw.mid(9, 3).toInt();
    r.head = raw.left(end);
    r.json = QJsonDocument::fromJson(raw.mid(end + 4)).object();
    return r;
}

} // namespace

class TestSandboxStrict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contentType_notJson_400Code30000_data();
    void contentType_notJson_400Code30000();
    void contentLength_badFraming_400SaysWhy_data();
    void contentLength_badFraming_400SaysWhy();
    void contentLength_beyondBodyLimit_413();
    void body_shorterThanContentLength_408AfterRequestTimeout();
    void headers_oversized_431_data();
    void headers_oversized_431();
    void keepAlive_pipelinedRequests_eachAnsweredThenBadOneRefused();
    void requestId_outsideAlphabet_30000_data();
    void requestId_outsideAlphabet_30000();

private:
    // Writes the bytes (then `more`, as the connection takes them) and reads until the
    // server closes the connection or `answers` complete answers arrived.
    // With waitForClose, also waits (up to 3 s) for the server to close the connection.
    RawReply exchange(const QByteArray &request, const QByteArray &more = {}, int answers = 1,
                      bool waitForClose = true);
    QByteArray signedRequest(const QString &path, const QByteArray &body, const QByteArray &contentType) const;
    void verifyAlive();

    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxStrict::initTestCase()
{
    SandboxOptions options = fastSandboxOptions();
    options.requestTimeoutMs = RequestTimeoutMs;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

RawReply TestSandboxStrict::exchange(const QByteArray &request, const QByteArray &more, int answers, bool waitForClose)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray raw;
    const auto read = [&] { raw += socket.readAll(); };
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, read);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(request);
    // Queued at once: the sandbox runs in this thread, so the bytes go out while the event
    // loop below runs (a blocking wait here would stall the server too).
    socket.write(more);
    const auto complete = [&] { return raw.count("HTTP/1.1 ") >= answers && raw.endsWith('}'); };
    QElapsedTimer timer;
    timer.start();
    while (disconnected.isEmpty() && !complete() && timer.elapsed() < 10000)
        disconnected.wait(50);
    read();
    RawReply r = parse(raw);
    r.closed = !disconnected.isEmpty() || (waitForClose && disconnected.wait(3000));
    return r;
}

QByteArray TestSandboxStrict::signedRequest(const QString &path, const QByteArray &body,
                                            const QByteArray &contentType) const
{
    SandboxTestClient client(m_sandbox->baseUrl());
    QByteArray request = "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!contentType.isNull())
        request += "Content-Type: " + contentType + "\r\n";
    for (const auto &h : client.signedHeaders(body))
        request += h.first + ": " + h.second + "\r\n";
    return request + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void TestSandboxStrict::verifyAlive()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.query(u"T-alive"_s).code(), 30020);
}

void TestSandboxStrict::contentType_notJson_400Code30000_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("text/plain") << QByteArray("text/plain") << 400 << 30000;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << 400 << 30000;
    QTest::newRow("json lookalike") << QByteArray("application/jsonp") << 400 << 30000;
    QTest::newRow("missing") << QByteArray() << 400 << 30000;
    QTest::newRow("json") << QByteArray("application/json") << 200 << 30020;
    QTest::newRow("json, charset") << QByteArray("Application/JSON; charset=utf-8") << 200 << 30020;
}

void TestSandboxStrict::contentType_notJson_400Code30000()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(int, code);
    const QByteArray body =
        Lesspay::Core::WireFormat::toBytes(Lesspay::Core::WireFormat::queryBody(u"T-content-type"_s, {}));
    const RawReply r = exchange(signedRequest(PayoutApi::QueryPath, body, contentType), {}, 1, false);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value("code"_L1).toInt(), code);
    if (status == 400)
        QVERIFY2(r.json.value("msg"_L1).toString().contains("Content-Type"_L1), r.raw.constData());
}

void TestSandboxStrict::contentLength_badFraming_400SaysWhy_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("message");
    QTest::newRow("length and chunked") << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n")
                                        << u"Content-Length and Transfer-Encoding"_s;
    QTest::newRow("chunked and length") << QByteArray("Transfer-Encoding: chunked\r\ncontent-length: 2\r\n")
                                        << u"Content-Length and Transfer-Encoding"_s;
    QTest::newRow("negative") << QByteArray("Content-Length: -5\r\n") << u"must not be negative: -5"_s;
    QTest::newRow("letters") << QByteArray("Content-Length: abc\r\n") << u"not a number"_s;
    QTest::newRow("exponent") << QByteArray("Content-Length: 2e1\r\n") << u"not a number"_s;
    QTest::newRow("plus sign") << QByteArray("Content-Length: +2\r\n") << u"not a number"_s;
    QTest::newRow("empty") << QByteArray("Content-Length: \r\n") << u"not a number"_s;
    QTest::newRow("conflicting") << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n")
                                 << u"conflicting Content-Length"_s;
}

void TestSandboxStrict::contentLength_badFraming_400SaysWhy()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, message);
    const RawReply r = exchange("POST /api/global/payout/query HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                "application/json\r\n"
                                + headers + "\r\n{}");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("code"_L1).toInt(), 30000);
    QVERIFY2(r.json.value("msg"_L1).toString().contains(message), r.raw.constData());
    QVERIFY(r.head.contains("Content-Type: application/json"));
    QVERIFY(r.closed);
    verifyAlive();
}

void TestSandboxStrict::contentLength_beyondBodyLimit_413()
{
    for (const QByteArray &length : {QByteArray("99999999999999999999999"), QByteArray("5242881")}) {
        const RawReply r =
            exchange("POST /api/global/payout/query HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + "\r\n\r\n{}");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json.value("code"_L1).toInt(), 413);
        QVERIFY2(r.json.value("msg"_L1).toString().contains("larger than"_L1), r.raw.constData());
    }
    verifyAlive();
}

void TestSandboxStrict::body_shorterThanContentLength_408AfterRequestTimeout()
{
    QElapsedTimer timer;
    timer.start();
    const RawReply r = exchange("POST /api/global/payout/query HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                "application/json\r\nContent-Length: 100\r\n\r\n{\"request_id\":");
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.status, 408);
    QCOMPARE(r.json.value("code"_L1).toInt(), 408);
    QVERIFY2(r.json.value("msg"_L1).toString().contains("within 300 ms"_L1), r.raw.constData());
    QVERIFY(r.closed);
    QVERIFY2(elapsed >= RequestTimeoutMs - 20 && elapsed < 5000, QByteArray::number(elapsed).constData());
    // Headers that never end are held to the same time.
    const RawReply slow = exchange("POST /api/global/payout/query HTTP/1.1\r\nHost: x\r\n");
    QCOMPARE(slow.status, 408);
    verifyAlive();
}

void TestSandboxStrict::headers_oversized_431_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("just over 64 KiB") << 64 * 1024;
    QTest::newRow("20 MB") << 20 * 1000 * 1000;
}

void TestSandboxStrict::headers_oversized_431()
{
    QFETCH(int, size);
    const QByteArray start = "POST /api/global/payout/query HTTP/1.1\r\nHost: x\r\nX-Filler: ";
    const RawReply r = exchange(start, QByteArray(size, 'a') + "\r\n\r\n");
    QCOMPARE(r.status, 431);
    QCOMPARE(r.json.value("code"_L1).toInt(), 431);
    QVERIFY2(r.json.value("msg"_L1).toString().contains("headers are larger than 65536 bytes"_L1), r.raw.constData());
    QVERIFY(r.closed);
    verifyAlive();
}

void TestSandboxStrict::keepAlive_pipelinedRequests_eachAnsweredThenBadOneRefused()
{
    const QByteArray body =
        Lesspay::Core::WireFormat::toBytes(Lesspay::Core::WireFormat::queryBody(u"T-pipelined"_s, {}));
    const QByteArray good = signedRequest(PayoutApi::QueryPath, body, "application/json");
    // Two good requests in one write, with the empty line a client may send between requests:
    // the screen finds where each ends and lets both through.
    const RawReply two = exchange(good + "\r\n" + good, {}, 2, false);
    QCOMPARE(two.raw.count("HTTP/1.1 200 OK"), 2);
    QCOMPARE(two.raw.count("\"code\":30020"), 2);

    // A bad request after good ones on the same connection is still judged.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray raw;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(good + good);
    QTRY_COMPARE_WITH_TIMEOUT(raw.count("\"code\":30020"), 2, 10000);
    socket.write("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
    QVERIFY(disconnected.wait(5000));
    raw += socket.readAll();
    QCOMPARE(raw.count("HTTP/1.1 200 OK"), 2);
    QVERIFY2(raw.contains("HTTP/1.1 400 Bad Request"), raw.constData());
    QVERIFY(raw.contains("must not be negative"));
}

void TestSandboxStrict::requestId_outsideAlphabet_30000_data()
{
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("space") << u"T 1"_s << false;
    QTest::newRow("non-ASCII letter") << u"T-ñ"_s << false;
    QTest::newRow("emoji") << u"T-😀"_s << false;
    QTest::newRow("slash") << u"T/1"_s << false;
    QTest::newRow("dot") << u"T.1"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 characters") << QString(65, u'A') << false;
    QTest::newRow("64 characters") << QStringLiteral("T_") + QString(62, u'z') << true;
    QTest::newRow("every allowed kind") << u"Az09_-"_s << true;
}

void TestSandboxStrict::requestId_outsideAlphabet_30000()
{
    QFETCH(QString, requestId);
    QFETCH(bool, valid);
    SandboxTestClient client(m_sandbox->baseUrl());
    const SandboxTestClient::Reply created =
        client.create(SandboxTestClient::createBody(requestId, {SandboxTestClient::bankDetail(u"D1"_s, u"1.00"_s)}));
    QCOMPARE(created.httpStatus, 200);
    QCOMPARE(created.code(), valid ? 0 : 30000);
    if (!valid) {
        QVERIFY2(created.json.value("msg"_L1).toString().contains("request_id"_L1), created.body.constData());
        if (!requestId.isEmpty()) {
            QVERIFY2(created.json.value("msg"_L1).toString().contains("A-Z, a-z, 0-9, _ and -"_L1),
                     created.body.constData());
            QCOMPARE(client.query(requestId).code(), 30000);
        }
    } else {
        QCOMPARE(client.query(requestId).code(), 0);
    }
}

QTEST_GUILESS_MAIN(TestSandboxStrict)
#include "tst_sandboxstrict.moc"
