// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One reconciler per batch on one journal: two processes resume the same batches left
// unknown at the same moment (the console's engine and `lesspay-cli resume`, or two CLI runs);
// each batch is asked about and re-sent by one process only, and created once. A holder killed
// with SIGKILL is seen to be gone and its batch taken over at once; a holder on another machine
// keeps its batch until the lease expires.
#include "batchjournalfixture.h"
#include "httptestserver.h"
#include "journal/batchlease.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journalbackend.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

const QByteArray CreatePath = "/api/global/payout/batch/create-order";
const QString Profile = QStringLiteral("lease-test");
constexpr int ResendWindowMs = 300;

// Lesspay for these tests: a batch is "not found" (30020) until it was created, then found.
class FakeLesspay
{
public:
    explicit FakeLesspay(HttpTestServer &server)
    {
        server.setHandler([this](const HttpTestServer::Request &r) {
            const QString id = QJsonDocument::fromJson(r.body).object().value(QLatin1String("request_id")).toString();
            if (silent) {
                HttpTestServer::Reply none;
                none.action = HttpTestServer::Reply::Action::Silent;
                return none;
            }
            if (r.path.endsWith(CreatePath))
                creates[id] += 1;
            if (!creates.contains(id))
                return HttpTestServer::json(200, R"({"code":30020,"msg":"order not found"})");
            return HttpTestServer::json(200, QByteArray(R"({"code":0,"msg":"SUCCESS","data":{"request_id":")")
                                                 + id.toUtf8() + R"(","pay_order_id":"PO-)" + id.toUtf8()
                                                 + R"(","order_status":"PENDING_CONFIRM"}})");
        });
    }

    bool silent = false;
    QHash<QString, int> creates;
};

// The processes that sent requests for a batch, in order, from the journal's request events.
QStringList sendersOf(Journal &journal, const QString &requestId)
{
    QStringList out;
    for (const EventEntry &e : JournalQueries(journal).events(requestId)) {
        if (e.kind == QLatin1String("request"))
            out.append(e.summary.section(QStringLiteral("sent by "), 1));
    }
    return out;
}

// When the first request after the last one of `holder` was logged.
qint64 firstRequestAfter(Journal &journal, const QString &requestId, const QString &holder)
{
    const QStringList senders = sendersOf(journal, requestId);
    const qsizetype takeover = senders.lastIndexOf(holder) + 1;
    int index = 0;
    for (const EventEntry &e : JournalQueries(journal).events(requestId)) {
        if (e.kind == QLatin1String("request") && index++ == takeover)
            return e.at;
    }
    return -1;
}

} // namespace

class TestReconcileLease : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resume_twoProcessesAtOnce_oneReconcilerPerBatch_data();
    void resume_twoProcessesAtOnce_oneReconcilerPerBatch();
    void resume_holderKilled_takenOverAtOnce();
    void resume_holderOnAnotherMachine_takenOverAfterExpiry();
    void lease_secondHolder_refusedUntilExpiryOrRelease();
    void lease_clientClocksDisagree_serverClockDecidesOnPostgres();

private:
    QStringList leaveUnknown(int count);
    QProcess *startEngineChild(int leaseMs);
    QProcess *startCliResume();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<FakeLesspay> m_lesspay;
    std::unique_ptr<Journal> m_journal;
    QList<QProcess *> m_processes;
};

void TestReconcileLease::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<HttpTestServer>();
    m_lesspay = std::make_unique<FakeLesspay>(*m_server);
    QVERIFY(m_server->listenLocal());
    m_journal = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))));
    QVERIFY(m_journal);
}

void TestReconcileLease::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    m_processes.clear();
    m_journal.reset();
    m_server.reset();
}

QStringList TestReconcileLease::leaveUnknown(int count)
{
    // As a crash leaves them: sent, outcome unknown, nobody working on them.
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("LP-LEASE-%1").arg(i);
        const auto frozen =
            m_journal->freeze(0, Profile, BatchJournalFixture::createBody(id, BatchJournalFixture::payouts(id, 2)));
        if (!frozen || !m_journal->markSending(frozen->batch.id)
            || !m_journal->setState(frozen->batch.id, BatchState::Unknown))
            return {};
        ids.append(id);
    }
    return ids;
}

QProcess *TestReconcileLease::startEngineChild(int leaseMs)
{
    auto *p = new QProcess;
    m_processes.append(p);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("lease-secret"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(LESSPAY_RECONCILER_CHILD), {m_journal->path(), m_server->url().toString(), Profile,
                                                        QString::number(leaseMs), QString::number(ResendWindowMs)});
    return p;
}

