// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad days of a team database: the test's private PostgreSQL (with-postgres.sh) stopped and
// started again, a login revoked, a schema upgraded by a newer console. The monitor notices,
// says so, keeps the journal from sending, and gets the connection (and its LISTEN) back.
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalconnectionmonitor.h"
#include "journal/journalnotifier.h"
#include "journal/sqldialect.h"
#include "journalbackend.h"
#include "privatepostgres.h"
#include "teamjournal.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

using State = JournalConnectionMonitor::State;

class TestJournalConnectionMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void check_sqliteJournal_alwaysConnectedAndQuiet();
    void serverStopped_idleConnection_noticedFromTheSocketAndListeningAgainAfterStart();
    void check_queryFailedWhileServerDown_reconnectingWithBackoffUntilBack();
    void loginRevoked_refusedWithoutRetryLoop();
    void schemaNewer_whileAway_refusedAndNothingWritten();

private:
    QString location() const { return JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))); }
    // Raw SQL as the server's superuser, on a connection of the test's own.
    bool admin(const QString &database, const QStringList &statements);
    static DraftRecord draft();

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_serverStopped = false;
};

void TestJournalConnectionMonitor::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_journalconnectionmonitor runs under with-postgres.sh only");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalConnectionMonitor::cleanup()
{
    // A failed test leaves the server running for the next one.
    if (std::exchange(m_serverStopped, false))
        QVERIFY(PrivatePostgres::start());
    m_dir.reset();
}

bool TestJournalConnectionMonitor::admin(const QString &database, const QStringList &statements)
{
    const QString name = QStringLiteral("monitor-test-admin");
    bool ok = true;
    {
        QUrl url(database);
        url.setUserName(QUrl(qEnvironmentVariable("LESSPAY_TEST_PG")).userName());
        QSqlDatabase db = SqlDialect::addServerConnection(url.toString(), name);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

DraftRecord TestJournalConnectionMonitor::draft()
{
    DraftRecord d;
    d.profileId = QStringLiteral("profile");
    d.header.requestId = QStringLiteral("REQ-MONITOR");
    d.header.currency = QStringLiteral("PHP");
    d.rows = QByteArrayLiteral("[]");
    return d;
}

void TestJournalConnectionMonitor::check_sqliteJournal_alwaysConnectedAndQuiet()
{
    std::unique_ptr<Journal> journal = Journal::open(m_dir->filePath(QStringLiteral("personal.sqlite")));
    QVERIFY(journal);
    JournalConnectionMonitor monitor(*journal);
    QSignalSpy changed(&monitor, &JournalConnectionMonitor::stateChanged);
    QVERIFY(monitor.check());
    monitor.watchSocket();
    QCOMPARE(monitor.state(), State::Connected);
    QVERIFY(journal->offlineReason().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void TestJournalConnectionMonitor::serverStopped_idleConnection_noticedFromTheSocketAndListeningAgainAfterStart()
{
    std::unique_ptr<Journal> mine = Journal::open(location());
    QVERIFY(mine);
    JournalNotifier notifier(*mine);
    QVERIFY(notifier.isActive());
    JournalConnectionMonitor monitor(*mine);
    monitor.setRetryDelays(50, 400);
    connect(&monitor, &JournalConnectionMonitor::reconnected, &notifier, &JournalNotifier::resubscribe);
    monitor.watchSocket();
    QSignalSpy changed(&monitor, &JournalConnectionMonitor::stateChanged);
    QSignalSpy reconnected(&monitor, &JournalConnectionMonitor::reconnected);

    // Nobody queries: the server's goodbye on the LISTEN socket is what tells.
    QVERIFY(PrivatePostgres::stop());
    m_serverStopped = true;
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Reconnecting, 5000);
    QCOMPARE(changed.size(), 1);
    QVERIFY(monitor.since() > 0);
    QVERIFY(!mine->offlineReason().isEmpty());
    // The core refuses to send, whatever a window shows.
    QCOMPARE(mine->sendRefusal(1), mine->offlineReason());
    QVERIFY(!mine->markSending(1));
    QTRY_VERIFY(monitor.attempts() >= 2); // tried again on its own, and failed
    QCOMPARE(monitor.state(), State::Reconnecting);

    QVERIFY(PrivatePostgres::start());
    m_serverStopped = false;
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Connected, 5000);
    QCOMPARE(reconnected.size(), 1);
    QVERIFY(mine->offlineReason().isEmpty());
    QCOMPARE(monitor.since(), qint64(0));

    // LISTENing again: a colleague's save reaches this connection.
    QVERIFY(notifier.isActive());
    QSignalSpy drafts(&notifier, &JournalNotifier::draftChanged);
    std::unique_ptr<Journal> theirs = Journal::open(location());
    QVERIFY(theirs);
    const std::optional<qint64> id = DraftStore(*theirs).save(draft());
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(!drafts.isEmpty(), 1000);
    QCOMPARE(drafts.last().at(0).toLongLong(), *id);
    // And this connection writes again.
    QVERIFY(DraftStore(*mine).save(draft()));
    // A second restart is noticed the same way: the socket is watched again.
    QVERIFY(PrivatePostgres::stop());
    m_serverStopped = true;
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Reconnecting, 5000);
    QVERIFY(PrivatePostgres::start());
    m_serverStopped = false;
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Connected, 5000);
}

