// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/batch.h"
#include "domain/detailvalidator.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/recipientkey.h"
#include "journalbackend.h"
#include "models/frozenbody.h"
#include "session/freezetask.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Lesspay::Core;

namespace {

PayoutDetail row(int i)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, QStringLiteral("T%1").arg(i, 7, 10, QLatin1Char('0')));
    d.setValue(Field::Amount, QStringLiteral("%1.%2").arg(1 + i % 900).arg(i % 100, 2, 10, QLatin1Char('0')));
    if (i % 3 == 2) {
        d.setValue(Field::DestinationType, PayoutDetail::EWallet);
        d.setValue(Field::WalletAccountName, QStringLiteral("Ana Reyes"));
        d.setValue(Field::WalletAccountNumber, QStringLiteral("0917%1").arg(i, 7, 10, QLatin1Char('0')));
        d.setValue(Field::WalletAccountType, QStringLiteral("individual"));
        d.setValue(Field::WalletProvider, QStringLiteral("GCash"));
        d.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
        d.setValue(Field::WalletDepositKey, QStringLiteral("+639171234567"));
    } else {
        d.setValue(Field::DestinationType, PayoutDetail::Bank);
        d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
        d.setValue(Field::BankAccountNo, QStringLiteral("1%1").arg(i, 11, 10, QLatin1Char('0')));
        d.setValue(Field::BankAccountType, QStringLiteral("individual"));
        d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
        d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
        d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMMXXX"));
    }
    return d;
}

} // namespace

// FreezeTask: the heavy half of a review or a submit runs on its own thread with its own journal
// connection, the GUI thread's event loop keeps running meanwhile, and its result is the same as
// the one-thread path's.
class tst_FreezeTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void review_largeBatch_runsOffTheGuiThreadWhileTimersFire();
    void record_largeBatch_offTheGuiThreadAndSameRowsAsTheParsedBody();
    void record_cancelled_nothingRecorded();
    void review_cancelled_draftSavedAnyway();

private:
    std::shared_ptr<const Batch> batchOf(int rows) const;
    // Runs the task to its end, counting the ticks of a 1 ms timer of this thread meanwhile and
    // noting every thread the task reported progress from.
    void run(FreezeTask &task, int *ticks, QSet<QThread *> *threads);

    std::unique_ptr<DetailValidator> m_validator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

void tst_FreezeTask::initTestCase()
{
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
}

void tst_FreezeTask::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_journal = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))), &error);
    QVERIFY2(m_journal, qPrintable(error));
}

void tst_FreezeTask::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

