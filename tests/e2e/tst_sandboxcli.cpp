// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtestclient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

namespace {

// The executable started on a free port; baseUrl comes from its agreed first stdout line.
struct Running
{
    std::unique_ptr<QProcess> process;
    QString baseUrl;
    QByteArray firstLine;
};

Running launch(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Running r;
    r.process = std::make_unique<QProcess>();
    r.process->setProcessEnvironment(env);
    r.process->start(QStringLiteral(LESSPAY_SANDBOX_EXE), QStringList{u"--port"_s, u"0"_s} + arguments);
    if (!r.process->waitForStarted(10000))
        return r;
    while (!r.process->canReadLine() && r.process->state() == QProcess::Running)
        r.process->waitForReadyRead(10000);
    r.firstLine = r.process->readLine().trimmed();
    static const QRegularExpression line(u"^lesspay-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)$"_s);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(r.firstLine));
    if (m.hasMatch())
        r.baseUrl = m.captured(1);
    return r;
}

// SIGTERM, then the exit must be clean.
bool terminate(Running &r)
{
    r.process->terminate();
    return r.process->waitForFinished(10000) && r.process->exitStatus() == QProcess::NormalExit
           && r.process->exitCode() == 0;
}

QJsonObject body(const QString &amount)
{
    return SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(),
                                         {SandboxTestClient::bankDetail(u"D1"_s, amount)});
}

} // namespace

// lesspay-sandbox as a process: --help, the listening line, option errors, merchants from
// options, the environment or a file, --fault, --state across a process restart, SIGTERM.
class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void help_listsMagicValuesFaultsAndDemoMerchant();
    void start_portZero_listeningLineAndCleanSigterm();
    void options_invalid_exitCode2_data();
    void options_invalid_exitCode2();
    void appid_secretFromEnvironment_onlyThatMerchant();
    void merchantsFile_everyMerchantServed();
    void fault_option_appliedToNextRequest();
    void requestTimeout_option_unfinishedBodyGets408();
    void state_processRestart_batchKept();
};

void TestSandboxCli::help_listsMagicValuesFaultsAndDemoMerchant()
{
    QProcess p;
    p.start(QStringLiteral(LESSPAY_SANDBOX_EXE), {u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &word : {u".13"_s, u".14"_s, u".17"_s, u"REJECT"_s, u"balance"_s, u"sandbox-demo"_s,
                                u"sandbox-demo-secret"_s, u"drop_after_store"_s, u"redirect307"_s, u"--state"_s,
                                u"--secret-env"_s, u"--review-delay-ms"_s, u"--webhook-attempts"_s})
        QVERIFY2(help.contains(word), qPrintable(word));
}

void TestSandboxCli::start_portZero_listeningLineAndCleanSigterm()
{
    Running r = launch({});
    QVERIFY2(!r.baseUrl.isEmpty(), r.firstLine.constData());
    SandboxTestClient client(r.baseUrl);
    QCOMPARE(client.query(u"T-cli"_s).code(), 30020);
    QVERIFY(terminate(r));
}

void TestSandboxCli::options_invalid_exitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("port range") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("appid without secret") << QStringList{u"--appid"_s, u"m1"_s} << u"--secret-env"_s;
    QTest::newRow("secret env unset") << QStringList{u"--appid"_s, u"m1"_s, u"--secret-env"_s, u"LP_UNSET_VAR"_s}
                                      << u"LP_UNSET_VAR"_s;
    QTest::newRow("secret-env alone") << QStringList{u"--secret-env"_s, u"X"_s} << u"--appid"_s;
    QTest::newRow("fault mode") << QStringList{u"--fault"_s, u"explode"_s} << u"fault"_s;
    QTest::newRow("fault part") << QStringList{u"--fault"_s, u"http500,often"_s} << u"often"_s;
    QTest::newRow("balance") << QStringList{u"--balance"_s, u"PHP=lots"_s} << u"--balance"_s;
    QTest::newRow("currency") << QStringList{u"--currencies"_s, u"PHP,XYZ"_s} << u"XYZ"_s;
    QTest::newRow("merchants file") << QStringList{u"--merchants"_s, u"/nonexistent/m.json"_s} << u"m.json"_s;
    QTest::newRow("listen") << QStringList{u"--listen"_s, u"localhost-ish"_s} << u"--listen"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("request timeout zero")
        << QStringList{u"--request-timeout-ms"_s, u"0"_s} << u"--request-timeout-ms"_s;
    QTest::newRow("request timeout text")
        << QStringList{u"--request-timeout-ms"_s, u"soon"_s} << u"--request-timeout-ms"_s;
    QTest::newRow("header limit") << QStringList{u"--max-header-bytes"_s, u"10"_s} << u"--max-header-bytes"_s;
}

