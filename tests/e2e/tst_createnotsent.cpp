// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Known-not-sent outcomes: when no connection could be made for a create (TLS handshake
// refused for an expired, wrong-host or self-signed certificate; connection refused; a name
// that does not resolve; a proxy that refuses the tunnel), the server received nothing, the
// batch says why in words, nothing is tried again on its own, and "send again" after the
// cause is fixed pays it once with the same request_id. A good certificate is the control.
#include "api/apiclient.h"
#include "batchjournalfixture.h"
#include "engine/submissionengine.h"
#include "httptestserver.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "models/batchphase.h"
#include "testcertificates.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

const QByteArray CreatePath = "/api/global/payout/batch/create-order";

enum class Cause { None, Expired, WrongHost, SelfSigned, Refused, NoSuchHost, ProxyRefuses };

QByteArray found(const QString &requestId)
{
    return QByteArray(R"({"code":0,"msg":"SUCCESS","data":{"request_id":")") + requestId.toUtf8()
           + R"(","pay_order_id":"PO-9","order_status":"PENDING_CONFIRM","currency":"PHP","total_amount":"3.00"}})";
}

// An HTTP proxy that refuses every tunnel with 403 and keeps what it was sent.
class RefusingProxy final : public QTcpServer
{
public:
    QByteArray received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QIODevice::readyRead, this, [this, socket] {
            received += socket->readAll();
            if (received.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    }
};

} // namespace

class TestCreateNotSent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void submit_noConnection_notSentWaitsForPersonAndSendsAgainOnce_data();
    void submit_noConnection_notSentWaitsForPersonAndSendsAgainOnce();

private:
    std::unique_ptr<ApiClient> makeClient(const QUrl &url);

    QTemporaryDir m_dir;
    std::unique_ptr<TestCertificates> m_certificates;
    QNetworkAccessManager m_network;
};

void TestCreateNotSent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificates = std::make_unique<TestCertificates>(m_dir.path());
    QString error;
    QVERIFY2(m_certificates->generate(&error), qPrintable(error));
}

void TestCreateNotSent::cleanup()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

std::unique_ptr<ApiClient> TestCreateNotSent::makeClient(const QUrl &url)
{
    ApiClient::Config config;
    config.baseUrl = url;
    config.appId = QStringLiteral("app-1");
    config.timeout = std::chrono::milliseconds(5000);
    config.extraCaCertificates = {m_certificates->ca}; // the test CA, trusted by this client only
    return std::make_unique<ApiClient>(&m_network, config, [] { return QByteArrayLiteral("test-secret"); });
}

void TestCreateNotSent::submit_noConnection_notSentWaitsForPersonAndSendsAgainOnce_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("words");
    QTest::newRow("good certificate (control)") << int(Cause::None) << QString();
    QTest::newRow("expired certificate") << int(Cause::Expired)
                                         << QStringLiteral("the server's certificate expired on 2020-02-01");
    QTest::newRow("certificate for another host")
        << int(Cause::WrongHost)
        << QStringLiteral("the server's certificate is for wrong-host.example.invalid, not for 127.0.0.1");
    QTest::newRow("self-signed certificate")
        << int(Cause::SelfSigned) << QStringLiteral("the server's certificate is self-signed");
    QTest::newRow("connection refused") << int(Cause::Refused) << QStringLiteral("refused the connection");
    QTest::newRow("name does not resolve")
        << int(Cause::NoSuchHost) << QStringLiteral("the host name lesspay.invalid could not be found");
    QTest::newRow("proxy refuses") << int(Cause::ProxyRefuses) << QStringLiteral("the proxy 127.0.0.1:");
}

