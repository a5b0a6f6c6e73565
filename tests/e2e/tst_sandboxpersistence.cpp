// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtestclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

// --state FILE: batches survive a restart, in-flight ones resume their timers, the file is
// written atomically and a damaged file stops the start instead of being overwritten.
class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private slots:
    void restart_pendingBatch_keptAndResumed();
    void restart_finalBatch_keptWithoutNewWebhook();
    void save_afterEachChange_validJsonWithoutSecrets();
    void start_damagedStateFile_failsAndKeepsFile_data();
    void start_damagedStateFile_failsAndKeepsFile();

private:
    static SandboxOptions options(const QString &stateFile, int reviewDelayMs);
};

SandboxOptions TestSandboxPersistence::options(const QString &stateFile, int reviewDelayMs)
{
    SandboxOptions o = fastSandboxOptions();
    o.stateFile = stateFile;
    o.reviewDelayMs = reviewDelayMs;
    return o;
}

void TestSandboxPersistence::restart_pendingBatch_keptAndResumed()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    const QJsonObject body = SandboxTestClient::createBody(
        SandboxTestClient::uniqueRequestId(),
        {SandboxTestClient::bankDetail(u"D1"_s, u"10.00"_s), SandboxTestClient::bankDetail(u"D2"_s, u"5.13"_s)});
    const QString requestId = body["request_id"_L1].toString();
    QString payOrderId;
    {
        std::unique_ptr<Sandbox> first = startSandbox(options(state, 60000)); // review never comes
        QVERIFY(first);
        SandboxTestClient client(first->baseUrl());
        payOrderId = client.create(body).data()["pay_order_id"_L1].toString();
        QVERIFY(!payOrderId.isEmpty());
    }
    std::unique_ptr<Sandbox> second = startSandbox(options(state, 30));
    QVERIFY(second);
    SandboxTestClient client(second->baseUrl());
    const QJsonObject data = client.waitForStatus(requestId, u"PARTIAL_SUCCESS"_s);
    QCOMPARE(data["order_status"_L1].toString(), u"PARTIAL_SUCCESS"_s);
    QCOMPARE(data["pay_order_id"_L1].toString(), payOrderId);
    // Idempotency survives the restart too.
    QCOMPARE(client.create(body).code(), 30011);
    QJsonObject changed = body;
    changed["way_code"_L1] = u"OTHER"_s;
    QCOMPARE(client.create(changed).code(), 30010);
    const QJsonArray batches = client.adminBatches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches[0]["create_accepted"_L1].toInt(), 1);
}

void TestSandboxPersistence::restart_finalBatch_keptWithoutNewWebhook()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    const QJsonObject body = SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(),
                                                           {SandboxTestClient::bankDetail(u"D1"_s, u"7.00"_s)});
    const QString requestId = body["request_id"_L1].toString();
    {
        std::unique_ptr<Sandbox> first = startSandbox(options(state, 30));
        QVERIFY(first);
        QSignalSpy webhook(first.get(), &Sandbox::webhookFinished);
        SandboxTestClient client(first->baseUrl());
        QCOMPARE(client.create(body).code(), 0);
        QVERIFY(webhook.wait(10000)); // one attempt to a closed port, given up
    }
    std::unique_ptr<Sandbox> second = startSandbox(options(state, 30));
    QVERIFY(second);
    QSignalSpy webhook(second.get(), &Sandbox::webhookFinished);
    SandboxTestClient client(second->baseUrl());
    const QJsonObject data = client.query(requestId).data();
    QCOMPARE(data["order_status"_L1].toString(), u"SUCCEED"_s);
    QCOMPARE(data["details"_L1][0]["status"_L1].toString(), u"SUCCEED"_s);
    const QJsonObject summary = client.adminBatches()[0].toObject();
    QCOMPARE(summary["webhook"_L1].toString(), u"gave_up"_s);
    QCOMPARE(summary["webhook_attempts"_L1].toInt(), 1);
    QTest::qWait(100);
    QCOMPARE(webhook.size(), 0);
}

void TestSandboxPersistence::save_afterEachChange_validJsonWithoutSecrets()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    // The review waits long enough that the file read right after the create still shows the
    // accepted state, however busy the machine is.
    std::unique_ptr<Sandbox> sandbox = startSandbox(options(state, 1500));
    QVERIFY(sandbox);
    QSignalSpy changed(sandbox.get(), &Sandbox::batchChanged);
    SandboxTestClient client(sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(),
                                                           {SandboxTestClient::bankDetail(u"D1"_s, u"3.00"_s)});
    QCOMPARE(client.create(body).code(), 0);
    // Written before the create was answered.
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(root["batches"_L1].toArray().size(), 1);
    QCOMPARE(root["batches"_L1][0]["order_status"_L1].toString(), u"PENDING_CONFIRM"_s);

    QTRY_VERIFY_WITH_TIMEOUT(client.query(body["request_id"_L1].toString()).data()["order_status"_L1] == u"SUCCEED"_s,
                             10000);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root["batches"_L1][0]["order_status"_L1].toString(), u"SUCCEED"_s);
    QVERIFY(!bytes.contains(MerchantDirectory::DemoSecret));
    // QSaveFile leaves no temporary files behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"state.json"_s});
    QVERIFY(changed.size() >= 3);
}

void TestSandboxPersistence::start_damagedStateFile_failsAndKeepsFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{\"version\":1,\"batches\":[");
    QTest::newRow("other version") << QByteArray(R"({"version":99,"batches":[]})");
    QTest::newRow("batch without ids") << QByteArray(R"({"version":1,"batches":[{"currency":"PHP"}]})");
}

void TestSandboxPersistence::start_damagedStateFile_failsAndKeepsFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    QFile file(state);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Sandbox sandbox(options(state, 30));
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY(error.contains(state));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandboxpersistence.moc"
