// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/logmasker.h"
#include "journal/recipientkey.h"
#include "journal/sqldialect.h"
#include "journalbackend.h"
#include "journalconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

QByteArray body(const QString &requestId, const QString &account = QStringLiteral("001234567890"),
                const QString &amount = QStringLiteral("100.00"))
{
    QJsonObject d1{{QStringLiteral("mch_order_id"), QStringLiteral("m1")},
                   {QStringLiteral("amount"), amount},
                   {QStringLiteral("destination_type"), QStringLiteral("bank")},
                   {QStringLiteral("bank_account_no"), account},
                   {QStringLiteral("bank_swift_code"), QStringLiteral("BOPIPHMMXXX")}};
    QJsonObject w{{QStringLiteral("account_number"), QStringLiteral("+639171234567")},
                  {QStringLiteral("provider"), QStringLiteral("GCash")}};
    QJsonObject d2{{QStringLiteral("mch_order_id"), QStringLiteral("m2")},
                   {QStringLiteral("amount"), QStringLiteral("5.50")},
                   {QStringLiteral("destination_type"), QStringLiteral("ewallet")},
                   {QStringLiteral("e_wallet"), w}};
    QJsonObject o{{QStringLiteral("request_id"), requestId},
                  {QStringLiteral("currency"), QStringLiteral("PHP")},
                  {QStringLiteral("total_amount"), QStringLiteral("105.50")},
                  {QStringLiteral("payout_order_details"), QJsonArray{d1, d2}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void open_newFile_privateWalAndVersioned();
    void open_twice_sameSchemaNoMigrationError();
    void open_newerSchema_refused();
    void open_schema6Journal_indexesForScaleAndSameAnswers();
    void freeze_sameDraftTwice_returnsFirstBatch();
    void freeze_sameDraftFromSecondConnection_returnsFirstBatch();
    void freeze_duplicateRequestId_refused();
    void freeze_storesExactBytes();
    void stateChanges_bodyKeptApartAndReadBackUnchanged();
    void freeze_bodyInItsRow_readAsBefore();
    void checkpoint_readerHoldsOldSnapshot_copiesOnceItEnds();
    void draft_saveLoad_roundTrip();
    void draft_afterFreeze_readOnly();
    void draft_renamed_nameSurvivesTheNextSave();
    void draft_removed_goneWithItsLinkToItsBatch();
    void draft_renameOrRemoveRefused_reasonInWords();
    void stateChanges_timelineHasTransitionsOnly();
    void recordNotFound_keepsFirstTimeUntilResend();
    void markNotSent_afterSending_notSentAndNotCounted();
    void applyRemote_reportsOnlyChanges();
    void logEvent_masksAccountNumbers();
    void recentSamePayments_findsOtherPendingBatch_data();
    void recentSamePayments_findsOtherPendingBatch();
    void unresolvedAndPollLists_followState();
    void crashInsideTransaction_reopensConsistent();

private:
    std::unique_ptr<Journal> open();
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 1000;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Journal> TestJournal::open()
{
    QString error;
    auto j = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("sub/journal.sqlite"))), &error,
                           [this] { return m_now; });
    if (!j)
        qWarning("%s", qPrintable(error));
    return j;
}

void TestJournal::open_newFile_privateWalAndVersioned()
{
    auto j = open();
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::SchemaVersion);
    QVERIFY(j->integrityOk());
    QString error;
    QVERIFY2(j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")), &error), qPrintable(error));
    QSqlQuery q(JournalConnection::of(*j));
    if (JournalBackend::isPostgres()) {
        // No file on a server: the version is a row of its own table.
        QVERIFY(j->isServer());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM lesspay_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), Journal::SchemaVersion);
        QVERIFY(!q.next());
        return;
    }
    QVERIFY(!j->isServer());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    const auto privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions folder = QFileInfo(QFileInfo(j->path()).absolutePath()).permissions();
    QVERIFY(!(folder & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(j->path() + suffix);
        QVERIFY2(f.exists(), qPrintable(f.fileName()));
        QCOMPARE(f.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), privateMode);
    }
}

