// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// lesspay-cli report and advice as a user runs them: on batches written straight into a journal,
// and on a batch submitted to the real sandbox, with no display.
#include "batchjournalfixture.h"
#include "pdftools.h"
#include "sandboxrunner.h"
#include "settings/settings.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void report_journalBatch_pdfWithEveryPayout_data();
    void report_journalBatch_pdfWithEveryPayout();
    void report_usageErrors_exitCode_data();
    void report_usageErrors_exitCode();
    void advice_finalBatch_onePdfPerPaidPayout();
    void advice_oneFile_pageEachWithPayerOption();
    void advice_batchNotFinal_unresolved();
    void reportAndAdvice_sandboxBatch_endToEnd();
    void help_listsReportAndAdvice();
    void otherCommands_noDisplayPlatform_stayWithoutGui();

private:
    Run run(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"),
            const QProcessEnvironment &extra = {});
    QStringList files() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QString m_settings;
    QUuid m_profileId;
};

void TestCliReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_settings = m_dir->filePath(QStringLiteral("settings.ini"));
    Settings settings(m_settings);
    Profile profile = Profile::create(QStringLiteral("Acme PH"), Profile::Environment::LesspayUat);
    profile.payerName = QStringLiteral("Acme Trading Inc.");
    settings.saveProfile(profile);
    QVERIFY(settings.sync());
    m_profileId = profile.id;

    auto journal = Journal::open(m_journal);
    QVERIFY(journal);
    const QString key = profile.id.toString(QUuid::WithoutBraces);
    QList<Payout> paid = payouts(QStringLiteral("p"), 120, QStringLiteral("SUCCEED"));
    paid[4].status = QStringLiteral("FAILED");
    paid[4].failReason = QStringLiteral("Beneficiary account is closed");
    QVERIFY(addBatch(*journal, QStringLiteral("R-FINAL"), paid, QStringLiteral("PARTIAL_SUCCESS"), BatchState::Accepted,
                     key));
    QVERIFY(addBatch(*journal, QStringLiteral("R-PAYING"), payouts(QStringLiteral("q"), 3),
                     QStringLiteral("PENDING_PAY"), BatchState::Accepted, key));
}

Run TestCliReports::run(const QStringList &args, const QString &lang, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    // No display and no platform chosen: report and advice must pick one that needs none.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("LANG"), lang);
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    for (const QString &key : extra.keys())
        e.insert(key, extra.value(key));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(LESSPAY_CLI_EXECUTABLE),
            args + QStringList{QStringLiteral("--journal"), m_journal, QStringLiteral("--settings"), m_settings});
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList TestCliReports::files() const
{
    return QDir(m_dir->filePath(QStringLiteral("advice"))).entryList(QDir::Files, QDir::Name);
}

void TestCliReports::report_journalBatch_pdfWithEveryPayout_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en, Letter") << QStringLiteral("en_US.UTF-8") << QStringLiteral("letter")
                                << QStringLiteral("(letter)")
                                << QStringList{QStringLiteral("Payout batch report"), QStringLiteral("Page 1 of"),
                                               QStringLiteral("Acme PH"), QStringLiteral("Partly paid")};
    QTest::newRow("zh_CN, A4") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("A4") << QStringLiteral("(A4)")
                               << QStringList{QStringLiteral("代付批次报告"), QStringLiteral("第 1 页"),
                                              QStringLiteral("部分付款成功")};
    QTest::newRow("id, default size") << QStringLiteral("id_ID.UTF-8") << QString() << QStringLiteral("(A4)")
                                      << QStringList{QStringLiteral("Laporan batch pembayaran"),
                                                     QStringLiteral("Halaman 1 dari")};
}

void TestCliReports::report_journalBatch_pdfWithEveryPayout()
{
    QFETCH(QString, lang);
    QFETCH(QString, pageSize);
    QFETCH(QString, pdfinfoSize);
    QFETCH(QStringList, expected);
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QStringList args{QStringLiteral("report"), QStringLiteral("R-FINAL"), QStringLiteral("--pdf"), pdf};
    if (!pageSize.isEmpty())
        args << QStringLiteral("--page-size") << pageSize;
    const Run r = run(args, lang);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("R-FINAL"), r.out.constData());
    QVERIFY2(PdfTools::info(pdf).contains(pdfinfoSize), qPrintable(PdfTools::info(pdf)));
    const QString text = PdfTools::text(pdf);
    for (int i = 1; i <= 120; ++i)
        QVERIFY2(text.contains(QStringLiteral(" p-%1 ").arg(i)), qPrintable(QString::number(i)));
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text.left(2000)));
    QString why;
    QVERIFY2(PdfTools::allFontsEmbedded(PdfTools::fonts(pdf), &why), qPrintable(why));
}

void TestCliReports::report_usageErrors_exitCode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no --pdf") << QStringList{QStringLiteral("report"), QStringLiteral("R-FINAL")} << 2
                              << QByteArray("--pdf");
    QTest::newRow("no request id") << QStringList{QStringLiteral("report")} << 2 << QByteArray("REQUEST_ID");
    QTest::newRow("unknown batch") << QStringList{QStringLiteral("report"), QStringLiteral("R-NONE"),
                                                  QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                   << 2 << QByteArray("R-NONE");
    QTest::newRow("bad page size") << QStringList{QStringLiteral("report"),      QStringLiteral("R-FINAL"),
                                                  QStringLiteral("--pdf"),       QStringLiteral("x.pdf"),
                                                  QStringLiteral("--page-size"), QStringLiteral("a5")}
                                   << 2 << QByteArray("a4 or letter");
    QTest::newRow("advice without --dir")
        << QStringList{QStringLiteral("advice"), QStringLiteral("R-FINAL")} << 2 << QByteArray("--dir");
}

