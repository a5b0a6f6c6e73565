// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/signer.h"
#include "sandboxtestclient.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

namespace {

// A merchant's webhook endpoint with scripted answers, recording what it receives.
class Receiver final : public QAbstractHttpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        bool silent = false; // never answer (the sandbox's transfer timeout must fire)
    };
    struct Received
    {
        QString path;
        QByteArray body;
        QByteArray appId;
        QByteArray timestamp;
        QByteArray signature;
        qint64 atMs = 0;
    };

    explicit Receiver(QList<Answer> script)
        : m_script(std::move(script))
    {
        m_clock.start();
        m_port = listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path = u"/notify"_s) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }
    QList<Received> received;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        received.append({request.url().path(), request.body(), request.value("x-auth-appid"),
                         request.value("x-auth-timestamp"), request.value("x-auth-signature"), m_clock.elapsed()});
        const Answer answer = m_script.value(received.size() - 1, m_script.constLast());
        if (!answer.silent) {
            QHttpServerResponder responder = makeResponder(request, socket);
            const QByteArray location = url(u"/elsewhere"_s).toLatin1();
            if (answer.status == 307)
                responder.write(answer.body, {{"Content-Type", "text/plain"}, {"Location", location}},
                                QHttpServerResponder::StatusCode::TemporaryRedirect);
            else
                responder.write(answer.body, {{"Content-Type", "text/plain"}},
                                QHttpServerResponder::StatusCode(answer.status));
        }
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    QList<Answer> m_script;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
};

} // namespace

// The result webhook: signed query-shaped body to notify_url, retried with exponential backoff
// until the receiver answers SUCCESS, redirects not followed, a silent receiver timed out.
class TestSandboxWebhook : public QObject
{
    Q_OBJECT

private slots:
    void deliver_failTwiceThenSuccess_deliveredOnThirdAttempt();
    void deliver_neverSuccess_givesUpAfterAttempts_data();
    void deliver_neverSuccess_givesUpAfterAttempts();
    void deliver_silentReceiver_timesOutAndRetries();

private:
    // Creates a one-detail batch whose webhook goes to url; returns the adminBatches entry at the end.
    QJsonObject runBatch(const QString &url, int attempts, bool expectDelivered, int timeoutMs = 10000);
};

QJsonObject TestSandboxWebhook::runBatch(const QString &url, int attempts, bool expectDelivered, int timeoutMs)
{
    SandboxOptions options = fastSandboxOptions();
    options.webhookAttempts = attempts;
    options.webhookBackoffMs = 25;
    options.webhookTimeoutMs = timeoutMs;
    std::unique_ptr<Sandbox> sandbox = startSandbox(options);
    if (!sandbox)
        return {};
    QSignalSpy finished(sandbox.get(), &Sandbox::webhookFinished);
    SandboxTestClient client(sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(
        SandboxTestClient::uniqueRequestId(), {SandboxTestClient::bankDetail(u"D1"_s, u"10.00"_s)}, u"PHP"_s, url);
    if (client.create(body).code() != 0 || !finished.wait(15000))
        return {};
    if (finished.constFirst().at(1).toBool() != expectDelivered)
        return {};
    return client.adminBatches().first().toObject();
}

void TestSandboxWebhook::deliver_failTwiceThenSuccess_deliveredOnThirdAttempt()
{
    Receiver receiver({{200, "FAIL"}, {200, "FAIL"}, {200, "SUCCESS"}});
    const QJsonObject summary = runBatch(receiver.url(), 5, true);
    QCOMPARE(summary["webhook"_L1].toString(), u"delivered"_s);
    QCOMPARE(summary["webhook_attempts"_L1].toInt(), 3);
    QCOMPARE(receiver.received.size(), 3);

    for (const Receiver::Received &r : std::as_const(receiver.received)) {
        QCOMPARE(r.path, u"/notify"_s);
        QCOMPARE(r.appId, MerchantDirectory::DemoAppId.toUtf8());
        QVERIFY(qAbs(r.timestamp.toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QVERIFY(Lesspay::Core::Signer::verify(r.body, MerchantDirectory::DemoSecret, r.signature));
        const QJsonObject data = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(data["order_status"_L1].toString(), u"SUCCEED"_s);
        QCOMPARE(data["pay_order_id"_L1].toString(), summary["pay_order_id"_L1].toString());
        QCOMPARE(data["details"_L1][0]["bank_account_no"_L1].toString(), u"********7890"_s);
    }
    // Exponential backoff: 25 ms, then 50 ms.
    const qint64 gap1 = receiver.received[1].atMs - receiver.received[0].atMs;
    const qint64 gap2 = receiver.received[2].atMs - receiver.received[1].atMs;
    QVERIFY2(gap1 >= 20 && gap2 >= 45, qPrintable(u"gaps %1 %2"_s.arg(gap1).arg(gap2)));
}

void TestSandboxWebhook::deliver_neverSuccess_givesUpAfterAttempts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("requestsToNotify");
    QTest::newRow("FAIL text") << 200 << QByteArray("FAIL") << 3;
    QTest::newRow("HTTP 500 SUCCESS") << 500 << QByteArray("SUCCESS") << 3;
    QTest::newRow("json success") << 200 << QByteArray(R"({"code":"SUCCESS"})") << 3;
    QTest::newRow("307 not followed") << 307 << QByteArray("SUCCESS") << 3;
}

void TestSandboxWebhook::deliver_neverSuccess_givesUpAfterAttempts()
{
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    QFETCH(int, requestsToNotify);
    Receiver receiver({{status, answer}});
    const QJsonObject summary = runBatch(receiver.url(), 3, false);
    QCOMPARE(summary["webhook"_L1].toString(), u"gave_up"_s);
    QCOMPARE(summary["webhook_attempts"_L1].toInt(), 3);
    QCOMPARE(receiver.received.size(), requestsToNotify);
    for (const Receiver::Received &r : std::as_const(receiver.received))
        QCOMPARE(r.path, u"/notify"_s); // the redirect target is never requested
}

void TestSandboxWebhook::deliver_silentReceiver_timesOutAndRetries()
{
    Receiver receiver({{200, {}, true}, {200, "SUCCESS"}});
    QElapsedTimer clock;
    clock.start();
    const QJsonObject summary = runBatch(receiver.url(), 3, true, 300);
    QCOMPARE(summary["webhook"_L1].toString(), u"delivered"_s);
    QCOMPARE(receiver.received.size(), 2);
    QVERIFY(receiver.received[1].atMs - receiver.received[0].atMs >= 300);
    QVERIFY(clock.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(TestSandboxWebhook)
#include "tst_sandboxwebhook.moc"