QProcess *TestReconcileLease::startCliResume()
{
    auto *p = new QProcess;
    m_processes.append(p);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("lease-secret"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(LESSPAY_CLI_EXECUTABLE), {QStringLiteral("resume"),
                                                      QStringLiteral("--profile"),
                                                      Profile,
                                                      QStringLiteral("--base-url"),
                                                      m_server->url().toString(),
                                                      QStringLiteral("--appid"),
                                                      QStringLiteral("app-1"),
                                                      QStringLiteral("--journal"),
                                                      m_journal->path(),
                                                      QStringLiteral("--settings"),
                                                      m_dir->filePath(QStringLiteral("settings.ini")),
                                                      QStringLiteral("--timeout-ms"),
                                                      QStringLiteral("3000"),
                                                      QStringLiteral("--backoff-base-ms"),
                                                      QStringLiteral("20"),
                                                      QStringLiteral("--backoff-cap-ms"),
                                                      QStringLiteral("60"),
                                                      QStringLiteral("--resend-window-ms"),
                                                      QString::number(ResendWindowMs),
                                                      QStringLiteral("--wait"),
                                                      QStringLiteral("60")});
    return p;
}

void TestReconcileLease::resume_twoProcessesAtOnce_oneReconcilerPerBatch_data()
{
    QTest::addColumn<bool>("consoleEngine");
    QTest::newRow("console engine and lesspay-cli resume") << true;
    QTest::newRow("two lesspay-cli resume") << false;
}

void TestReconcileLease::resume_twoProcessesAtOnce_oneReconcilerPerBatch()
{
    QFETCH(bool, consoleEngine);
    const QStringList ids = leaveUnknown(3);
    QCOMPARE(ids.size(), 3);
    // Both at the same moment.
    QProcess *first = consoleEngine ? startEngineChild(30000) : startCliResume();
    QProcess *second = startCliResume();
    QVERIFY(first->waitForStarted() && second->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == QProcess::NotRunning && second->state() == QProcess::NotRunning, 60000);
    const QByteArray out1 = first->readAllStandardOutput() + first->readAllStandardError();
    const QByteArray out2 = second->readAllStandardOutput() + second->readAllStandardError();
    QVERIFY2(first->exitCode() == 0, out1.constData());
    QVERIFY2(second->exitCode() == 0, out2.constData());

    QSet<QString> workers;
    for (const QString &id : ids) {
        // Each batch: created once, only after queries, by one process only.
        QCOMPARE(m_lesspay->creates.value(id), 1);
        QCOMPARE(m_journal->batch(id)->state, BatchState::Accepted);
        const QStringList senders = sendersOf(*m_journal, id);
        QVERIFY(senders.size() >= 3); // query, query, create at least
        QCOMPARE(QSet<QString>(senders.cbegin(), senders.cend()).size(), 1);
        QVERIFY(!senders.first().isEmpty());
        workers.insert(senders.first());
        QVERIFY(!BatchLease(*m_journal).current(m_journal->batch(id)->id)); // released on exit
    }
    // The one that lost the race waited for the other's result, and both report it.
    for (const QString &id : ids) {
        QVERIFY2(out1.contains(id.toUtf8()), out1.constData());
        QVERIFY2(out2.contains(id.toUtf8()), out2.constData());
    }
    qInfo("%lld process(es) reconciled the 3 batches", qlonglong(workers.size()));
}

void TestReconcileLease::resume_holderKilled_takenOverAtOnce()
{
    const QStringList ids = leaveUnknown(1);
    QCOMPARE(ids.size(), 1);
    const qint64 batchId = m_journal->batch(ids.first())->id;
    m_lesspay->silent = true; // the first holder's query hangs; then it is killed
    QProcess *holder = startEngineChild(30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 10000);
    const qint64 pid = holder->processId();
    holder->kill(); // SIGKILL: no release
    QVERIFY(holder->waitForFinished(5000));
    const std::optional<BatchLease::Lease> left = BatchLease(*m_journal).current(batchId);
    QVERIFY(left); // still there: nobody released it
    QCOMPARE(left->holder.section(u'/', 1, 1), QString::number(pid));
    m_lesspay->silent = false;

    QProcess *next = startEngineChild(30000);
    QTRY_VERIFY_WITH_TIMEOUT(next->state() == QProcess::NotRunning, 20000);
    QVERIFY2(next->exitCode() == 0, next->readAll().constData());
    QCOMPARE(m_journal->batch(ids.first())->state, BatchState::Accepted);
    QCOMPARE(m_lesspay->creates.value(ids.first()), 1);
    const QStringList senders = sendersOf(*m_journal, ids.first());
    QCOMPARE(senders.first(), left->holder);
    const qsizetype takeover = senders.lastIndexOf(left->holder) + 1;
    QVERIFY(takeover < senders.size());
    for (qsizetype i = takeover; i < senders.size(); ++i)
        QVERIFY(senders.at(i) != left->holder && senders.at(i) == senders.at(takeover));
    // A dead holder on this machine is not waited out: taken over long before its expiry.
    QVERIFY(firstRequestAfter(*m_journal, ids.first(), left->holder) < left->expiresAt);
    QVERIFY(!BatchLease(*m_journal).current(batchId));
}

