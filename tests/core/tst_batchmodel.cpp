// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/logmasker.h"
#include "journal/recipientkey.h"
#include "models/batchmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Lesspay::Core;

namespace {

PayoutDetail bankDetail(const QString &id, const QString &amount)
{
    PayoutDetail d = BatchModel::blankDetail(PayoutDetail::Bank);
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

PayoutDetail walletDetail(const QString &id, const QString &amount)
{
    PayoutDetail d = BatchModel::blankDetail(PayoutDetail::EWallet);
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::WalletAccountName, QStringLiteral("Maria Santos"));
    d.setValue(Field::WalletAccountNumber, QStringLiteral("+639171234567"));
    d.setValue(Field::WalletProvider, QStringLiteral("GCash"));
    d.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
    d.setValue(Field::WalletDepositKey, QStringLiteral("+639171234567"));
    return d;
}

BatchHeader phpHeader()
{
    return {RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
            QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")};
}

} // namespace

class tst_BatchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void insertDetails_mixedRows_passesModelTester();
    void setData_amount_updatesTotalAndEmitsOnlyThatCell();
    void setData_invalidAmount_reportsErrorOnAmountCell();
    void setData_notApplicableCell_isRejected();
    void setData_destinationSwitch_carriesSharedValues_data();
    void setData_destinationSwitch_carriesSharedValues();
    void setData_duplicateOrderId_flagsBothRows();
    void display_accountNumber_isMasked_data();
    void display_accountNumber_isMasked();
    void setAccountNumbersRevealed_true_showsFullNumber();
    void removeDetails_thenInsert_restoresBatch();
    void nextProblem_walksProblemsAndWraps();
    void setHeader_currencyChange_reformatsAmounts();
    void priorPaymentLookup_match_warnsOnAmountCell();
    void priorPaymentLookup_rows_askedWithTheKeyTheModelHolds();
    void insertValidated_importedRows_insertedOnceWithTheirJudgement();
    void insertValidated_otherRules_judgedAgainUnderModelRules();
    void samePayment_twoRowsSameAccountAndAmount_warnBothAndFollowEdits();
    void refreshKnownPayees_paymentsChanged_asksOnlyForPayeeRows();

private:
    DetailValidator *m_validator = nullptr;
    BatchModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_BatchModel::init()
{
    m_validator = new DetailValidator(ReferenceData::builtin());
    m_model = new BatchModel(*m_validator, phpHeader());
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_BatchModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_validator;
}

void tst_BatchModel::insertDetails_mixedRows_passesModelTester()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00")),
                               walletDetail(QStringLiteral("A2"), QStringLiteral("50.50"))});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(BatchModel::ColumnCount));
    QCOMPARE(m_model->batch().totalMinor(), 15050);
    QCOMPARE(m_model->batch().errorCount(), 0);
    QCOMPARE(m_model->index(1, BatchModel::ProviderColumn).data().toString(), QStringLiteral("GCash"));
    QVERIFY(!m_model->index(1, BatchModel::SwiftColumn).data().isValid());
    QVERIFY(!m_model->index(0, BatchModel::ProviderColumn).data().isValid());
    QCOMPARE(m_model->index(1, BatchModel::DestinationColumn).data(BatchModel::RawValueRole).toString(),
             PayoutDetail::EWallet);
}

void tst_BatchModel::setData_amount_updatesTotalAndEmitsOnlyThatCell()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00")),
                               bankDetail(QStringLiteral("A2"), QStringLiteral("1.00"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy contents(m_model, &BatchModel::contentsChanged);
    QVERIFY(m_model->setData(m_model->index(1, BatchModel::AmountColumn), QStringLiteral("2.5")));
    QCOMPARE(m_model->batch().totalMinor(), 10250);
    QCOMPARE(m_model->index(1, BatchModel::AmountColumn).data().toString(), QStringLiteral("2.50"));
    QCOMPARE(m_model->index(1, BatchModel::AmountColumn).data(Qt::EditRole).toString(), QStringLiteral("2.5"));
    QCOMPARE(contents.count(), 1);
    // First the text of exactly the edited cell, then the row's validation roles.
    QVERIFY(changed.count() >= 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft, m_model->index(1, BatchModel::AmountColumn));
    QCOMPARE(bottomRight, m_model->index(1, BatchModel::AmountColumn));
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().row(), 1);
        QCOMPARE(signal.at(1).toModelIndex().row(), 1);
    }
}

