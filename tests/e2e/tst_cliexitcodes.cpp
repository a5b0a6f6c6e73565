// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// lesspay-cli's exit codes and its printed state, end to end on the real sandbox: every way a
// batch can end (the sandbox's magic values steer it) gives its own documented code, the same
// from submit --follow, status and resume, in the text form and in the --json form.
#include "api/signer.h"
#include "sandboxrunner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

constexpr char Secret[] = "sandbox-demo-secret";

// One bank payout per amount; the account holder's name may carry the sandbox's REJECT marker.
QByteArray csv(const QStringList &amounts, const QString &name = QStringLiteral("Juan Dela Cruz"))
{
    QByteArray text = "mch_order_id,amount,destination_type,bank_account_name,bank_account_no,bank_account_type,"
                      "bank_name,bank_country_code,bank_swift_code\r\n";
    for (int i = 0; i < amounts.size(); ++i) {
        text += "E" + QByteArray::number(i + 1) + ',' + amounts.at(i).toLatin1() + ",bank," + name.toUtf8() + ",0088"
                + QByteArray::number(100000 + i) + ",individual,BDO Unibank,PH,BNORPHMM\r\n";
    }
    return text;
}

} // namespace

class TestCliExitCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void submitFollow_batchOutcome_ownExitCodeAndFinalState_data();
    void submitFollow_batchOutcome_ownExitCodeAndFinalState();
    void resume_differentBatchUnderRequestId_needsPerson4();
    void submit_sameRecipientsAgain_possibleDuplicate6InJson();
    void json_usageError_oneObjectWithCode2();
    void validate_overflowingAndInvalidRows_countedApart();

private:
    Run run(const QStringList &args, const QByteArray &secret = Secret);
    QString writeCsv(const QString &name, const QByteArray &content);
    QStringList connection(const QString &journal) const;
    bool createDirectly(const QByteArray &body);

    QTemporaryDir m_dir;
    SandboxRunner m_sandbox;
};

void TestCliExitCodes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
}

