// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "models/batchfilterproxymodel.h"
#include "models/batchlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;
using namespace Qt::StringLiterals;

using StatusFilter = BatchFilterProxyModel::StatusFilter;

class TestBatchFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void setStatusFilter_group_keepsMatchingBatches_data();
    void setStatusFilter_group_keepsMatchingBatches();
    void setDateRange_inclusiveLocalDays_keepsBatchesOfThoseDays();
    void setText_anyCase_matchesIdsProfileAndTotal_data();
    void setText_anyCase_matchesIdsProfileAndTotal();
    void sort_totalColumn_numericOrder();
    void liveChange_batchLeavesFilter_rowRemovedFromProxy();

private:
    QStringList visibleIds() const;

    QTemporaryDir m_dir;
    qint64 m_now = 0;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<BatchListModel> m_model;
    std::unique_ptr<BatchFilterProxyModel> m_proxy;
    qint64 m_pendingId = 0;
};

void TestBatchFilterProxyModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Batches created on three days: two days ago, yesterday and today at noon.
    const QDateTime today(QDate::currentDate(), QTime(12, 0));
    m_now = today.addDays(-2).toMSecsSinceEpoch();
    m_journal = Journal::open(JournalBackend::location(m_dir.filePath(QStringLiteral("j.sqlite"))), nullptr,
                              [this] { return m_now; });
    QVERIFY(m_journal);
    QList<Payout> partial = payouts(QStringLiteral("p"), 2, QStringLiteral("SUCCEED"));
    partial[1].status = QStringLiteral("FAILED");
    QVERIFY(addBatch(*m_journal, QStringLiteral("LP-PAID"), payouts(QStringLiteral("s"), 2, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED"), BatchState::Accepted, QStringLiteral("payroll")));
    m_now = today.addDays(-1).toMSecsSinceEpoch();
    QVERIFY(addBatch(*m_journal, QStringLiteral("LP-PARTIAL"), partial, QStringLiteral("PARTIAL_SUCCESS")));
    QVERIFY(addBatch(*m_journal, QStringLiteral("LP-FAILED"), payouts(QStringLiteral("f"), 1, QStringLiteral("FAILED")),
                     QStringLiteral("FAILED")));
    m_now = today.toMSecsSinceEpoch();
    QVERIFY(
        addBatch(*m_journal, QStringLiteral("LP-REJECTED"), payouts(QStringLiteral("r"), 1), {}, BatchState::Rejected));
    QVERIFY(
        addBatch(*m_journal, QStringLiteral("LP-UNKNOWN"), payouts(QStringLiteral("u"), 1), {}, BatchState::Unknown));
    QVERIFY(addBatch(*m_journal, QStringLiteral("LP-PERSON"), payouts(QStringLiteral("n"), 1), {},
                     BatchState::NeedsAttention));
    m_pendingId = addBatch(*m_journal, QStringLiteral("LP-PAYING"), payouts(QStringLiteral("y"), 30),
                           QStringLiteral("PENDING_PAY"), BatchState::Accepted, QStringLiteral("payroll"));
    QVERIFY(m_pendingId);

    m_model = std::make_unique<BatchListModel>(*m_journal);
    m_model->reload();
    m_proxy = std::make_unique<BatchFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    new QAbstractItemModelTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());
}

void TestBatchFilterProxyModel::cleanupTestCase()
{
    m_proxy.reset();
    m_model.reset();
    m_journal.reset();
}

QStringList TestBatchFilterProxyModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, BatchListModel::RequestIdColumn).data().toString());
    ids.sort();
    return ids;
}

