// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/batch.h"
#include "domain/jsonindenter.h"
#include "models/frozenbody.h"
#include "moneytext.h"
#include "settings/settings.h"
#include "submitreviewdialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

class tst_SubmitReviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void production_controlTotals_enableSubmit_data();
    void production_controlTotals_enableSubmit();
    void production_totalTypedAsDisplayed_enablesSubmit_data();
    void production_totalTypedAsDisplayed_enablesSubmit();
    void production_totalInOtherForm_staysDisabledAndSaysTheForm_data();
    void production_totalInOtherForm_staysDisabledAndSaysTheForm();
    void sandbox_noControlTotals_submitEnabled();
    void showRequest_revealsBodyWithoutSecret();
    void showRequest_frozenRequest_showsExactlyItsBytes();
    void showRequest_largeRequest_pagedAndPagesJoinToTheWholeRequest();
    void showRequest_default_formattedAndExactBytesOnToggle();
    void showRequest_largeRequestFormatted_pagesJoinToTheIndentedBody();
    void showRequest_resized_sizeRememberedForTheNextReview();
    void production_payeeWarnings_submitNeedsEveryRowConfirmed();
    void sandbox_payeeWarnings_listedWithoutConfirmation();
    void setSubmitText_requestApproval_buttonSaysItAndAccepts();

private:
    QLocale m_originalLocale;
    std::unique_ptr<DetailValidator> m_validator;
    std::unique_ptr<Batch> m_batch;
};

void tst_SubmitReviewDialog::initTestCase()
{
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
    m_batch = std::make_unique<Batch>(
        *m_validator, BatchHeader{RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                                  QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
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
        m_batch->append(d);
    }
    QVERIFY(m_batch->isSendable());
}

void tst_SubmitReviewDialog::init()
{
    m_originalLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SubmitReviewDialog::cleanup()
{
    QLocale::setDefault(m_originalLocale);
}

void tst_SubmitReviewDialog::production_controlTotals_enableSubmit_data()
{
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("total");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("both right") << QStringLiteral("3") << QStringLiteral("3001.50") << true;
    QTest::newRow("grouped total") << QStringLiteral("3") << QStringLiteral("3,001.50") << true;
    QTest::newRow("wrong count") << QStringLiteral("4") << QStringLiteral("3001.50") << false;
    QTest::newRow("wrong total") << QStringLiteral("3") << QStringLiteral("3001.05") << false;
    QTest::newRow("missing total") << QStringLiteral("3") << QString() << false;
}

void tst_SubmitReviewDialog::production_controlTotals_enableSubmit()
{
    QFETCH(QString, count);
    QFETCH(QString, total);
    QFETCH(bool, enabled);
    Profile profile = Profile::create(QStringLiteral("Live"), Profile::Environment::Production);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    QVERIFY(dialog.needsControlTotals());
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(submit && !submit->isEnabled());
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("environmentValue"))->text().contains(QStringLiteral("PRODUCTION")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")), count);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmTotalEdit")), total);
    QCOMPARE(submit->isEnabled(), enabled);
    QCOMPARE(dialog.isConfirmed(), enabled);
}

void tst_SubmitReviewDialog::production_totalTypedAsDisplayed_enablesSubmit_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("3,001.50");
    QTest::newRow("id_ID") << QLocale(QLocale::Indonesian, QLocale::Indonesia) << QStringLiteral("3.001,50");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("3,001.50");
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << QStringLiteral("3.001,50");
}

void tst_SubmitReviewDialog::production_totalTypedAsDisplayed_enablesSubmit()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    QLocale::setDefault(locale);
    Profile profile = Profile::create(QStringLiteral("Live"), Profile::Environment::Production);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    // The total as the dialog displays it, typed character by character without the currency.
    const QString displayed = dialog.findChild<QLabel *>(QStringLiteral("totalValue"))->text();
    QCOMPARE(displayed, shown + QStringLiteral("\u00a0PHP"));
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *total = dialog.findChild<QLineEdit *>(QStringLiteral("confirmTotalEdit"));
    // The placeholder shows the same form.
    QVERIFY2(total->placeholderText().contains(MoneyText::example(2)), qPrintable(total->placeholderText()));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")), QStringLiteral("3"));
    QTest::keyClicks(total, shown);
    QCOMPARE(total->text(), shown);
    QVERIFY(submit->isEnabled());
    QVERIFY(dialog.isConfirmed());
}

