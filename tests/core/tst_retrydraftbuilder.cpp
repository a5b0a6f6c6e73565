// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "journalconnection.h"
#include "models/retrydraftbuilder.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

using Outcome = RetryDraftBuilder::Outcome;

class TestRetryDraftBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void check_undecidedOrNothingFailed_refuses_data();
    void check_undecidedOrNothingFailed_refuses();
    void create_partialBatch_draftWithExactlyTheFailedRowsAndNewRequestId();
    void create_secondTime_refusedAsAlreadyDrafted();
    void create_draftRemoved_linkGoneAndAllowedAgain();
    void create_linkFails_noDraftLeft();

private:
    QList<Payout> partial() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    int m_count = 0;
};

void TestRetryDraftBuilder::init()
{
    m_journal = Journal::open(JournalBackend::location(m_dir.filePath(QStringLiteral("j-%1.sqlite").arg(++m_count))));
    QVERIFY(m_journal);
}

void TestRetryDraftBuilder::cleanup()
{
    m_journal.reset();
}

QList<Payout> TestRetryDraftBuilder::partial() const
{
    QList<Payout> p = payouts(QStringLiteral("m"), 5, QStringLiteral("SUCCEED"));
    p[1] = Payout{QStringLiteral("m-2"), QStringLiteral("2.13"), QStringLiteral("FAILED"), QStringLiteral("closed")};
    p[3] = Payout{QStringLiteral("m-4"), QStringLiteral("4.14"), QStringLiteral("FAILED"), QStringLiteral("funds")};
    return p;
}

void TestRetryDraftBuilder::check_undecidedOrNothingFailed_refuses_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<bool>("onePending");
    QTest::addColumn<int>("outcome");
    QTest::newRow("unknown") << int(BatchState::Unknown) << QString() << false << int(Outcome::Undecided);
    QTest::newRow("reconciling") << int(BatchState::Reconciling) << QString() << false << int(Outcome::Undecided);
    QTest::newRow("sending") << int(BatchState::Sending) << QString() << false << int(Outcome::Undecided);
    QTest::newRow("in review") << int(BatchState::Accepted) << QStringLiteral("PENDING_CONFIRM") << false
                               << int(Outcome::Undecided);
    QTest::newRow("paying") << int(BatchState::Accepted) << QStringLiteral("PENDING_PAY") << false
                            << int(Outcome::Undecided);
    QTest::newRow("final but a payout pending")
        << int(BatchState::Accepted) << QStringLiteral("PARTIAL_SUCCESS") << true << int(Outcome::Undecided);
    QTest::newRow("needs a person") << int(BatchState::NeedsAttention) << QString() << false
                                    << int(Outcome::NeedsPerson);
    QTest::newRow("all paid") << int(BatchState::Accepted) << QStringLiteral("SUCCEED") << false
                              << int(Outcome::NothingFailed);
    QTest::newRow("rejected") << int(BatchState::Rejected) << QString() << false << int(Outcome::NothingFailed);
}

void TestRetryDraftBuilder::check_undecidedOrNothingFailed_refuses()
{
    QFETCH(int, state);
    QFETCH(QString, orderStatus);
    QFETCH(bool, onePending);
    QFETCH(int, outcome);
    QList<Payout> p = orderStatus == QLatin1String("SUCCEED")
                          ? payouts(QStringLiteral("m"), 3, QStringLiteral("SUCCEED"))
                          : partial();
    if (onePending)
        p[0].status.clear();
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), p, orderStatus, BatchState(state)));
    RetryDraftBuilder builder(*m_journal);
    QCOMPARE(int(builder.check(QStringLiteral("R1")).outcome), outcome);
    const RetryDraftBuilder::Result r = builder.create(QStringLiteral("R1"));
    QCOMPARE(int(r.outcome), outcome);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(r.draftId, 0);
    QVERIFY(DraftStore(*m_journal).list().isEmpty());
}

