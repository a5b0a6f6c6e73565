// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wireformat.h"
#include "directory/directoryfiltermodel.h"
#include "directory/directorymodel.h"
#include "directory/payeedirectory.h"
#include "domain/batch.h"
#include "journal/journal.h"
#include "payeeaccounts.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

using PayeeAccounts::bank;

Payee payee(const QString &name, const QString &number, const QStringList &tags)
{
    Payee p;
    p.name = name;
    p.tags = tags;
    p.accounts.append({0, bank(name, number), 0, 0});
    return p;
}

} // namespace

class tst_DirectoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rows_followDirectoryChanges();
    void accounts_maskedInEveryRole();
    void filter_searchAndTag_showMatchingPayees();
    void sort_lastPaid_paidPayeeFirstDescending();

private:
    void pay(const QString &holder, const QString &number, const QString &amount);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PayeeDirectory> m_directory;
    qint64 m_now = 1'800'000'000'000;
};

void tst_DirectoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")), nullptr, [this] { return m_now; });
    QVERIFY(m_journal);
    m_directory = std::make_unique<PayeeDirectory>(*m_journal);
    QVERIFY(m_directory->addPayee(
        payee(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890"), {QStringLiteral("suppliers")})));
    QVERIFY(m_directory->addPayee(
        payee(QStringLiteral("Maria Santos"), QStringLiteral("005555666677"), {QStringLiteral("gig")})));
    QVERIFY(m_directory->addPayee(payee(QStringLiteral("Ana Reyes"), QStringLiteral("007777888899"),
                                        {QStringLiteral("gig"), QStringLiteral("suppliers")})));
}

void tst_DirectoryModel::cleanup()
{
    m_directory.reset();
    m_journal.reset();
    m_dir.reset();
}

void tst_DirectoryModel::pay(const QString &holder, const QString &number, const QString &amount)
{
    const DetailValidator validator(ReferenceData::builtin());
    Batch batch(validator, {RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                            QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
    PayoutDetail row = bank(holder, number);
    row.setValue(Field::MchOrderId, QStringLiteral("P1"));
    row.setValue(Field::Amount, amount);
    batch.append(row);
    QVERIFY(batch.isSendable());
    const auto frozen =
        m_journal->freeze(0, QStringLiteral("profile"), WireFormat::toBytes(WireFormat::createOrderBody(batch)));
    QVERIFY(frozen);
    const QJsonObject paid{{QStringLiteral("mch_order_id"), QStringLiteral("P1")},
                           {QStringLiteral("status"), QStringLiteral("SUCCEED")}};
    m_journal->applyRemote(frozen->batch.id,
                           RemoteBatch::fromJson({{QStringLiteral("request_id"), frozen->batch.requestId},
                                                  {QStringLiteral("order_status"), QStringLiteral("SUCCEED")},
                                                  {QStringLiteral("details"), QJsonArray{paid}}}));
}

void tst_DirectoryModel::rows_followDirectoryChanges()
{
    DirectoryModel model(*m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, DirectoryModel::NameColumn).data().toString(), QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(model.index(2, DirectoryModel::TagsColumn).data().toString(), QStringLiteral("gig, suppliers"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const std::optional<Payee> pedro =
        m_directory->addPayee(payee(QStringLiteral("Pedro Penduko"), QStringLiteral("001111222233"), {}));
    QVERIFY(pedro);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, 0).data(DirectoryModel::PayeeIdRole).toLongLong(), pedro->id);

    Payee renamed = *pedro;
    renamed.name = QStringLiteral("Pedro P. Penduko");
    QVERIFY(m_directory->updatePayee(renamed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Pedro P. Penduko"));

    QVERIFY(m_directory->removePayee(m_directory->index().ids().first()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(pedro->id), 2);
    QCOMPARE(reset.count(), 0); // edits never reset the model
}

void tst_DirectoryModel::accounts_maskedInEveryRole()
{
    DirectoryModel model(*m_directory);
    const QModelIndex accounts = model.index(0, DirectoryModel::AccountsColumn);
    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(DirectoryModel::RawValueRole)}) {
        const QString text = accounts.data(role).toString();
        QVERIFY2(!text.contains(QStringLiteral("1234567890")), qPrintable(text));
    }
    QVERIFY(accounts.data().toString().contains(QStringLiteral("7890")));
}

void tst_DirectoryModel::filter_searchAndTag_showMatchingPayees()
{
    DirectoryModel model(*m_directory);
    DirectoryFilterModel filter(*m_directory, &model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 3);
    filter.setSearch(QStringLiteral("santos"), {});
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Maria Santos"));
    filter.setSearch({}, QStringLiteral("suppliers"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearch(QStringLiteral("ana"), QStringLiteral("suppliers"));
    QCOMPARE(filter.rowCount(), 1);
    // A payee added while filtering shows when it matches.
    QVERIFY(m_directory->addPayee(
        payee(QStringLiteral("Ana Lopez"), QStringLiteral("009999000011"), {QStringLiteral("suppliers")})));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearch({}, {});
    QCOMPARE(filter.rowCount(), 4);
}

void tst_DirectoryModel::sort_lastPaid_paidPayeeFirstDescending()
{
    pay(QStringLiteral("Maria Santos"), QStringLiteral("005555666677"), QStringLiteral("75.00"));
    m_now += 1000;
    pay(QStringLiteral("Ana Reyes"), QStringLiteral("0077 7788 8899"), QStringLiteral("20.00"));
    m_directory->refreshPayments();
    DirectoryModel model(*m_directory);
    DirectoryFilterModel filter(*m_directory, &model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(DirectoryModel::LastPaidColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Ana Reyes"));
    QCOMPARE(filter.index(0, DirectoryModel::LastAmountColumn).data().toString(), QStringLiteral("20.00 PHP"));
    QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("Maria Santos"));
    QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("Juan Dela Cruz"));
    QVERIFY(!filter.index(2, DirectoryModel::LastPaidColumn).data().isValid());
    // Paying them again: the amount last paid in that currency, none in another one.
    const QList<qint64> ids = m_directory->index().ids();
    const QList<PayoutDetail> rows = m_directory->rowsFor(ids, QStringLiteral("PHP"));
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0).amount().isEmpty());
    QCOMPARE(rows.at(1).amount(), QStringLiteral("75.00"));
    QCOMPARE(rows.at(1).value(Field::BankAccountNo), QStringLiteral("005555666677"));
    QVERIFY(rows.at(1).mchOrderId().isEmpty());
    QCOMPARE(rows.at(2).amount(), QStringLiteral("20.00"));
    QVERIFY(m_directory->rowsFor(ids, QStringLiteral("IDR")).at(1).amount().isEmpty());
    filter.sort(DirectoryModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Ana Reyes"));
    QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("Maria Santos"));
}

QTEST_GUILESS_MAIN(tst_DirectoryModel)
#include "tst_directorymodel.moc"
