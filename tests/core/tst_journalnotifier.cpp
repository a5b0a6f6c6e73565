// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared sight: a change made through another connection to the same journal reaches this one's
// JournalNotifier within a second on PostgreSQL (LISTEN/NOTIFY, no polling); on SQLite the
// notifier stays silent.
#include "batchjournalfixture.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalnotifier.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lesspay::Core;

class TestJournalNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void construct_backend_activeOnPostgresOnly();
    void batchChanged_otherConnectionFreezesAndSends_seenWithinASecond();
    void draftChanged_otherConnectionSaves_seenWithinASecond();
    void batchChanged_otherConnectionUpdatesManyDetails_fewSignals();
    void ownChanges_sameConnection_notSignalled();
    void approvalChanged_otherPersonApproves_seenWithinASecond();

private:
    QString location() const { return JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_mine;   // this console's journal
    std::unique_ptr<Journal> m_theirs; // a colleague's connection to the same journal
};

void TestJournalNotifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_mine = Journal::open(location());
    m_theirs = Journal::open(location());
    QVERIFY(m_mine && m_theirs);
}

void TestJournalNotifier::cleanup()
{
    m_theirs.reset();
    m_mine.reset();
    m_dir.reset();
}

void TestJournalNotifier::construct_backend_activeOnPostgresOnly()
{
    JournalNotifier notifier(*m_mine);
    QCOMPARE(notifier.isActive(), JournalBackend::isPostgres());
}

