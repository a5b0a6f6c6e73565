// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One sender per batch across machines: two approvers' engines, each a process of its own with
// its own connection to one team workspace on PostgreSQL, are released at the same moment on
// the same approved batch, fifty rounds; the real sandbox receives exactly one create per round.
// Then the case the batch's state cannot decide: both engines resume a batch already marked
// sending, so both would ask Lesspay about it and re-send it; only the lease keeps the second
// one watching (it reports the lease held) while the first alone queries and re-sends.
#include "journal/batchlease.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "sandboxrunner.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lesspay::Core;

namespace {

const QString Profile = QStringLiteral("team-send");
constexpr int Rounds = 50;
constexpr int ResumeRounds = 10;

// How many creates of exactly this body the sandbox logged.
int createsReceived(const QByteArray &sandboxLog, const QByteArray &sha256)
{
    return int(sandboxLog.count(QByteArray("bytes, sha256 " + sha256)));
}

// The value of an engine's "holder ID" line.
QString holderOf(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("holder "))
            return QString::fromUtf8(line.mid(7));
    }
    return {};
}

// Who asked Lesspay about the batch, or sent it: the holders its request events name.
QSet<QString> requestingHolders(const Journal &journal, const QString &requestId)
{
    QSet<QString> holders;
    const QList<EventEntry> events = JournalQueries(journal).events(requestId);
    for (const EventEntry &e : events) {
        if (e.kind == QLatin1String("request"))
            holders.insert(e.summary);
    }
    return holders;
}

} // namespace

class TestTeamSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void send_twoEnginesSameApprovedBatch_oneCreateOnTheSandbox();
    void resume_twoEnginesBatchAlreadySending_oneHolderQueriesAndResends();

private:
    QString urlAs(const QString &user) const;
    QProcess *startEngine(const QString &user, const QString &leaseMs = QStringLiteral("300"),
                          const QString &resendWindowMs = QStringLiteral("300"));

    QTemporaryDir m_dir;
    QString m_location;
    SandboxRunner m_sandbox;
    std::unique_ptr<Journal> m_owner;
    QList<QProcess *> m_engines;
};

void TestTeamSend::initTestCase()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_teamsend runs under with-postgres.sh only");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    // A create takes a while, as over a real network: the engine that loses the race for the
    // lease finds the batch still being sent, not already settled.
    QVERIFY(m_sandbox.addFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                                {QStringLiteral("probability"), 1.0},
                                {QStringLiteral("delay_ms"), 250},
                                {QStringLiteral("path"), QLatin1String(SandboxRunner::CreatePath)}}));
    m_location = JournalBackend::location(m_dir.filePath(QStringLiteral("team")));
    m_owner = Journal::open(m_location);
    QVERIFY(m_owner);
    QString error;
    QVERIFY2(TeamWorkspace::install(*m_owner, &error), qPrintable(error));
    QVERIFY(TeamWorkspace::addMember(*m_owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*m_owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
    QVERIFY(TeamWorkspace::addMember(*m_owner, QStringLiteral("carol"), TeamWorkspace::Role::Approver));
}

QString TestTeamSend::urlAs(const QString &user) const
{
    QUrl url(m_location);
    url.setUserName(user);
    return url.toString();
}

QProcess *TestTeamSend::startEngine(const QString &user, const QString &leaseMs, const QString &resendWindowMs)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_APP_ID"), QStringLiteral("sandbox-demo"));
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("sandbox-demo-secret"));
    env.insert(QStringLiteral("LESSPAY_CHILD_WAIT_FOR_GO"), QStringLiteral("1"));
    p->setProcessEnvironment(env);
    // A short lease by default: the loser of the race notices the winner's result within ~100 ms.
    p->start(QStringLiteral(LESSPAY_RECONCILER_CHILD),
             {urlAs(user), m_sandbox.baseUrl().toString(), Profile, leaseMs, resendWindowMs});
    return p;
}

