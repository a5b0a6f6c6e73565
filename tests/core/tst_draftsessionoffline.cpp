// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The open draft through a team database's bad day (the test's private PostgreSQL, with-postgres.sh):
// the server stopped in the middle of editing, the edits kept, nothing submitted meanwhile, and
// everything typed written when it is back; a draft someone changed meanwhile is not overwritten.
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalconnectionmonitor.h"
#include "journal/sqldialect.h"
#include "journalbackend.h"
#include "models/batchmodel.h"
#include "models/frozenbody.h"
#include "privatepostgres.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "session/draftrecoveryfile.h"
#include "session/draftsession.h"
#include "settings/settings.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

using State = JournalConnectionMonitor::State;

namespace {

PayoutDetail bank(const QString &id, const QString &amount)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

} // namespace

class TestDraftSessionOffline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void serverStoppedMidEdit_editsKeptNothingSentAndWrittenWhenBack();
    void draftChangedElsewhereWhileAway_editsSavedAsNewDraftTheirsKept();
    void closedWhileAway_editsKeptInPrivateFileAndWrittenOnNextStart();

private:
    QString location() const { return JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))); }
    // The draft's rows as the journal has them, read on a connection of the test's own.
    QStringList journalOrderIds(qint64 draftId);
    void type(int from, int count);
    void openConsole();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<DraftSession> m_session;
    bool m_serverStopped = false;
};

void TestDraftSessionOffline::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_draftsessionoffline runs under with-postgres.sh only");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    openConsole();
    QVERIFY(m_session);
    Profile p = Profile::create(QStringLiteral("php"), Profile::Environment::Custom);
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens: nothing could be paid
    p.appId = QStringLiteral("app-php");
    p.wayType = QStringLiteral("BANK_TRANSFER");
    p.wayCode = QStringLiteral("WAY-PHP");
    p.allowedCurrencies = {QStringLiteral("PHP")};
    m_services->settings().saveProfile(p);
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
}

void TestDraftSessionOffline::openConsole()
{
    m_session.reset();
    m_services.reset();
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = location();
    options.recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    options.secrets = m_secrets.get();
    QString error;
    m_services = ConsoleServices::create(options, &error);
    QVERIFY2(m_services, qPrintable(error));
    m_services->connectionMonitor().setRetryDelays(50, 400);
    m_session = std::make_unique<DraftSession>(*m_services);
    m_session->autosaver()->setDelay(20);
}

void TestDraftSessionOffline::cleanup()
{
    if (std::exchange(m_serverStopped, false))
        QVERIFY(PrivatePostgres::start());
    m_session.reset();
    m_services.reset();
    m_secrets.reset();
    m_dir.reset();
}

QStringList TestDraftSessionOffline::journalOrderIds(qint64 draftId)
{
    std::unique_ptr<Journal> journal = Journal::open(location());
    if (!journal)
        return {QStringLiteral("(journal not readable)")};
    const std::optional<DraftRecord> draft = DraftStore(*journal).load(draftId);
    if (!draft)
        return {QStringLiteral("(no draft %1)").arg(draftId)};
    QStringList ids;
    for (const PayoutDetail &d : DraftCodec::decodeRows(draft->rows).value_or(QList<PayoutDetail>()))
        ids.append(d.mchOrderId());
    return ids;
}

void TestDraftSessionOffline::type(int from, int count)
{
    BatchModel *model = m_session->model();
    for (int i = from; i < from + count; ++i)
        model->insertDetails(model->rowCount(),
                             {bank(QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("10.00"))});
}

void TestDraftSessionOffline::serverStoppedMidEdit_editsKeptNothingSentAndWrittenWhenBack()
{
    JournalConnectionMonitor &monitor = m_services->connectionMonitor();
    type(1, 3);
    QVERIFY(m_session->save(true));
    const qint64 draftId = m_session->draftId();
    QVERIFY(draftId > 0);
    QSignalSpy saveFailed(m_session.get(), &DraftSession::saveFailed);

    QVERIFY(PrivatePostgres::stop());
    m_serverStopped = true;
    // Typing goes on while the server is down; the autosave fails and the session says why.
    type(4, 2);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Reconnecting, 5000);
    type(6, 1);
    QTRY_VERIFY(m_session->autosaver()->hasUnsavedChanges());
    QVERIFY(!m_session->isReadOnly());
    QCOMPARE(m_session->model()->rowCount(), 6);
    QVERIFY(!m_session->offlineReason().isEmpty());
    // A lost connection is not an error of the draft: no "not saved" message for each keystroke.
    for (const QList<QVariant> &args : std::as_const(saveFailed))
        QVERIFY2(args.at(0).toString() == m_session->offlineReason(), qPrintable(args.at(0).toString()));

    // Nothing is reviewed or sent meanwhile, whoever asks.
    QCOMPARE(m_session->startReview(), DraftSession::Review::Status::NotSaved);
    QCOMPARE(saveFailed.last().at(0).toString(), m_session->offlineReason());
    const FrozenBody::Request request = FrozenBody::write(m_session->model()->batch());
    const SubmissionEngine::SubmitResult result = m_session->submit(request);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, m_session->offlineReason());
    // Nor is the draft replaced by another while its edits are only here.
    m_session->newDraft();
    QCOMPARE(m_session->draftId(), draftId);
    QCOMPARE(m_session->model()->rowCount(), 6);

    QVERIFY(PrivatePostgres::start());
    m_serverStopped = false;
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Connected, 5000);
    QTRY_VERIFY(!m_session->autosaver()->isPending());
    QCOMPARE(m_session->draftId(), draftId);
    const QStringList expected{QStringLiteral("P0001"), QStringLiteral("P0002"), QStringLiteral("P0003"),
                               QStringLiteral("P0004"), QStringLiteral("P0005"), QStringLiteral("P0006")};
    QCOMPARE(journalOrderIds(draftId), expected);
    QVERIFY(m_session->offlineReason().isEmpty());
}

