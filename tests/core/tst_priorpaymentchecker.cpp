// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wireformat.h"
#include "domain/batch.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "models/batchmodel.h"
#include "models/priorpaymentchecker.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

PayoutDetail bankDetail(const QString &id, const QString &amount, const QString &account)
{
    PayoutDetail d = BatchModel::blankDetail(PayoutDetail::Bank);
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, account);
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

constexpr qint64 Day = 24 * 60 * 60 * 1000;

} // namespace

class tst_PriorPaymentChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void check_data();
    void check();
    void check_ownBatch_isNotAWarning();
    void prime_manyRows_warnsOnMatchingRowsOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<DetailValidator> m_validator;
    QString m_oldRequestId;
    qint64 m_now = 0;
};

void tst_PriorPaymentChecker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    m_journal = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))), &error,
                              [this] { return m_now; });
    QVERIFY2(m_journal, qPrintable(error));
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());

    // An earlier batch paid 150.00 to account 001234567890, ten days ago.
    m_now -= 10 * Day;
    m_oldRequestId = RequestId::generate();
    Batch old(*m_validator, {m_oldRequestId, QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                             QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
    old.append(bankDetail(QStringLiteral("X1"), QStringLiteral("150.00"), QStringLiteral("001234567890")));
    QVERIFY(old.isSendable());
    const auto frozen =
        m_journal->freeze(0, QStringLiteral("profile"), WireFormat::toBytes(WireFormat::createOrderBody(old)));
    QVERIFY(frozen);
    QVERIFY(m_journal->setState(frozen->batch.id, BatchState::Accepted));
    m_now += 10 * Day;
}

void tst_PriorPaymentChecker::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void tst_PriorPaymentChecker::check_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<bool>("warned");
    QTest::newRow("same recipient and amount") << "150.00"
                                               << "001234567890"
                                               << "PHP" << 30 << true;
    QTest::newRow("amount written differently") << "150"
                                                << "001234567890"
                                                << "PHP" << 30 << true;
    QTest::newRow("other amount") << "150.01"
                                  << "001234567890"
                                  << "PHP" << 30 << false;
    QTest::newRow("other account") << "150.00"
                                   << "001234567891"
                                   << "PHP" << 30 << false;
    QTest::newRow("outside the window") << "150.00"
                                        << "001234567890"
                                        << "PHP" << 7 << false;
}

void tst_PriorPaymentChecker::check()
{
    QFETCH(QString, amount);
    QFETCH(QString, account);
    QFETCH(QString, currency);
    QFETCH(int, windowDays);
    QFETCH(bool, warned);
    PriorPaymentChecker checker(*m_journal, *m_validator, windowDays, RequestId::generate(), [this] { return m_now; });
    const QString text = checker.check(bankDetail(QStringLiteral("N1"), amount, account), currency);
    QCOMPARE(!text.isEmpty(), warned);
    if (warned)
        QVERIFY2(text.contains(m_oldRequestId), qPrintable(text));
}

void tst_PriorPaymentChecker::check_ownBatch_isNotAWarning()
{
    PriorPaymentChecker checker(*m_journal, *m_validator, 30, m_oldRequestId, [this] { return m_now; });
    QVERIFY(checker
                .check(bankDetail(QStringLiteral("X1"), QStringLiteral("150.00"), QStringLiteral("001234567890")),
                       QStringLiteral("PHP"))
                .isEmpty());
}

void tst_PriorPaymentChecker::prime_manyRows_warnsOnMatchingRowsOnly()
{
    PriorPaymentChecker checker(*m_journal, *m_validator, 30, RequestId::generate(), [this] { return m_now; });
    QList<PayoutDetail> rows;
    for (int i = 0; i < 200; ++i)
        rows.append(bankDetail(QStringLiteral("R%1").arg(i), QStringLiteral("%1.00").arg(140 + i % 20),
                               QStringLiteral("001234567890")));
    checker.prime(rows, QStringLiteral("PHP"));
    int warned = 0;
    for (const PayoutDetail &row : std::as_const(rows))
        warned += checker.check(row, QStringLiteral("PHP")).isEmpty() ? 0 : 1;
    QCOMPARE(warned, 10); // 150.00 is every 20th row
}

QTEST_GUILESS_MAIN(tst_PriorPaymentChecker)
#include "tst_priorpaymentchecker.moc"