void TestJournal::open_twice_sameSchemaNoMigrationError()
{
    auto a = open();
    auto b = open();
    QVERIFY(a && b);
    QCOMPARE(b->schemaVersion(), Journal::SchemaVersion);
}

void TestJournal::open_newerSchema_refused()
{
    {
        auto j = open();
        QVERIFY(j);
        QVERIFY(j->freeze(0, QStringLiteral("p"), body(QStringLiteral("OLD"))));
        QVERIFY(SqlDialect::setSchemaVersion(JournalConnection::of(*j), Journal::SchemaVersion + 1, nullptr));
    }
    QString error;
    auto j = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("sub/journal.sqlite"))), &error);
    QVERIFY(!j);
    QVERIFY2(error.contains(QString::number(Journal::SchemaVersion + 1)), qPrintable(error));
}

void TestJournal::open_schema6Journal_indexesForScaleAndSameAnswers()
{
    // A journal as schema 6 left it: its two payout indexes, none of schema 7's, with a batch.
    const auto indexes = [](const Journal &j) {
        QSqlQuery q(JournalConnection::of(j));
        const bool ok = q.exec(j.isServer() ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename IN "
                                                             "('batches', 'batch_details') ORDER BY 1")
                                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                                             "tbl_name IN ('batches', 'batch_details') AND sql IS NOT "
                                                             "NULL ORDER BY 1"));
        QStringList out;
        while (ok && q.next())
            out.append(q.value(0).toString());
        // PostgreSQL names the indexes of its keys and UNIQUE columns: not what the migrations made.
        out.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("_key")) || name.endsWith(QLatin1String("_pkey"));
        });
        return out;
    };
    {
        auto j = open();
        QVERIFY(j);
        QVERIFY(j->freeze(0, QStringLiteral("p"), body(QStringLiteral("OLD"))));
        QSqlQuery q(JournalConnection::of(*j));
        for (const char *statement :
             {"DROP INDEX batches_created", "DROP INDEX batch_details_paid", "DROP INDEX batch_details_same_payment",
              "CREATE INDEX batch_details_recipient ON batch_details(recipient_key, amount_key)",
              "CREATE INDEX batch_details_status ON batch_details(batch_id, status)"})
            QVERIFY2(q.exec(QLatin1String(statement)), statement);
        QVERIFY(SqlDialect::setSchemaVersion(JournalConnection::of(*j), 6, nullptr));
    }
    auto j = open();
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::SchemaVersion);
    QCOMPARE(indexes(*j),
             (QStringList{QStringLiteral("batch_details_paid"), QStringLiteral("batch_details_same_payment"),
                          QStringLiteral("batches_created"), QStringLiteral("batches_state")}));
    // What the indexes answer is what the journal answered before.
    const QList<DuplicateHit> hits = JournalQueries(*j).recentSamePayments(
        RecipientKey::of(QStringLiteral("PHP"), QJsonDocument::fromJson(body(QStringLiteral("OLD")))
                                                    .object()
                                                    .value(QLatin1String("payout_order_details"))
                                                    .toArray()
                                                    .first()
                                                    .toObject()),
        RecipientKey::amountKey(QStringLiteral("100.00")).value_or(0), 0);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().requestId, QStringLiteral("OLD"));
}

void TestJournal::freeze_sameDraftTwice_returnsFirstBatch()
{
    auto j = open();
    DraftStore drafts(*j);
    const auto draftId = drafts.save({});
    QVERIFY(draftId);
    const auto first = j->freeze(*draftId, QStringLiteral("p"), body(QStringLiteral("R1")));
    const auto second = j->freeze(*draftId, QStringLiteral("p"), body(QStringLiteral("R2")));
    QVERIFY(first && second);
    QVERIFY(first->created);
    QVERIFY(!second->created);
    QCOMPARE(second->batch.requestId, QStringLiteral("R1"));
    QVERIFY(!j->batch(QStringLiteral("R2")));
}

