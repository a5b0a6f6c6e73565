// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "i18n/translationloader.h"
#include "journal/journal.h"
#include "pdftools.h"
#include "printing/pdfexport.h"
#include "reports/batchreportbuilder.h"

#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Printing;
using namespace BatchJournalFixture;

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writeReport_250Payouts_everyPayoutAndCarriedTotals_data();
    void writeReport_250Payouts_everyPayoutAndCarriedTotals();
    void writeReport_language_translatedTextAndEmbeddedFonts_data();
    void writeReport_language_translatedTextAndEmbeddedFonts();
    void writeReport_draft_saysNotSent();
    void writeReport_cancelled_leavesNoFile();
    void writeAdviceFiles_finalBatch_onePdfPerPaidPayout();
    void writeAdvice_oneFile_pageEach();

private:
    // 250 payouts "p-<n>" of n.00 PHP; every seventh failed.
    static QList<Payout> bigBatch();
    static Profile profile();
    std::unique_ptr<Lesspay::Core::TranslationLoader> m_translations;
};

QList<Payout> TestPdfExport::bigBatch()
{
    QList<Payout> p = payouts(QStringLiteral("p"), 250, QStringLiteral("SUCCEED"));
    for (qsizetype i = 6; i < p.size(); i += 7) {
        p[i].status = QStringLiteral("FAILED");
        p[i].failReason = QStringLiteral("Beneficiary account is closed");
    }
    return p;
}

Profile TestPdfExport::profile()
{
    Profile p = Profile::create(QStringLiteral("Acme PH"), Profile::Environment::LocalSandbox);
    p.payerName = QStringLiteral("Acme Trading Inc.");
    return p;
}

void TestPdfExport::init()
{
    // English too comes from a .qm: it carries the plural forms of the "%n payout(s)" strings.
    m_translations = std::make_unique<Lesspay::Core::TranslationLoader>(*QCoreApplication::instance());
    QCOMPARE(m_translations->install(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en"));
}

void TestPdfExport::cleanup()
{
    m_translations.reset();
}

void TestPdfExport::writeReport_250Payouts_everyPayoutAndCarriedTotals_data()
{
    QTest::addColumn<QPageSize>("pageSize");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4") << QPageSize(QPageSize::A4) << QStringLiteral("(A4)");
    QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << QStringLiteral("(letter)");
}

void TestPdfExport::writeReport_250Payouts_everyPayoutAndCarriedTotals()
{
    QFETCH(QPageSize, pageSize);
    QFETCH(QString, pdfinfoSize);
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(journal);
    QVERIFY(addBatch(*journal, QStringLiteral("R250"), bigBatch(), QStringLiteral("PARTIAL_SUCCESS")));
    const std::optional<BatchReport> report =
        BatchReportBuilder(*journal).fromJournal(QStringLiteral("R250"), profile());
    QVERIFY(report);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    PdfExport::Options options;
    options.pageSize = pageSize;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    int lastDone = 0;
    options.progress = [&lastDone](int done, int total) {
        lastDone = done;
        return total == 250;
    };
    QString error;
    QCOMPARE(PdfExport::writeReport(*report, pdf, options, &error), PdfExport::Result::Written);
    QCOMPARE(lastDone, 250);
    QVERIFY2(PdfTools::info(pdf).contains(pdfinfoSize), qPrintable(PdfTools::info(pdf)));

    const QStringList pages = PdfTools::pages(pdf);
    const int pageCount = int(pages.size());
    QVERIFY2(pageCount >= 4, qPrintable(QString::number(pageCount)));
    QVERIFY(pages.at(0).contains(QStringLiteral("R250")));
    QVERIFY(pages.at(0).contains(QStringLiteral("PO-R250")));
    QVERIFY(pages.at(0).contains(report->bodySha256));

    // Every payout appears exactly once; the running total carried to the foot of each page is the
    // sum of the payouts on that page and the pages before, and is brought forward on the next.
    const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+p-(\\d+)\\s"), QRegularExpression::MultilineOption);
    const QRegularExpression carried(QStringLiteral("Carried forward: (\\d+) payouts\\s+([\\d,]+\\.\\d\\d) PHP"));
    const QRegularExpression brought(QStringLiteral("Brought forward: (\\d+) payouts\\s+([\\d,]+\\.\\d\\d) PHP"));
    QSet<int> seen;
    qint64 running = 0;
    int count = 0;
    for (int page = 0; page < pageCount; ++page) {
        const QString &text = pages.at(page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount)), qPrintable(text));
        if (page > 0) {
            const QRegularExpressionMatch b = brought.match(text);
            QVERIFY2(b.hasMatch(), qPrintable(text));
            QCOMPARE(b.captured(1).toInt(), count);
            QCOMPARE(b.captured(2), QLocale(QLocale::English).toString(running / 100) + QStringLiteral(".00"));
        }
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int n = m.captured(2).toInt();
            QCOMPARE(m.captured(1).toInt(), n); // the "No." column is the body's order
            QVERIFY2(!seen.contains(n), qPrintable(QString::number(n)));
            seen.insert(n);
            running += n * 100;
            ++count;
        }
        if (page < pageCount - 1) {
            const QRegularExpressionMatch c = carried.match(text);
            QVERIFY2(c.hasMatch(), qPrintable(text));
            QCOMPARE(c.captured(1).toInt(), count);
            QCOMPARE(c.captured(2), QLocale(QLocale::English).toString(running / 100) + QStringLiteral(".00"));
        } else {
            QVERIFY(!carried.match(text).hasMatch());
        }
    }
    QCOMPARE(seen.size(), 250);
    // 1 + ... + 250 = 31,375.00 in 250 payouts; the failed ones (every seventh: 35 of them) and their reason.
    QVERIFY(pages.last().contains(QRegularExpression(QStringLiteral("Total: 250 payouts\\s+31,375\\.00 PHP"))));
    const QString all = pages.join(QLatin1Char('\n'));
    QCOMPARE(all.count(QStringLiteral("Beneficiary")), 35); // the reason wraps in its column
    QVERIFY(pages.at(0).contains(QRegularExpression(QStringLiteral("Failed\\s+35\\s+"))));
}

