// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "models/batchlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

class TestBatchListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reload_journalBatches_newestFirstWithRoles();
    void reload_oneBatchChanged_dataChangedForThatRowOnly();
    void reload_newBatch_insertedAtTopWithoutReset();
    void fetchMore_olderPages_appendedInOrderAndKeptByReload();
    void scheduleRefresh_manySignals_oneReadAndOneChange();
    void refreshBatch_becomesFinal_signalsOnce_data();
    void refreshBatch_becomesFinal_signalsOnce();
    void attention_failedAndPartial_countedUntilFollowedUp();
    void rawValue_totalsAndProgress_sortAsNumbers();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    int m_count = 0;
};

void TestBatchListModel::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_journal =
        Journal::open(JournalBackend::location(m_dir.filePath(QStringLiteral("j-%1.sqlite").arg(++m_count))), &error);
    QVERIFY2(m_journal, qPrintable(error));
}

void TestBatchListModel::cleanup()
{
    m_journal.reset();
}

void TestBatchListModel::reload_journalBatches_newestFirstWithRoles()
{
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), payouts(QStringLiteral("a"), 3, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED")));
    QList<Payout> mixed = payouts(QStringLiteral("b"), 4, QStringLiteral("SUCCEED"));
    mixed[1].status = QStringLiteral("FAILED");
    mixed[2].status = QString();
    QVERIFY(addBatch(*m_journal, QStringLiteral("R2"), mixed, QStringLiteral("PENDING_PAY")));

    BatchListModel model(*m_journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(BatchListModel::ColumnCount));
    const QModelIndex first = model.index(0, BatchListModel::RequestIdColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("R2"));
    QCOMPARE(first.data(BatchListModel::SucceededRole).toInt(), 2);
    QCOMPARE(first.data(BatchListModel::FailedRole).toInt(), 1);
    QCOMPARE(first.data(BatchListModel::PendingRole).toInt(), 1);
    QCOMPARE(first.data(BatchListModel::StatusRole).toInt(), int(BatchPhase::Paying));
    QCOMPARE(model.index(0, BatchListModel::PayOrderIdColumn).data().toString(), QStringLiteral("PO-R2"));
    QCOMPARE(model.index(0, BatchListModel::TotalColumn).data().toString(), QStringLiteral("10.00"));
    QCOMPARE(model.index(0, BatchListModel::CountColumn).data().toInt(), 4);
    QCOMPARE(model.index(1, BatchListModel::StatusColumn).data(BatchListModel::StatusRole).toInt(),
             int(BatchPhase::Succeeded));
}

void TestBatchListModel::reload_oneBatchChanged_dataChangedForThatRowOnly()
{
    const QList<Payout> pending = payouts(QStringLiteral("a"), 2);
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), pending));
    const qint64 id2 = addBatch(*m_journal, QStringLiteral("R2"), pending, QStringLiteral("PENDING_PAY"));
    QVERIFY(addBatch(*m_journal, QStringLiteral("R3"), pending));
    BatchListModel model(*m_journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();

    QList<Payout> paid = pending;
    paid[0].status = QStringLiteral("SUCCEED");
    m_journal->applyRemote(id2, remote(QStringLiteral("R2"), QStringLiteral("PENDING_PAY"), paid));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reload();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), model.rowOf(QStringLiteral("R2")));
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(topLeft.column(), int(BatchListModel::ProgressColumn));
    QCOMPARE(topLeft.data(BatchListModel::SucceededRole).toInt(), 1);

    changed.clear();
    model.reload();
    QCOMPARE(changed.count(), 0);
}