void TestJournal::freeze_sameDraftFromSecondConnection_returnsFirstBatch()
{
    auto a = open();
    auto b = open();
    const auto draftId = DraftStore(*a).save({});
    QVERIFY(draftId);
    const auto first = a->freeze(*draftId, QStringLiteral("p"), body(QStringLiteral("RA")));
    const auto second = b->freeze(*draftId, QStringLiteral("p"), body(QStringLiteral("RB")));
    QVERIFY(first && second);
    QCOMPARE(second->batch.requestId, QStringLiteral("RA"));
    QCOMPARE(JournalQueries(*b).listBatches().size(), 1);
}

void TestJournal::freeze_duplicateRequestId_refused()
{
    auto j = open();
    QVERIFY(j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1"))));
    QString error;
    QVERIFY(!j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")), &error));
    QVERIFY(!error.isEmpty());
}

void TestJournal::freeze_storesExactBytes()
{
    auto j = open();
    const QByteArray bytes = body(QStringLiteral("R1"));
    const auto r = j->freeze(0, QStringLiteral("p"), bytes);
    QVERIFY(r);
    QCOMPARE(r->batch.body, bytes);
    QCOMPARE(r->batch.state, BatchState::Frozen);
    QCOMPARE(r->batch.detailCount, 2);
    QCOMPARE(r->batch.totalAmount, QStringLiteral("105.50"));
    const QList<DetailStatus> details = JournalQueries(*j).details(QStringLiteral("R1"));
    QCOMPARE(details.size(), 2);
    QCOMPARE(details.at(0).maskedAccount, QStringLiteral("****7890"));
}

void TestJournal::stateChanges_bodyKeptApartAndReadBackUnchanged()
{
    auto j = open();
    const QByteArray bytes = body(QStringLiteral("R1"));
    const qint64 id = j->freeze(0, QStringLiteral("p"), bytes)->batch.id;
    QVERIFY(j->markSending(id));
    QVERIFY(j->setState(id, BatchState::Accepted, QStringLiteral("accepted")));
    QCOMPARE(j->batchById(id)->body, bytes);
    QCOMPARE(j->batch(QStringLiteral("R1"))->body, bytes);
    QVERIFY(j->batchByIdWithoutBody(id)->body.isEmpty());
    // A create is logged without its body: the log shows the batch's own, masked.
    EventEntry e;
    e.kind = QStringLiteral("request");
    e.endpoint = QStringLiteral("create");
    j->logEvent(id, e);
    const QList<EventEntry> events = JournalQueries(*j).events(QStringLiteral("R1"));
    QCOMPARE(events.size(), 1);
    QVERIFY(events.at(0).body.contains("****7890"));
    // Where it is kept: apart from the row on SQLite, whose UPDATEs rewrite the whole row; in
    // the row on PostgreSQL, which stores a large value apart by itself.
    QSqlQuery q(JournalConnection::of(*j));
    QVERIFY(q.exec(QStringLiteral("SELECT length(body) FROM batches WHERE id = %1").arg(id)) && q.next());
    QCOMPARE(q.value(0).toInt(), JournalBackend::isPostgres() ? int(bytes.size()) : 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batch_bodies")) && q.next());
    QCOMPARE(q.value(0).toInt(), JournalBackend::isPostgres() ? 0 : 1);
}

void TestJournal::freeze_bodyInItsRow_readAsBefore()
{
    // A batch frozen before schema 6 holds its body in its row, on SQLite too.
    auto j = open();
    const QByteArray bytes = body(QStringLiteral("R1"));
    const qint64 id = j->freeze(0, QStringLiteral("p"), bytes)->batch.id;
    QSqlQuery q(JournalConnection::of(*j));
    q.prepare(QStringLiteral("UPDATE batches SET body = ? WHERE id = ?"));
    q.addBindValue(bytes);
    q.addBindValue(id);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM batch_bodies")));
    QCOMPARE(j->batchById(id)->body, bytes);
    QVERIFY(j->markSending(id));
    QCOMPARE(j->batch(QStringLiteral("R1"))->body, bytes);
}

void TestJournal::checkpoint_readerHoldsOldSnapshot_copiesOnceItEnds()
{
    // The reader's connection is taken while it is the only one on the file: JournalConnection
    // finds a connection by its database name, which the writer's shares.
    auto reader = open();
    QSqlDatabase readerDb = JournalConnection::of(*reader);
    auto writer = open();
    QVERIFY(writer->freeze(0, QStringLiteral("p"), body(QStringLiteral("R0"))));
    QVERIFY(writer->checkpoint());
    QVERIFY(readerDb.transaction());
    QSqlQuery read(readerDb);
    QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM batches")) && read.next());
    QString why;
    QVERIFY2(writer->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")), &why), qPrintable(why));
    // SQLite cannot copy what the reader's snapshot predates; a server has no log to copy.
    QCOMPARE(writer->checkpoint(), JournalBackend::isPostgres());
    read.finish();
    QVERIFY(readerDb.commit());
    QVERIFY(writer->checkpoint());
}

void TestJournal::draft_saveLoad_roundTrip()
{
    auto j = open();
    QList<PayoutDetail> rows;
    for (int i = 0; i < 1000; ++i) {
        PayoutDetail d;
        d.setValue(Field::MchOrderId, QStringLiteral("m%1").arg(i));
        d.setValue(Field::Amount, QStringLiteral("1.%1").arg(i % 100, 2, 10, QLatin1Char('0')));
        d.setValue(Field::WalletDepositKey, QStringLiteral("ключ"));
        rows.append(d);
    }
    DraftRecord draft;
    draft.profileId = QStringLiteral("p");
    draft.title = QStringLiteral("June");
    draft.header.currency = QStringLiteral("PHP");
    draft.rows = DraftCodec::encodeRows(rows);
    draft.rowCount = int(rows.size());
    DraftStore store(*j);
    const auto id = store.save(draft);
    QVERIFY(id);
    const auto loaded = store.load(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->header.currency, QStringLiteral("PHP"));
    QCOMPARE(DraftCodec::decodeRows(loaded->rows).value(), rows);
    QVERIFY(!DraftCodec::decodeRows(QByteArray("garbage")));
    QCOMPARE(store.list().size(), 1);
}

void TestJournal::draft_afterFreeze_readOnly()
{
    auto j = open();
    DraftStore store(*j);
    DraftRecord draft;
    draft.id = store.save(draft).value();
    QVERIFY(j->freeze(draft.id, QStringLiteral("p"), body(QStringLiteral("R1"))));
    QString error;
    QVERIFY(!store.save(draft, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.remove(draft.id));
    QCOMPARE(store.load(draft.id)->frozenRequestId, QStringLiteral("R1"));
}

void TestJournal::draft_renamed_nameSurvivesTheNextSave()
{
    auto j = open();
    DraftStore store(*j);
    DraftRecord draft;
    draft.profileId = QStringLiteral("p");
    draft.title = QStringLiteral("June");
    draft.id = store.save(draft).value();
    QString error;
    QVERIFY2(store.rename(draft.id, QStringLiteral("  July payroll "), &error), qPrintable(error));
    QCOMPARE(store.load(draft.id)->title, QStringLiteral("July payroll"));
    // An autosave writes the rows with whatever title its record has (none): the name stays.
    draft.title.clear();
    draft.rowCount = 3;
    QVERIFY(store.save(draft));
    QCOMPARE(store.load(draft.id)->title, QStringLiteral("July payroll"));
    QCOMPARE(store.load(draft.id)->rowCount, 3);
    QVERIFY(store.rename(draft.id, QString()));
    QCOMPARE(store.load(draft.id)->title, QString());
}

void TestJournal::draft_removed_goneWithItsLinkToItsBatch()
{
    auto j = open();
    DraftStore store(*j);
    QVERIFY(j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1"))));
    DraftRecord retry;
    retry.profileId = QStringLiteral("p");
    const qint64 id = store.saveFollowUp(retry, QStringLiteral("R1"), QStringLiteral("failed")).value();
    const qint64 other = store.save(retry).value();
    QCOMPARE(store.originOf(id), QStringLiteral("R1"));
    QString error;
    QVERIFY2(store.remove(id, &error), qPrintable(error));
    QVERIFY(!store.load(id));
    QVERIFY(store.originOf(id).isEmpty());
    QVERIFY(!store.followUpOf(QStringLiteral("R1"), QStringLiteral("failed")));
    QVERIFY(store.load(other));
    QCOMPARE(store.openDrafts(QStringLiteral("p")).size(), 1);
}

void TestJournal::draft_renameOrRemoveRefused_reasonInWords()
{
    auto j = open();
    DraftStore store(*j);
    DraftRecord draft;
    draft.title = QStringLiteral("Sent");
    draft.id = store.save(draft).value();
    QVERIFY(j->freeze(draft.id, QStringLiteral("p"), body(QStringLiteral("R1"))));
    QString error;
    QVERIFY(!store.rename(draft.id, QStringLiteral("Other"), &error));
    QCOMPARE(error, QStringLiteral("This draft was already submitted and can no longer change."));
    QVERIFY(!store.remove(draft.id, &error));
    QCOMPARE(error, QStringLiteral("This draft was submitted: its batch keeps it, so it cannot be deleted."));
    QCOMPARE(store.load(draft.id)->title, QStringLiteral("Sent"));
    QVERIFY(!store.remove(draft.id + 100, &error));
    QCOMPARE(error, QStringLiteral("This draft no longer exists."));
    QVERIFY(!store.rename(draft.id + 100, QStringLiteral("x"), &error));
    QCOMPARE(error, QStringLiteral("This draft no longer exists."));
}

void TestJournal::stateChanges_timelineHasTransitionsOnly()
{
    auto j = open();
    const qint64 id = j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")))->batch.id;
    m_now = 2000;
    QVERIFY(j->markSending(id));
    QVERIFY(j->setState(id, BatchState::Unknown, {}, QStringLiteral("timeout")));
    QVERIFY(j->setState(id, BatchState::Reconciling));
    QVERIFY(j->setState(id, BatchState::Reconciling)); // a retry, not a transition
    QVERIFY(j->setState(id, BatchState::Accepted));
    const QList<TimelineEntry> t = JournalQueries(*j).timeline(QStringLiteral("R1"));
    QStringList states;
    for (const TimelineEntry &e : t)
        states << e.state;
    QCOMPARE(states, (QStringList{QStringLiteral("frozen"), QStringLiteral("sending"), QStringLiteral("unknown"),
                                  QStringLiteral("reconciling"), QStringLiteral("accepted")}));
    const FrozenBatch b = j->batchById(id).value();
    QCOMPARE(b.sendCount, 1);
    QCOMPARE(b.lastSentAt, 2000);
}

void TestJournal::recordNotFound_keepsFirstTimeUntilResend()
{
    auto j = open();
    const qint64 id = j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")))->batch.id;
    m_now = 10;
    QCOMPARE(j->recordNotFound(id).since, 10);
    m_now = 20;
    const Journal::NotFound nf = j->recordNotFound(id);
    QCOMPARE(nf.since, 10);
    QCOMPARE(nf.count, 2);
    QVERIFY(j->markSending(id));
    m_now = 30;
    QCOMPARE(j->recordNotFound(id).since, 30);
}

void TestJournal::markNotSent_afterSending_notSentAndNotCounted()
{
    auto j = open();
    const qint64 id = j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")))->batch.id;
    QVERIFY(!j->markNotSent(id, QStringLiteral("x"))); // only the attempt being sent
    QVERIFY(j->markSending(id));
    QVERIFY(j->markNotSent(id, QStringLiteral("the host name h.invalid could not be found; nothing was sent")));
    const FrozenBatch b = *j->batchById(id);
    QCOMPARE(b.state, BatchState::NotSent);
    QCOMPARE(b.sendCount, 0);
    QCOMPARE(b.lastError, QStringLiteral("the host name h.invalid could not be found; nothing was sent"));
    QVERIFY(BatchStates::isSettled(b.state));
    QVERIFY(j->unresolvedBatches().isEmpty()); // not picked up at the next start
    QCOMPARE(BatchStates::fromKey(BatchStates::key(BatchState::NotSent)), BatchState::NotSent);
}

void TestJournal::applyRemote_reportsOnlyChanges()
{
    auto j = open();
    const qint64 id = j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")))->batch.id;
    RemoteBatch r;
    r.payOrderId = QStringLiteral("P1");
    r.status = OrderStatus::fromText(QStringLiteral("PENDING_PAY"));
    r.details = {
        {QStringLiteral("m1"), QStringLiteral("d1"), QStringLiteral("100.00"), QStringLiteral("PROCESSING"), {}, {}},
        {QStringLiteral("m2"), QStringLiteral("d2"), QStringLiteral("5.50"), QString(), {}, {}}};
    Journal::RemoteChanges c = j->applyRemote(id, r);
    QVERIFY(c.batchChanged);
    QCOMPARE(c.details, QStringList{QStringLiteral("m1")});
    c = j->applyRemote(id, r);
    QVERIFY(!c.batchChanged);
    QVERIFY(c.details.isEmpty());
    r.details[1].status = QStringLiteral("FAILED");
    r.details[1].failReason = QStringLiteral("closed account");
    c = j->applyRemote(id, r);
    QVERIFY(!c.batchChanged);
    QCOMPARE(c.details, QStringList{QStringLiteral("m2")});
    const FrozenBatch b = j->batchById(id).value();
    QCOMPARE(b.payOrderId, QStringLiteral("P1"));
    QCOMPARE(b.orderStatus, QStringLiteral("PENDING_PAY"));
    const auto summary = JournalQueries(*j).summary(QStringLiteral("R1")).value();
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.pending, 1);
}

void TestJournal::logEvent_masksAccountNumbers()
{
    auto j = open();
    const QByteArray bytes = body(QStringLiteral("R1"), QStringLiteral("987654321012"));
    const qint64 id = j->freeze(0, QStringLiteral("p"), bytes)->batch.id;
    EventEntry e;
    e.kind = QStringLiteral("request");
    e.endpoint = QStringLiteral("create");
    e.body = bytes;
    j->logEvent(id, e);
    const QList<EventEntry> events = JournalQueries(*j).events(QStringLiteral("R1"));
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.at(0).body.contains("987654321012"));
    QVERIFY(events.at(0).body.contains("****1012"));
    QVERIFY(!events.at(0).body.contains("+639171234567"));
    QCOMPARE(LogMasker::maskBody("card 1234567890123 ok"), QByteArray("card **** ok"));
}

void TestJournal::recentSamePayments_findsOtherPendingBatch_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("rejectFirst");
    QTest::addColumn<int>("hits");
    QTest::newRow("same") << QStringLiteral("001234567890") << QStringLiteral("100.00") << false << 1;
    QTest::newRow("same spaced, fewer decimals")
        << QStringLiteral("0012 3456 7890") << QStringLiteral("100") << false << 1;
    QTest::newRow("other amount") << QStringLiteral("001234567890") << QStringLiteral("100.01") << false << 0;
    QTest::newRow("other account") << QStringLiteral("001234567891") << QStringLiteral("100.00") << false << 0;
    QTest::newRow("first rejected") << QStringLiteral("001234567890") << QStringLiteral("100.00") << true << 0;
}

void TestJournal::recentSamePayments_findsOtherPendingBatch()
{
    QFETCH(QString, account);
    QFETCH(QString, amount);
    QFETCH(bool, rejectFirst);
    QFETCH(int, hits);
    auto j = open();
    const qint64 first = j->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1")))->batch.id;
    if (rejectFirst)
        QVERIFY(j->setState(first, BatchState::Rejected));
    const QByteArray second = body(QStringLiteral("R2"), account, amount);
    QVERIFY(j->freeze(0, QStringLiteral("p"), second));
    const QJsonObject d =
        QJsonDocument::fromJson(second).object()[QLatin1String("payout_order_details")].toArray().at(0).toObject();
    const QList<DuplicateHit> found = JournalQueries(*j).recentSamePayments(
        RecipientKey::of(QStringLiteral("PHP"), d), RecipientKey::amountKey(amount).value(), 0, QStringLiteral("R2"));
    QCOMPARE(found.size(), hits);
    if (hits)
        QCOMPARE(found.at(0).requestId, QStringLiteral("R1"));
    // Without an excluded batch, the second batch finds itself as well.
    QCOMPARE(
        JournalQueries(*j)
            .recentSamePayments(RecipientKey::of(QStringLiteral("PHP"), d), RecipientKey::amountKey(amount).value(), 0)
            .size(),
        hits + 1);
    // What the warning names: only the payment recorded last, for each probe that has one.
    const QList<JournalQueries::Probe> probes{
        {QStringLiteral("no-such-recipient"), 1},
        {RecipientKey::of(QStringLiteral("PHP"), d), RecipientKey::amountKey(amount).value()}};
    const QHash<int, DuplicateHit> latest = JournalQueries(*j).latestSamePayments(probes, 0);
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.value(1).requestId, QStringLiteral("R2"));
    const QHash<int, DuplicateHit> excluded = JournalQueries(*j).latestSamePayments(probes, 0, QStringLiteral("R2"));
    QCOMPARE(excluded.size(), hits);
    if (hits)
        QCOMPARE(excluded.value(1).requestId, QStringLiteral("R1"));
}

void TestJournal::unresolvedAndPollLists_followState()
{
    auto j = open();
    const qint64 a = j->freeze(0, QStringLiteral("p"), body(QStringLiteral("A")))->batch.id;
    const qint64 b = j->freeze(0, QStringLiteral("p"), body(QStringLiteral("B")))->batch.id;
    QVERIFY(j->markSending(a));
    QVERIFY(j->setState(b, BatchState::Accepted));
    QCOMPARE(j->unresolvedBatches().size(), 1);
    QCOMPARE(j->unresolvedBatches().at(0).requestId, QStringLiteral("A"));
    QCOMPARE(j->batchesToPoll().size(), 1);
    RemoteBatch r;
    r.status = OrderStatus::fromText(QStringLiteral("SUCCESS"));
    j->applyRemote(b, r);
    QVERIFY(j->batchesToPoll().isEmpty());
}

void TestJournal::crashInsideTransaction_reopensConsistent()
{
    const QString path = JournalBackend::location(m_dir->filePath(QStringLiteral("crash.sqlite")));
    QProcess child;
    child.start(QStringLiteral(JOURNAL_CRASH_CHILD),
                {path, QString::fromUtf8(body(QStringLiteral("COMMITTED"))), QStringLiteral("TORN")});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("inside-transaction")
                                 || child.state() == QProcess::NotRunning,
                             20000);
    QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
    child.kill(); // SIGKILL: no rollback, no close
    QVERIFY(child.waitForFinished());

    QString error;
    auto j = Journal::open(path, &error);
    QVERIFY2(j, qPrintable(error));
    QVERIFY(j->integrityOk());
    QVERIFY(j->batch(QStringLiteral("COMMITTED")));
    QVERIFY(!j->batch(QStringLiteral("TORN0")));
    QCOMPARE(JournalQueries(*j).listBatches().size(), 1);
    QVERIFY(j->freeze(0, QStringLiteral("p"), body(QStringLiteral("AFTER"))));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
