// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Print…, Export PDF… and Payment advice… from the batch detail and from the review before
// submitting, with the file, folder and print dialogs answered through their seams.
#include "batchdetailwidget.h"
#include "batchjournalfixture.h"
#include "domain/batch.h"
#include "models/frozenbody.h"
#include "pdftools.h"
#include "reportactions.h"
#include "submitreviewdialog.h"

#include <QDir>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;
using namespace BatchJournalFixture;

class TestReportActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportPdf_batchDetail_reportOfTheShownBatch();
    void print_batchDetail_printsThroughTheDialog();
    void print_cancelledInTheDialog_nothingPrinted();
    void paymentAdvice_finalBatch_onePdfPerPaidPayout();
    void paymentAdvice_noPayerName_asksForOne();
    void paymentAdvice_batchStillPaying_buttonDisabled();
    void exportPdf_reviewDialog_reviewOfTheUnsentBody();

private:
    void clickButton(QWidget *parent, const char *objectName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<BatchDetailWidget> m_detail;
    Profile m_profile;
};

void TestReportActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = Journal::open(m_dir->filePath(QStringLiteral("j.sqlite")));
    QVERIFY(m_journal);
    m_profile = Profile::create(QStringLiteral("Acme PH"), Profile::Environment::LesspayUat);
    m_profile.payerName = QStringLiteral("Acme Trading Inc.");
    const QString key = m_profile.id.toString(QUuid::WithoutBraces);
    QList<Payout> p = payouts(QStringLiteral("m"), 4, QStringLiteral("SUCCEED"));
    p[2].status = QStringLiteral("FAILED");
    p[2].failReason = QStringLiteral("Beneficiary account is closed");
    QVERIFY(addBatch(*m_journal, QStringLiteral("R-FINAL"), p, QStringLiteral("PARTIAL_SUCCESS"), BatchState::Accepted,
                     key));
    QVERIFY(addBatch(*m_journal, QStringLiteral("R-PAYING"), payouts(QStringLiteral("q"), 2),
                     QStringLiteral("PENDING_PAY"), BatchState::Accepted, key));
    m_detail = std::make_unique<BatchDetailWidget>(*m_journal);
    m_detail->setProfileLookup([this](const QString &id) -> std::optional<Profile> {
        if (id == m_profile.id.toString(QUuid::WithoutBraces))
            return m_profile;
        return std::nullopt;
    });
    m_detail->show();
}

void TestReportActions::cleanup()
{
    m_detail.reset();
    m_journal.reset();
    m_dir.reset();
}

void TestReportActions::clickButton(QWidget *parent, const char *objectName)
{
    auto *button = parent->findChild<QPushButton *>(QLatin1String(objectName));
    QVERIFY2(button, objectName);
    QVERIFY2(button->isEnabled(), objectName);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestReportActions::exportPdf_batchDetail_reportOfTheShownBatch()
{
    m_detail->setRequestId(QStringLiteral("R-FINAL"));
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QString suggested;
    m_detail->reportActions()->setSaveFileNameProvider([&](const QString &name) {
        suggested = name;
        return pdf;
    });
    clickButton(m_detail.get(), "exportReportPdfButton");
    QCOMPARE(suggested, QStringLiteral("R-FINAL-report.pdf"));
    const QString text = PdfTools::text(pdf);
    for (const QString &e : {QStringLiteral("Payout batch report"), QStringLiteral("R-FINAL"),
                             QStringLiteral("Acme PH"), QStringLiteral("m-4"), QStringLiteral("Beneficiary")})
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text));
    auto *message = m_detail->findChild<QLabel *>(QStringLiteral("followUpMessage"));
    QVERIFY(message->text().contains(QStringLiteral("report.pdf")));
}