void TestPdfExport::writeReport_language_translatedTextAndEmbeddedFonts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("payee");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("张伟")
                           << QStringList{QStringLiteral("代付批次报告"), QStringLiteral("第 1 页，共 2 页"),
                                          QStringLiteral("张伟"), QStringLiteral("已付款")};
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("Budi Santoso")
                        << QStringList{QStringLiteral("Laporan batch pembayaran"), QStringLiteral("Halaman 1 dari 2"),
                                       QStringLiteral("Budi Santoso"), QStringLiteral("Dibawa ke halaman berikutnya")};
}

void TestPdfExport::writeReport_language_translatedTextAndEmbeddedFonts()
{
    QFETCH(QString, language);
    QFETCH(QString, payee);
    QFETCH(QStringList, expected);
    QCOMPARE(m_translations->install(QLocale(language)), language);

    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(journal);
    const QList<Payout> p = payouts(QStringLiteral("p"), 60, QStringLiteral("SUCCEED"));
    QByteArray body = createBody(QStringLiteral("RL"), p);
    body.replace("Juan Dela Cruz", payee.toUtf8());
    const auto frozen = journal->freeze(0, QStringLiteral("local"), body);
    QVERIFY(frozen);
    journal->markSending(frozen->batch.id);
    journal->setState(frozen->batch.id, BatchState::Accepted);
    journal->applyRemote(frozen->batch.id, remote(QStringLiteral("RL"), QStringLiteral("SUCCEED"), p));
    const std::optional<BatchReport> report = BatchReportBuilder(*journal).fromJournal(QStringLiteral("RL"), profile());
    QVERIFY(report);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    PdfExport::Options options;
    options.locale = QLocale(language);
    QCOMPARE(PdfExport::writeReport(*report, pdf, options), PdfExport::Result::Written);
    const QString text = PdfTools::text(pdf);
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text.left(3000)));
    QString why;
    const QString fonts = PdfTools::fonts(pdf);
    QVERIFY2(PdfTools::allFontsEmbedded(fonts, &why), qPrintable(why));
    if (language == QLatin1String("zh_CN"))
        QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
}