void tst_SubmitReviewDialog::production_totalInOtherForm_staysDisabledAndSaysTheForm_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("example");
    QTest::newRow("id_ID API form") << QLocale(QLocale::Indonesian, QLocale::Indonesia) << QStringLiteral("3001.50")
                                    << QStringLiteral("12.345,67");
    QTest::newRow("id_ID english grouping") << QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                            << QStringLiteral("3,001.50") << QStringLiteral("12.345,67");
    QTest::newRow("zh_CN comma decimal") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("3001,50")
                                         << QStringLiteral("12,345.67");
    QTest::newRow("en_US misplaced group") << QLocale(QLocale::English, QLocale::UnitedStates)
                                           << QStringLiteral("30,01.50") << QStringLiteral("12,345.67");
}

void tst_SubmitReviewDialog::production_totalInOtherForm_staysDisabledAndSaysTheForm()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QString, example);
    QLocale::setDefault(locale);
    Profile profile = Profile::create(QStringLiteral("Live"), Profile::Environment::Production);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("confirmHint"));
    QVERIFY(hint && !hint->text().contains(example));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")), QStringLiteral("3"));
    auto *total = dialog.findChild<QLineEdit *>(QStringLiteral("confirmTotalEdit"));
    QTest::keyClicks(total, typed);
    // Nothing typed is changed, and nothing is guessed.
    QCOMPARE(total->text(), typed);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    QVERIFY2(hint->text().contains(example), qPrintable(hint->text()));
    total->clear();
    QVERIFY(!hint->text().contains(example));
}

void tst_SubmitReviewDialog::sandbox_noControlTotals_submitEnabled()
{
    Profile profile = Profile::create(QStringLiteral("Local sandbox"), Profile::Environment::LocalSandbox);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    QVERIFY(!dialog.needsControlTotals());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("bankCountValue"))->text(), QStringLiteral("3"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("walletCountValue"))->text(), QStringLiteral("0"));
}

void tst_SubmitReviewDialog::showRequest_revealsBodyWithoutSecret()
{
    Profile profile = Profile::create(QStringLiteral("UAT"), Profile::Environment::LesspayUat);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    dialog.show();
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"));
    QVERIFY(!preview->isVisible());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("showRequestButton")), Qt::LeftButton);
    QVERIFY(preview->isVisible());
    const QString text = preview->toPlainText();
    QVERIFY(text.contains(QStringLiteral("\"total_amount\": \"3001.50\"")));
    QVERIFY(text.contains(QStringLiteral("&key=<appSecret>")));
    QVERIFY(text.contains(m_batch->header().requestId));
}

void tst_SubmitReviewDialog::showRequest_frozenRequest_showsExactlyItsBytes()
{
    // The dialog builds nothing itself: it shows the request it is given, byte for byte.
    Profile profile = Profile::create(QStringLiteral("UAT"), Profile::Environment::LesspayUat);
    FrozenBody::Request request = FrozenBody::write(*m_batch);
    request.body.replace("3001.50", "3001.5X"); // no batch writes this: it can only come from the request
    SubmitReviewDialog dialog(*m_batch, 2, profile, request);
    QCOMPARE(dialog.request().body, request.body);
    const QString text = dialog.requestPreview();
    QVERIFY(text.contains(QString::fromUtf8(request.body)));
    QVERIFY(text.contains(QString::fromUtf8(request.signStringPreview())));
    QVERIFY(text.contains(QStringLiteral("3001.5X")));
}

void tst_SubmitReviewDialog::showRequest_largeRequest_pagedAndPagesJoinToTheWholeRequest()
{
    // Never one huge text: a large request is shown a page at a time, every page cut between
    // characters (two- and three-byte UTF-8 ones sit across the page edges here).
    Profile profile = Profile::create(QStringLiteral("UAT"), Profile::Environment::LesspayUat);
    FrozenBody::Request request = FrozenBody::write(*m_batch);
    QByteArray filler;
    while (filler.size() < 3 * SubmitReviewDialog::PageBytes)
        filler += "\"Jo\xc3\xa3o \xe6\x9d\x8e\",";
    request.body.insert(1, filler);
    SubmitReviewDialog dialog(*m_batch, 2, profile, request);
    dialog.show();
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"));
    auto *previous = dialog.findChild<QPushButton *>(QStringLiteral("requestPreviousPage"));
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("requestNextPage"));
    QVERIFY(preview && previous && next);
    QVERIFY(preview->toPlainText().isEmpty()); // nothing laid out before it is asked for
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("showRequestButton")), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("requestExactButton")), Qt::LeftButton);
    QVERIFY(!dialog.isRequestFormatted());
    QVERIFY(dialog.requestPageCount() > 3);
    QVERIFY(next->isVisible());
    QVERIFY(!previous->isEnabled());
    QVERIFY(preview->toPlainText().toUtf8().size() <= SubmitReviewDialog::PageBytes);
    QString joined = preview->toPlainText();
    while (next->isEnabled()) {
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(!preview->toPlainText().contains(QChar::ReplacementCharacter));
        joined += preview->toPlainText();
    }
    QCOMPARE(dialog.requestPage(), dialog.requestPageCount() - 1);
    QCOMPARE(joined, dialog.requestPreview());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("requestPageLabel"))
                ->text()
                .contains(QString::number(dialog.requestPageCount())));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(dialog.requestPage(), dialog.requestPageCount() - 2);
}