void TestJournalNotifier::batchChanged_otherConnectionFreezesAndSends_seenWithinASecond()
{
    JournalNotifier notifier(*m_mine);
    QSignalSpy changed(&notifier, &JournalNotifier::batchChanged);
    QSignalSpy any(&notifier, &JournalNotifier::journalChanged);
    const qint64 id = BatchJournalFixture::addBatch(*m_theirs, QStringLiteral("NOTIFY-1"),
                                                    BatchJournalFixture::payouts(QStringLiteral("N"), 3));
    QVERIFY(id > 0);
    if (!JournalBackend::isPostgres()) {
        QTest::qWait(50);
        QCOMPARE(changed.size(), 0); // SQLite: nothing changes
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    QCOMPARE(changed.first().at(0).toLongLong(), id);
    QCOMPARE(changed.first().at(1).toString(), QStringLiteral("NOTIFY-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!any.isEmpty(), 1000);
    // Freezing, marking sending, the new state: each reached us, coalesced for list views.
    QVERIFY(any.size() <= changed.size());
    const qsizetype before = changed.size();
    QVERIFY(m_theirs->setState(id, BatchState::NeedsAttention, QStringLiteral("checked by a person")));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() > before, 1000);
    QCOMPARE(changed.last().at(1).toString(), QStringLiteral("NOTIFY-1"));
}

void TestJournalNotifier::draftChanged_otherConnectionSaves_seenWithinASecond()
{
    JournalNotifier notifier(*m_mine);
    QSignalSpy changed(&notifier, &JournalNotifier::draftChanged);
    DraftRecord draft;
    draft.profileId = QStringLiteral("local");
    draft.title = QStringLiteral("Friday payroll");
    const std::optional<qint64> id = DraftStore(*m_theirs).save(draft);
    QVERIFY(id);
    if (!JournalBackend::isPostgres()) {
        QTest::qWait(50);
        QCOMPARE(changed.size(), 0);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    QCOMPARE(changed.last().at(0).toLongLong(), *id);
    changed.clear();
    QVERIFY(DraftStore(*m_theirs).remove(*id));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    QCOMPARE(changed.last().at(0).toLongLong(), *id);
}

void TestJournalNotifier::batchChanged_otherConnectionUpdatesManyDetails_fewSignals()
{
    const QList<BatchJournalFixture::Payout> payouts = BatchJournalFixture::payouts(QStringLiteral("M"), 200);
    const qint64 id = BatchJournalFixture::addBatch(*m_theirs, QStringLiteral("NOTIFY-MANY"), payouts);
    QVERIFY(id > 0);
    JournalNotifier notifier(*m_mine);
    QSignalSpy changed(&notifier, &JournalNotifier::batchChanged);
    // Two hundred payouts paid at once: one answer from Lesspay, one write.
    const Journal::RemoteChanges applied = m_theirs->applyRemote(
        id,
        BatchJournalFixture::remote(QStringLiteral("NOTIFY-MANY"), QStringLiteral("SUCCEED"),
                                    BatchJournalFixture::payouts(QStringLiteral("M"), 200, QStringLiteral("SUCCEED"))));
    QCOMPARE(applied.details.size(), 200);
    if (!JournalBackend::isPostgres()) {
        QTest::qWait(50);
        QCOMPARE(changed.size(), 0);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    // A marker change after it: once it arrived, everything before it did too.
    QVERIFY(m_theirs->setState(id, BatchState::NeedsAttention));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2 && changed.last().at(1) == QStringLiteral("NOTIFY-MANY"), 1000);
    QVERIFY2(changed.size() < 20, qPrintable(QString::number(changed.size())));
}

void TestJournalNotifier::ownChanges_sameConnection_notSignalled()
{
    JournalNotifier notifier(*m_mine);
    QSignalSpy changed(&notifier, &JournalNotifier::batchChanged);
    QVERIFY(BatchJournalFixture::addBatch(*m_mine, QStringLiteral("MINE"),
                                          BatchJournalFixture::payouts(QStringLiteral("O"), 2)));
    QVERIFY(BatchJournalFixture::addBatch(*m_theirs, QStringLiteral("THEIRS"),
                                          BatchJournalFixture::payouts(QStringLiteral("T"), 2)));
    if (!JournalBackend::isPostgres()) {
        QTest::qWait(50);
        QCOMPARE(changed.size(), 0);
        return;
    }
    // The server delivers in commit order: once theirs arrived, ours would have too.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && changed.last().at(1) == QStringLiteral("THEIRS"), 1000);
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(signal.at(1).toString(), QStringLiteral("THEIRS"));
}

void TestJournalNotifier::approvalChanged_otherPersonApproves_seenWithinASecond()
{
    QString error;
    if (!JournalBackend::isPostgres()) {
        QVERIFY(!TeamWorkspace::install(*m_mine, &error)); // a team workspace needs a server
        return;
    }
    QVERIFY2(TeamWorkspace::install(*m_mine, &error), qPrintable(error));
    QVERIFY(TeamWorkspace::addMember(*m_mine, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*m_mine, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
    const auto as = [this](const QString &user) {
        QUrl url(location());
        url.setUserName(user);
        return Journal::open(url.toString());
    };
    std::unique_ptr<Journal> alice = as(QStringLiteral("alice"));
    std::unique_ptr<Journal> bob = as(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    JournalNotifier notifier(*alice); // alice's console
    QSignalSpy batches(&notifier, &JournalNotifier::batchChanged);
    QSignalSpy approvals(&notifier, &JournalNotifier::approvalChanged);
    const QByteArray body =
        BatchJournalFixture::createBody(QStringLiteral("TEAM-1"), BatchJournalFixture::payouts(QStringLiteral("A"), 2));
    QVERIFY(alice->freeze(0, QStringLiteral("local"), body));
    QVERIFY2(TeamApprovals(*alice).request(QStringLiteral("TEAM-1"), &error), qPrintable(error));
    QVERIFY2(TeamApprovals(*bob).approve(QStringLiteral("TEAM-1"), TeamApprovals::bodySha256(body), {}, &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!approvals.isEmpty(), 1000);
    QCOMPARE(approvals.first().at(1).toString(), QStringLiteral("TEAM-1"));
    // The batch became approved: bob's function changed it, so it reached alice as well.
    QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 1000);
    QCOMPARE(batches.last().at(1).toString(), QStringLiteral("TEAM-1"));
}

QTEST_GUILESS_MAIN(TestJournalNotifier)
#include "tst_journalnotifier.moc"
