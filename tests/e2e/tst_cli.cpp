// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// lesspay-cli as a user runs it: help, validate, sign, and submit/follow/status/list on the
// real sandbox.
#include "sandboxrunner.h"
#include "settings/settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QString fixture(const char *path)
{
    return QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/") + QLatin1String(path);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_listsCommandsAndSecretWarning();
    void validate_file_exitCodeAndRowField_data();
    void validate_file_exitCodeAndRowField();
    void validate_errorCount_englishPluralForms_data();
    void validate_errorCount_englishPluralForms();
    void sign_sharedVectors_sameSignature();
    void submit_followOnSandbox_endToEnd();
    void submit_currencyProfileDoesNotAllow_refusedWithCoreMessage();
    void unknownCommand_usageError();

private:
    Run run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {});

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Run TestCli::run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(LESSPAY_CLI_EXECUTABLE), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::help_listsCommandsAndSecretWarning()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *word : {"sign", "validate", "submit", "status", "list", "resume", "LESSPAY_APP_SECRET",
                             "less safe", "--profile", "--journal", "--secret-env", "--json", "  7  partially paid",
                             "  8  failed", "  4  needs a person", "  5  still unresolved"})
        QVERIFY2(r.out.contains(word), word);
    QVERIFY(!r.out.contains("--backoff-base-ms")); // test timings stay hidden
}

void TestCli::validate_file_exitCodeAndRowField_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("valid") << QStringList{fixture("csv/canonical.csv"), QStringLiteral("--currency"),
                                          QStringLiteral("PHP")}
                           << 0 << QByteArray("0 errors");
    QTest::newRow("invalid") << QStringList{fixture("cli/invalid.csv"), QStringLiteral("--currency"),
                                            QStringLiteral("PHP")}
                             << 1 << QByteArray("error: row 2, line 3 of the file, amount:");
    QTest::newRow("bad account type") << QStringList{fixture("cli/invalid.csv"), QStringLiteral("--currency"),
                                                     QStringLiteral("PHP")}
                                      << 1 << QByteArray("error: row 3, line 4 of the file, bank_account_type:");
    // The console's numbering: the grid's row, and the line the record starts on in the file.
    QTest::newRow("quoted line break") << QStringList{fixture("cli/multiline.csv"), QStringLiteral("--currency"),
                                                      QStringLiteral("PHP")}
                                       << 1 << QByteArray("error: row 2, line 4 of the file, amount:");
    // Workbooks written by openpyxl (tests/data/xlsx/): the same command, told apart by content.
    QTest::newRow("workbook") << QStringList{fixture("xlsx/canonical.xlsx"), QStringLiteral("--currency"),
                                             QStringLiteral("PHP")}
                              << 0 << QByteArray("0 errors");
    QTest::newRow("workbook with numbers for digits")
        << QStringList{fixture("xlsx/typed.xlsx"), QStringLiteral("--currency"), QStringLiteral("PHP")} << 1
        << QByteArray("error: row 4, line 5 of the file, bank_account_no:");
    QTest::newRow("no currency") << QStringList{fixture("csv/canonical.csv")} << 2 << QByteArray();
    QTest::newRow("no file") << QStringList{m_dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("--currency"),
                                            QStringLiteral("PHP")}
                             << 2 << QByteArray();
}

void TestCli::validate_file_exitCodeAndRowField()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, expected);
    const Run r = run(QStringList{QStringLiteral("validate")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.contains(expected), r.out.constData());
}

void TestCli::validate_errorCount_englishPluralForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("count");
    QTest::newRow("0") << fixture("csv/canonical.csv") << QByteArray("\n0 errors, 0 warnings\n");
    QTest::newRow("1") << fixture("cli/one-error.csv") << QByteArray("\n1 error, 0 warnings\n");
    QTest::newRow("2") << fixture("cli/two-errors.csv") << QByteArray("\n2 errors, 0 warnings\n");
}

// The counts come from the translation's plural forms, in English too: the CLI loads the translation of
// the locale as the console does.
void TestCli::validate_errorCount_englishPluralForms()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, count);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LANG"), QStringLiteral("LC_MESSAGES")})
        env.insert(name, QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en_US"));
    const Run r = run({QStringLiteral("validate"), file, QStringLiteral("--currency"), QStringLiteral("PHP")}, {}, env);
    QVERIFY2(r.out.contains(count), r.out.constData());
    QVERIFY2(!r.out.contains("(s)"), r.out.constData());
}