void tst_SubmitReviewDialog::showRequest_default_formattedAndExactBytesOnToggle()
{
    Profile profile = Profile::create(QStringLiteral("UAT"), Profile::Environment::LesspayUat);
    const FrozenBody::Request request = FrozenBody::write(*m_batch);
    SubmitReviewDialog dialog(*m_batch, 2, profile, request);
    dialog.show();
    auto *formatted = dialog.findChild<QRadioButton *>(QStringLiteral("requestFormattedButton"));
    auto *exact = dialog.findChild<QRadioButton *>(QStringLiteral("requestExactButton"));
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"));
    QVERIFY(formatted && exact && preview);
    QVERIFY(!formatted->isVisible());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("showRequestButton")), Qt::LeftButton);
    QVERIFY(formatted->isVisible() && exact->isVisible());
    // Formatted for reading by default: a line per field, the amounts as typed.
    QVERIFY(formatted->isChecked());
    const QString readable = preview->toPlainText();
    QVERIFY2(readable.contains(QStringLiteral("\n  \"total_amount\": \"3001.50\",\n")), qPrintable(readable));
    QVERIFY(readable.contains(QStringLiteral("\n      \"amount\": \"1000.50\",\n")));
    QVERIFY(!readable.contains(QString::fromUtf8(request.body)));
    QVERIFY(readable.contains(QString::fromUtf8(JsonIndenter::indented(request.body))));
    // The sign string is never laid out: it is what is signed.
    QVERIFY(readable.contains(QString::fromUtf8(request.signStringPreview())));
    // Exact bytes: the body as it is sent.
    QTest::mouseClick(exact, Qt::LeftButton);
    QVERIFY(!dialog.isRequestFormatted());
    QCOMPARE(preview->toPlainText(), dialog.requestPreview());
    QVERIFY(preview->toPlainText().contains(QString::fromUtf8(request.body)));
    QTest::mouseClick(formatted, Qt::LeftButton);
    QCOMPARE(preview->toPlainText(), readable);
}

void tst_SubmitReviewDialog::showRequest_largeRequestFormatted_pagesJoinToTheIndentedBody()
{
    // Formatted page by page: each page laid out from where the previous one left off, in either
    // direction, and all of them together are the whole body laid out at once.
    Profile profile = Profile::create(QStringLiteral("UAT"), Profile::Environment::LesspayUat);
    FrozenBody::Request request = FrozenBody::write(*m_batch);
    QByteArray filler;
    while (filler.size() < 3 * SubmitReviewDialog::PageBytes)
        filler += "{\"name\":\"Jo\xc3\xa3o \\\"\xe6\x9d\x8e\\\" [x]\",\"tags\":[],\"e\":{}},";
    request.body.insert(request.body.indexOf('[') + 1, filler);
    SubmitReviewDialog dialog(*m_batch, 2, profile, request);
    dialog.show();
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"));
    auto *previous = dialog.findChild<QPushButton *>(QStringLiteral("requestPreviousPage"));
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("requestNextPage"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("showRequestButton")), Qt::LeftButton);
    QVERIFY(dialog.isRequestFormatted());
    QVERIFY(dialog.requestPageCount() > 3);
    QStringList pages{preview->toPlainText()};
    while (next->isEnabled()) {
        QTest::mouseClick(next, Qt::LeftButton);
        pages.append(preview->toPlainText());
    }
    QString expected = dialog.requestPreview();
    expected.replace(QString::fromUtf8(request.body), QString::fromUtf8(JsonIndenter::indented(request.body)));
    QCOMPARE(pages.join(QString()), expected);
    // Back one page, and switched to the exact bytes and back there: the same page each time.
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(preview->toPlainText(), pages.at(pages.size() - 2));
    dialog.setRequestFormatted(false);
    dialog.setRequestFormatted(true);
    QCOMPARE(preview->toPlainText(), pages.at(pages.size() - 2));
}

