// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/batch.h"
#include "models/frozenbody.h"
#include "submitreviewdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

class tst_SubmitReviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void production_controlTotals_enableSubmit_data();
    void production_controlTotals_enableSubmit();
    void sandbox_noControlTotals_submitEnabled();
    void showRequest_revealsBodyWithoutSecret();
    void showRequest_frozenRequest_showsExactlyItsBytes();

private:
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
    QVERIFY(text.contains(QStringLiteral("\"total_amount\":\"3001.50\"")));
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

QTEST_MAIN(tst_SubmitReviewDialog)
#include "tst_submitreviewdialog.moc"
