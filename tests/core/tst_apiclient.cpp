// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Lesspay::Core;

namespace {

// A tiny HTTP server for precise faults: it reads one request per connection and then does
// what the test asked (answer, stay silent, close early).
class ScriptedServer : public QObject
{
public:
    enum class Action { Answer, Silent, Close };

    ScriptedServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    Action action = Action::Answer;
    QByteArray response;
    int requests = 0;
    QByteArray lastHead;
    QByteArray lastBody;

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buf.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return;
        ++requests;
        lastHead = head;
        lastBody = buf.mid(end + 4, length);
        buf.clear();
        switch (action) {
        case Action::Answer:
            s->write(response);
            s->disconnectFromHost();
            break;
        case Action::Close:
            s->abort();
            break;
        case Action::Silent:
            break;
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray http(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
}

const QByteArray Secret = QByteArrayLiteral("unit-test-secret");
const QByteArray CreateBody = QByteArrayLiteral(R"({"currency":"PHP","request_id":"LP1","total_amount":"1.00"})");

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void requestFactory_build_hasTimeoutNoRedirectAndSignedHeaders();
    void requestFactory_nonObjectBody_nullopt();
    void requestFactory_signPrefix_signsWithoutParsingTheBody();
    void create_serverAnswer_typedResult_data();
    void create_serverAnswer_typedResult();
    void create_redirect_notFollowed();
    void create_silentServer_timeout();
    void create_connectionClosed_networkError();
    void create_noSecret_notSent();
    void query_sendsRequestIdBody_andParsesBatch();
    void destructor_callInFlight_abortsWithoutSignal();

private:
    std::unique_ptr<ApiClient> makeClient(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));
    ApiResult run(ApiCall *call);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedServer> m_server;
    QByteArray m_secret = Secret;
};

void TestApiClient::init()
{
    // A fresh manager per case: no connection reuse between scenarios.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedServer>();
    m_secret = Secret;
}

std::unique_ptr<ApiClient> TestApiClient::makeClient(std::chrono::milliseconds timeout)
{
    ApiClient::Config config;
    config.baseUrl = m_server->url();
    config.appId = QStringLiteral("app-1");
    config.timeout = timeout;
    return std::make_unique<ApiClient>(
        m_network.get(), config, [this] { return m_secret; }, [] { return qint64(1700000000123); });
}

ApiResult TestApiClient::run(ApiCall *call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(10000))
        qFatal("call did not finish");
    return spy.at(0).at(0).value<ApiResult>();
}

