// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/directorystore.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalimport.h"
#include "journal/journalqueries.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "journalconnection.h"

#include <QSqlQuery>
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
    void run_teamWorkspace_directoryKeepsItsTimesAndHistory();

private:
    void fillSource();
    void fillDirectory();
    static void compareBatch(const Journal &a, const Journal &b, const QString &requestId);
    static void compareDirectory(Journal &a, Journal &b);
    static int historyRows(const Journal &journal);

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
    fillDirectory();
}

namespace {

PayoutDetail bankAccount(const QString &number)
{
    PayoutDetail d;
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, number);
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

PayoutDetail walletAccount(const QString &number)
{
    PayoutDetail d;
    d.setValue(Field::DestinationType, PayoutDetail::EWallet);
    d.setValue(Field::WalletAccountName, QStringLiteral("Maria Santos"));
    d.setValue(Field::WalletAccountNumber, number);
    d.setValue(Field::WalletProvider, QStringLiteral("GCASH"));
    return d;
}

} // namespace

// The recipient directory with what an import can lose: accounts added later and edited (their
// changed time decides the changed-account warning), a payee and an account removed since (their
// history stays), and entries by two people.
void TestJournalImport::fillDirectory()
{
    DirectoryStore store(*m_source);
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.reference = QStringLiteral("SUP-001");
    juan.notes = QStringLiteral("pays monthly");
    juan.tags = {QStringLiteral("suppliers")};
    juan.accounts.append({0, bankAccount(QStringLiteral("001234567890")), 0, 0});
    juan.accounts.append({0, bankAccount(QStringLiteral("009999999999")), 0, 0});
    const std::optional<Payee> savedJuan = store.addPayee(juan, QStringLiteral("ana"));
    QVERIFY(savedJuan);
    const std::optional<PayeeAccount> wallet =
        store.addAccount(savedJuan->id, walletAccount(QStringLiteral("09171234567")), QStringLiteral("ana"));
    QVERIFY(wallet);
    QVERIFY(store.updateAccount(wallet->id, walletAccount(QStringLiteral("09177654321")), QStringLiteral("ben")));
    QVERIFY(store.removeAccount(savedJuan->accounts.at(1).id, QStringLiteral("ben")));
    Payee gone;
    gone.name = QStringLiteral("Former Supplier");
    const std::optional<Payee> savedGone = store.addPayee(gone, QStringLiteral("ana"));
    QVERIFY(savedGone);
    QVERIFY(store.removePayee(savedGone->id, QStringLiteral("ben")));
    Payee maria;
    maria.name = QStringLiteral("Maria Santos");
    maria.accounts.append({0, walletAccount(QStringLiteral("09170000001")), 0, 0});
    QVERIFY(store.addPayee(maria, QStringLiteral("ben")));
}

int TestJournalImport::historyRows(const Journal &journal)
{
    QSqlQuery q(JournalConnection::of(journal));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM payee_changes")) && q.next() ? q.value(0).toInt() : -1;
}

void TestJournalImport::compareDirectory(Journal &a, Journal &b)
{
    const QList<Payee> pa = DirectoryStore(a).payees();
    const QList<Payee> pb = DirectoryStore(b).payees();
    QCOMPARE(pb.size(), pa.size());
    for (qsizetype i = 0; i < pa.size(); ++i) {
        QCOMPARE(pb.at(i).name, pa.at(i).name);
        QCOMPARE(pb.at(i).reference, pa.at(i).reference);
        QCOMPARE(pb.at(i).notes, pa.at(i).notes);
        QCOMPARE(pb.at(i).tags, pa.at(i).tags);
        QCOMPARE(pb.at(i).createdAt, pa.at(i).createdAt);
        QCOMPARE(pb.at(i).updatedAt, pa.at(i).updatedAt);
        QCOMPARE(pb.at(i).accounts.size(), pa.at(i).accounts.size());
        for (qsizetype j = 0; j < pa.at(i).accounts.size(); ++j) {
            const PayeeAccount &x = pa.at(i).accounts.at(j);
            const PayeeAccount &y = pb.at(i).accounts.at(j);
            QCOMPARE(y.detail, x.detail);
            QCOMPARE(y.createdAt, x.createdAt);
            QCOMPARE(y.changedAt, x.changedAt);
        }
        const QList<PayeeChange> ca = DirectoryStore(a).changes(pa.at(i).id);
        const QList<PayeeChange> cb = DirectoryStore(b).changes(pb.at(i).id);
        QCOMPARE(cb.size(), ca.size());
        for (qsizetype j = 0; j < ca.size(); ++j) {
            QCOMPARE(cb.at(j).at, ca.at(j).at);
            QCOMPARE(cb.at(j).who, ca.at(j).who);
            QCOMPARE(cb.at(j).what, ca.at(j).what);
            QCOMPARE(cb.at(j).oldValue, ca.at(j).oldValue);
            QCOMPARE(cb.at(j).newValue, ca.at(j).newValue);
            // Entries of one account stay together, on the account's new id.
            QCOMPARE(cb.at(j).accountId == 0, ca.at(j).accountId == 0);
        }
    }
    // The history of the removed payee too.
    QCOMPARE(historyRows(b), historyRows(a));
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
    // The recipient directory: payees, accounts with their times, and every history entry.
    QCOMPARE(r->payees, 2);
    QCOMPARE(r->payeeAccounts, 3);
    QCOMPARE(r->payeeChanges, historyRows(*m_source));
    compareDirectory(*m_source, *m_target);
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
    QCOMPARE(again->payees, 0);
    QCOMPARE(again->payeesSkipped, 2);
    QCOMPARE(again->payeeAccounts, 0);
    QCOMPARE(again->payeeChanges, 0);
    compareDirectory(*m_source, *m_target);
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

void TestJournalImport::run_teamWorkspace_directoryKeepsItsTimesAndHistory()
{
    QString error;
    if (!JournalBackend::isPostgres()) {
        // A file has no team layer: the import writes the directory as the file's own store would.
        QVERIFY(!TeamWorkspace::install(*m_target, &error));
        QVERIFY2(JournalImport::run(*m_source, *m_target, &error), qPrintable(error));
        compareDirectory(*m_source, *m_target);
        return;
    }
    // In a team workspace the server stamps and records every directory write; the import keeps
    // the personal journal's times and history instead, twice over nothing changes, and the
    // server's triggers are back on for the next write.
    QVERIFY2(TeamWorkspace::install(*m_target, &error), qPrintable(error));
    const auto r = JournalImport::run(*m_source, *m_target, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->payees, 2);
    compareDirectory(*m_source, *m_target);
    const int rows = historyRows(*m_target);
    const auto again = JournalImport::run(*m_source, *m_target, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->payees + again->payeeAccounts + again->payeeChanges, 0);
    QCOMPARE(historyRows(*m_target), rows);

    DirectoryStore store(*m_target);
    Payee later;
    later.name = QStringLiteral("Added After Import");
    const std::optional<Payee> saved = store.addPayee(later, QStringLiteral("ignored"));
    QVERIFY2(saved, qPrintable(error));
    const QList<PayeeChange> history = store.changes(saved->id);
    QCOMPARE(history.size(), 1); // written by the server's trigger, as the person logged in
    QCOMPARE(history.first().what, QStringLiteral("payee.created"));
    QCOMPARE(history.first().who, QStringLiteral("lesspay_test"));
    QVERIFY(history.first().id > 0);
    QCOMPARE(historyRows(*m_target), rows + 1);
}

QTEST_GUILESS_MAIN(TestJournalImport)
#include "tst_journalimport.moc"
