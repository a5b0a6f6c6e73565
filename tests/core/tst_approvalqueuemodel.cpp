// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Approvals page's lists on a private PostgreSQL (with-postgres.sh), as the people who see them.
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "models/approvalqueuemodel.h"
#include "teamjournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

class TestApprovalQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reload_requestedByOther_listedForApproverOnly();
    void reload_afterDecision_rowMovesWithoutReset();
    void reload_personalJournal_empty();

private:
    std::unique_ptr<TeamJournal::Workspace> m_team;
};

void TestApprovalQueueModel::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_approvalqueuemodel runs under with-postgres.sh only");
    m_team = std::make_unique<TeamJournal::Workspace>();
    QString error;
    QVERIFY2(m_team->create(&error), qPrintable(error));
}

void TestApprovalQueueModel::cleanup()
{
    m_team.reset();
}

void TestApprovalQueueModel::reload_requestedByOther_listedForApproverOnly()
{
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"),
                                  TeamJournal::batchBody(QStringLiteral("R1"), QStringLiteral("250.00"))));
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"),
                                  TeamJournal::batchBody(QStringLiteral("R2"), QStringLiteral("75.50"))));
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R1")));

    ApprovalQueueModel bob(*m_team->bob);
    QAbstractItemModelTester tester(&bob, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApprovalQueueModel alice(*m_team->alice);
    bob.reload();
    alice.reload();
    QCOMPARE(alice.rowCount(), 0); // her own batch never waits for her
    QCOMPARE(bob.rowCount(), 1);   // R2 was not requested
    QCOMPARE(bob.columnCount(), int(ApprovalQueueModel::ColumnCount));
    QCOMPARE(bob.data(bob.index(0, ApprovalQueueModel::RequestIdColumn)).toString(), QStringLiteral("R1"));
    QCOMPARE(bob.data(bob.index(0, ApprovalQueueModel::PreparedByColumn)).toString(), QStringLiteral("alice"));
    QCOMPARE(bob.data(bob.index(0, ApprovalQueueModel::CurrencyColumn)).toString(), QStringLiteral("PHP"));
    QCOMPARE(bob.data(bob.index(0, ApprovalQueueModel::TotalColumn)).toString(), QStringLiteral("250.00"));
    QCOMPARE(bob.data(bob.index(0, ApprovalQueueModel::CountColumn)).toInt(), 1);
    QCOMPARE(bob.data(bob.index(0, ApprovalQueueModel::ApprovalsColumn)).toString(), QStringLiteral("0 of 1"));
    QCOMPARE(bob.rowOf(QStringLiteral("R1")), 0);
    QCOMPARE(bob.rowOf(QStringLiteral("R2")), -1);

    // R2 requested later: inserted after R1, nothing else touched.
    QSignalSpy inserted(&bob, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&bob, &QAbstractItemModel::modelReset);
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R2")));
    bob.reload();
    QCOMPARE(bob.rowCount(), 2);
    QCOMPARE(bob.status(1).requestId, QStringLiteral("R2"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestApprovalQueueModel::reload_afterDecision_rowMovesWithoutReset()
{
    for (const QString &id : {QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")}) {
        QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(id, QStringLiteral("10.00"))));
        QVERIFY(TeamApprovals(*m_team->alice).request(id));
    }
    ApprovalQueueModel waiting(*m_team->bob, ApprovalQueueModel::Queue::WaitingForMe);
    ApprovalQueueModel ready(*m_team->bob, ApprovalQueueModel::Queue::ApprovedUnsent);
    QAbstractItemModelTester waitingTester(&waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester readyTester(&ready, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waiting.reload();
    ready.reload();
    QCOMPARE(waiting.rowCount(), 3);
    QCOMPARE(ready.rowCount(), 0);

    QSignalSpy removed(&waiting, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&waiting, &QAbstractItemModel::modelReset);
    TeamApprovals bob(*m_team->bob);
    const QByteArray r2 = m_team->bob->batch(QStringLiteral("R2"))->body;
    const QByteArray r3 = m_team->bob->batch(QStringLiteral("R3"))->body;
    QCOMPARE(bob.approve(QStringLiteral("R2"), TeamApprovals::bodySha256(r2), QStringLiteral("ok")),
             std::optional(TeamApprovals::State::Approved));
    QCOMPARE(bob.reject(QStringLiteral("R3"), TeamApprovals::bodySha256(r3), QStringLiteral("wrong account")),
             std::optional(TeamApprovals::State::Rejected));
    waiting.reload();
    ready.reload();
    QCOMPARE(waiting.rowCount(), 1);
    QCOMPARE(waiting.status(0).requestId, QStringLiteral("R1"));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(ready.rowCount(), 1);
    QCOMPARE(ready.status(0).requestId, QStringLiteral("R2"));
    QCOMPARE(ready.data(ready.index(0, ApprovalQueueModel::ApprovalsColumn)).toString(), QStringLiteral("1 of 1"));

    // Sent: no longer waiting to be sent.
    QVERIFY(m_team->bob->markSending(m_team->bob->batch(QStringLiteral("R2"))->id));
    ready.reload();
    QCOMPARE(ready.rowCount(), 0);
}

void TestApprovalQueueModel::reload_personalJournal_empty()
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> personal = Journal::open(dir.filePath(QStringLiteral("personal.sqlite")));
    QVERIFY(personal
            && personal->freeze(0, QStringLiteral("p"),
                                TeamJournal::batchBody(QStringLiteral("P1"), QStringLiteral("1.00"))));
    ApprovalQueueModel model(*personal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestApprovalQueueModel)
#include "tst_approvalqueuemodel.moc"
