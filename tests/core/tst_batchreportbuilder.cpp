// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "reports/batchreportbuilder.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

class TestBatchReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void fromJournal_partlyPaidBatch_linesAndControlTotals();
    void fromJournal_bodyHash_isTheStoredBytes();
    void fromJournal_trail_preparedSentAndFinal();
    void fromJournal_unknownBatch_fails();
    void fromDraft_body_notSentWithDestinationTotals();
    void advice_finalBatch_onePerPaidPayout();
    void advice_batchStillPaying_none();
    void fileNameFor_reference_safeName_data();
    void fileNameFor_reference_safeName();

private:
    static Profile profile();
    static QList<Payout> mixedPayouts();
};

Profile TestBatchReportBuilder::profile()
{
    Profile p = Profile::create(QStringLiteral("Acme PH"), Profile::Environment::Production);
    p.payerName = QStringLiteral("Acme Trading Inc.");
    return p;
}

QList<Payout> TestBatchReportBuilder::mixedPayouts()
{
    QList<Payout> p = payouts(QStringLiteral("m"), 5, QStringLiteral("SUCCEED"));
    p[1] = Payout{QStringLiteral("m-2"), QStringLiteral("2.13"), QStringLiteral("FAILED"),
                  QStringLiteral("Beneficiary account is closed")};
    return p;
}

void TestBatchReportBuilder::fromJournal_partlyPaidBatch_linesAndControlTotals()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QVERIFY(addBatch(*journal, QStringLiteral("R1"), mixedPayouts(), QStringLiteral("PARTIAL_SUCCESS")));

    QString error;
    const std::optional<BatchReport> r =
        BatchReportBuilder(*journal).fromJournal(QStringLiteral("R1"), profile(), &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->submitted);
    QVERIFY(r->isFinal);
    QCOMPARE(r->profileName, QStringLiteral("Acme PH"));
    QCOMPARE(r->payOrderId, QStringLiteral("PO-R1"));
    QCOMPARE(r->currency, QStringLiteral("PHP"));
    QCOMPARE(r->decimals, 2);
    QCOMPARE(r->lines.size(), 5);
    const BatchReport::Line &failed = r->lines.at(1);
    QCOMPARE(failed.number, 2);
    QCOMPARE(failed.mchOrderId, QStringLiteral("m-2"));
    QCOMPARE(failed.name, QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(failed.institution, QStringLiteral("BDO Unibank"));
    QCOMPARE(failed.maskedAccount, QStringLiteral("****0002"));
    QCOMPARE(failed.amountMinor, 213);
    QCOMPARE(failed.status, QStringLiteral("FAILED"));
    QCOMPARE(failed.failReason, QStringLiteral("Beneficiary account is closed"));
    QCOMPARE(r->lines.at(0).channelOrderNo, QStringLiteral("CH-m-1"));

    // 1 + 2.13 + 3 + 4 + 5 = 15.13, all bank transfers.
    QCOMPARE(r->total.count, 5);
    QCOMPARE(r->total.minor, 1513);
    QCOMPARE(r->byDestination.size(), 2);
    QCOMPARE(r->byDestination.at(0).count, 5);
    QCOMPARE(r->byDestination.at(0).minor, 1513);
    QCOMPARE(r->byDestination.at(1).count, 0);
    QCOMPARE(r->byStatus.size(), 2);
    QCOMPARE(r->byStatus.at(0).key, QStringLiteral("SUCCEED"));
    QCOMPARE(r->byStatus.at(0).count, 4);
    QCOMPARE(r->byStatus.at(0).minor, 1300);
    QCOMPARE(r->byStatus.at(1).key, QStringLiteral("FAILED"));
    QCOMPARE(r->byStatus.at(1).count, 1);
    QCOMPARE(r->byStatus.at(1).minor, 213);
}

void TestBatchReportBuilder::fromJournal_bodyHash_isTheStoredBytes()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QVERIFY(addBatch(*journal, QStringLiteral("R1"), mixedPayouts(), QStringLiteral("PARTIAL_SUCCESS")));
    const QByteArray body = journal->batch(QStringLiteral("R1"))->body;
    const std::optional<BatchReport> r = BatchReportBuilder(*journal).fromJournal(QStringLiteral("R1"), profile());
    QVERIFY(r);
    QCOMPARE(r->bodySha256, QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(r->bodySize, body.size());
}