void TestTeamSend::send_twoEnginesSameApprovedBatch_oneCreateOnTheSandbox()
{
    std::unique_ptr<Journal> alice = Journal::open(urlAs(QStringLiteral("alice")));
    std::unique_ptr<Journal> bob = Journal::open(urlAs(QStringLiteral("bob")));
    QVERIFY(alice && bob);
    QByteArrayList digests;
    int contended = 0; // rounds in which both engines took the batch up
    for (int round = 0; round < Rounds; ++round) {
        const QString requestId = QStringLiteral("TEAM-SEND-%1").arg(round);
        const QByteArray body = SandboxRunner::createBody(requestId, 2, round);
        QVERIFY(alice->freeze(0, Profile, body));
        QString error;
        QVERIFY2(TeamApprovals(*alice).request(requestId, &error), qPrintable(error));
        QCOMPARE(TeamApprovals(*bob).approve(requestId, TeamApprovals::bodySha256(body), {}, &error),
                 std::optional<TeamApprovals::State>(TeamApprovals::State::Approved));

        // Both engines connected and waiting; then released together on the same batch.
        QProcess *first = startEngine(QStringLiteral("bob"));
        QProcess *second = startEngine(QStringLiteral("carol"));
        QTRY_VERIFY_WITH_TIMEOUT(first->canReadLine() && second->canReadLine(), 10000);
        QCOMPARE(first->readLine(), QByteArray("ready\n"));
        QCOMPARE(second->readLine(), QByteArray("ready\n"));
        first->write("go\n");
        second->write("go\n");
        QVERIFY(first->waitForBytesWritten(5000) && second->waitForBytesWritten(5000)); // not when the other ends
        QVERIFY(first->waitForFinished(30000) && second->waitForFinished(30000));
        const QByteArray out1 = first->readAll() + first->readAllStandardError();
        const QByteArray out2 = second->readAll() + second->readAllStandardError();
        QVERIFY2(first->exitCode() == 0, out1.constData());
        QVERIFY2(second->exitCode() == 0, out2.constData());
        // Each engine either found the batch already sent, or took it up and reports it
        // accepted: having sent it itself, or having waited for the other's result.
        const QByteArray accepted = requestId.toUtf8() + ": accepted";
        QVERIFY2(out1.contains(accepted) || out1.startsWith("reconciling 0"), out1.constData());
        QVERIFY2(out2.contains(accepted) || out2.startsWith("reconciling 0"), out2.constData());
        contended += out1.startsWith("reconciling 1") && out2.startsWith("reconciling 1") ? 1 : 0;
        delete first;
        delete second;

        // The sandbox's side: one create received for this body, one batch stored per round so
        // far (a second create would be answered "duplicate request_id", so count the creates).
        digests.append(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        QTRY_COMPARE_WITH_TIMEOUT(createsReceived(m_sandbox.standardError(), digests.last()), 1, 5000);
        QCOMPARE(m_sandbox.batches().size(), round + 1);
        const std::optional<FrozenBatch> sent = m_owner->batch(requestId);
        QVERIFY(sent);
        QCOMPARE(sent->sendCount, 1);
        QVERIFY(!BatchLease(*m_owner).current(sent->id));
    }
    qInfo("%d of %d rounds: both engines took the batch up at once", contended, Rounds);
    QVERIFY(contended > 0); // the race for the lease did happen
    // Nothing arrived late: still one create per round.
    const QByteArray log = m_sandbox.standardError();
    QCOMPARE(int(log.count("create body received")), Rounds);
    for (const QByteArray &digest : std::as_const(digests))
        QCOMPARE(createsReceived(log, digest), 1);
}

void TestTeamSend::resume_twoEnginesBatchAlreadySending_oneHolderQueriesAndResends()
{
    std::unique_ptr<Journal> alice = Journal::open(urlAs(QStringLiteral("alice")));
    std::unique_ptr<Journal> bob = Journal::open(urlAs(QStringLiteral("bob")));
    QVERIFY(alice && bob);
    const int batchesBefore = int(m_sandbox.batches().size());
    int contended = 0;
    for (int round = 0; round < ResumeRounds; ++round) {
        const QString requestId = QStringLiteral("TEAM-RESUME-%1").arg(round);
        const QByteArray body = SandboxRunner::createBody(requestId, 2, 1000 + round);
        QVERIFY(alice->freeze(0, Profile, body));
        QString error;
        QVERIFY2(TeamApprovals(*alice).request(requestId, &error), qPrintable(error));
        QCOMPARE(TeamApprovals(*bob).approve(requestId, TeamApprovals::bodySha256(body), {}, &error),
                 std::optional<TeamApprovals::State>(TeamApprovals::State::Approved));
        // A console marked it sending and died before its create left: for both engines the
        // state says "ask Lesspay, then send again", so the state alone lets both do it.
        QVERIFY(bob->markSending(bob->batch(requestId)->id));

        // A lease long enough that a busy machine does not let it expire mid-round: the loser
        // must only ever watch.
        QProcess *first = startEngine(QStringLiteral("bob"), QStringLiteral("3000"));
        QProcess *second = startEngine(QStringLiteral("carol"), QStringLiteral("3000"));
        QTRY_VERIFY_WITH_TIMEOUT(first->canReadLine() && second->canReadLine(), 10000);
        QCOMPARE(first->readLine(), QByteArray("ready\n"));
        QCOMPARE(second->readLine(), QByteArray("ready\n"));
        first->write("go\n");
        second->write("go\n");
        QVERIFY(first->waitForBytesWritten(5000) && second->waitForBytesWritten(5000));
        QVERIFY(first->waitForFinished(30000) && second->waitForFinished(30000));
        const QByteArray out1 = first->readAll() + first->readAllStandardError();
        const QByteArray out2 = second->readAll() + second->readAllStandardError();
        QVERIFY2(first->exitCode() == 0, out1.constData());
        QVERIFY2(second->exitCode() == 0, out2.constData());
        const QByteArray accepted = requestId.toUtf8() + ": accepted";
        QVERIFY2(out1.contains(accepted), out1.constData());
        QVERIFY2(out2.contains(accepted), out2.constData());

        // Exactly one engine worked on the batch: every query and the one re-send came from it.
        const QSet<QString> holders = requestingHolders(*m_owner, requestId);
        QVERIFY2(holders.size() == 1, qPrintable(QStringList(holders.values()).join(u'|')));
        const QByteArray held = "lease held elsewhere: " + requestId.toUtf8() + " by ";
        if (out1.startsWith("reconciling 1") && out2.startsWith("reconciling 1")) {
            // Both took the batch up: the one that did not work on it saw the other's lease.
            ++contended;
            const bool firstWorked = holders.contains(QStringLiteral("sent by ") + holderOf(out1));
            const bool secondWorked = holders.contains(QStringLiteral("sent by ") + holderOf(out2));
            QVERIFY2(firstWorked != secondWorked, QByteArray(out1 + "\n----\n" + out2).constData());
            const QByteArray &loser = firstWorked ? out2 : out1;
            const QByteArray &winner = firstWorked ? out1 : out2;
            QVERIFY2(loser.contains(QByteArray(held + holderOf(winner).toUtf8())), loser.constData());
            QVERIFY2(!winner.contains(held), winner.constData());
        }
        delete first;
        delete second;

        const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        QTRY_COMPARE_WITH_TIMEOUT(createsReceived(m_sandbox.standardError(), digest), 1, 5000);
        QCOMPARE(int(m_sandbox.batches().size()), batchesBefore + round + 1);
        const std::optional<FrozenBatch> sent = m_owner->batch(requestId);
        QVERIFY(sent);
        QCOMPARE(sent->state, BatchState::Accepted);
        QCOMPARE(sent->sendCount, 2); // the dead console's mark, and the one re-send
        QVERIFY(!BatchLease(*m_owner).current(sent->id));
    }
    qInfo("%d of %d rounds: both engines resumed the sending batch at once", contended, ResumeRounds);
    QVERIFY(contended > 0);
}

QTEST_GUILESS_MAIN(TestTeamSend)
#include "tst_teamsend.moc"
