// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A canary secret goes through every path of the engine and the CLI, faults included; it must
// appear in no file they write (journal, WAL, shared memory) and in no log line.
#include "api/apiclient.h"
#include "domain/batch.h"
#include "engine/poller.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "sandboxrunner.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(QString::fromLatin1(context.category) + u' ' + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray filesContaining(const QString &dir, const QByteArray &needle)
{
    QByteArray found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found += f.fileName().toUtf8() + ' ';
    }
    return found;
}

} // namespace

class TestSecretCanary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void engine_faultsAndPolling_canaryNowhere();
    void cli_allCommands_canaryNowhere();

private:
    QByteArray m_canary;
    std::unique_ptr<SandboxRunner> m_sandbox;
};

void TestSecretCanary::initTestCase()
{
    m_canary = "CANARY-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) + "-SECRET";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_CANARY"), QString::fromLatin1(m_canary));
    m_sandbox = std::make_unique<SandboxRunner>();
    QVERIFY(m_sandbox->start({QStringLiteral("--appid"), QStringLiteral("canary-app"), QStringLiteral("--secret-env"),
                              QStringLiteral("LESSPAY_CANARY")},
                             env));
    // Everything the engine says, at every level.
    QLoggingCategory::setFilterRules(QStringLiteral("lesspay.*=true"));
    previousHandler = qInstallMessageHandler(capture);
}

void TestSecretCanary::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    // The server's own log is part of the product too.
    if (m_sandbox)
        QVERIFY(!m_sandbox->standardError().contains(m_canary));
}

void TestSecretCanary::engine_faultsAndPolling_canaryNowhere()
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal);
    QNetworkAccessManager network;
    ApiClient::Config config;
    config.baseUrl = m_sandbox->baseUrl();
    config.appId = QStringLiteral("canary-app");
    config.timeout = std::chrono::milliseconds(300);
    const QByteArray canary = m_canary;
    ApiClient client(&network, config, [canary] { return canary; });
    EngineOptions options;
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffCap = std::chrono::milliseconds(100);
    options.resendWindow = std::chrono::milliseconds(200);
    options.pollInitial = std::chrono::milliseconds(40);
    options.pollMax = std::chrono::milliseconds(200);
    SubmissionEngine engine(
        *journal, [&](const QString &) { return &client; }, options);

    const QStringList modes{QStringLiteral("drop_after_store"), QStringLiteral("delay"),
                            QStringLiteral("http500"),          QStringLiteral("redirect307"),
                            QStringLiteral("garbage"),          QStringLiteral("drop_before_store")};
    int salt = 100;
    for (const QString &mode : modes) {
        QVERIFY(m_sandbox->addFault({{QStringLiteral("mode"), mode},
                                     {QStringLiteral("path"), QLatin1String(SandboxRunner::CreatePath)},
                                     {QStringLiteral("delay_ms"), 500}}));
        const auto r =
            engine.submit(0, QStringLiteral("canary"), SandboxRunner::createBody(RequestId::generate(), 2, ++salt));
        QVERIFY(r.ok);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isReconciling(r.batch.requestId), 10000);
        QCOMPARE(journal->batch(r.batch.requestId)->state, BatchState::Accepted);
    }
    QTRY_VERIFY_WITH_TIMEOUT(journal->batchesToPoll().isEmpty(), 10000);

    // While the journal is open its -wal and -shm files exist too.
    QVERIFY(QFile::exists(journal->path() + QStringLiteral("-wal")));
    QCOMPARE(filesContaining(dir.path(), m_canary), QByteArray());
    journal.reset();
    QCOMPARE(filesContaining(dir.path(), m_canary), QByteArray());
    QMutexLocker lock(&logMutex);
    QVERIFY(logLines.size() > modes.size()); // the capture works: the engine did log
    for (const QString &line : std::as_const(logLines))
        QVERIFY2(!line.contains(QString::fromLatin1(m_canary)), qPrintable(line));
}

void TestSecretCanary::cli_allCommands_canaryNowhere()
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("pay.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("mch_order_id,amount,destination_type,bank_account_name,bank_account_no,bank_account_type,bank_name,"
              "bank_country_code,bank_swift_code\r\nC1,10.00,bank,Juan Dela Cruz,001234567890,individual,BDO Unibank,"
              "PH,BNORPHMM\r\n");
    csv.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QString::fromLatin1(m_canary));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const QStringList connection{QStringLiteral("--profile"),  QStringLiteral("canary"),
                                 QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                                 QStringLiteral("--appid"),    QStringLiteral("canary-app"),
                                 QStringLiteral("--journal"),  dir.filePath(QStringLiteral("journal.sqlite")),
                                 QStringLiteral("--settings"), dir.filePath(QStringLiteral("settings.ini")),
                                 QStringLiteral("--verbose"),  QStringLiteral("--timeout-ms"),
                                 QStringLiteral("300"),        QStringLiteral("--backoff-base-ms"),
                                 QStringLiteral("20"),         QStringLiteral("--resend-window-ms"),
                                 QStringLiteral("200"),        QStringLiteral("--poll-ms"),
                                 QStringLiteral("40")};
    QVERIFY(m_sandbox->addFault({{QStringLiteral("mode"), QStringLiteral("drop_after_store")},
                                 {QStringLiteral("path"), QLatin1String(SandboxRunner::CreatePath)}}));

    QString requestId;
    const auto run = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LESSPAY_CLI_EXECUTABLE), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        const int at = out.indexOf("request_id: ");
        if (requestId.isEmpty() && at >= 0)
            requestId = QString::fromUtf8(out.mid(at + 12, out.indexOf('\n', at) - at - 12));
        return std::make_pair(p.exitCode(), out);
    };
    const auto submit =
        run(QStringList{QStringLiteral("submit"), csvPath, QStringLiteral("--currency"), QStringLiteral("PHP"),
                        QStringLiteral("--way-type"), QStringLiteral("BANK_TRANSFER"), QStringLiteral("--way-code"),
                        QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("--notify-url"),
                        QStringLiteral("http://127.0.0.1:9/n"), QStringLiteral("--follow")}
            + connection);
    QVERIFY2(submit.first == 0, submit.second.constData());
    QVERIFY(submit.second.contains("lesspay.engine")); // --verbose logs reached stderr
    QVERIFY(!requestId.isEmpty());
    QList<std::pair<int, QByteArray>> outputs{submit};
    outputs << run(QStringList{QStringLiteral("status"), requestId} + connection);
    outputs << run(QStringList{QStringLiteral("resume")} + connection);
    outputs << run(QStringList{QStringLiteral("list"), QStringLiteral("--journal"),
                               dir.filePath(QStringLiteral("journal.sqlite"))});
    outputs << run(
        QStringList{QStringLiteral("sign"), QStringLiteral("--secret-env"), QStringLiteral("LESSPAY_APP_SECRET")},
        "{\"a\":\"b\"}");
    for (const auto &[code, out] : std::as_const(outputs)) {
        QCOMPARE(code, 0);
        QVERIFY2(!out.contains(m_canary), out.constData());
    }
    QVERIFY(outputs.last().second.contains("signature: "));
    QCOMPARE(filesContaining(dir.path(), m_canary), QByteArray());
}

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "tst_secretcanary.moc"