std::shared_ptr<const Batch> tst_FreezeTask::batchOf(int rows) const
{
    auto batch = std::make_shared<Batch>(
        *m_validator, BatchHeader{RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                                  QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
    batch->reserve(rows);
    for (int i = 0; i < rows; ++i)
        batch->append(row(i));
    return batch;
}

void tst_FreezeTask::run(FreezeTask &task, int *ticks, QSet<QThread *> *threads)
{
    // Direct: the lambda runs in whichever thread emits, which is the point of the check.
    connect(
        &task, &FreezeTask::progress, this, [threads](int, int) { threads->insert(QThread::currentThread()); },
        Qt::DirectConnection);
    QSignalSpy finished(&task, &FreezeTask::finished);
    QTimer heartbeat;
    heartbeat.setInterval(1);
    connect(&heartbeat, &QTimer::timeout, this, [ticks, &finished] {
        if (finished.isEmpty())
            ++*ticks;
    });
    heartbeat.start();
    task.start();
    QVERIFY(task.isRunning() || !finished.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
}

void tst_FreezeTask::review_largeBatch_runsOffTheGuiThreadWhileTimersFire()
{
    // Large enough that the work takes many timer intervals even on a fast machine.
    const std::shared_ptr<const Batch> batch = batchOf(30000);
    DraftRecord draft;
    draft.profileId = QStringLiteral("p");
    FreezeTask *task = FreezeTask::review(*m_journal, draft, batch, this);
    std::unique_ptr<FreezeTask> owner(task);
    int ticks = 0;
    QSet<QThread *> threads;
    run(*task, &ticks, &threads);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(!threads.isEmpty());
    QVERIFY(!threads.contains(QThread::currentThread()));
    QVERIFY2(ticks > 0, "the GUI thread's timer never fired while the review ran");
    const FreezeTask::Result &r = task->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.walletCount, 10000);
    // The same bytes and sign string as written on this thread.
    const FrozenBody::Request here = FrozenBody::write(*batch);
    QCOMPARE(r.request.body, here.body);
    QCOMPARE(r.request.signPrefix, here.signPrefix);
    // The draft was saved with every row, readable through this thread's connection.
    const std::optional<DraftRecord> saved = DraftStore(*m_journal).load(r.draftId);
    QVERIFY(saved);
    QCOMPARE(saved->rowCount, 30000);
    const std::optional<QList<PayoutDetail>> rows = DraftCodec::decodeRows(saved->rows);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 30000);
    QCOMPARE(rows->at(29999).mchOrderId(), row(29999).mchOrderId());
}

void tst_FreezeTask::record_largeBatch_offTheGuiThreadAndSameRowsAsTheParsedBody()
{
    const std::shared_ptr<const Batch> batch = batchOf(20000);
    const FrozenBody::Request request = FrozenBody::write(*batch);
    FreezeTask *task = FreezeTask::record(*m_journal, 0, QStringLiteral("p"), request, batch, this);
    std::unique_ptr<FreezeTask> owner(task);
    int ticks = 0;
    QSet<QThread *> threads;
    run(*task, &ticks, &threads);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(!threads.isEmpty());
    QVERIFY(!threads.contains(QThread::currentThread()));
    QVERIFY2(ticks > 0, "the GUI thread's timer never fired while the batch was recorded");
    const FreezeTask::Result &r = task->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.frozen && r.frozen->created);
    QCOMPARE(r.frozen->batch.body, request.body);
    QCOMPARE(r.frozen->batch.requestId, request.requestId);
    QCOMPARE(r.frozen->batch.detailCount, 20000);
    QCOMPARE(r.frozen->batch.totalAmount, batch->totalString());

    // The rows indexed from the Batch are the rows the old path indexes by parsing the body.
    Batch copy = *batch;
    BatchHeader header = copy.header();
    header.requestId = RequestId::generate();
    copy.setHeader(header);
    const FrozenBody::Request other = FrozenBody::write(copy);
    QString error;
    QVERIFY2(m_journal->freeze(0, QStringLiteral("p"), other.body, &error), qPrintable(error));
    const QList<DetailStatus> fromBatch = JournalQueries(*m_journal).details(request.requestId);
    const QList<DetailStatus> parsed = JournalQueries(*m_journal).details(other.requestId);
    QCOMPARE(fromBatch.size(), 20000);
    QCOMPARE(parsed.size(), fromBatch.size());
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        QCOMPARE(fromBatch.at(i).mchOrderId, parsed.at(i).mchOrderId);
        QCOMPARE(fromBatch.at(i).amount, parsed.at(i).amount);
        QCOMPARE(fromBatch.at(i).maskedAccount, parsed.at(i).maskedAccount);
    }
    // Same recipient keys: a bank row and a wallet row find both batches as earlier payments.
    for (int i : {0, 2}) {
        const PayoutDetail d = batch->normalizedDetail(i);
        const QList<DuplicateHit> hits =
            JournalQueries(*m_journal)
                .recentSamePayments(RecipientKey::of(QStringLiteral("PHP"), d),
                                    *RecipientKey::amountKey(d.value(Field::Amount)), 0, {});
        QCOMPARE(hits.size(), 2);
    }
}

void tst_FreezeTask::record_cancelled_nothingRecorded()
{
    const std::shared_ptr<const Batch> batch = batchOf(20000);
    const FrozenBody::Request request = FrozenBody::write(*batch);
    std::unique_ptr<FreezeTask> task(FreezeTask::record(*m_journal, 0, QStringLiteral("p"), request, batch));
    // Cancelled at its first report, from its own thread: the transaction is rolled back.
    connect(
        task.get(), &FreezeTask::progress, task.get(), [&task](int, int) { task->cancel(); }, Qt::DirectConnection);
    QSignalSpy finished(task.get(), &FreezeTask::finished);
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QVERIFY(!task->result().ok);
    QVERIFY(task->result().cancelled);
    QVERIFY(!m_journal->batch(request.requestId));
    QVERIFY(JournalQueries(*m_journal).details(request.requestId).isEmpty());
}

void tst_FreezeTask::review_cancelled_draftSavedAnyway()
{
    const std::shared_ptr<const Batch> batch = batchOf(2000);
    DraftRecord draft;
    draft.profileId = QStringLiteral("p");
    std::unique_ptr<FreezeTask> task(FreezeTask::review(*m_journal, draft, batch));
    connect(
        task.get(), &FreezeTask::progress, task.get(), [&task](int, int) { task->cancel(); }, Qt::DirectConnection);
    QSignalSpy finished(task.get(), &FreezeTask::finished);
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QVERIFY(task->result().cancelled);
    QVERIFY(task->result().request.isNull());
    // What the person typed is in the journal even so.
    const std::optional<DraftRecord> saved = DraftStore(*m_journal).load(task->result().draftId);
    QVERIFY(saved);
    QCOMPARE(saved->rowCount, 2000);
}

QTEST_GUILESS_MAIN(tst_FreezeTask)
#include "tst_freezetask.moc"
