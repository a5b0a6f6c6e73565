// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Batches view in a team workspace (a private PostgreSQL, with-postgres.sh) follows the
// server's notifications instead of reading the whole list again every 30 s; where nothing
// notifies (a personal journal on SQLite) it keeps reading it again.
#include "batchesview.h"
#include "journal/journal.h"
#include "journal/journalnotifier.h"
#include "journalbackend.h"
#include "models/batchlistmodel.h"
#include "teamjournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;
using namespace std::chrono_literals;

class TestBatchesViewNotify : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followJournal_notifierListening_noPeriodicReload();
    void followJournal_journalChangedAlone_reloadsOnce();
    void followJournal_nothingNotifies_reloadsPeriodically();

private:
    std::unique_ptr<TeamJournal::Workspace> m_team;
};

void TestBatchesViewNotify::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_batchesviewnotify runs under with-postgres.sh only");
    m_team = std::make_unique<TeamJournal::Workspace>();
    QString error;
    QVERIFY2(m_team->create(&error), qPrintable(error));
}

void TestBatchesViewNotify::cleanup()
{
    m_team.reset();
}

void TestBatchesViewNotify::followJournal_notifierListening_noPeriodicReload()
{
    BatchesView view(*m_team->owner);
    JournalNotifier notifier(*m_team->owner);
    QVERIFY(notifier.isActive());
    // A fallback period of 10 ms: ten of them pass while the test waits below.
    view.setFallbackReloadInterval(10ms);
    QVERIFY(view.isReloadingPeriodically());
    view.followJournal(notifier);
    QVERIFY(!view.isReloadingPeriodically());
    QSignalSpy reloads(view.model(), &BatchListModel::reloaded);

    // A colleague freezes a batch: its row arrives with the notification, not by a re-read.
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1"))));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->rowOf(QStringLiteral("R1")), 0);
    QTest::qWait(100);
    QCOMPARE(reloads.count(), 0);
    QVERIFY(!view.isReloadingPeriodically());
}

void TestBatchesViewNotify::followJournal_journalChangedAlone_reloadsOnce()
{
    BatchesView view(*m_team->owner);
    JournalNotifier notifier(*m_team->owner);
    view.followJournal(notifier);
    QSignalSpy reloads(view.model(), &BatchListModel::reloaded);

    // What the notifier announces once it listens again on a connection opened anew: changes
    // made meanwhile were not announced, so the whole list is read again, once.
    emit notifier.journalChanged();
    QCOMPARE(reloads.count(), 1);

    // Announced changes are read batch by batch: the journalChanged() after them reads nothing more.
    QSignalSpy changed(&notifier, &JournalNotifier::journalChanged);
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R2"))));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QTRY_VERIFY(changed.count() >= 1);
    QCOMPARE(reloads.count(), 1);
}

void TestBatchesViewNotify::followJournal_nothingNotifies_reloadsPeriodically()
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> personal = Journal::open(dir.filePath(QStringLiteral("personal.sqlite")));
    QVERIFY(personal);
    BatchesView view(*personal);
    JournalNotifier notifier(*personal);
    QVERIFY(!notifier.isActive());
    view.setFallbackReloadInterval(10ms);
    view.followJournal(notifier);
    QVERIFY(view.isReloadingPeriodically());
    QSignalSpy reloads(view.model(), &BatchListModel::reloaded);
    // A batch written by another process (the CLI) shows up through the fallback alone.
    std::unique_ptr<Journal> cli = Journal::open(dir.filePath(QStringLiteral("personal.sqlite")));
    QVERIFY(cli && cli->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("CLI1"))));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QTRY_VERIFY(reloads.count() >= 3);
}

QTEST_MAIN(TestBatchesViewNotify)
#include "tst_batchesviewnotify.moc"