void tst_BatchModel::setData_invalidAmount_reportsErrorOnAmountCell()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00"))});
    QVERIFY(m_model->setData(m_model->index(0, BatchModel::AmountColumn), QStringLiteral("1.234")));
    const QModelIndex amount = m_model->index(0, BatchModel::AmountColumn);
    QCOMPARE(amount.data(BatchModel::ValidationRole).toInt(), int(BatchModel::ErrorIssue));
    QVERIFY(!amount.data(BatchModel::IssuesRole).toStringList().isEmpty());
    QCOMPARE(amount.data().toString(), QStringLiteral("1.234"));
    QCOMPARE(m_model->index(0, BatchModel::AccountNameColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::NoIssue));
    QCOMPARE(m_model->batch().totalMinor(), 0);
    QCOMPARE(m_model->batch().errorCount(), 1);
}

void tst_BatchModel::setData_notApplicableCell_isRejected()
{
    m_model->insertDetails(0, {walletDetail(QStringLiteral("W1"), QStringLiteral("5.00"))});
    const QModelIndex swift = m_model->index(0, BatchModel::SwiftColumn);
    QVERIFY(!(m_model->flags(swift) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(swift, QStringLiteral("BNORPHMM")));
    QCOMPARE(m_model->detail(0), walletDetail(QStringLiteral("W1"), QStringLiteral("5.00")));
}

void tst_BatchModel::setData_destinationSwitch_carriesSharedValues_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << QStringLiteral("ewallet") << PayoutDetail::EWallet;
    QTest::newRow("dash") << QStringLiteral("E-Wallet") << PayoutDetail::EWallet;
    QTest::newRow("word") << QStringLiteral("wallet") << PayoutDetail::EWallet;
}

void tst_BatchModel::setData_destinationSwitch_carriesSharedValues()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00"))});
    QVERIFY(m_model->setData(m_model->index(0, BatchModel::DestinationColumn), typed));
    const PayoutDetail d = m_model->detail(0);
    QCOMPARE(d.destinationType(), expected);
    QCOMPARE(d.value(Field::WalletAccountName), QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(d.value(Field::WalletAccountNumber), QStringLiteral("001234567890"));
    QCOMPARE(d.value(Field::WalletAccountType), QStringLiteral("individual"));
    QVERIFY(d.value(Field::BankAccountName).isEmpty());
    QVERIFY(d.value(Field::BankSwiftCode).isEmpty());
    QCOMPARE(m_model->index(0, BatchModel::AccountNameColumn).data().toString(), QStringLiteral("Juan Dela Cruz"));
}

void tst_BatchModel::setData_duplicateOrderId_flagsBothRows()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("1.00")),
                               bankDetail(QStringLiteral("A2"), QStringLiteral("1.00")),
                               walletDetail(QStringLiteral("A3"), QStringLiteral("1.00"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(2, BatchModel::MchOrderIdColumn), QStringLiteral("A1")));
    QCOMPARE(m_model->index(0, BatchModel::MchOrderIdColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::ErrorIssue));
    QCOMPARE(m_model->index(2, BatchModel::MchOrderIdColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::ErrorIssue));
    // Row 0 changed severity, so a signal must cover it.
    const bool covered = std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &signal) {
        return signal.at(0).toModelIndex().row() == 0;
    });
    QVERIFY(covered);
    QVERIFY(m_model->setData(m_model->index(2, BatchModel::MchOrderIdColumn), QStringLiteral("A3")));
    QCOMPARE(m_model->index(0, BatchModel::MchOrderIdColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::NoIssue));
}

void tst_BatchModel::display_accountNumber_isMasked_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("shown");
    // The journal's mask: the same text as the Batches page, the reports and the directory show.
    QTest::newRow("long") << QStringLiteral("001234567890") << LogMasker::maskValue(QStringLiteral("001234567890"));
    QTest::newRow("long, as stars") << QStringLiteral("001234567890") << QStringLiteral("****7890");
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::newRow("empty") << QString() << QString();
}

void tst_BatchModel::display_accountNumber_isMasked()
{
    QFETCH(QString, number);
    QFETCH(QString, shown);
    PayoutDetail d = bankDetail(QStringLiteral("A1"), QStringLiteral("1.00"));
    d.setValue(Field::BankAccountNo, number);
    m_model->insertDetails(0, {d});
    const QModelIndex cell = m_model->index(0, BatchModel::AccountNumberColumn);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), shown);
    QCOMPARE(cell.data(Qt::EditRole).toString(), number);
    if (!number.isEmpty())
        QVERIFY(!cell.data(Qt::AccessibleTextRole).toString().contains(number));
}