void TestCli::sign_sharedVectors_sameSignature()
{
    QFile f(QStringLiteral(LESSPAY_SHARED_DIR "/spec/signature-vectors.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray vectors = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("vectors")).toArray();
    QVERIFY(!vectors.isEmpty());
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VECTOR_SECRET"), o.value(QLatin1String("secret")).toString());
        const QByteArray body = o.value(QLatin1String("wire_body")).toString().toUtf8();
        const QStringList args{QStringLiteral("sign"), QStringLiteral("--secret-env"), QStringLiteral("VECTOR_SECRET")};
        const Run hidden = run(args, body, env);
        QCOMPARE(hidden.code, 0);
        QVERIFY(
            hidden.out.contains(QByteArray("signature: " + o.value(QLatin1String("signature")).toString().toLatin1())));
        QVERIFY(!hidden.out.contains(o.value(QLatin1String("secret")).toString().toUtf8()));
        const Run revealed = run(args + QStringList{QStringLiteral("--reveal-secret")}, body, env);
        QVERIFY(revealed.out.contains(
            QByteArray("sign string: " + o.value(QLatin1String("sign_string")).toString().toUtf8())));
    }
    QCOMPARE(run({QStringLiteral("sign")}, "{}").code, 2);
}

void TestCli::submit_followOnSandbox_endToEnd()
{
    SandboxRunner sandbox;
    QVERIFY(sandbox.start());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("sandbox-demo-secret"));
    const QString journal = m_dir.filePath(QStringLiteral("journal.sqlite"));
    const QStringList connection{QStringLiteral("--profile"),  QStringLiteral("cli-e2e"),
                                 QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
                                 QStringLiteral("--appid"),    QStringLiteral("sandbox-demo"),
                                 QStringLiteral("--journal"),  journal,
                                 QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                                 QStringLiteral("--poll-ms"),  QStringLiteral("50")};
    const QStringList submit{QStringLiteral("submit"),       fixture("csv/canonical.csv"),
                             QStringLiteral("--currency"),   QStringLiteral("PHP"),
                             QStringLiteral("--way-type"),   QStringLiteral("BANK_TRANSFER"),
                             QStringLiteral("--way-code"),   QStringLiteral("TAZAPAY_PAYOUT"),
                             QStringLiteral("--notify-url"), QStringLiteral("http://127.0.0.1:9/notify")};
    const Run first = run(submit + connection + QStringList{QStringLiteral("--follow")}, {}, env);
    QVERIFY2(first.code == 0, first.err.constData());
    QVERIFY(first.out.contains("state: paid ("));
    QCOMPARE(first.out.count("request_id: "), 1);
    QVERIFY(first.out.contains("order_status: SUCCEED"));
    QVERIFY(first.err.contains("less safe"));
    const qsizetype at = first.out.indexOf("request_id: ") + 12;
    const QString requestId = QString::fromLatin1(first.out.mid(at, first.out.indexOf('\n', at) - at));
    QVERIFY(requestId.startsWith(QLatin1String("LP")));

    const Run status = run({QStringLiteral("status"), requestId, QStringLiteral("--journal"), journal});
    QCOMPARE(status.code, 0);
    QVERIFY(status.out.contains("D0001"));
    QVERIFY(status.out.contains("****7890")); // masked, never the full account number
    QVERIFY(!status.out.contains("001234567890"));
    const Run list = run({QStringLiteral("list"), QStringLiteral("--journal"), journal});
    QVERIFY(list.out.contains(requestId.toLatin1()));

    // The same recipients and amounts again: refused as a possible duplicate payment.
    const Run again = run(submit + connection, {}, env);
    QCOMPARE(again.code, 6);
    QVERIFY(again.out.contains("possible duplicate"));
    QCOMPARE(sandbox.batches().size(), 1);
}

void TestCli::submit_currencyProfileDoesNotAllow_refusedWithCoreMessage()
{
    using Lesspay::Core::Profile;
    const QString settingsPath = m_dir.filePath(QStringLiteral("idr-only.ini"));
    {
        Lesspay::Core::Settings settings(settingsPath);
        Profile p = Profile::create(QStringLiteral("idr-only"), Profile::Environment::Custom);
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never reached: the batch is refused first
        p.appId = QStringLiteral("idr-app");
        p.wayType = QStringLiteral("BANK_TRANSFER");
        p.wayCode = QStringLiteral("TAZAPAY_PAYOUT");
        p.notifyUrl = QStringLiteral("https://merchant.example.com/notify");
        p.allowedCurrencies = {QStringLiteral("IDR")};
        settings.saveProfile(p);
        settings.sync();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("not-used"));
    const Run r = run({QStringLiteral("submit"), fixture("csv/canonical.csv"), QStringLiteral("--currency"),
                       QStringLiteral("PHP"), QStringLiteral("--profile"), QStringLiteral("idr-only"),
                       QStringLiteral("--settings"), settingsPath, QStringLiteral("--journal"),
                       m_dir.filePath(QStringLiteral("idr-only.sqlite"))},
                      {}, env);
    QCOMPARE(r.code, 1);
    // The console shows the same words for the same profile (tst_mainwindow): both come from Batch.
    QVERIFY2(r.out.contains("PHP payouts are not enabled for this profile."), r.out.constData());
    QVERIFY(r.err.contains("nothing was submitted"));
}

void TestCli::unknownCommand_usageError()
{
    QCOMPARE(run({QStringLiteral("pay-everyone")}).code, 2);
    QCOMPARE(run({}).code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