void TestPdfExport::writeReport_draft_saysNotSent()
{
    QTemporaryDir dir;
    const QByteArray body = createBody(QStringLiteral("D1"), payouts(QStringLiteral("d"), 3));
    const BatchReport report = BatchReportBuilder::fromDraft(body, 2, profile(), 1'700'000'000'000);
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    QCOMPARE(PdfExport::writeReport(report, pdf, {}), PdfExport::Result::Written);
    const QString text = PdfTools::text(pdf);
    QVERIFY2(text.contains(QStringLiteral("Payout batch review (not sent)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Nothing has been sent")));
    QVERIFY2(text.contains(report.bodySha256), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Total: 3 payouts\\s+6\\.00 PHP"))));
}

void TestPdfExport::writeReport_cancelled_leavesNoFile()
{
    QTemporaryDir dir;
    const QByteArray body = createBody(QStringLiteral("D1"), payouts(QStringLiteral("d"), 400));
    const BatchReport report = BatchReportBuilder::fromDraft(body, 2, profile(), 1);
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    PdfExport::Options options;
    int calls = 0;
    options.progress = [&calls](int, int) { return ++calls < 2; };
    QCOMPARE(PdfExport::writeReport(report, pdf, options), PdfExport::Result::Cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestPdfExport::writeAdviceFiles_finalBatch_onePdfPerPaidPayout()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(journal);
    QList<Payout> p = payouts(QStringLiteral("a/b"), 3, QStringLiteral("SUCCEED"));
    p[1].status = QStringLiteral("FAILED");
    QVERIFY(addBatch(*journal, QStringLiteral("RA"), p, QStringLiteral("PARTIAL_SUCCESS")));
    const std::optional<BatchReport> report = BatchReportBuilder(*journal).fromJournal(QStringLiteral("RA"), profile());
    QVERIFY(report);
    const QList<PaymentAdvice> advice = report->advice(QStringLiteral("Acme Trading Inc."));
    QCOMPARE(advice.size(), 2);

    const QString out = dir.filePath(QStringLiteral("advice"));
    QStringList written;
    QString error;
    QCOMPARE(PdfExport::writeAdviceFiles(advice, out, {}, &written, &error), PdfExport::Result::Written);
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("a_b-1.pdf"), QStringLiteral("a_b-3.pdf")}));
    QCOMPARE(written.size(), 2);
    const QString text = PdfTools::text(QDir(out).filePath(QStringLiteral("a_b-3.pdf")));
    for (const QString &e : {QStringLiteral("Payment advice"), QStringLiteral("Acme Trading Inc."),
                             QStringLiteral("Juan Dela Cruz"), QStringLiteral("3.00"), QStringLiteral("a/b-3"),
                             QStringLiteral("CH-a/b-3"), QStringLiteral("PO-RA"), QStringLiteral("****0003")})
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QStringLiteral("a/b-1")));
}

void TestPdfExport::writeAdvice_oneFile_pageEach()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(journal);
    QVERIFY(addBatch(*journal, QStringLiteral("RA"), payouts(QStringLiteral("m"), 4, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED")));
    const std::optional<BatchReport> report = BatchReportBuilder(*journal).fromJournal(QStringLiteral("RA"), profile());
    QVERIFY(report);
    const QString pdf = dir.filePath(QStringLiteral("advice.pdf"));
    QCOMPARE(PdfExport::writeAdvice(report->advice(QStringLiteral("Acme")), pdf, {}), PdfExport::Result::Written);
    const QStringList pages = PdfTools::pages(pdf);
    QCOMPARE(pages.size(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY(pages.at(i).contains(QStringLiteral("m-%1").arg(i + 1)));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