void tst_BatchModel::setAccountNumbersRevealed_true_showsFullNumber()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("1.00"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAccountNumbersRevealed(true);
    QCOMPARE(changed.count(), 2); // the account numbers and the deposit keys
    QCOMPARE(m_model->index(0, BatchModel::AccountNumberColumn).data().toString(), QStringLiteral("001234567890"));
    m_model->setAccountNumbersRevealed(false);
    QCOMPARE(m_model->index(0, BatchModel::AccountNumberColumn).data().toString(), QStringLiteral("****7890"));
}

void tst_BatchModel::removeDetails_thenInsert_restoresBatch()
{
    const QList<PayoutDetail> rows = {bankDetail(QStringLiteral("A1"), QStringLiteral("1.00")),
                                      walletDetail(QStringLiteral("A2"), QStringLiteral("2.00")),
                                      bankDetail(QStringLiteral("A3"), QStringLiteral("3.00"))};
    m_model->insertDetails(0, rows);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    const QList<PayoutDetail> taken = m_model->removeDetails(1, 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(taken, rows.mid(1));
    QCOMPARE(m_model->batch().totalMinor(), 100);
    m_model->insertDetails(1, taken);
    QCOMPARE(m_model->details(), rows);
    QCOMPARE(m_model->batch().totalMinor(), 600);
}

void tst_BatchModel::nextProblem_walksProblemsAndWraps()
{
    PayoutDetail badSwift = bankDetail(QStringLiteral("A2"), QStringLiteral("1.00"));
    badSwift.setValue(Field::BankSwiftCode, QStringLiteral("NOPE"));
    PayoutDetail badAmount = walletDetail(QStringLiteral("A4"), QStringLiteral("-1"));
    // Another recipient than A1's: the same account and amount twice would be a warning.
    PayoutDetail third = bankDetail(QStringLiteral("A3"), QStringLiteral("1.00"));
    third.setValue(Field::BankAccountNo, QStringLiteral("009876543210"));
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("1.00")), badSwift, third, badAmount});
    const QModelIndex first = m_model->nextProblem({});
    QCOMPARE(first, m_model->index(1, BatchModel::SwiftColumn));
    const QModelIndex second = m_model->nextProblem(first);
    QCOMPARE(second, m_model->index(3, BatchModel::AmountColumn));
    QCOMPARE(m_model->nextProblem(second), first);

    PayoutDetail fixed = bankDetail(QStringLiteral("A2"), QStringLiteral("1.00"));
    fixed.setValue(Field::BankAccountNo, QStringLiteral("005555555555"));
    m_model->setDetail(1, fixed);
    m_model->setDetail(3, walletDetail(QStringLiteral("A4"), QStringLiteral("1.00")));
    QVERIFY(!m_model->nextProblem({}).isValid());
}

void tst_BatchModel::setHeader_currencyChange_reformatsAmounts()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100"))});
    QCOMPARE(m_model->index(0, BatchModel::AmountColumn).data().toString(), QStringLiteral("100.00"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(m_model, &BatchModel::headerChanged);
    BatchHeader h = m_model->batch().header();
    h.currency = QStringLiteral("IDR");
    m_model->setHeader(h);
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.count(), 1);
    // GCash is not an IDR provider: a wallet row would now be flagged.
    m_model->insertDetails(1, {walletDetail(QStringLiteral("A2"), QStringLiteral("1"))});
    QCOMPARE(m_model->index(1, BatchModel::ProviderColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::ErrorIssue));
}

void tst_BatchModel::priorPaymentLookup_match_warnsOnAmountCell()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00")),
                               bankDetail(QStringLiteral("A2"), QStringLiteral("7.00"))});
    m_model->setPriorPaymentLookup([](const std::optional<SamePaymentIndex::Key> &key) {
        return key && key->amount == RecipientKey::amountKey(QStringLiteral("7.00"))
                   ? QStringLiteral("Paid in batch LP-OLD")
                   : QString();
    });
    QCOMPARE(m_model->priorPaymentCount(), 1);
    const QModelIndex amount = m_model->index(1, BatchModel::AmountColumn);
    QCOMPARE(amount.data(BatchModel::ValidationRole).toInt(), int(BatchModel::WarningIssue));
    QVERIFY(amount.data(BatchModel::IssuesRole).toStringList().contains(QStringLiteral("Paid in batch LP-OLD")));
    QCOMPARE(m_model->nextProblem({}), amount);
    QVERIFY(m_model->setData(amount, QStringLiteral("8.00")));
    QCOMPARE(m_model->priorPaymentCount(), 0);
    QVERIFY(m_model->setData(m_model->index(0, BatchModel::AmountColumn), QStringLiteral("7.00")));
    QCOMPARE(m_model->priorPaymentCount(), 1);
    m_model->removeDetails(0, 1);
    QCOMPARE(m_model->priorPaymentCount(), 0);
}