Run TestCliExitCodes::run(const QStringList &args, const QByteArray &secret)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("LESSPAY_APP_SECRET"), QString::fromLatin1(secret));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(LESSPAY_CLI_EXECUTABLE), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TestCliExitCodes::writeCsv(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

QStringList TestCliExitCodes::connection(const QString &journal) const
{
    return {QStringLiteral("--profile"),         QStringLiteral("exit-codes"),
            QStringLiteral("--base-url"),        m_sandbox.baseUrl().toString(),
            QStringLiteral("--appid"),           QStringLiteral("sandbox-demo"),
            QStringLiteral("--journal"),         m_dir.filePath(journal + QStringLiteral(".sqlite")),
            QStringLiteral("--settings"),        m_dir.filePath(QStringLiteral("settings.ini")),
            QStringLiteral("--poll-ms"),         QStringLiteral("20"),
            QStringLiteral("--poll-max-ms"),     QStringLiteral("100"),
            QStringLiteral("--backoff-base-ms"), QStringLiteral("20"),
            QStringLiteral("--backoff-cap-ms"),  QStringLiteral("100")};
}

bool TestCliExitCodes::createDirectly(const QByteArray &body)
{
    Lesspay::Core::Signer::Signature signature;
    if (!Lesspay::Core::Signer::signWire(body, Secret, &signature))
        return false;
    QNetworkAccessManager network;
    QUrl url = m_sandbox.baseUrl();
    url.setPath(QLatin1String(SandboxRunner::CreatePath));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("x-auth-appid", "sandbox-demo");
    request.setRawHeader("X-Auth-Timestamp", QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader("x-auth-signature", signature.hex);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer.value(QLatin1String("code")).toInt(-1) == 0;
}

void TestCliExitCodes::submitFollow_batchOutcome_ownExitCodeAndFinalState_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("state");
    const QByteArray secret(Secret);
    QTest::newRow("paid") << csv({QStringLiteral("10.00"), QStringLiteral("11.00")}) << secret << QStringList() << 0
                          << QStringLiteral("ok") << QStringLiteral("paid");
    QTest::newRow("partially paid") << csv({QStringLiteral("12.00"), QStringLiteral("12.13")}) << secret
                                    << QStringList() << 7 << QStringLiteral("partially_paid")
                                    << QStringLiteral("partially_paid");
    QTest::newRow("failed") << csv({QStringLiteral("13.13"), QStringLiteral("13.14")}) << secret << QStringList() << 8
                            << QStringLiteral("failed") << QStringLiteral("failed");
    QTest::newRow("rejected by review") << csv({QStringLiteral("14.00")}, QStringLiteral("REJECT Cruz")) << secret
                                        << QStringList() << 3 << QStringLiteral("rejected")
                                        << QStringLiteral("rejected");
    QTest::newRow("refused by Lesspay") << csv({QStringLiteral("15.00")}) << QByteArray("not-the-secret")
                                        << QStringList() << 3 << QStringLiteral("rejected")
                                        << QStringLiteral("rejected");
    // .17 keeps a payout pending for ever: the wait ends with the batch still paying.
    QTest::newRow("still paying") << csv({QStringLiteral("16.17")}) << secret
                                  << QStringList{QStringLiteral("--wait"), QStringLiteral("1")} << 5
                                  << QStringLiteral("unresolved") << QStringLiteral("paying");
}

void TestCliExitCodes::submitFollow_batchOutcome_ownExitCodeAndFinalState()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, secret);
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, result);
    QFETCH(QString, state);
    const QString journal = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString file = writeCsv(journal, content);
    QVERIFY(!file.isEmpty());
    const QStringList submit = QStringList{QStringLiteral("submit"),       file,
                                           QStringLiteral("--currency"),   QStringLiteral("PHP"),
                                           QStringLiteral("--way-type"),   QStringLiteral("BANK_TRANSFER"),
                                           QStringLiteral("--way-code"),   QStringLiteral("TAZAPAY_PAYOUT"),
                                           QStringLiteral("--notify-url"), QStringLiteral("http://127.0.0.1:9/notify"),
                                           QStringLiteral("--follow")}
                               + connection(journal) + extra;

    // Text: one request_id line, the final state, and the result line matching the exit code.
    const Run text = run(submit, secret);
    QVERIFY2(text.code == code, QByteArray(text.out + text.err).constData());
    QCOMPARE(text.out.count("request_id: "), 1);
    QVERIFY2(text.out.contains(QByteArray("\nstate: " + state.toLatin1() + " (")), text.out.constData());
    QVERIFY2(text.out.contains(QByteArray("result: " + result.toLatin1() + " (exit " + QByteArray::number(code) + ")")),
             text.out.constData());
    const qsizetype at = text.out.indexOf("request_id: ") + 12;
    const QString requestId = QString::fromLatin1(text.out.mid(at, text.out.indexOf('\n', at) - at));
    QVERIFY(requestId.startsWith(QLatin1String("LP")));

    // status asks Lesspay again and answers the same, as one JSON object.
    const Run status = run(QStringList{QStringLiteral("status"), requestId, QStringLiteral("--json"),
                                       QStringLiteral("--wait"), QStringLiteral("5")}
                               + connection(journal),
                           secret);
    QCOMPARE(status.code, code);
    const QJsonObject o = status.json();
    QVERIFY2(!o.isEmpty(), status.out.constData());
    QCOMPARE(o.value(QLatin1String("exit_code")).toInt(-1), code);
    QCOMPARE(o.value(QLatin1String("result")).toString(), result);
    QCOMPARE(o.value(QLatin1String("command")).toString(), QStringLiteral("status"));
    const QJsonArray batches = o.value(QLatin1String("batches")).toArray();
    QCOMPARE(batches.size(), 1);
    const QJsonObject batch = batches.first().toObject();
    QCOMPARE(batch.value(QLatin1String("request_id")).toString(), requestId);
    QCOMPARE(batch.value(QLatin1String("state")).toString(), state);
    QCOMPARE(batch.value(QLatin1String("details")).toArray().size(), content.count('\n') - 1);

    // The journal alone (no connection) gives the same code.
    const Run offline = run({QStringLiteral("status"), requestId, QStringLiteral("--journal"),
                             m_dir.filePath(journal + QStringLiteral(".sqlite"))});
    QCOMPARE(offline.code, code);
}