void TestBatchFilterProxyModel::setStatusFilter_group_keepsMatchingBatches_data()
{
    QTest::addColumn<StatusFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << StatusFilter::All
                         << QStringList{u"LP-FAILED"_s, u"LP-PAID"_s,     u"LP-PARTIAL"_s, u"LP-PAYING"_s,
                                        u"LP-PERSON"_s, u"LP-REJECTED"_s, u"LP-UNKNOWN"_s};
    QTest::newRow("attention") << StatusFilter::NeedsAttention
                               << QStringList{u"LP-FAILED"_s, u"LP-PARTIAL"_s, u"LP-PERSON"_s, u"LP-REJECTED"_s};
    QTest::newRow("in progress") << StatusFilter::InProgress << QStringList{u"LP-PAYING"_s, u"LP-UNKNOWN"_s};
    QTest::newRow("unknown") << StatusFilter::Unknown << QStringList{u"LP-UNKNOWN"_s};
    QTest::newRow("paid") << StatusFilter::Paid << QStringList{u"LP-PAID"_s};
    QTest::newRow("partly paid") << StatusFilter::PartlyPaid << QStringList{u"LP-PARTIAL"_s};
    QTest::newRow("failed") << StatusFilter::Failed << QStringList{u"LP-FAILED"_s, u"LP-REJECTED"_s};
    QTest::newRow("person") << StatusFilter::NeedsPerson << QStringList{u"LP-PERSON"_s};
}

void TestBatchFilterProxyModel::setStatusFilter_group_keepsMatchingBatches()
{
    QFETCH(StatusFilter, filter);
    QFETCH(QStringList, expected);
    m_proxy->setStatusFilter(filter);
    QCOMPARE(visibleIds(), expected);
    m_proxy->setStatusFilter(StatusFilter::All);
}

void TestBatchFilterProxyModel::setDateRange_inclusiveLocalDays_keepsBatchesOfThoseDays()
{
    const QDate today = QDate::currentDate();
    m_proxy->setDateRange(today.addDays(-1), today.addDays(-1));
    QCOMPARE(visibleIds(), (QStringList{u"LP-FAILED"_s, u"LP-PARTIAL"_s}));
    m_proxy->setDateRange(today.addDays(-1), {});
    QCOMPARE(visibleIds().size(), 6);
    m_proxy->setDateRange({}, today.addDays(-2));
    QCOMPARE(visibleIds(), QStringList{u"LP-PAID"_s});
    m_proxy->setDateRange({}, {});
    QCOMPARE(visibleIds().size(), 7);
}

void TestBatchFilterProxyModel::setText_anyCase_matchesIdsProfileAndTotal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("request id, lower case") << QStringLiteral("lp-part") << QStringList{u"LP-PARTIAL"_s};
    QTest::newRow("pay order id") << QStringLiteral("PO-LP-FAILED") << QStringList{u"LP-FAILED"_s};
    QTest::newRow("profile") << QStringLiteral("PAYROLL") << QStringList{u"LP-PAID"_s, u"LP-PAYING"_s};
    QTest::newRow("total") << QStringLiteral("465.00") << QStringList{u"LP-PAYING"_s};
    QTest::newRow("nothing") << QStringLiteral("no such batch") << QStringList{};
}

void TestBatchFilterProxyModel::setText_anyCase_matchesIdsProfileAndTotal()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setText(text);
    QCOMPARE(visibleIds(), expected);
    m_proxy->setText({});
}

void TestBatchFilterProxyModel::sort_totalColumn_numericOrder()
{
    m_proxy->sort(BatchListModel::TotalColumn, Qt::AscendingOrder);
    qint64 previous = -1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const qint64 total =
            m_proxy->index(row, BatchListModel::TotalColumn).data(BatchListModel::RawValueRole).toLongLong();
        QVERIFY2(total >= previous, qPrintable(QString::number(total)));
        previous = total;
    }
    QCOMPARE(m_proxy->index(m_proxy->rowCount() - 1, 0).data().toString(), QStringLiteral("LP-PAYING"));
    m_proxy->sort(-1);
}

void TestBatchFilterProxyModel::liveChange_batchLeavesFilter_rowRemovedFromProxy()
{
    m_proxy->setStatusFilter(StatusFilter::InProgress);
    QCOMPARE(visibleIds(), (QStringList{u"LP-PAYING"_s, u"LP-UNKNOWN"_s}));
    m_journal->applyRemote(m_pendingId, remote(QStringLiteral("LP-PAYING"), QStringLiteral("SUCCEED"),
                                               payouts(QStringLiteral("y"), 30, QStringLiteral("SUCCEED"))));
    m_model->refreshBatch(QStringLiteral("LP-PAYING"));
    QCOMPARE(visibleIds(), QStringList{u"LP-UNKNOWN"_s});
    m_proxy->setStatusFilter(StatusFilter::All);
}

QTEST_GUILESS_MAIN(TestBatchFilterProxyModel)
#include "tst_batchfilterproxymodel.moc"