void TestApiClient::requestFactory_build_hasTimeoutNoRedirectAndSignedHeaders()
{
    RequestFactory factory({QUrl(QStringLiteral("https://example.test/prefix/")), QStringLiteral("app-1"),
                            std::chrono::milliseconds(4321)});
    const auto request = factory.build(u"/api/global/payout/query", CreateBody, Secret, 1700000000123);
    QVERIFY(request);
    QCOMPARE(request->transferTimeout(), 4321);
    QCOMPARE(request->attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request->url().toString(), QStringLiteral("https://example.test/prefix/api/global/payout/query"));
    QCOMPARE(request->rawHeader("x-auth-appid"), QByteArray("app-1"));
    QCOMPARE(request->rawHeader("X-Auth-Timestamp"), QByteArray("1700000000123"));
    Signer::Signature expected;
    QVERIFY(Signer::signWire(CreateBody, Secret, &expected));
    QCOMPARE(request->rawHeader("x-auth-signature"), expected.hex);
    QCOMPARE(request->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
    QVERIFY(request->header(QNetworkRequest::UserAgentHeader).toByteArray().startsWith("LesspayPayoutConsole/"));
#if QT_CONFIG(ssl)
    QCOMPARE(request->sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
#endif
    const QList<QByteArray> headers = request->rawHeaderList();
    for (const QByteArray &h : headers)
        QVERIFY(!request->rawHeader(h).contains(Secret));
}

void TestApiClient::requestFactory_signPrefix_signsWithoutParsingTheBody()
{
    RequestFactory factory({QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("a"), {}});
    Signer::Signature expected;
    QVERIFY(Signer::signWire(CreateBody, Secret, &expected));
    // The sign string up to "key=", as FrozenBody::write makes it with the body.
    const QByteArray prefix = expected.signString.chopped(QByteArrayView(Secret).size() + 4);
    QVERIFY(prefix.endsWith('&'));
    const auto request = factory.build(u"/x", CreateBody, Secret, 1, prefix);
    QVERIFY(request);
    QCOMPARE(request->rawHeader("x-auth-signature"), expected.hex);
    // The prefix is what is signed: the body is not looked at (not even whether it is JSON).
    const auto unparsed = factory.build(u"/x", "not json", Secret, 1, prefix);
    QVERIFY(unparsed);
    QCOMPARE(unparsed->rawHeader("x-auth-signature"), expected.hex);
    const auto other = factory.build(u"/x", CreateBody, Secret, 1, QByteArray(prefix).replace("PHP", "IDR"));
    QVERIFY(other);
    QVERIFY(other->rawHeader("x-auth-signature") != expected.hex);
}

void TestApiClient::requestFactory_nonObjectBody_nullopt()
{
    RequestFactory factory({QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("a"), {}});
    QVERIFY(!factory.build(u"/x", "[1,2]", Secret, 1));
    QVERIFY(!factory.build(u"/x", "not json", Secret, 1));
}

void TestApiClient::create_serverAnswer_typedResult_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("unknown");

    const QByteArray ok = R"({"code":0,"msg":"SUCCESS","data":{"pay_order_id":"P1","order_status":"PENDING_CONFIRM"}})";
    QTest::newRow("ok") << http(200, ok) << int(ApiError::None) << 0 << false;
    QTest::newRow("business 30020") << http(200, R"({"code":30020,"msg":"order not found"})") << int(ApiError::Business)
                                    << 30020 << false;
    QTest::newRow("business on 400") << http(400, R"({"code":30000,"msg":"bad"})") << int(ApiError::Business) << 30000
                                     << false;
    QTest::newRow("http 500") << http(500, "oops") << int(ApiError::Http) << -1 << true;
    QTest::newRow("http 503 envelope") << http(503, R"({"code":0,"msg":"x","data":{}})") << int(ApiError::Http) << 0
                                       << true;
    QTest::newRow("http 429") << http(429, "") << int(ApiError::Http) << -1 << true;
    QTest::newRow("http 401") << http(401, "no") << int(ApiError::Http) << -1 << false;
    QTest::newRow("garbage") << http(200, "<html>hello") << int(ApiError::UnreadableBody) << -1 << true;
    QTest::newRow("no data") << http(200, R"({"code":0,"msg":"SUCCESS"})") << int(ApiError::UnreadableBody) << 0
                             << true;
    QTest::newRow("string code") << http(200, R"({"code":"30011","msg":"dup"})") << int(ApiError::Business) << 30011
                                 << false;
}

void TestApiClient::create_serverAnswer_typedResult()
{
    QFETCH(QByteArray, response);
    QFETCH(int, error);
    QFETCH(int, code);
    QFETCH(bool, unknown);
    m_server->response = response;
    auto client = makeClient();
    const ApiResult r = run(client->create(CreateBody));
    QCOMPARE(int(r.error), error);
    QCOMPARE(r.code, code);
    QCOMPARE(r.outcomeUnknown(), unknown);
    QVERIFY(!r.describe().isEmpty());
    QCOMPARE(m_server->lastBody, CreateBody);
    QVERIFY(m_server->lastHead.contains("x-auth-signature: "));
    QVERIFY(!m_server->lastHead.contains(Secret));
}

void TestApiClient::create_redirect_notFollowed()
{
    m_server->response = http(307, "", "Location: /elsewhere\r\n");
    auto client = makeClient();
    const ApiResult r = run(client->create(CreateBody));
    QCOMPARE(r.error, ApiError::Redirected);
    QCOMPARE(r.httpStatus, 307);
    QCOMPARE(r.redirectLocation, QStringLiteral("/elsewhere"));
    QVERIFY(r.outcomeUnknown());
    QTest::qWait(50);
    QCOMPARE(m_server->requests, 1);
}

void TestApiClient::create_silentServer_timeout()
{
    m_server->action = ScriptedServer::Action::Silent;
    auto client = makeClient(std::chrono::milliseconds(200));
    QElapsedTimer t;
    t.start();
    const ApiResult r = run(client->create(CreateBody));
    QCOMPARE(r.error, ApiError::Timeout);
    QVERIFY(r.outcomeUnknown());
    QVERIFY(t.elapsed() < 3000);
}

void TestApiClient::create_connectionClosed_networkError()
{
    m_server->action = ScriptedServer::Action::Close;
    auto client = makeClient();
    const ApiResult r = run(client->create(CreateBody));
    QCOMPARE(r.error, ApiError::Network);
    QVERIFY(r.outcomeUnknown());
}

void TestApiClient::create_noSecret_notSent()
{
    m_secret.clear();
    auto client = makeClient();
    const ApiResult r = run(client->create(CreateBody));
    QCOMPARE(r.error, ApiError::NotSent);
    QVERIFY(!r.outcomeUnknown());
    QCOMPARE(m_server->requests, 0);
}

void TestApiClient::query_sendsRequestIdBody_andParsesBatch()
{
    m_server->response = http(200, R"({"code":0,"msg":"SUCCESS","data":{"request_id":"LP1","order_status":11,
        "payout_order_details":[{"mch_order_id":"A","status":"SUCCESS","amount":"1.00"},{"mch_order_id":"B","status":"FAILED","fail_reason":"closed"}]}})");
    auto client = makeClient();
    const ApiResult r = run(client->query(QStringLiteral("LP1")));
    QCOMPARE(r.error, ApiError::None);
    QCOMPARE(m_server->lastBody, QByteArray(R"({"request_id":"LP1"})"));
    const RemoteBatch b = RemoteBatch::fromJson(r.data.toObject());
    QCOMPARE(b.status.kind(), OrderStatus::Kind::PartialSuccess);
    QVERIFY(b.status.isFinal());
    QCOMPARE(b.details.size(), 2);
    QCOMPARE(b.details.at(0).status, QStringLiteral("SUCCEED"));
    QCOMPARE(b.details.at(1).failReason, QStringLiteral("closed"));
}

void TestApiClient::destructor_callInFlight_abortsWithoutSignal()
{
    m_server->action = ScriptedServer::Action::Silent;
    auto client = makeClient();
    ApiCall *call = client->create(CreateBody);
    QSignalSpy spy(call, &ApiCall::finished);
    QTRY_COMPARE(m_server->requests, 1);
    client.reset();
    QTest::qWait(50);
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