void TestDraftSessionOffline::draftChangedElsewhereWhileAway_editsSavedAsNewDraftTheirsKept()
{
    JournalConnectionMonitor &monitor = m_services->connectionMonitor();
    // Back only when the test says so.
    monitor.setRetryDelays(600000, 600000);
    type(1, 2);
    QVERIFY(m_session->save(true));
    const qint64 draftId = m_session->draftId();

    // This console's connection ends (the server stays up for the others).
    {
        const QString name = QStringLiteral("offline-test-admin");
        {
            QSqlDatabase admin = SqlDialect::addServerConnection(location(), name);
            QVERIFY(admin.open());
            QSqlQuery q(admin);
            QVERIFY2(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                           "current_database() AND pid <> pg_backend_pid()")),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Reconnecting, 5000);
    type(3, 1);
    QTRY_VERIFY(m_session->autosaver()->hasUnsavedChanges());

    // The same person, on another computer, changes the same draft meanwhile.
    {
        std::unique_ptr<Journal> other = Journal::open(location());
        QVERIFY(other);
        std::optional<DraftRecord> theirs = DraftStore(*other).load(draftId);
        QVERIFY(theirs);
        theirs->rows =
            DraftCodec::encodeRows(1, [](int) { return bank(QStringLiteral("THEIRS"), QStringLiteral("1.00")); });
        theirs->rowCount = 1;
        QVERIFY(DraftStore(*other).save(*theirs));
    }

    QSignalSpy copied(m_session.get(), &DraftSession::savedAsCopy);
    monitor.retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Connected, 5000);
    QTRY_COMPARE(copied.size(), 1);
    const qint64 copyId = copied.first().at(1).toLongLong();
    QCOMPARE(copied.first().at(0).toLongLong(), draftId);
    QVERIFY(copyId != draftId);
    QCOMPARE(m_session->draftId(), copyId);
    QCOMPARE(journalOrderIds(draftId), QStringList{QStringLiteral("THEIRS")});
    const QStringList mine{QStringLiteral("P0001"), QStringLiteral("P0002"), QStringLiteral("P0003")};
    QCOMPARE(journalOrderIds(copyId), mine);
    // Later edits go to the copy, over nobody's.
    type(4, 1);
    QTRY_VERIFY(!m_session->autosaver()->isPending());
    QCOMPARE(journalOrderIds(copyId).size(), 4);
    QCOMPARE(copied.size(), 1);
}

void TestDraftSessionOffline::closedWhileAway_editsKeptInPrivateFileAndWrittenOnNextStart()
{
    type(1, 2);
    QVERIFY(m_session->save(true));
    const qint64 draftId = m_session->draftId();
    const QString recovery = m_services->recoveryFilePath();
    QVERIFY(recovery.startsWith(m_dir->filePath(QStringLiteral("recovery"))));
    QVERIFY(!QFileInfo::exists(recovery));

    QVERIFY(PrivatePostgres::stop());
    m_serverStopped = true;
    type(3, 2);
    QTRY_VERIFY(m_session->autosaver()->hasUnsavedChanges());
    // Kept on this computer, for this person only.
    QVERIFY(QFileInfo::exists(recovery));
    QCOMPARE(QFileInfo(recovery).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    type(5, 1);
    // The file follows every autosave while the database is away.
    QTRY_COMPARE(DraftRecoveryFile(recovery).read().value_or(DraftRecoveryFile::Entry()).draft.rowCount, 5);
    QCOMPARE(DraftRecoveryFile(recovery).read()->draft.id, draftId);

    // The console goes (a crash, or closed) while the database is away; it comes back later.
    m_session.reset();
    m_services.reset();
    QVERIFY(QFileInfo::exists(recovery));
    QVERIFY(PrivatePostgres::start());
    m_serverStopped = false;
    openConsole();
    QVERIFY(m_session);
    QVERIFY(m_session->followCurrentProfile());
    QCOMPARE(m_session->draftId(), draftId);
    QCOMPARE(m_session->model()->rowCount(), 5);
    QVERIFY(!m_session->autosaver()->isPending());
    QCOMPARE(journalOrderIds(draftId),
             (QStringList{QStringLiteral("P0001"), QStringLiteral("P0002"), QStringLiteral("P0003"),
                          QStringLiteral("P0004"), QStringLiteral("P0005")}));
    QVERIFY(!QFileInfo::exists(recovery));
}

QTEST_GUILESS_MAIN(TestDraftSessionOffline)
#include "tst_draftsessionoffline.moc"