void TestBatchReportBuilder::fromJournal_trail_preparedSentAndFinal()
{
    QTemporaryDir dir;
    qint64 clock = 1'700'000'000'000;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))), nullptr,
                                 [&clock] { return clock += 1000; });
    QVERIFY(journal);
    const qint64 id = addBatch(*journal, QStringLiteral("R1"), mixedPayouts(), QStringLiteral("PARTIAL_SUCCESS"));
    QVERIFY(id);
    EventEntry request;
    request.kind = QStringLiteral("request");
    request.endpoint = QStringLiteral("create");
    journal->logEvent(id, request);

    const std::optional<BatchReport> r = BatchReportBuilder(*journal).fromJournal(QStringLiteral("R1"), profile());
    QVERIFY(r);
    QVERIFY(!r->approvalsRecorded);
    QVERIFY2(r->trail.size() >= 3, qPrintable(QString::number(r->trail.size())));
    QCOMPARE(r->trail.at(0).who, QStringLiteral("Acme PH"));
    QCOMPARE(r->trail.at(0).at, journal->batch(QStringLiteral("R1"))->createdAt);
    QCOMPARE(r->trail.at(1).who, QStringLiteral("Acme PH"));
    QVERIFY(r->trail.at(1).at > r->trail.at(0).at);
    QVERIFY2(r->trail.last().what.contains(r->batchStatus), qPrintable(r->trail.last().what));
}

void TestBatchReportBuilder::fromJournal_unknownBatch_fails()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QString error;
    QVERIFY(!BatchReportBuilder(*journal).fromJournal(QStringLiteral("nope"), profile(), &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
}

void TestBatchReportBuilder::fromDraft_body_notSentWithDestinationTotals()
{
    QByteArray body = createBody(QStringLiteral("D1"), payouts(QStringLiteral("d"), 3));
    const BatchReport r = BatchReportBuilder::fromDraft(body, 2, profile(), 42);
    QVERIFY(!r.submitted);
    QVERIFY(!r.isFinal);
    QCOMPARE(r.requestId, QStringLiteral("D1"));
    QCOMPARE(r.generatedAt, 42);
    QCOMPARE(r.total.count, 3);
    QCOMPARE(r.total.minor, 600);
    QVERIFY(r.trail.isEmpty());
    QCOMPARE(r.bodySha256, QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    for (const BatchReport::Line &line : r.lines)
        QVERIFY(line.status.isEmpty());
    QVERIFY(r.advice(QStringLiteral("Acme")).isEmpty());
}

void TestBatchReportBuilder::advice_finalBatch_onePerPaidPayout()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QVERIFY(addBatch(*journal, QStringLiteral("R1"), mixedPayouts(), QStringLiteral("PARTIAL_SUCCESS")));
    const std::optional<BatchReport> r = BatchReportBuilder(*journal).fromJournal(QStringLiteral("R1"), profile());
    QVERIFY(r);
    const QList<PaymentAdvice> advice = r->advice(QStringLiteral("Acme Trading Inc."));
    QCOMPARE(advice.size(), 4);
    QStringList references;
    for (const PaymentAdvice &a : advice)
        references.append(a.reference);
    QCOMPARE(references,
             (QStringList{QStringLiteral("m-1"), QStringLiteral("m-3"), QStringLiteral("m-4"), QStringLiteral("m-5")}));
    const PaymentAdvice &a = advice.at(1);
    QCOMPARE(a.payerName, QStringLiteral("Acme Trading Inc."));
    QCOMPARE(a.payeeName, QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(a.amountMinor, 300);
    QCOMPARE(a.currency, QStringLiteral("PHP"));
    QCOMPARE(a.channelOrderNo, QStringLiteral("CH-m-3"));
    QCOMPARE(a.payOrderId, QStringLiteral("PO-R1"));
    QVERIFY(a.paidAt > 0);
}

void TestBatchReportBuilder::advice_batchStillPaying_none()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QVERIFY(addBatch(*journal, QStringLiteral("R1"), mixedPayouts(), QStringLiteral("PENDING_PAY")));
    const std::optional<BatchReport> r = BatchReportBuilder(*journal).fromJournal(QStringLiteral("R1"), profile());
    QVERIFY(r);
    QVERIFY(!r->isFinal);
    QVERIFY(r->advice(QStringLiteral("Acme")).isEmpty());
}

void TestBatchReportBuilder::fileNameFor_reference_safeName_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("PAY-2026_001.a") << QStringLiteral("PAY-2026_001.a.pdf");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("_._.._etc_passwd.pdf");
    QTest::newRow("hidden") << QStringLiteral(".x") << QStringLiteral("_x.pdf");
    QTest::newRow("spaces and CJK") << QStringLiteral("订单 7/8") << QStringLiteral("___7_8.pdf");
    QTest::newRow("empty") << QString() << QStringLiteral("payout.pdf");
}

void TestBatchReportBuilder::fileNameFor_reference_safeName()
{
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    QCOMPARE(PaymentAdvice::fileNameFor(reference), expected);
}

QTEST_GUILESS_MAIN(TestBatchReportBuilder)
#include "tst_batchreportbuilder.moc"