void TestBatchListModel::reload_newBatch_insertedAtTopWithoutReset()
{
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), payouts(QStringLiteral("a"), 1)));
    BatchListModel model(*m_journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(addBatch(*m_journal, QStringLiteral("R2"), payouts(QStringLiteral("b"), 1)));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reload();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("R2"));
    QCOMPARE(model.rowOf(QStringLiteral("R1")), 1);

    // A batch the engine reports before the list was reloaded arrives through refreshBatch.
    QVERIFY(addBatch(*m_journal, QStringLiteral("R3"), payouts(QStringLiteral("c"), 1)));
    model.refreshBatch(QStringLiteral("R3"));
    QCOMPARE(model.rowOf(QStringLiteral("R3")), 0);
    QCOMPARE(model.rowCount(), 3);
}

void TestBatchListModel::fetchMore_olderPages_appendedInOrderAndKeptByReload()
{
    for (int i = 1; i <= 5; ++i)
        QVERIFY(addBatch(*m_journal, QStringLiteral("R%1").arg(i),
                         payouts(QStringLiteral("p%1").arg(i), 1, QStringLiteral("SUCCEED")),
                         QStringLiteral("SUCCEED")));
    const auto ids = [](const BatchListModel &model) {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row, BatchListModel::RequestIdColumn).data().toString());
        return out.join(u' ');
    };
    BatchListModel model(*m_journal);
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(ids(model), QStringLiteral("R5 R4")); // the newest page only
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(ids(model), QStringLiteral("R5 R4 R3 R2"));
    model.fetchMore({});
    QCOMPARE(ids(model), QStringLiteral("R5 R4 R3 R2 R1"));
    QVERIFY(!model.canFetchMore({}));

    // A new batch: the reload keeps every page read and puts it on top.
    QVERIFY(
        addBatch(*m_journal, QStringLiteral("R6"), payouts(QStringLiteral("p6"), 1), QStringLiteral("PENDING_PAY")));
    model.reload();
    QCOMPARE(ids(model), QStringLiteral("R6 R5 R4 R3 R2 R1"));

    // A signal about a batch below the pages read does not put it out of its place.
    BatchListModel paged(*m_journal);
    paged.setPageSize(2);
    paged.reload();
    paged.refreshBatch(QStringLiteral("R1"));
    QCOMPARE(ids(paged), QStringLiteral("R6 R5"));
    paged.fetchMore({});
    QCOMPARE(ids(paged), QStringLiteral("R6 R5 R4 R3"));
}

void TestBatchListModel::scheduleRefresh_manySignals_oneReadAndOneChange()
{
    const QList<Payout> pending = payouts(QStringLiteral("a"), 3);
    const qint64 id = addBatch(*m_journal, QStringLiteral("R1"), pending, QStringLiteral("PENDING_PAY"));
    BatchListModel model(*m_journal);
    model.reload();
    m_journal->applyRemote(id, remote(QStringLiteral("R1"), QStringLiteral("PENDING_PAY"),
                                      payouts(QStringLiteral("a"), 3, QStringLiteral("SUCCEED"))));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 3; ++i)
        model.scheduleRefresh(QStringLiteral("R1"));
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(BatchListModel::SucceededRole).toInt(), 3);
}

void TestBatchListModel::refreshBatch_becomesFinal_signalsOnce_data()
{
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<QString>("detailStatus");
    QTest::addColumn<int>("phase");
    QTest::newRow("partial") << QStringLiteral("PARTIAL_SUCCESS") << QStringLiteral("FAILED")
                             << int(BatchPhase::PartiallySucceeded);
    QTest::newRow("succeed") << QStringLiteral("SUCCEED") << QStringLiteral("SUCCEED") << int(BatchPhase::Succeeded);
    QTest::newRow("failed") << QStringLiteral("FAILED") << QStringLiteral("FAILED") << int(BatchPhase::Failed);
}

