// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "models/detailstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

class TestDetailStatusModel : public QObject
{
    Q_OBJECT

private slots:
    void setRequestId_batch_everyPayoutWithStatusReasonAndChannel();
    void refresh_twoPayoutsChanged_dataChangedForThoseRowsOnly();
    void statusOf_serverText_group_data();
    void statusOf_serverText_group();
};

void TestDetailStatusModel::setRequestId_batch_everyPayoutWithStatusReasonAndChannel()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QList<Payout> p = payouts(QStringLiteral("m"), 3, QStringLiteral("SUCCEED"));
    p[1] = Payout{QStringLiteral("m-2"), QStringLiteral("2.13"), QStringLiteral("FAILED"),
                  QStringLiteral("Beneficiary account is closed")};
    p[2].status.clear();
    QVERIFY(addBatch(*journal, QStringLiteral("R1"), p, QStringLiteral("PENDING_PAY")));

    DetailStatusModel model(*journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequestId(QStringLiteral("R1"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, DetailStatusModel::ChannelOrderNoColumn).data().toString(), QStringLiteral("CH-m-1"));
    QCOMPARE(model.index(0, DetailStatusModel::StatusColumn).data(DetailStatusModel::StatusRole).toInt(),
             int(DetailStatusModel::Status::Succeeded));
    QCOMPARE(model.index(1, DetailStatusModel::FailReasonColumn).data().toString(),
             QStringLiteral("Beneficiary account is closed"));
    QCOMPARE(model.index(1, DetailStatusModel::AmountColumn).data(DetailStatusModel::RawValueRole).toLongLong(), 213);
    QCOMPARE(model.index(2, DetailStatusModel::StatusColumn).data(DetailStatusModel::StatusRole).toInt(),
             int(DetailStatusModel::Status::Pending));
    // Who is paid, as it was sent.
    QCOMPARE(model.index(1, DetailStatusModel::RecipientColumn).data().toString(), QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(model.headerData(DetailStatusModel::RecipientColumn, Qt::Horizontal).toString(),
             QStringLiteral("Recipient"));
    // The account is only ever shown masked.
    const QString account = model.index(0, DetailStatusModel::AccountColumn).data().toString();
    QVERIFY(!account.isEmpty());
    QVERIFY2(!account.contains(QStringLiteral("00123456")), qPrintable(account));

    model.setRequestId({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDetailStatusModel::refresh_twoPayoutsChanged_dataChangedForThoseRowsOnly()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    const QList<Payout> pending = payouts(QStringLiteral("m"), 100);
    const qint64 id = addBatch(*journal, QStringLiteral("R1"), pending, QStringLiteral("PENDING_PAY"));
    DetailStatusModel model(*journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequestId(QStringLiteral("R1"));

    QList<Payout> later = pending;
    later[10].status = QStringLiteral("SUCCEED");
    later[42].status = QStringLiteral("FAILED");
    later[42].failReason = QStringLiteral("Insufficient channel funds");
    journal->applyRemote(id, remote(QStringLiteral("R1"), QStringLiteral("PENDING_PAY"), later));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 42);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 42);
    QCOMPARE(model.index(42, DetailStatusModel::FailReasonColumn).data().toString(),
             QStringLiteral("Insufficient channel funds"));
    changed.clear();
    model.refresh();
    QCOMPARE(changed.count(), 0);
}

void TestDetailStatusModel::statusOf_serverText_group_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QString() << int(DetailStatusModel::Status::Pending);
    QTest::newRow("pending") << QStringLiteral("PENDING_PAY") << int(DetailStatusModel::Status::Pending);
    QTest::newRow("succeed") << QStringLiteral("SUCCEED") << int(DetailStatusModel::Status::Succeeded);
    QTest::newRow("failed") << QStringLiteral("FAILED") << int(DetailStatusModel::Status::Failed);
    QTest::newRow("unknown kept") << QStringLiteral("ON_HOLD") << int(DetailStatusModel::Status::Other);
}

void TestDetailStatusModel::statusOf_serverText_group()
{
    QFETCH(QString, status);
    QFETCH(int, expected);
    QCOMPARE(int(DetailStatusModel::statusOf(status)), expected);
    if (expected == int(DetailStatusModel::Status::Other))
        QCOMPARE(DetailStatusModel::statusLabel(status), status);
}

QTEST_GUILESS_MAIN(TestDetailStatusModel)
#include "tst_detailstatusmodel.moc"