void TestReconcileLease::resume_holderOnAnotherMachine_takenOverAfterExpiry()
{
    const QStringList ids = leaveUnknown(1);
    QCOMPARE(ids.size(), 1);
    const qint64 batchId = m_journal->batch(ids.first())->id;
    // A process elsewhere took the batch and went silent: its lease has to run out.
    const QString elsewhere = QStringLiteral("another-machine.invalid/4242/1700000000000");
    BatchLease foreign(*m_journal, elsewhere);
    QVERIFY(foreign.acquire(batchId, std::chrono::milliseconds(800)));
    const qint64 expiresAt = foreign.current(batchId)->expiresAt;

    QProcess *next = startEngineChild(600);
    QTRY_VERIFY_WITH_TIMEOUT(next->state() == QProcess::NotRunning, 20000);
    QVERIFY2(next->exitCode() == 0, next->readAll().constData());
    QCOMPARE(m_journal->batch(ids.first())->state, BatchState::Accepted);
    QCOMPARE(m_lesspay->creates.value(ids.first()), 1);
    const QStringList senders = sendersOf(*m_journal, ids.first());
    QVERIFY(!senders.isEmpty());
    QCOMPARE(QSet<QString>(senders.cbegin(), senders.cend()).size(), 1);
    const qint64 first = firstRequestAfter(*m_journal, ids.first(), elsewhere);
    QVERIFY2(first >= expiresAt, qPrintable(QStringLiteral("%1 < %2").arg(first).arg(expiresAt)));
    QVERIFY(!BatchLease(*m_journal).current(batchId));
}

void TestReconcileLease::lease_secondHolder_refusedUntilExpiryOrRelease()
{
    const QStringList ids = leaveUnknown(1);
    const qint64 batchId = m_journal->batch(ids.first())->id;
    BatchLease a(*m_journal, QStringLiteral("host/1/1"));
    BatchLease b(*m_journal, QStringLiteral("host/2/2"));
    const std::chrono::milliseconds long_(60000);
    QVERIFY(a.acquire(batchId, long_));
    QVERIFY(a.acquire(batchId, long_)); // ours already
    QVERIFY(!b.acquire(batchId, long_));
    QVERIFY(!b.renew(batchId, long_));
    QVERIFY(a.renew(batchId, std::chrono::milliseconds(150)));
    const qint64 expiresAt = a.current(batchId)->expiresAt;
    // Expired: taken over, and not before the expiry on the clock that wrote it.
    QTRY_VERIFY_WITH_TIMEOUT(b.acquire(batchId, long_), 5000);
    QCOMPARE(b.current(batchId)->holder, QStringLiteral("host/2/2"));
    QVERIFY(b.current(batchId)->acquiredAt >= expiresAt);
    QVERIFY(!a.renew(batchId, long_)); // the old holder learns it lost it
    a.release(batchId);                // and cannot release someone else's
    QVERIFY(b.current(batchId));
    b.release(batchId);
    QVERIFY(!b.current(batchId));
    QVERIFY(a.acquire(batchId, long_)); // free again at once
    QVERIFY(BatchLease::ownHolderId().contains(QString::number(QCoreApplication::applicationPid())));
}

void TestReconcileLease::lease_clientClocksDisagree_serverClockDecidesOnPostgres()
{
    // Two consoles whose clocks are an hour apart. On PostgreSQL the server's clock sets and
    // checks every expiry, so neither can take the other's live lease; on SQLite (one machine,
    // one clock) the journal's clock decides, and one an hour ahead sees the lease expired.
    const qint64 hour = 3600 * 1000;
    const QString location = JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite")));
    std::unique_ptr<Journal> ahead =
        Journal::open(location, nullptr, [hour] { return QDateTime::currentMSecsSinceEpoch() + hour; });
    std::unique_ptr<Journal> behind =
        Journal::open(location, nullptr, [hour] { return QDateTime::currentMSecsSinceEpoch() - hour; });
    QVERIFY(ahead && behind);
    const QStringList ids = leaveUnknown(1);
    const qint64 batchId = m_journal->batch(ids.first())->id;
    const std::chrono::milliseconds ttl(60000);

    BatchLease late(*behind, QStringLiteral("behind/1/1"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(late.acquire(batchId, ttl));
    const BatchLease::Lease held = *late.current(batchId);
    BatchLease early(*ahead, QStringLiteral("ahead/2/2"));
    if (JournalBackend::isPostgres()) {
        // Written in the server's time (this machine's, as the test's server runs here).
        QVERIFY(held.acquiredAt >= before - 1000 && held.acquiredAt <= QDateTime::currentMSecsSinceEpoch() + 1000);
        QCOMPARE(held.expiresAt - held.acquiredAt, ttl.count());
        QVERIFY(!early.acquire(batchId, ttl));
        QVERIFY(late.renew(batchId, ttl));
        QCOMPARE(late.current(batchId)->holder, QStringLiteral("behind/1/1"));
    } else {
        QVERIFY(held.acquiredAt < before - hour + 1000); // the journal's clock
        QVERIFY(early.acquire(batchId, ttl));
        QCOMPARE(early.current(batchId)->holder, QStringLiteral("ahead/2/2"));
    }
}

QTEST_GUILESS_MAIN(TestReconcileLease)
#include "tst_reconcilelease.moc"