void TestJournalConnectionMonitor::check_queryFailedWhileServerDown_reconnectingWithBackoffUntilBack()
{
    std::unique_ptr<Journal> mine = Journal::open(location());
    QVERIFY(mine);
    // No notifier, and no event-loop turn between the stop and the save: the failed query tells.
    JournalConnectionMonitor monitor(*mine);
    monitor.setRetryDelays(20, 160);
    QVERIFY(monitor.check());
    QVERIFY(PrivatePostgres::stop());
    m_serverStopped = true;
    QCOMPARE(monitor.state(), State::Connected); // nothing polls while connected
    QString error;
    QVERIFY(!DraftStore(*mine).save(draft(), &error));
    QVERIFY(!monitor.check(error));
    QCOMPARE(monitor.state(), State::Reconnecting);
    QVERIFY(!monitor.detail().isEmpty());

    // 20, 40, 80, 160, 160... ms apart: several attempts, fewer than a loop would make.
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.attempts() >= 5, 5000);
    QVERIFY2(elapsed.elapsed() >= 20 + 40 + 80 + 160 - 50, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(monitor.state(), State::Reconnecting);

    QVERIFY(PrivatePostgres::start());
    m_serverStopped = false;
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Connected, 5000);
    QVERIFY(DraftStore(*mine).save(draft()));
}

void TestJournalConnectionMonitor::loginRevoked_refusedWithoutRetryLoop()
{
    TeamJournal::Workspace workspace;
    QString error;
    QVERIFY2(workspace.create(&error), qPrintable(error));
    Journal &alice = *workspace.alice;
    JournalNotifier notifier(alice);
    JournalConnectionMonitor monitor(alice);
    monitor.setRetryDelays(5, 60000);
    monitor.watchSocket();
    QSignalSpy changed(&monitor, &JournalConnectionMonitor::stateChanged);

    // An admin revokes alice's login and ends her session.
    QVERIFY(admin(workspace.location,
                  {QStringLiteral("ALTER ROLE alice NOLOGIN"),
                   QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'alice'")}));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Refused, 5000);
    QVERIFY2(monitor.detail().contains(QLatin1String("alice")), qPrintable(monitor.detail()));
    QCOMPARE(alice.offlineReason(), JournalConnectionMonitor::reason(State::Refused));
    QVERIFY(!alice.sendRefusal(1).isEmpty());
    const int attempts = monitor.attempts();
    QVERIFY(attempts <= 2);
    // The back-off would have tried again four times by now (5, 10, 20, 40 ms): a refusal waits
    // for the ceiling.
    QTest::qWait(100);
    QCOMPARE(monitor.attempts(), attempts);
    QCOMPARE(monitor.state(), State::Refused);
    QCOMPARE(changed.last().at(0).value<State>(), State::Refused);
    QVERIFY(admin(workspace.location, {QStringLiteral("ALTER ROLE alice LOGIN")}));
}

void TestJournalConnectionMonitor::schemaNewer_whileAway_refusedAndNothingWritten()
{
    std::unique_ptr<Journal> mine = Journal::open(location());
    QVERIFY(mine);
    JournalNotifier notifier(*mine);
    JournalConnectionMonitor monitor(*mine);
    monitor.setRetryDelays(5, 60000);
    monitor.watchSocket();

    // A newer console upgrades the workspace while this one's connection is down.
    QVERIFY(admin(location(), {QStringLiteral("UPDATE lesspay_schema SET version = %1").arg(Journal::SchemaVersion + 1),
                               QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                              "datname = current_database() AND pid <> pg_backend_pid()")}));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::SchemaNewer, 5000);
    QVERIFY(!mine->offlineReason().isEmpty());
    QVERIFY(!DraftStore(*mine).save(draft()));
    QVERIFY(!mine->markSending(1));
    QVERIFY(admin(location(), {QStringLiteral("UPDATE lesspay_schema SET version = %1").arg(Journal::SchemaVersion)}));
    std::unique_ptr<Journal> after = Journal::open(location());
    QVERIFY(after);
    QVERIFY(DraftStore(*after).list().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalConnectionMonitor)
#include "tst_journalconnectionmonitor.moc"