void TestCliReports::report_usageErrors_exitCode()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCliReports::advice_finalBatch_onePdfPerPaidPayout()
{
    const QString dir = m_dir->filePath(QStringLiteral("advice"));
    const Run r = run({QStringLiteral("advice"), QStringLiteral("R-FINAL"), QStringLiteral("--dir"), dir});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList written = files();
    QCOMPARE(written.size(), 119); // p-5 failed
    QVERIFY(written.contains(QStringLiteral("p-1.pdf")));
    QVERIFY(!written.contains(QStringLiteral("p-5.pdf")));
    const QString text = PdfTools::text(QDir(dir).filePath(QStringLiteral("p-12.pdf")));
    for (const QString &e :
         {QStringLiteral("Payment advice"), QStringLiteral("Acme Trading Inc."), QStringLiteral("Juan Dela Cruz"),
          QStringLiteral("12.00"), QStringLiteral("CH-p-12"), QStringLiteral("PO-R-FINAL")})
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text));
}

void TestCliReports::advice_oneFile_pageEachWithPayerOption()
{
    const QString pdf = m_dir->filePath(QStringLiteral("all-advice.pdf"));
    const Run r = run({QStringLiteral("advice"), QStringLiteral("R-FINAL"), QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--payer"), QStringLiteral("Acme Payroll Ltd.")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList pages = PdfTools::pages(pdf);
    QCOMPARE(pages.size(), 119);
    QVERIFY(pages.at(0).contains(QStringLiteral("Acme Payroll Ltd.")));
    QVERIFY(pages.at(0).contains(QStringLiteral("p-1")));
}

void TestCliReports::advice_batchNotFinal_unresolved()
{
    const Run r = run({QStringLiteral("advice"), QStringLiteral("R-PAYING"), QStringLiteral("--dir"),
                       m_dir->filePath(QStringLiteral("advice"))});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains("not final"), r.err.constData());
    QVERIFY(files().isEmpty());
}

void TestCliReports::reportAndAdvice_sandboxBatch_endToEnd()
{
    SandboxRunner sandbox;
    QVERIFY(sandbox.start());
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("sandbox-demo-secret"));
    const Run submit =
        run({QStringLiteral("submit"), QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/csv/canonical.csv"),
             QStringLiteral("--currency"), QStringLiteral("PHP"), QStringLiteral("--way-type"),
             QStringLiteral("BANK_TRANSFER"), QStringLiteral("--way-code"), QStringLiteral("TAZAPAY_PAYOUT"),
             QStringLiteral("--notify-url"), QStringLiteral("http://127.0.0.1:9/notify"), QStringLiteral("--profile"),
             QStringLiteral("cli-e2e"), QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
             QStringLiteral("--appid"), QStringLiteral("sandbox-demo"), QStringLiteral("--poll-ms"),
             QStringLiteral("50"), QStringLiteral("--follow")},
            QStringLiteral("C.UTF-8"), secret);
    QVERIFY2(submit.code == 0, submit.err.constData());
    const qsizetype at = submit.out.indexOf("request_id: ") + 12;
    const QString requestId = QString::fromLatin1(submit.out.mid(at, submit.out.indexOf('\n', at) - at));
    QVERIFY(requestId.startsWith(QLatin1String("LP")));

    const QString pdf = m_dir->filePath(QStringLiteral("sandbox.pdf"));
    const Run report = run({QStringLiteral("report"), requestId, QStringLiteral("--pdf"), pdf});
    QVERIFY2(report.code == 0, report.err.constData());
    const QString text = PdfTools::text(pdf);
    QVERIFY2(text.contains(requestId), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("D0001")));
    QVERIFY(text.contains(QStringLiteral("****7890")));
    QVERIFY(!text.contains(QStringLiteral("001234567890")));
    QVERIFY(text.contains(QStringLiteral("Sent to Lesspay")));

    // An automation profile has no payer name in the settings: advice asks for one.
    const QString dir = m_dir->filePath(QStringLiteral("advice"));
    const Run noPayer = run({QStringLiteral("advice"), requestId, QStringLiteral("--dir"), dir});
    QCOMPARE(noPayer.code, 2);
    QVERIFY(noPayer.err.contains("--payer"));
    const Run advice = run({QStringLiteral("advice"), requestId, QStringLiteral("--dir"), dir,
                            QStringLiteral("--payer"), QStringLiteral("Acme")});
    QVERIFY2(advice.code == 0, advice.err.constData());
    QVERIFY(files().contains(QStringLiteral("D0001.pdf")));
    QVERIFY(PdfTools::text(QDir(dir).filePath(QStringLiteral("D0001.pdf"))).contains(QStringLiteral("1,500.00")));
}

void TestCliReports::help_listsReportAndAdvice()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *word : {"report REQUEST_ID", "advice REQUEST_ID", "--pdf", "--dir", "--page-size", "--payer"})
        QVERIFY2(r.out.contains(word), word);
}

void TestCliReports::otherCommands_noDisplayPlatform_stayWithoutGui()
{
    // A platform that needs a display, and none: any QGuiApplication would abort here.
    QProcessEnvironment xcb;
    xcb.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const Run list = run({QStringLiteral("list")}, QStringLiteral("C.UTF-8"), xcb);
    QVERIFY2(list.code == 0, list.err.constData());
    QVERIFY(list.out.contains("R-FINAL"));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_clireports.moc"