void tst_BatchModel::priorPaymentLookup_rows_askedWithTheKeyTheModelHolds()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00")),
                               bankDetail(QStringLiteral("A2"), QStringLiteral("x"))});
    QList<std::optional<SamePaymentIndex::Key>> asked;
    m_model->setPriorPaymentLookup([&asked](const std::optional<SamePaymentIndex::Key> &key) {
        asked.append(key);
        return QString();
    });
    const DetailValidator::Context context = m_validator->contextFor(QStringLiteral("PHP"));
    const std::optional<SamePaymentIndex::Key> first =
        SamePaymentIndex::keyOf(*m_validator, m_model->detail(0), context);
    QVERIFY(first);
    QCOMPARE(asked, (QList<std::optional<SamePaymentIndex::Key>>{first, std::nullopt})); // the bad amount has no key
    QCOMPARE(m_model->samePaymentKeys(), asked);
    // An edit asks again with the edited row's new key, computed once.
    asked.clear();
    QVERIFY(m_model->setData(m_model->index(0, BatchModel::AmountColumn), QStringLiteral("7.00")));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first());
    QCOMPARE(asked.first()->amount, RecipientKey::amountKey(QStringLiteral("7.00")).value_or(0));
    QCOMPARE(asked.first()->recipient, first->recipient);
    QCOMPARE(m_model->samePaymentKeys().first(), asked.first());
}

void tst_BatchModel::insertValidated_importedRows_insertedOnceWithTheirJudgement()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00")),
                               bankDetail(QStringLiteral("A2"), QStringLiteral("1.00"))});
    Batch imported(*m_validator, phpHeader());
    imported.append(bankDetail(QStringLiteral("B1"), QStringLiteral("5.25")));
    imported.append(bankDetail(QStringLiteral("A1"), QStringLiteral("2.00"))); // the ID of a row already there
    imported.append(bankDetail(QStringLiteral("B3"), QStringLiteral("x")));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &BatchModel::contentsChanged);
    m_model->insertValidated(1, imported);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    const QStringList ids = {QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("A1"), QStringLiteral("B3"),
                             QStringLiteral("A2")};
    for (int row = 0; row < 5; ++row)
        QCOMPARE(m_model->detail(row).mchOrderId(), ids.at(row));
    QCOMPARE(m_model->batch().totalMinor(), 10000 + 525 + 200 + 100);
    QCOMPARE(m_model->batch().invalidAmountCount(), 1);
    QVERIFY(m_model->batch().isDuplicate(0));
    QVERIFY(m_model->batch().isDuplicate(2));
    QCOMPARE(m_model->index(3, BatchModel::AmountColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::ErrorIssue));
    // The same rows, judged from scratch, give the same batch.
    Batch fresh(*m_validator, phpHeader());
    for (int row = 0; row < 5; ++row)
        fresh.append(m_model->detail(row));
    QCOMPARE(m_model->batch().errorCount(), fresh.errorCount());
    QCOMPARE(m_model->batch().warningCount(), fresh.warningCount());
    QCOMPARE(m_model->batch().rowsWithErrors(), fresh.rowsWithErrors());
}

void tst_BatchModel::insertValidated_otherRules_judgedAgainUnderModelRules()
{
    // Read under rules where PHP has no decimals, the amount was an error; this batch allows two.
    ReferenceData noDecimals = ReferenceData::builtin();
    noDecimals.currencies = noDecimals.currencies.withDecimalOverrides({{QStringLiteral("PHP"), 0}});
    const DetailValidator other(noDecimals);
    Batch imported(other, phpHeader());
    imported.append(bankDetail(QStringLiteral("B1"), QStringLiteral("5.25")));
    QCOMPARE(imported.errorCount(), 1);
    m_model->insertValidated(0, imported);
    QCOMPARE(m_model->batch().errorCount(), 0);
    QCOMPARE(m_model->batch().totalMinor(), 525);
}