void tst_SubmitReviewDialog::showRequest_resized_sizeRememberedForTheNextReview()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Profile profile = Profile::create(QStringLiteral("UAT"), Profile::Environment::LesspayUat);
    const QSize chosen(790, 580); // within the offscreen screen (800x600)
    {
        SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
        dialog.rememberSizeIn(settings);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("showRequestButton")), Qt::LeftButton);
        // Larger than the summary alone, to read the request in.
        QVERIFY(dialog.width() >= 700);
        QVERIFY(dialog.isSizeGripEnabled());
        dialog.resize(chosen);
        dialog.reject();
    }
    QCOMPARE(settings.requestViewSize(), chosen);
    SubmitReviewDialog again(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    again.rememberSizeIn(settings);
    again.show();
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("showRequestButton")), Qt::LeftButton);
    QCOMPARE(again.size(), chosen);
}

namespace {

QList<DraftSession::Review::PayeeWarning> twoWarnings()
{
    return {{0, QStringLiteral("A0"), QStringLiteral("Juan Dela Cruz"), QStringLiteral("****7890"),
             QStringLiteral("Juan Dela Cruz is a saved payee, but this account is not one of their saved accounts.")},
            {2, QStringLiteral("A2"), QStringLiteral("Juan Dela Cruz"), QStringLiteral("****7890"),
             QStringLiteral("The saved account of Juan Dela Cruz was changed lately.")}};
}

} // namespace

void tst_SubmitReviewDialog::production_payeeWarnings_submitNeedsEveryRowConfirmed()
{
    Profile profile = Profile::create(QStringLiteral("Live"), Profile::Environment::Production);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    dialog.setPayeeWarnings(twoWarnings());
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("payeeWarningsBox")));
    auto *first = dialog.findChild<QCheckBox *>(QStringLiteral("confirmPayeeRow1"));
    auto *third = dialog.findChild<QCheckBox *>(QStringLiteral("confirmPayeeRow3"));
    QVERIFY(first && third);
    // Masked: the review never shows the full number.
    QVERIFY(first->text().contains(QStringLiteral("****7890")));
    QVERIFY(!first->text().contains(QStringLiteral("001234567890")));
    QVERIFY(first->toolTip().contains(QStringLiteral("not one of their saved accounts")));

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")), QStringLiteral("3"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmTotalEdit")), QStringLiteral("3001.50"));
    QVERIFY(!submit->isEnabled()); // control totals right, rows not confirmed
    QVERIFY(dialog.confirmedPayeeRows().isEmpty());
    QTest::mouseClick(first, Qt::LeftButton, {}, first->rect().center());
    QVERIFY(first->isChecked());
    QVERIFY(!submit->isEnabled());
    QCOMPARE(dialog.confirmedPayeeRows(), QStringList{QStringLiteral("A0")});
    QTest::mouseClick(third, Qt::LeftButton, {}, third->rect().center());
    QVERIFY(submit->isEnabled());
    QVERIFY(dialog.isConfirmed());
    QCOMPARE(dialog.confirmedPayeeRows(), (QStringList{QStringLiteral("A0"), QStringLiteral("A2")}));
    QTest::mouseClick(first, Qt::LeftButton, {}, first->rect().center());
    QVERIFY(!submit->isEnabled());
}

void tst_SubmitReviewDialog::sandbox_payeeWarnings_listedWithoutConfirmation()
{
    Profile profile = Profile::create(QStringLiteral("Test"), Profile::Environment::LocalSandbox);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    dialog.setPayeeWarnings(twoWarnings());
    QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("payeeWarningsBox")));
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("confirmPayeeRow1")));
    auto *row = dialog.findChild<QLabel *>(QStringLiteral("payeeWarningRow3"));
    QVERIFY(row);
    QVERIFY(row->text().contains(QStringLiteral("A2")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    QCOMPARE(dialog.confirmedPayeeRows(), (QStringList{QStringLiteral("A0"), QStringLiteral("A2")}));

    SubmitReviewDialog none(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    none.setPayeeWarnings({});
    QVERIFY(!none.findChild<QGroupBox *>(QStringLiteral("payeeWarningsBox")));
}

void tst_SubmitReviewDialog::setSubmitText_requestApproval_buttonSaysItAndAccepts()
{
    Profile profile = Profile::create(QStringLiteral("Local sandbox"), Profile::Environment::LocalSandbox);
    SubmitReviewDialog dialog(*m_batch, 2, profile, FrozenBody::write(*m_batch));
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
    QCOMPARE(dialog.submitText(), QStringLiteral("&Submit"));
    dialog.setSubmitText(QStringLiteral("Request &approval"));
    QCOMPARE(submit->text(), QStringLiteral("Request &approval"));
    QCOMPARE(dialog.submitText(), QStringLiteral("Request &approval"));
    // Only the words change: the button still accepts the review.
    dialog.show();
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(tst_SubmitReviewDialog)
#include "tst_submitreviewdialog.moc"