void TestBatchListModel::refreshBatch_becomesFinal_signalsOnce()
{
    QFETCH(QString, finalStatus);
    QFETCH(QString, detailStatus);
    QFETCH(int, phase);
    const qint64 id =
        addBatch(*m_journal, QStringLiteral("R1"), payouts(QStringLiteral("a"), 2), QStringLiteral("PENDING_PAY"));
    BatchListModel model(*m_journal);
    model.reload();
    QSignalSpy final(&model, &BatchListModel::batchReachedFinalState);
    QList<Payout> done = payouts(QStringLiteral("a"), 2, QStringLiteral("SUCCEED"));
    done[1].status = detailStatus;
    m_journal->applyRemote(id, remote(QStringLiteral("R1"), finalStatus, done));
    model.refreshBatch(QStringLiteral("R1"));
    model.refreshBatch(QStringLiteral("R1"));
    QCOMPARE(final.count(), 1);
    QCOMPARE(final.at(0).at(0).toString(), QStringLiteral("R1"));
    QCOMPARE(int(final.at(0).at(1).value<BatchPhase>()), phase);
}

void TestBatchListModel::attention_failedAndPartial_countedUntilFollowedUp()
{
    QList<Payout> partial = payouts(QStringLiteral("a"), 2, QStringLiteral("SUCCEED"));
    partial[0].status = QStringLiteral("FAILED");
    QVERIFY(addBatch(*m_journal, QStringLiteral("P"), partial, QStringLiteral("PARTIAL_SUCCESS")));
    QVERIFY(addBatch(*m_journal, QStringLiteral("F"), payouts(QStringLiteral("b"), 1, QStringLiteral("FAILED")),
                     QStringLiteral("FAILED")));
    QVERIFY(addBatch(*m_journal, QStringLiteral("S"), payouts(QStringLiteral("c"), 1, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED")));
    QVERIFY(addBatch(*m_journal, QStringLiteral("N"), payouts(QStringLiteral("d"), 1), {}, BatchState::NeedsAttention));
    QVERIFY(addBatch(*m_journal, QStringLiteral("U"), payouts(QStringLiteral("e"), 1), {}, BatchState::Reconciling));
    BatchListModel model(*m_journal);
    QSignalSpy count(&model, &BatchListModel::attentionCountChanged);
    model.reload();
    QCOMPARE(model.attentionCount(), 3);
    QCOMPARE(count.count(), 1);
    QVERIFY(model.index(model.rowOf(QStringLiteral("N")), 0).data(BatchListModel::AttentionRole).toBool());
    QVERIFY(!model.index(model.rowOf(QStringLiteral("U")), 0).data(BatchListModel::AttentionRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markFollowedUp(QStringLiteral("P"));
    QCOMPARE(model.attentionCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), model.rowOf(QStringLiteral("P")));
    QVERIFY(!model.index(model.rowOf(QStringLiteral("P")), 0).data(BatchListModel::AttentionRole).toBool());
}

void TestBatchListModel::rawValue_totalsAndProgress_sortAsNumbers()
{
    QVERIFY(addBatch(*m_journal, QStringLiteral("small"), {Payout{QStringLiteral("s1"), QStringLiteral("9.99"), {}}}));
    QVERIFY(addBatch(*m_journal, QStringLiteral("big"), {Payout{QStringLiteral("b1"), QStringLiteral("10.00"), {}}}));
    BatchListModel model(*m_journal);
    model.reload();
    const QModelIndex small = model.index(model.rowOf(QStringLiteral("small")), BatchListModel::TotalColumn);
    const QModelIndex big = model.index(model.rowOf(QStringLiteral("big")), BatchListModel::TotalColumn);
    QCOMPARE(small.data(BatchListModel::RawValueRole).toLongLong(), 999);
    QCOMPARE(big.data(BatchListModel::RawValueRole).toLongLong(), 1000);
    QVERIFY(small.data().toString() > big.data().toString()); // as text "9.99" would sort after "10.00"
    QCOMPARE(model.index(0, BatchListModel::CreatedColumn).data(BatchListModel::RawValueRole).typeId(),
             QMetaType::LongLong);
}

QTEST_GUILESS_MAIN(TestBatchListModel)
#include "tst_batchlistmodel.moc"