void TestCreateNotSent::submit_noConnection_notSentWaitsForPersonAndSendsAgainOnce()
{
    QFETCH(int, cause);
    QFETCH(QString, words);
    const QString requestId = QStringLiteral("LP-NOTSENT-%1").arg(cause);

    // The real server, over TLS; for the certificate causes it shows the faulty certificate.
    HttpTestServer server;
    const TestCertificates::Pair &shown = cause == int(Cause::Expired)      ? m_certificates->expired
                                          : cause == int(Cause::WrongHost)  ? m_certificates->wrongHost
                                          : cause == int(Cause::SelfSigned) ? m_certificates->selfSigned
                                                                            : m_certificates->good;
    server.setTls(shown.certificate, shown.key);
    server.setHandler(
        [requestId](const HttpTestServer::Request &) { return HttpTestServer::json(200, found(requestId)); });
    QVERIFY(server.listenLocal());

    RefusingProxy proxy;
    QUrl url = server.url();
    switch (Cause(cause)) {
    case Cause::Refused: {
        QTcpServer closed; // a port that was free a moment ago and has no listener now
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        url.setPort(closed.serverPort());
        closed.close();
        break;
    }
    case Cause::NoSuchHost:
        url.setHost(QStringLiteral("lesspay.invalid"));
        break;
    case Cause::ProxyRefuses:
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
        url.setHost(QStringLiteral("lesspay.example.invalid")); // resolved by the proxy, which refuses
        break;
    default:
        break;
    }
    std::unique_ptr<ApiClient> client = makeClient(url);

    QTemporaryDir dir;
    std::unique_ptr<Journal> journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal);
    EngineOptions options;
    options.backoffBase = std::chrono::milliseconds(10); // a retry loop would show at once
    options.backoffCap = std::chrono::milliseconds(20);
    options.pollInitial = std::chrono::milliseconds(10000);
    SubmissionEngine engine(
        *journal, [&](const QString &) { return client.get(); }, options);
    const QByteArray body =
        BatchJournalFixture::createBody(requestId, BatchJournalFixture::payouts(QStringLiteral("N"), 2));
    QVERIFY(engine.submit(0, QStringLiteral("p"), body).ok);

    if (Cause(cause) == Cause::None) {
        QTRY_COMPARE_WITH_TIMEOUT(journal->batch(requestId)->state, BatchState::Accepted, 10000);
        QCOMPARE(server.requestsTo(CreatePath).size(), 1);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(journal->batch(requestId)->state, BatchState::NotSent, 10000);
    FrozenBatch batch = *journal->batch(requestId);
    QVERIFY2(batch.lastError.contains(words), qPrintable(batch.lastError));
    QVERIFY2(batch.lastError.endsWith(QLatin1String("; nothing was sent")), qPrintable(batch.lastError));
    QCOMPARE(batch.sendCount, 0); // no create Lesspay may have
    // Not one byte of a request reached the server (TLS causes: the handshake never completed).
    QCOMPARE(server.bytesReceived(), qint64(0));
    QCOMPARE(server.handshakesCompleted(), 0);
    QVERIFY(server.requests().isEmpty());
    if (Cause(cause) == Cause::ProxyRefuses) {
        QVERIFY(proxy.received.startsWith("CONNECT lesspay.example.invalid:"));
        QVERIFY(!proxy.received.contains(requestId.toUtf8()));
    }
    // It waits for a person: no retry, no "checking with Lesspay".
    const int connections = server.connectionCount();
    QVERIFY(!engine.isReconciling());
    QTest::qWait(100);
    QCOMPARE(server.connectionCount(), connections);
    QCOMPARE(journal->batch(requestId)->state, BatchState::NotSent);
    const std::optional<BatchSummary> summary = JournalQueries(*journal).summary(requestId);
    QVERIFY(summary);
    QCOMPARE(BatchPhases::of(summary->batch), BatchPhase::NeedsPerson);
    QVERIFY(BatchPhases::explanation(*summary, journal->now()).contains(batch.lastError));
    QCOMPARE(engine.resumeAtStartup(), 0); // a restart does not send it either

    // The person fixes the cause and sends it again: the same request_id and bytes, once.
    switch (Cause(cause)) {
    case Cause::Expired:
    case Cause::WrongHost:
    case Cause::SelfSigned:
        server.setTls(m_certificates->good.certificate, m_certificates->good.key);
        break;
    case Cause::ProxyRefuses:
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        client = makeClient(server.url());
        break;
    default:
        client = makeClient(server.url());
        break;
    }
    QString error;
    QVERIFY2(engine.sendAgain(requestId, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(journal->batch(requestId)->state, BatchState::Accepted, 10000);
    const QList<HttpTestServer::Request> creates = server.requestsTo(CreatePath);
    QCOMPARE(creates.size(), 1);
    QCOMPARE(creates.first().body, body);
    QCOMPARE(server.requests().first().path, CreatePath); // nothing to ask first: it never arrived
    QCOMPARE(journal->batch(requestId)->sendCount, 1);
    QVERIFY(!engine.sendAgain(requestId)); // only a batch that was not sent
}

QTEST_GUILESS_MAIN(TestCreateNotSent)
#include "tst_createnotsent.moc"