void TestSandboxCli::options_invalid_exitCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(LESSPAY_SANDBOX_EXE), arguments);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestSandboxCli::appid_secretFromEnvironment_onlyThatMerchant()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LP_TEST_SECRET"_s, u"env-only-s3cret"_s);
    Running r = launch({u"--appid"_s, u"m-env"_s, u"--secret-env"_s, u"LP_TEST_SECRET"_s, u"--currencies"_s, u"PHP"_s,
                        u"--balance"_s, u"PHP=5.00"_s, u"--review-delay-ms"_s, u"30"_s},
                       env);
    QVERIFY2(!r.baseUrl.isEmpty(), r.firstLine.constData());
    SandboxTestClient merchant(r.baseUrl, u"m-env"_s, "env-only-s3cret");
    const QJsonObject big = body(u"10.00"_s);
    QCOMPARE(merchant.create(big).code(), 0);
    const QJsonObject data = merchant.waitForStatus(big["request_id"_L1].toString(), u"FAILED"_s);
    QVERIFY(data["fail_reason"_L1].toString().contains("balance"_L1));
    QJsonObject idr = body(u"1.00"_s);
    idr["currency"_L1] = u"IDR"_s;
    QCOMPARE(merchant.create(idr).code(), 30001);
    SandboxTestClient demo(r.baseUrl);
    QCOMPARE(demo.query(u"T-x"_s).httpStatus, 401);
    QVERIFY(terminate(r));
    const QByteArray output = r.process->readAll() + r.process->readAllStandardError();
    QVERIFY(!output.contains("env-only-s3cret"));
}

void TestSandboxCli::merchantsFile_everyMerchantServed()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"merchants.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"merchants":[
        {"appid":"alpha","secret_env":"LP_ALPHA_SECRET","currencies":["PHP"],"balances":{"PHP":"100.00"}},
        {"appid":"beta","secret":"beta-file-secret","currencies":["IDR","PHP"]}]})");
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LP_ALPHA_SECRET"_s, u"alpha-env-secret"_s);
    Running r = launch({u"--merchants"_s, file.fileName()}, env);
    QVERIFY2(!r.baseUrl.isEmpty(), r.firstLine.constData());
    SandboxTestClient alpha(r.baseUrl, u"alpha"_s, "alpha-env-secret");
    SandboxTestClient beta(r.baseUrl, u"beta"_s, "beta-file-secret");
    QCOMPARE(alpha.create(body(u"1.00"_s)).code(), 0);
    QCOMPARE(beta.create(body(u"1.00"_s)).code(), 0);
    // No demo merchant when a merchants file is given.
    QCOMPARE(SandboxTestClient(r.baseUrl).query(u"T-x"_s).httpStatus, 401);
    QVERIFY(terminate(r));
}

void TestSandboxCli::fault_option_appliedToNextRequest()
{
    Running r = launch({u"--fault"_s, u"http500,count=1,path=/api/global/payout/query"_s});
    QVERIFY2(!r.baseUrl.isEmpty(), r.firstLine.constData());
    SandboxTestClient client(r.baseUrl);
    QCOMPARE(client.query(u"T-f"_s).httpStatus, 500);
    QCOMPARE(client.query(u"T-f"_s).httpStatus, 200);
    QVERIFY(terminate(r));
}

void TestSandboxCli::state_processRestart_batchKept()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    const QJsonObject created = body(u"2.00"_s);
    QString payOrderId;
    {
        Running r = launch({u"--state"_s, state, u"--review-delay-ms"_s, u"60000"_s});
        QVERIFY2(!r.baseUrl.isEmpty(), r.firstLine.constData());
        payOrderId = SandboxTestClient(r.baseUrl).create(created).data()["pay_order_id"_L1].toString();
        QVERIFY(terminate(r));
    }
    Running r = launch({u"--state"_s, state, u"--review-delay-ms"_s, u"30"_s, u"--pay-delay-ms"_s, u"30"_s});
    QVERIFY2(!r.baseUrl.isEmpty(), r.firstLine.constData());
    SandboxTestClient client(r.baseUrl);
    const QJsonObject data = client.waitForStatus(created["request_id"_L1].toString(), u"SUCCEED"_s);
    QCOMPARE(data["pay_order_id"_L1].toString(), payOrderId);
    QCOMPARE(data["order_status"_L1].toString(), u"SUCCEED"_s);
    QVERIFY(terminate(r));
}

void TestSandboxCli::requestTimeout_option_unfinishedBodyGets408()
{
    Running r = launch({u"--request-timeout-ms"_s, u"200"_s});
    QVERIFY2(!r.baseUrl.isEmpty(), r.firstLine.constData());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(r.baseUrl).port());
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write("POST /api/global/payout/query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: 50\r\n\r\n{");
    QVERIFY(disconnected.wait(5000)); // 200 ms, not the default 30 s
    const QByteArray answer = socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    const QJsonObject body = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(body.value("code"_L1).toInt(), 408);
    QVERIFY(terminate(r));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