void tst_BatchModel::samePayment_twoRowsSameAccountAndAmount_warnBothAndFollowEdits()
{
    // Row 2 pays the same account as row 0 with the same amount written differently; row 1 is
    // another recipient.
    PayoutDetail other = bankDetail(QStringLiteral("B2"), QStringLiteral("100.00"));
    other.setValue(Field::BankAccountNo, QStringLiteral("009876543210"));
    m_model->insertDetails(0, {bankDetail(QStringLiteral("B1"), QStringLiteral("100.00")), other,
                               bankDetail(QStringLiteral("B3"), QStringLiteral("100"))});
    QCOMPARE(m_model->samePaymentCount(), 2);
    const auto amountCell = [this](int row) { return m_model->index(row, BatchModel::AmountColumn); };
    QCOMPARE(amountCell(0).data(BatchModel::ValidationRole).toInt(), int(BatchModel::WarningIssue));
    QCOMPARE(amountCell(1).data(BatchModel::ValidationRole).toInt(), int(BatchModel::NoIssue));
    const QStringList issues = amountCell(2).data(BatchModel::IssuesRole).toStringList();
    QVERIFY2(issues.join(u' ').contains(QStringLiteral("Row 1 ")), qPrintable(issues.join(u' ')));
    QCOMPARE(m_model->nextProblem({}), amountCell(0));

    // A different amount breaks the pair, and both rows are told.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(amountCell(2), QStringLiteral("100.01"), Qt::EditRole));
    QCOMPARE(m_model->samePaymentCount(), 0);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == 0 && args.at(0).toModelIndex().column() <= BatchModel::AmountColumn
               && args.at(1).toModelIndex().column() >= BatchModel::AmountColumn;
    }));
    QCOMPARE(amountCell(0).data(BatchModel::ValidationRole).toInt(), int(BatchModel::NoIssue));

    // Removing one of three twins leaves a pair; a row with errors is never a twin.
    QVERIFY(m_model->setData(amountCell(2), QStringLiteral("100"), Qt::EditRole));
    m_model->insertDetails(3, {bankDetail(QStringLiteral("B4"), QStringLiteral("100.00"))});
    QCOMPARE(m_model->samePaymentCount(), 3);
    m_model->removeDetails(0, 1);
    QCOMPARE(m_model->samePaymentCount(), 2);
    QVERIFY(m_model->setData(m_model->index(1, BatchModel::SwiftColumn), QStringLiteral("NOPE"), Qt::EditRole));
    QCOMPARE(m_model->samePaymentCount(), 0);
}

void tst_BatchModel::refreshKnownPayees_paymentsChanged_asksOnlyForPayeeRows()
{
    m_model->insertDetails(0, {bankDetail(QStringLiteral("A1"), QStringLiteral("100.00")),
                               walletDetail(QStringLiteral("A2"), QStringLiteral("5.00")),
                               bankDetail(QStringLiteral("A3"), QStringLiteral("7.00"))});
    // Juan Dela Cruz (the bank rows) is a saved payee; Maria Santos is not.
    QString lastPaid = QStringLiteral("not paid yet");
    QStringList asked;
    m_model->setPayeeLookup([&](const PayoutDetail &d) {
        asked.append(d.mchOrderId());
        if (d.isWallet())
            return BatchModel::PayeeNote{};
        return BatchModel::PayeeNote{7, QString(), lastPaid};
    });
    QCOMPARE(asked.size(), 3);
    asked.clear();
    lastPaid = QStringLiteral("last paid 100.00 PHP");
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->refreshKnownPayees();
    QCOMPARE(asked, QStringList({QStringLiteral("A1"), QStringLiteral("A3")}));
    QCOMPARE(m_model->index(0, BatchModel::AccountNameColumn).data(BatchModel::PayeeLastPaidRole).toString(), lastPaid);
    QCOMPARE(m_model->index(2, BatchModel::AccountNameColumn).data(BatchModel::PayeeLastPaidRole).toString(), lastPaid);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);

    // No row of a saved payee: nothing is asked and nothing changes.
    m_model->removeDetails(0, 1);
    m_model->removeDetails(1, 1);
    asked.clear();
    changed.clear();
    m_model->refreshKnownPayees();
    QVERIFY(asked.isEmpty());
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(tst_BatchModel)
#include "tst_batchmodel.moc"