void TestReportActions::print_batchDetail_printsThroughTheDialog()
{
    m_detail->setRequestId(QStringLiteral("R-FINAL"));
    const QString pdf = m_dir->filePath(QStringLiteral("printed.pdf"));
    m_detail->reportActions()->setPrintRunner([&](QPrinter &printer, const std::function<bool(QPrinter *)> &paint) {
        // What the dialog's Print does, onto a PDF "printer" the test can read back.
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        return paint(&printer);
    });
    clickButton(m_detail.get(), "printReportButton");
    const QString text = PdfTools::text(pdf);
    QVERIFY2(text.contains(QStringLiteral("Page 1 of 1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("m-1")));
}

void TestReportActions::print_cancelledInTheDialog_nothingPrinted()
{
    m_detail->setRequestId(QStringLiteral("R-FINAL"));
    bool asked = false;
    m_detail->reportActions()->setPrintRunner([&](QPrinter &, const std::function<bool(QPrinter *)> &) {
        asked = true;
        return false;
    });
    QVERIFY(!m_detail->printReport());
    QVERIFY(asked);
    QVERIFY(m_detail->findChild<QLabel *>(QStringLiteral("followUpMessage"))->isHidden());
}

void TestReportActions::paymentAdvice_finalBatch_onePdfPerPaidPayout()
{
    m_detail->setRequestId(QStringLiteral("R-FINAL"));
    const QString dir = m_dir->filePath(QStringLiteral("advice"));
    QVERIFY(QDir().mkpath(dir));
    m_detail->reportActions()->setDirectoryProvider([&] { return dir; });
    clickButton(m_detail.get(), "paymentAdviceButton");
    QCOMPARE(QDir(dir).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("m-1.pdf"), QStringLiteral("m-2.pdf"), QStringLiteral("m-4.pdf")}));
    const QString text = PdfTools::text(QDir(dir).filePath(QStringLiteral("m-4.pdf")));
    QVERIFY2(text.contains(QStringLiteral("Acme Trading Inc.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("CH-m-4")));
}

void TestReportActions::paymentAdvice_noPayerName_asksForOne()
{
    m_profile.payerName.clear();
    m_detail->setRequestId(QStringLiteral("R-FINAL"));
    bool asked = false;
    m_detail->reportActions()->setDirectoryProvider([&] {
        asked = true;
        return m_dir->path();
    });
    QVERIFY(!m_detail->writePaymentAdvice());
    QVERIFY(!asked);
    QVERIFY(m_detail->findChild<QLabel *>(QStringLiteral("followUpMessage"))->text().contains(QStringLiteral("payer")));
}

void TestReportActions::paymentAdvice_batchStillPaying_buttonDisabled()
{
    m_detail->setRequestId(QStringLiteral("R-PAYING"));
    QVERIFY(!m_detail->findChild<QPushButton *>(QStringLiteral("paymentAdviceButton"))->isEnabled());
    QVERIFY(m_detail->findChild<QPushButton *>(QStringLiteral("exportReportPdfButton"))->isEnabled());
    m_detail->setRequestId({});
    QVERIFY(!m_detail->findChild<QPushButton *>(QStringLiteral("printReportButton"))->isEnabled());
}

void TestReportActions::exportPdf_reviewDialog_reviewOfTheUnsentBody()
{
    const DetailValidator validator(ReferenceData::builtin());
    Batch batch(validator, BatchHeader{QStringLiteral("LP20261203000000-REVIEW0001"), QStringLiteral("PHP"),
                                       QStringLiteral("BANK_TRANSFER"), QStringLiteral("TAZAPAY_PAYOUT"),
                                       QStringLiteral("https://merchant.example/notify")});
    for (int i = 0; i < 3; ++i) {
        PayoutDetail d;
        d.setValue(Field::MchOrderId, QStringLiteral("A%1").arg(i));
        d.setValue(Field::Amount, QStringLiteral("1000.50"));
        d.setValue(Field::DestinationType, PayoutDetail::Bank);
        d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
        d.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
        d.setValue(Field::BankAccountType, QStringLiteral("individual"));
        d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
        d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
        d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
        batch.append(d);
    }
    QVERIFY(batch.isSendable());
    SubmitReviewDialog dialog(batch, 2, m_profile, Lesspay::Core::FrozenBody::write(batch));
    const QString pdf = m_dir->filePath(QStringLiteral("review.pdf"));
    dialog.reportActions()->setSaveFileNameProvider([&](const QString &) { return pdf; });
    dialog.show();
    clickButton(&dialog, "exportReviewPdfButton");
    QVERIFY(!dialog.result()); // still open: reviewing on paper does not submit
    const QString text = PdfTools::text(pdf);
    for (const QString &e :
         {QStringLiteral("Payout batch review (not sent)"), QStringLiteral("LP20261203000000-REVIEW0001"),
          QStringLiteral("****7890"), QStringLiteral("3,001.50")})
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QStringLiteral("001234567890")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reviewReportMessage"))
                ->text()
                .contains(QStringLiteral("review.pdf")));
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
