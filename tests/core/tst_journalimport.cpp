// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalimport.h"
#include "journal/journalqueries.h"
#include "journalbackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

class TestJournalImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void run_personalJournal_everythingCopied();
    void run_twice_secondCopiesNothing();
    void run_targetHasOtherBatches_keptAndJoined();

private:
    void fillSource();
    static void compareBatch(const Journal &a, const Journal &b, const QString &requestId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_source;
    std::unique_ptr<Journal> m_target;
    qint64 m_now = 1000;
};

void TestJournalImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    // The personal journal is always a file; the target is the backend under test.
    m_source = Journal::open(m_dir->filePath(QStringLiteral("personal.sqlite")), &error, [this] { return m_now++; });
    QVERIFY2(m_source, qPrintable(error));
    m_target = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("team.sqlite"))), &error);
    QVERIFY2(m_target, qPrintable(error));
    fillSource();
}

void TestJournalImport::fillSource()
{
    const QList<Payout> paid{
        {QStringLiteral("A-1"), QStringLiteral("10.00"), QStringLiteral("SUCCEED")},
        {QStringLiteral("A-2"), QStringLiteral("20.00"), QStringLiteral("FAILED"), QStringLiteral("account closed")}};
    QVERIFY(addBatch(*m_source, QStringLiteral("A"), paid, QStringLiteral("PARTIAL_SUCCESS")));
    QVERIFY(
        m_source->freeze(0, QStringLiteral("local"), createBody(QStringLiteral("F"), payouts(QStringLiteral("F"), 3))));
    EventEntry e;
    e.kind = QStringLiteral("request");
    e.endpoint = QStringLiteral("/payout/create");
    e.summary = QStringLiteral("create");
    e.body = createBody(QStringLiteral("A"), paid);
    m_source->logEvent(m_source->batch(QStringLiteral("A"))->id, e);
    DraftRecord draft;
    draft.profileId = QStringLiteral("local");
    draft.title = QStringLiteral("July");
    draft.rows = QByteArrayLiteral("rows");
    draft.rowCount = 1;
    QVERIFY(DraftStore(*m_source).save(draft));
    draft.title = QStringLiteral("Retry of A");
    QVERIFY(DraftStore(*m_source).saveFollowUp(draft, QStringLiteral("A"), QStringLiteral("retry_failed")));
}

void TestJournalImport::compareBatch(const Journal &a, const Journal &b, const QString &requestId)
{
    const JournalQueries qa(a);
    const JournalQueries qb(b);
    const auto sa = qa.summary(requestId);
    const auto sb = qb.summary(requestId);
    QVERIFY(sa && sb);
    QCOMPARE(b.batch(requestId)->body, a.batch(requestId)->body);
    QCOMPARE(sb->batch.state, sa->batch.state);
    QCOMPARE(sb->batch.orderStatus, sa->batch.orderStatus);
    QCOMPARE(sb->batch.sendCount, sa->batch.sendCount);
    QCOMPARE(sb->batch.createdAt, sa->batch.createdAt);
    QCOMPARE(sb->succeeded, sa->succeeded);
    QCOMPARE(sb->failed, sa->failed);
    const auto da = qa.details(requestId);
    const auto db = qb.details(requestId);
    QCOMPARE(db.size(), da.size());
    for (qsizetype i = 0; i < da.size(); ++i) {
        QCOMPARE(db.at(i).mchOrderId, da.at(i).mchOrderId);
        QCOMPARE(db.at(i).status, da.at(i).status);
        QCOMPARE(db.at(i).failReason, da.at(i).failReason);
        QCOMPARE(db.at(i).maskedAccount, da.at(i).maskedAccount);
    }
    const auto ta = qa.timeline(requestId);
    const auto tb = qb.timeline(requestId);
    QCOMPARE(tb.size(), ta.size());
    for (qsizetype i = 0; i < ta.size(); ++i) {
        QCOMPARE(tb.at(i).at, ta.at(i).at);
        QCOMPARE(tb.at(i).state, ta.at(i).state);
        QCOMPARE(tb.at(i).status, ta.at(i).status);
        QCOMPARE(tb.at(i).note, ta.at(i).note);
    }
    const auto ea = qa.events(requestId);
    const auto eb = qb.events(requestId);
    QCOMPARE(eb.size(), ea.size());
    for (qsizetype i = 0; i < ea.size(); ++i)
        QCOMPARE(eb.at(i).body, ea.at(i).body);
}

void TestJournalImport::run_personalJournal_everythingCopied()
{
    QString error;
    const auto r = JournalImport::run(*m_source, *m_target, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->batches, 2);
    QCOMPARE(r->drafts, 2);
    compareBatch(*m_source, *m_target, QStringLiteral("A"));
    compareBatch(*m_source, *m_target, QStringLiteral("F"));
    QCOMPARE(JournalQueries(*m_target).details(QStringLiteral("A")).at(1).failReason, QStringLiteral("account closed"));
    // The follow-up draft still knows its batch: the same failures are not drafted twice.
    DraftStore drafts(*m_target);
    const std::optional<qint64> followUp = drafts.followUpOf(QStringLiteral("A"), QStringLiteral("retry_failed"));
    QVERIFY(followUp);
    QCOMPARE(drafts.load(*followUp)->title, QStringLiteral("Retry of A"));
    QCOMPARE(drafts.list().size(), 2);
    QCOMPARE(m_target->unresolvedBatches().size(), 1); // F, frozen, still to send
}

void TestJournalImport::run_twice_secondCopiesNothing()
{
    QVERIFY(JournalImport::run(*m_source, *m_target));
    const auto again = JournalImport::run(*m_source, *m_target);
    QVERIFY(again);
    QCOMPARE(again->batches, 0);
    QCOMPARE(again->batchesSkipped, 2);
    QCOMPARE(again->drafts, 0);
    QCOMPARE(again->draftsSkipped, 2);
    QCOMPARE(JournalQueries(*m_target).listBatches().size(), 2);
    QCOMPARE(JournalQueries(*m_target).timeline(QStringLiteral("A")).size(),
             JournalQueries(*m_source).timeline(QStringLiteral("A")).size());
    QCOMPARE(DraftStore(*m_target).list().size(), 2);
}

void TestJournalImport::run_targetHasOtherBatches_keptAndJoined()
{
    QVERIFY(addBatch(*m_target, QStringLiteral("T"), payouts(QStringLiteral("T"), 2, QStringLiteral("SUCCEED")),
                     QStringLiteral("SUCCEED")));
    QVERIFY(JournalImport::run(*m_source, *m_target));
    QCOMPARE(JournalQueries(*m_target).listBatches().size(), 3);
    compareBatch(*m_source, *m_target, QStringLiteral("A"));
    QCOMPARE(JournalQueries(*m_target).summary(QStringLiteral("T"))->succeeded, 2);
}

QTEST_GUILESS_MAIN(TestJournalImport)
#include "tst_journalimport.moc"