void TestCliExitCodes::resume_differentBatchUnderRequestId_needsPerson4()
{
    const QString file = writeCsv(QStringLiteral("conflict"), csv({QStringLiteral("21.00"), QStringLiteral("22.00")}));
    // The create is lost before the sandbox stores it, and the resend window is long: the
    // run ends with the batch being reconciled.
    // Twice, because Qt may repeat a request on a connection the server closed.
    QVERIFY(m_sandbox.addFault({{QStringLiteral("mode"), QStringLiteral("drop_before_store")},
                                {QStringLiteral("count"), 2},
                                {QStringLiteral("path"), QLatin1String(SandboxRunner::CreatePath)}}));
    const QStringList common = connection(QStringLiteral("conflict"))
                               + QStringList{QStringLiteral("--resend-window-ms"), QStringLiteral("600000")};
    const Run first =
        run(QStringList{QStringLiteral("submit"), file, QStringLiteral("--currency"), QStringLiteral("PHP"),
                        QStringLiteral("--way-type"), QStringLiteral("BANK_TRANSFER"), QStringLiteral("--way-code"),
                        QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("--notify-url"),
                        QStringLiteral("http://127.0.0.1:9/notify"), QStringLiteral("--follow"),
                        QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("--json")}
            + common);
    QVERIFY(m_sandbox.clearFaults());
    QCOMPARE(first.code, 5);
    const QJsonObject unresolved = first.json().value(QLatin1String("batches")).toArray().first().toObject();
    QCOMPARE(unresolved.value(QLatin1String("state")).toString(), QStringLiteral("unknown"));
    const QString requestId = unresolved.value(QLatin1String("request_id")).toString();
    QVERIFY(!requestId.isEmpty());

    // Someone else's batch under the same request_id: the console must not adopt it.
    QVERIFY(createDirectly(SandboxRunner::createBody(requestId, 3, 7)));
    const Run resume = run(QStringList{QStringLiteral("resume"), QStringLiteral("--follow"), QStringLiteral("--wait"),
                                       QStringLiteral("10"), QStringLiteral("--json")}
                           + common);
    QVERIFY2(resume.code == 4, QByteArray(resume.out + resume.err).constData());
    const QJsonObject o = resume.json();
    QCOMPARE(o.value(QLatin1String("result")).toString(), QStringLiteral("needs_person"));
    QCOMPARE(o.value(QLatin1String("reconciling")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("batches")).toArray().first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("needs_person"));

    const Run status = run({QStringLiteral("status"), requestId, QStringLiteral("--journal"),
                            m_dir.filePath(QStringLiteral("conflict.sqlite"))});
    QCOMPARE(status.code, 4);
    QVERIFY(status.out.contains("state: needs_person ("));
    // Nothing is left to reconcile: a second resume has nothing to say and succeeds.
    const Run again = run(QStringList{QStringLiteral("resume")} + common);
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains("reconciling 0 batches"));
}

void TestCliExitCodes::submit_sameRecipientsAgain_possibleDuplicate6InJson()
{
    const QString file = writeCsv(QStringLiteral("twice"), csv({QStringLiteral("31.00")}));
    const QStringList submit = QStringList{QStringLiteral("submit"),       file,
                                           QStringLiteral("--currency"),   QStringLiteral("PHP"),
                                           QStringLiteral("--way-type"),   QStringLiteral("BANK_TRANSFER"),
                                           QStringLiteral("--way-code"),   QStringLiteral("TAZAPAY_PAYOUT"),
                                           QStringLiteral("--notify-url"), QStringLiteral("http://127.0.0.1:9/notify"),
                                           QStringLiteral("--json")}
                               + connection(QStringLiteral("twice"));
    const Run first = run(submit);
    QCOMPARE(first.code, 0); // without --follow: accepted is enough
    const Run second = run(submit);
    QCOMPARE(second.code, 6);
    const QJsonObject o = second.json();
    QCOMPARE(o.value(QLatin1String("result")).toString(), QStringLiteral("possible_duplicate"));
    QCOMPARE(o.value(QLatin1String("batches")).toArray().size(), 0);
    const QJsonArray duplicates = o.value(QLatin1String("possible_duplicates")).toArray();
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().toObject().value(QLatin1String("mch_order_id")).toString(), QStringLiteral("E1"));
}

void TestCliExitCodes::json_usageError_oneObjectWithCode2()
{
    const Run r = run({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(r.code, 2);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QLatin1String("exit_code")).toInt(-1), 2);
    QCOMPARE(o.value(QLatin1String("result")).toString(), QStringLiteral("usage_error"));
    QCOMPARE(o.value(QLatin1String("errors")).toArray().size(), 1);
    QVERIFY(r.err.contains("REQUEST_ID"));
}

void TestCliExitCodes::validate_overflowingAndInvalidRows_countedApart()
{
    // Two rows whose sum does not fit, and one invalid row: the total is never an empty figure.
    const QString file = writeCsv(
        QStringLiteral("overflow"),
        csv({QStringLiteral("90000000000000000.00"), QStringLiteral("90000000000000000.00"), QStringLiteral("-1")}));
    const Run text = run({QStringLiteral("validate"), file, QStringLiteral("--currency"), QStringLiteral("PHP")});
    QCOMPARE(text.code, 1);
    QVERIFY2(text.out.contains("valid: 2 rows, total too large to add up"), text.out.constData());
    QVERIFY2(text.out.contains("invalid: 1 row\n"), text.out.constData());
    const Run json = run({QStringLiteral("validate"), file, QStringLiteral("--currency"), QStringLiteral("PHP"),
                          QStringLiteral("--json")});
    const QJsonObject v = json.json().value(QLatin1String("validation")).toObject();
    QCOMPARE(v.value(QLatin1String("valid_rows")).toInt(), 2);
    QCOMPARE(v.value(QLatin1String("invalid_rows")).toInt(), 1);
    QVERIFY(v.value(QLatin1String("total_overflows")).toBool());
    QVERIFY(v.value(QLatin1String("valid_total")).isNull());
}

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "tst_cliexitcodes.moc"
