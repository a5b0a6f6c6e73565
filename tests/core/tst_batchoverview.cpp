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

QTEST_GUILESS_MAIN(TestBatchOverview)
#include "tst_batchoverview.moc"
