// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "models/batchoverview.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

class TestBatchOverview : public QObject
{
    Q_OBJECT

private slots:
    void compute_batchesSince_countsPerPhaseAndPaidPerCurrency();
    void compute_sumBeyondWhatTheDatabaseAdds_stillExact();
    void compute_amountWithMoreDecimalsThanItsCurrency_leftOut();
};

void TestBatchOverview::compute_batchesSince_countsPerPhaseAndPaidPerCurrency()
{
    QTemporaryDir dir;
    qint64 now = 1'000;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))), nullptr,
                                 [&now] { return now; });
    QVERIFY(journal);
    // Before the window: not counted.
    QVERIFY(addBatch(*journal, QStringLiteral("old"), payouts(QStringLiteral("o"), 2, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED")));
    now = 5'000;
    QVERIFY(addBatch(*journal, QStringLiteral("a"), payouts(QStringLiteral("a"), 3, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED")));
    QList<Payout> partial = payouts(QStringLiteral("b"), 2, QStringLiteral("SUCCEED"));
    partial[0].status = QStringLiteral("FAILED");
    QVERIFY(addBatch(*journal, QStringLiteral("b"), partial, QStringLiteral("PARTIAL_SUCCESS")));
    QVERIFY(addBatch(*journal, QStringLiteral("c"),
                     {Payout{QStringLiteral("c1"), QStringLiteral("0.10"), QStringLiteral("SUCCEED")}},
                     QStringLiteral("SUCCEED"), BatchState::Accepted, QStringLiteral("local"), QStringLiteral("USD")));
    QVERIFY(addBatch(*journal, QStringLiteral("d"), payouts(QStringLiteral("d"), 1), {}, BatchState::Unknown));

    const BatchOverview o = BatchOverview::compute(*journal, 2'000);
    QCOMPARE(o.total(), 4);
    QCOMPARE(o.count(BatchPhase::Succeeded), 2);
    QCOMPARE(o.count(BatchPhase::PartiallySucceeded), 1);
    QCOMPARE(o.count(BatchPhase::Unknown), 1);
    QCOMPARE(o.paid.size(), 2);
    QCOMPARE(o.paid.at(0).currency, QStringLiteral("PHP"));
    QCOMPARE(o.paid.at(0).minor, 600 + 200); // 1+2+3 from a, 2 from b
    QCOMPARE(o.paid.at(0).payouts, 4);
    QCOMPARE(o.paid.at(1).currency, QStringLiteral("USD"));
    QCOMPARE(o.paid.at(1).minor, 10);
}

void TestBatchOverview::compute_sumBeyondWhatTheDatabaseAdds_stillExact()
{
    // The database sums the payouts' amount keys (millionths): two of nine trillion rupiah are
    // beyond 64 bits there, so the overview adds these amounts itself, in minor units.
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))), nullptr,
                                 [] { return 5'000; });
    QVERIFY(journal);
    const QList<Payout> big{{QStringLiteral("i1"), QStringLiteral("9000000000000.00"), QStringLiteral("SUCCEED")},
                            {QStringLiteral("i2"), QStringLiteral("9000000000000.50"), QStringLiteral("SUCCEED")}};
    QVERIFY(addBatch(*journal, QStringLiteral("idr"), big, QStringLiteral("SUCCEED"), BatchState::Accepted,
                     QStringLiteral("local"), QStringLiteral("IDR")));
    QVERIFY(addBatch(*journal, QStringLiteral("php"), payouts(QStringLiteral("p"), 2, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED")));
    const BatchOverview o = BatchOverview::compute(*journal, 0);
    QCOMPARE(o.paid.size(), 2);
    QCOMPARE(o.paid.at(0).currency, QStringLiteral("IDR"));
    QCOMPARE(o.paid.at(0).minor, Q_INT64_C(1800000000000050));
    QCOMPARE(o.paid.at(0).payouts, 2);
    QCOMPARE(o.paid.at(1).currency, QStringLiteral("PHP"));
    QCOMPARE(o.paid.at(1).minor, 300);
}

void TestBatchOverview::compute_amountWithMoreDecimalsThanItsCurrency_leftOut()
{
    // Yen have no decimals: 10.50 is not an amount of them, summed by the database or not.
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))), nullptr,
                                 [] { return 5'000; });
    QVERIFY(journal);
    const QList<Payout> yen{{QStringLiteral("y1"), QStringLiteral("1000"), QStringLiteral("SUCCEED")},
                            {QStringLiteral("y2"), QStringLiteral("10.50"), QStringLiteral("SUCCEED")}};
    QVERIFY(addBatch(*journal, QStringLiteral("jpy"), yen, QStringLiteral("SUCCEED"), BatchState::Accepted,
                     QStringLiteral("local"), QStringLiteral("JPY")));
    const BatchOverview o = BatchOverview::compute(*journal, 0);
    QCOMPARE(o.paid.size(), 1);
    QCOMPARE(o.paid.at(0).minor, 1000);
    QCOMPARE(o.paid.at(0).payouts, 1);
}

QTEST_GUILESS_MAIN(TestBatchOverview)
#include "tst_batchoverview.moc"
