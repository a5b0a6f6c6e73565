// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "teamjournal.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

using State = TeamApprovals::State;

} // namespace

class TestTeamApprovals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bodySha256_matchesQtDigest();
    void request_byPreparer_waitsForOtherApprover();
    void approve_byOther_approvedAndRecorded();
    void approve_ownBatch_refusedWithServerReason();
    void reject_withComment_rejectedAndNeverSent();
    void markSending_unapproved_refusedApproved_allowed();
    void personalJournal_notTeam_sendsAsBefore();

private:
    std::unique_ptr<TeamJournal::Workspace> m_team;
};

void TestTeamApprovals::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_teamapprovals runs under with-postgres.sh only");
    m_team = std::make_unique<TeamJournal::Workspace>();
    QString error;
    QVERIFY2(m_team->create(&error), qPrintable(error));
    QVERIFY(TeamWorkspace::addMember(*m_team->owner, QStringLiteral("pat"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*m_team->owner, QStringLiteral("pat"), TeamWorkspace::Role::Approver));
    QVERIFY(m_team->alice->isTeamWorkspace());
}

void TestTeamApprovals::cleanup()
{
    m_team.reset();
}

void TestTeamApprovals::bodySha256_matchesQtDigest()
{
    const QByteArray b = TeamJournal::batchBody(QStringLiteral("R1"));
    QCOMPARE(TeamApprovals::bodySha256(b),
             QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()));
}

void TestTeamApprovals::request_byPreparer_waitsForOtherApprover()
{
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1"))));
    TeamApprovals alice(*m_team->alice);
    TeamApprovals bob(*m_team->bob);
    QCOMPARE(alice.currentUser(), QStringLiteral("alice"));
    QVERIFY(bob.waitingForMe().isEmpty()); // frozen, not requested yet
    QString error;
    QCOMPARE(alice.request(QStringLiteral("R1"), &error), std::optional<State>(State::Requested));
    const QList<TeamApprovals::Status> waiting = bob.waitingForMe();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().requestId, QStringLiteral("R1"));
    QCOMPARE(waiting.first().preparedBy, QStringLiteral("alice"));
    QCOMPARE(waiting.first().totalAmount, QStringLiteral("250.00"));
    QCOMPARE(waiting.first().approvalsRequired, 1);
    // Not for the person who prepared it.
    QVERIFY(alice.waitingForMe().isEmpty());
    QVERIFY(!alice.request(QStringLiteral("R1"), &error));
    QVERIFY2(error.contains(QLatin1String("already requested")), qPrintable(error));
}

void TestTeamApprovals::approve_byOther_approvedAndRecorded()
{
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1"))));
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R1")));
    TeamApprovals bob(*m_team->bob);
    QString error;
    const QString digest = TeamApprovals::bodySha256(m_team->bob->batch(QStringLiteral("R1"))->body);
    QCOMPARE(bob.approve(QStringLiteral("R1"), digest, QStringLiteral("matches the invoice list"), &error),
             std::optional<State>(State::Approved));
    QVERIFY(bob.waitingForMe().isEmpty());
    const std::optional<TeamApprovals::Status> status = TeamApprovals(*m_team->alice).status(QStringLiteral("R1"));
    QVERIFY(status);
    QCOMPARE(status->state, State::Approved);
    QCOMPARE(status->decisions.size(), 1);
    QCOMPARE(status->decisions.first().approver, QStringLiteral("bob"));
    QVERIFY(status->decisions.first().approved);
    QCOMPARE(status->decisions.first().comment, QStringLiteral("matches the invoice list"));
    QVERIFY(qAbs(status->decisions.first().at - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

void TestTeamApprovals::approve_ownBatch_refusedWithServerReason()
{
    std::unique_ptr<Journal> pat = TeamJournal::openAs(m_team->location, QStringLiteral("pat"));
    QVERIFY(pat->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1"))));
    TeamApprovals approvals(*pat);
    QVERIFY(approvals.request(QStringLiteral("R1")));
    QString error;
    QVERIFY(!approvals.approve(QStringLiteral("R1"),
                               TeamApprovals::bodySha256(TeamJournal::batchBody(QStringLiteral("R1"))), {}, &error));
    QCOMPARE(error, QStringLiteral("nobody approves or rejects their own batch"));
    QCOMPARE(approvals.status(QStringLiteral("R1"))->state, State::Requested);
}

void TestTeamApprovals::reject_withComment_rejectedAndNeverSent()
{
    const qint64 id =
        m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1")))->batch.id;
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R1")));
    QString error;
    QCOMPARE(TeamApprovals(*m_team->bob)
                 .reject(QStringLiteral("R1"), TeamApprovals::bodySha256(TeamJournal::batchBody(QStringLiteral("R1"))),
                         QStringLiteral("wrong month"), &error),
             std::optional<State>(State::Rejected));
    QVERIFY(m_team->bob->sendRefusal(id).contains(QLatin1String("rejected")));
    QVERIFY(!m_team->bob->markSending(id));
    QCOMPARE(m_team->owner->batchById(id)->sendCount, 0);
}

void TestTeamApprovals::markSending_unapproved_refusedApproved_allowed()
{
    const qint64 id =
        m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1")))->batch.id;
    QVERIFY(m_team->bob->sendRefusal(id).contains(QLatin1String("not approved")));
    QVERIFY(!m_team->bob->markSending(id));
    QVERIFY2(m_team->bob->lastError().contains(QLatin1String("not approved")), qPrintable(m_team->bob->lastError()));
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R1")));
    QVERIFY(!m_team->bob->markSending(id));
    QVERIFY(TeamApprovals(*m_team->bob)
                .approve(QStringLiteral("R1"), TeamApprovals::bodySha256(TeamJournal::batchBody(QStringLiteral("R1"))),
                         {}));
    QVERIFY(m_team->bob->sendRefusal(id).isEmpty());
    QVERIFY(!m_team->alice->markSending(id)); // a preparer never sends
    QVERIFY2(m_team->alice->lastError().contains(QLatin1String("permission denied")),
             qPrintable(m_team->alice->lastError()));
    QVERIFY2(m_team->bob->markSending(id), qPrintable(m_team->bob->lastError()));
    QCOMPARE(m_team->owner->batchById(id)->state, BatchState::Sending);
    QCOMPARE(m_team->owner->batchById(id)->sendCount, 1);
}

void TestTeamApprovals::personalJournal_notTeam_sendsAsBefore()
{
    // The same server without the team layer is one person's journal: no approval asked.
    QTemporaryDir other;
    std::unique_ptr<Journal> personal = Journal::open(JournalBackend::location(other.filePath(QStringLiteral("p"))));
    QVERIFY(personal);
    QVERIFY(!personal->isTeamWorkspace());
    const qint64 id = personal->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1")))->batch.id;
    QVERIFY(personal->sendRefusal(id).isEmpty());
    QVERIFY(personal->markSending(id));
}

QTEST_GUILESS_MAIN(TestTeamApprovals)
#include "tst_teamapprovals.moc"