void TestRetryDraftBuilder::create_partialBatch_draftWithExactlyTheFailedRowsAndNewRequestId()
{
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), partial(), QStringLiteral("PARTIAL_SUCCESS")));
    RetryDraftBuilder builder(*m_journal);
    const RetryDraftBuilder::Result check = builder.check(QStringLiteral("R1"));
    QCOMPARE(check.outcome, Outcome::Ready);
    QCOMPARE(check.rowCount, 2);

    const RetryDraftBuilder::Result r = builder.create(QStringLiteral("R1"));
    QCOMPARE(r.outcome, Outcome::Created);
    QVERIFY(r.draftId > 0);
    QCOMPARE(r.rowCount, 2);
    const std::optional<DraftRecord> draft = DraftStore(*m_journal).load(r.draftId);
    QVERIFY(draft);
    QVERIFY(RequestId::isValid(draft->header.requestId));
    QVERIFY(draft->header.requestId != QLatin1String("R1"));
    QCOMPARE(draft->header.requestId, r.newRequestId);
    QCOMPARE(draft->header.currency, QStringLiteral("PHP"));
    QCOMPARE(draft->header.wayCode, QStringLiteral("TAZAPAY_PAYOUT"));
    QCOMPARE(draft->profileId, QStringLiteral("local"));
    QVERIFY(draft->frozenRequestId.isEmpty());
    const std::optional<QList<PayoutDetail>> rows = DraftCodec::decodeRows(draft->rows);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).mchOrderId(), QStringLiteral("m-2"));
    QCOMPARE(rows->at(0).amount(), QStringLiteral("2.13"));
    QCOMPARE(rows->at(1).mchOrderId(), QStringLiteral("m-4"));
    // The rows are the ones that were sent, account number included.
    QCOMPARE(rows->at(1).value(Field::BankAccountNo), accountNumber(QStringLiteral("m-4")));
    QCOMPARE(rows->at(1).value(Field::BankSwiftCode), QStringLiteral("BNORPHMMXXX"));
    QCOMPARE(builder.originOf(r.draftId), QStringLiteral("R1"));
    QCOMPARE(builder.existingDraft(QStringLiteral("R1")), std::optional<qint64>(r.draftId));
    QCOMPARE(builder.followedUp(), QSet<QString>{QStringLiteral("R1")});
}

void TestRetryDraftBuilder::create_secondTime_refusedAsAlreadyDrafted()
{
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), partial(), QStringLiteral("PARTIAL_SUCCESS")));
    RetryDraftBuilder builder(*m_journal);
    const RetryDraftBuilder::Result first = builder.create(QStringLiteral("R1"));
    QCOMPARE(first.outcome, Outcome::Created);
    const RetryDraftBuilder::Result second = builder.create(QStringLiteral("R1"));
    QCOMPARE(second.outcome, Outcome::AlreadyDrafted);
    QCOMPARE(second.draftId, first.draftId);
    QCOMPARE(DraftStore(*m_journal).list().size(), 1);
}

void TestRetryDraftBuilder::create_draftRemoved_linkGoneAndAllowedAgain()
{
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), partial(), QStringLiteral("FAILED")));
    RetryDraftBuilder builder(*m_journal);
    const RetryDraftBuilder::Result first = builder.create(QStringLiteral("R1"));
    QCOMPARE(first.outcome, Outcome::Created);
    QVERIFY(DraftStore(*m_journal).remove(first.draftId));
    QVERIFY(!builder.existingDraft(QStringLiteral("R1")));
    QCOMPARE(builder.check(QStringLiteral("R1")).outcome, Outcome::Ready);
}

// The draft and its link to the batch are one transaction: when the link cannot be written the
// draft is not left behind (it would let the same failures be drafted, and paid, twice).
void TestRetryDraftBuilder::create_linkFails_noDraftLeft()
{
    QVERIFY(addBatch(*m_journal, QStringLiteral("R1"), partial(), QStringLiteral("PARTIAL_SUCCESS")));
    QSqlQuery q(JournalConnection::of(*m_journal));
    if (JournalBackend::isPostgres()) {
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION refuse_link() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                      "RAISE EXCEPTION 'link refused'; END $$")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_link BEFORE INSERT ON draft_origins FOR EACH ROW "
                                      "EXECUTE FUNCTION refuse_link()")));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_link BEFORE INSERT ON draft_origins BEGIN SELECT "
                                      "RAISE(ABORT, 'link refused'); END")));
    }
    RetryDraftBuilder builder(*m_journal);
    const RetryDraftBuilder::Result r = builder.create(QStringLiteral("R1"));
    QCOMPARE(r.outcome, Outcome::SaveFailed);
    QVERIFY2(r.message.contains(QStringLiteral("link refused")), qPrintable(r.message));
    QCOMPARE(r.draftId, 0);
    QVERIFY(DraftStore(*m_journal).list().isEmpty());
    QVERIFY(!builder.existingDraft(QStringLiteral("R1")));

    // Once the link can be written again, the draft is made with it.
    QVERIFY(q.exec(JournalBackend::isPostgres() ? QStringLiteral("DROP TRIGGER refuse_link ON draft_origins")
                                                : QStringLiteral("DROP TRIGGER refuse_link")));
    const RetryDraftBuilder::Result again = builder.create(QStringLiteral("R1"));
    QCOMPARE(again.outcome, Outcome::Created);
    QCOMPARE(DraftStore(*m_journal).list().size(), 1);
    QCOMPARE(builder.existingDraft(QStringLiteral("R1")), std::optional<qint64>(again.draftId));
}

QTEST_GUILESS_MAIN(TestRetryDraftBuilder)
#include "tst_retrydraftbuilder.moc"
