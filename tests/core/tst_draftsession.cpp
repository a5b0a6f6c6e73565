// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "directory/payeedirectory.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalnotifier.h"
#include "journal/journalqueries.h"
#include "journal/sqltransaction.h"
#include "journalbackend.h"
#include "journalconnection.h"
#include "models/batchmodel.h"
#include "models/frozenbody.h"
#include "models/journalsidebarmodel.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "session/draftsession.h"
#include "session/freezetask.h"
#include "settings/settings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

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

class tst_DraftSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newDraft_profile_headerAndRulesFromProfile();
    void openDraft_currencyProfileNoLongerAllows_refusedInTheCore();
    void followCurrentProfile_savedDraft_reopensLatestUnsent();
    void followCurrentProfile_otherProfile_opensItsOwnDraft();
    void freeze_problems_notSendable();
    void submit_frozenRequest_journalKeepsExactlyThoseBytes();
    void startReview_largeDraft_readOnlyUntilDoneAndSubmitSendsThoseBytes();
    void startSubmit_cancelled_nothingRecordedDraftEditable();
    void autosave_largeDraft_onTheWorkerEditsMeanwhileSavedInOneDraft();
    void orderIds_newRows_unusedInTheBatch();
    void sidebarModel_savesSubmitsAndProfiles_followedByTheSession();
    void deleteDraft_openDraftWithPendingEdits_neverWrittenBackAndTheNextOneOpens();
    void deleteDraft_frozenDraft_refusedAndStaysOpen();
    void renameDraft_inTheSideList_nameSurvivesTheAutosave();
    void sidebarModel_colleagueFreezesAndSavesOnPostgres_listedWithinASecond();
    void payeeWarning_changedAccountOfSavedPayee_flaggedAndFollowsDirectory();
    void submit_productionWarnedRowUnconfirmed_refusedInTheCore();
    void setPayeeChangeWarningDays_newWindow_savedAppliedAndRowsRejudged();

private:
    Profile addProfile(const QString &name, const QStringList &currencies);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<DraftSession> m_session;
};

void tst_DraftSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite")));
    options.secrets = m_secrets.get();
    QString error;
    m_services = ConsoleServices::create(options, &error);
    QVERIFY2(m_services, qPrintable(error));
    m_session = std::make_unique<DraftSession>(*m_services);
}

void tst_DraftSession::cleanup()
{
    m_session.reset();
    m_services.reset();
    m_secrets.reset();
    m_dir.reset();
}

Profile tst_DraftSession::addProfile(const QString &name, const QStringList &currencies)
{
    Profile p = Profile::create(name, Profile::Environment::Custom);
    // Nothing listens there: a submit is recorded and then stays unknown.
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    p.appId = QStringLiteral("app-") + name;
    p.wayType = QStringLiteral("BANK_TRANSFER");
    p.wayCode = QStringLiteral("WAY-") + name;
    p.notifyUrl = QStringLiteral("https://merchant.example.com/notify");
    p.allowedCurrencies = currencies;
    m_services->settings().saveProfile(p);
    return p;
}

void tst_DraftSession::newDraft_profile_headerAndRulesFromProfile()
{
    const Profile p = addProfile(QStringLiteral("idr"), {QStringLiteral("IDR"), QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    QSignalSpy opened(m_session.get(), &DraftSession::draftOpened);
    QVERIFY(m_session->followCurrentProfile());
    QCOMPARE(opened.size(), 1);
    const BatchHeader header = m_session->model()->batch().header();
    QCOMPARE(header.currency, QStringLiteral("IDR"));
    QCOMPARE(header.wayCode, p.wayCode);
    QCOMPARE(m_session->allowedCurrencies(), p.allowedCurrencies);
    QVERIFY(&m_session->model()->validator() == &m_session->validator());
    QVERIFY(!m_session->followCurrentProfile()); // same profile: the draft stays
}

void tst_DraftSession::openDraft_currencyProfileNoLongerAllows_refusedInTheCore()
{
    Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP"), QStringLiteral("IDR")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("10.00"))});
    QVERIFY(m_session->save(true));
    const qint64 draft = m_session->draftId();
    QVERIFY(m_session->model()->batch().headerIssues().isEmpty());

    // The profile stops offering PHP: the draft, opened again, is refused by the batch itself.
    p.allowedCurrencies = {QStringLiteral("IDR")};
    m_services->settings().saveProfile(p);
    m_session->newDraft();
    QCOMPARE(m_session->openDraft(draft), DraftSession::OpenResult::Opened);
    const ValidationIssues issues = m_session->model()->batch().headerIssues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, QStringLiteral("header.currency.not_allowed"));
    QCOMPARE(issues.first().message, QStringLiteral("PHP payouts are not enabled for this profile."));
    QCOMPARE(m_session->freeze().status, DraftSession::Review::Status::NotSendable);
}

void tst_DraftSession::followCurrentProfile_savedDraft_reopensLatestUnsent()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("10.00"))});
    QVERIFY(m_session->save(true));
    const qint64 draft = m_session->draftId();
    QVERIFY(draft > 0);

    DraftSession again(*m_services);
    QVERIFY(again.followCurrentProfile());
    QCOMPARE(again.draftId(), draft);
    QCOMPARE(again.model()->rowCount(), 1);
    QCOMPARE(again.model()->detail(0).mchOrderId(), QStringLiteral("P0001"));
}

void tst_DraftSession::followCurrentProfile_otherProfile_opensItsOwnDraft()
{
    const Profile a = addProfile(QStringLiteral("a"), {QStringLiteral("PHP")});
    const Profile b = addProfile(QStringLiteral("b"), {QStringLiteral("IDR")});
    m_services->settings().setCurrentProfileId(a.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("10.00"))});
    QVERIFY(m_session->save(true));
    const qint64 draftOfA = m_session->draftId();

    m_services->settings().setCurrentProfileId(b.id);
    QVERIFY(m_session->followCurrentProfile());
    QCOMPARE(m_session->profileId(), b.id);
    QCOMPARE(m_session->draftId(), 0);
    QCOMPARE(m_session->model()->batch().header().currency, QStringLiteral("IDR"));

    m_services->settings().setCurrentProfileId(a.id);
    QVERIFY(m_session->followCurrentProfile());
    QCOMPARE(m_session->draftId(), draftOfA);
}

void tst_DraftSession::freeze_problems_notSendable()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    QCOMPARE(m_session->freeze().status, DraftSession::Review::Status::NotSendable); // no rows
    m_session->model()->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("ten"))});
    QCOMPARE(m_session->freeze().status, DraftSession::Review::Status::NotSendable);
    QCOMPARE(m_session->draftId(), 0); // nothing frozen, nothing forced into the journal
}

void tst_DraftSession::submit_frozenRequest_journalKeepsExactlyThoseBytes()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(
        0, {bank(QStringLiteral("P0001"), QStringLiteral("10.5")), bank(QStringLiteral("P0002"), QStringLiteral("2"))});
    const DraftSession::Review review = m_session->freeze();
    QCOMPARE(review.status, DraftSession::Review::Status::Ready);
    QVERIFY(m_session->draftId() > 0); // saved before freezing
    QCOMPARE(review.request.body, FrozenBody::write(m_session->model()->batch()).body);
    QVERIFY(review.request.body.contains("\"amount\":\"10.50\""));

    const SubmissionEngine::SubmitResult result = m_session->submit(review.request);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(m_session->isReadOnly());
    QCOMPARE(m_session->frozenRequestId(), review.request.requestId);
    const std::optional<FrozenBatch> frozen = m_services->journal().batch(review.request.requestId);
    QVERIFY(frozen);
    QCOMPARE(frozen->body, review.request.body);

    // Editing after the submit reaches nothing: the draft is the frozen batch now.
    QCOMPARE(m_session->freeze().status, DraftSession::Review::Status::NoDraft);
    QVERIFY(!m_session->submit(review.request).ok);
}

void tst_DraftSession::startReview_largeDraft_readOnlyUntilDoneAndSubmitSendsThoseBytes()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    QList<PayoutDetail> rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(bank(QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("1.25")));
    m_session->model()->insertDetails(0, rows);
    QSignalSpy reviewed(m_session.get(), &DraftSession::reviewFinished);
    QSignalSpy progress(m_session.get(), &DraftSession::freezeProgress);

    QCOMPARE(m_session->startReview(), DraftSession::Review::Status::Ready);
    // In flight: the draft takes no edit, and a second review or a freeze waits for it.
    QVERIFY(m_session->isFreezing());
    QVERIFY(m_session->isReadOnly());
    QCOMPARE(m_session->startReview(), DraftSession::Review::Status::NoDraft);
    QCOMPARE(m_session->freeze().status, DraftSession::Review::Status::NoDraft);
    QTRY_COMPARE_WITH_TIMEOUT(reviewed.size(), 1, 60000);
    QVERIFY(!progress.isEmpty());
    QVERIFY(!m_session->isReadOnly());
    const auto review = reviewed.first().first().value<DraftSession::Review>();
    QCOMPARE(review.status, DraftSession::Review::Status::Ready);
    QCOMPARE(review.walletCount, 0);
    QVERIFY(m_session->draftId() > 0); // saved by the review
    QCOMPARE(review.request.body, FrozenBody::write(m_session->model()->batch()).body);

    // Only the request of the last review is sent.
    FrozenBody::Request other = review.request;
    other.body.replace("1.25", "9.25");
    QString error;
    QVERIFY(!m_session->startSubmit(other, {}, &error));
    QVERIFY(!error.isEmpty());

    QSignalSpy submitted(m_session.get(), &DraftSession::submitFinished);
    QVERIFY(m_session->startSubmit(review.request, {}, &error));
    QVERIFY(m_session->isReadOnly());
    QVERIFY(m_session->isSubmitting());
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 60000);
    const auto result = submitted.first().first().value<SubmissionEngine::SubmitResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_session->frozenRequestId(), review.request.requestId);
    QVERIFY(m_session->isReadOnly());
    const std::optional<FrozenBatch> frozen = m_services->journal().batch(review.request.requestId);
    QVERIFY(frozen);
    QCOMPARE(frozen->body, review.request.body);
    QCOMPARE(frozen->detailCount, 5000);
}

void tst_DraftSession::autosave_largeDraft_onTheWorkerEditsMeanwhileSavedInOneDraft()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    DraftAutosaver *autosaver = m_session->autosaver();
    autosaver->setDelay(0);
    autosaver->setBackgroundRows(1000);
    QList<PayoutDetail> rows;
    for (int i = 0; i < 3000; ++i)
        rows.append(bank(QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("1.25")));
    // Another connection holds the journal's write lock: a save on the worker waits for it,
    // while this thread goes on.
    QString error;
    const std::unique_ptr<Journal> other = m_services->journal().openAgain(&error);
    QVERIFY2(other, qPrintable(error));
    auto hold = std::make_unique<SqlTransaction>(JournalConnection::of(*other));
    QVERIFY(hold->begin());
    QSignalSpy saved(m_session.get(), &DraftSession::saved);
    m_session->model()->insertDetails(0, rows);
    QTRY_VERIFY(autosaver->findChild<FreezeTask *>());
    QVERIFY(autosaver->isPending());
    QVERIFY(!m_session->isReadOnly());
    QVERIFY(
        m_session->model()->setData(m_session->model()->index(0, BatchModel::AmountColumn), QStringLiteral("7.50")));
    QVERIFY(hold->commit());
    // The edit made meanwhile is saved by the next save, into the same draft.
    QTRY_VERIFY_WITH_TIMEOUT(!autosaver->isPending(), 60000);
    QVERIFY(saved.size() >= 2);
    const qint64 draftId = m_session->draftId();
    QVERIFY(draftId > 0);
    QCOMPARE(DraftStore(m_services->journal()).list().size(), 1);
    const std::optional<DraftRecord> stored = DraftStore(m_services->journal()).load(draftId);
    QVERIFY(stored);
    QCOMPARE(stored->rowCount, 3000);
    QCOMPARE(DraftCodec::decodeRows(stored->rows)->first().amount(), QStringLiteral("7.50"));

    // save() waits for a save on the worker, applies it and saves what came after: one draft,
    // the last edit kept.
    hold = std::make_unique<SqlTransaction>(JournalConnection::of(*other));
    QVERIFY(hold->begin());
    QVERIFY(
        m_session->model()->setData(m_session->model()->index(1, BatchModel::AmountColumn), QStringLiteral("8.50")));
    QTRY_VERIFY(autosaver->findChild<FreezeTask *>());
    QVERIFY(
        m_session->model()->setData(m_session->model()->index(2, BatchModel::AmountColumn), QStringLiteral("9.50")));
    QVERIFY(hold->commit());
    QVERIFY(m_session->save());
    QVERIFY(!autosaver->isPending());
    QCOMPARE(m_session->draftId(), draftId);
    QCOMPARE(DraftStore(m_services->journal()).list().size(), 1);
    const QList<PayoutDetail> savedRows =
        *DraftCodec::decodeRows(DraftStore(m_services->journal()).load(draftId)->rows);
    QCOMPARE(savedRows.at(1).amount(), QStringLiteral("8.50"));
    QCOMPARE(savedRows.at(2).amount(), QStringLiteral("9.50"));
}

void tst_DraftSession::startSubmit_cancelled_nothingRecordedDraftEditable()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    QList<PayoutDetail> rows;
    for (int i = 0; i < 3000; ++i)
        rows.append(bank(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("2.00")));
    m_session->model()->insertDetails(0, rows);
    QSignalSpy reviewed(m_session.get(), &DraftSession::reviewFinished);
    QCOMPARE(m_session->startReview(), DraftSession::Review::Status::Ready);
    QTRY_COMPARE_WITH_TIMEOUT(reviewed.size(), 1, 60000);
    const auto review = reviewed.first().first().value<DraftSession::Review>();

    QSignalSpy submitted(m_session.get(), &DraftSession::submitFinished);
    QVERIFY(m_session->startSubmit(review.request));
    m_session->cancelFreeze(); // before the worker's first row: the transaction never commits
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 60000);
    const auto result = submitted.first().first().value<SubmissionEngine::SubmitResult>();
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!m_services->journal().batch(review.request.requestId));
    QVERIFY(!m_session->isReadOnly());
    QVERIFY(!m_session->isSubmitting());
    QVERIFY(m_session->frozenRequestId().isEmpty());
}

void tst_DraftSession::deleteDraft_openDraftWithPendingEdits_neverWrittenBackAndTheNextOneOpens()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("K0001"), QStringLiteral("10.00"))});
    QVERIFY(m_session->save(true));
    const qint64 kept = m_session->draftId();
    m_session->newDraft();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("D0001"), QStringLiteral("20.00"))});
    QVERIFY(m_session->save(true));
    const qint64 doomed = m_session->draftId();
    QVERIFY(doomed != kept);

    // An edit waits for the autosave when the open draft is deleted.
    m_session->autosaver()->setDelay(20);
    m_session->model()->insertDetails(1, {bank(QStringLiteral("D0002"), QStringLiteral("30.00"))});
    QVERIFY(m_session->autosaver()->isPending());
    QSignalSpy opened(m_session.get(), &DraftSession::draftOpened);
    QSignalSpy saved(m_session->autosaver(), &DraftAutosaver::saved);
    QString error;
    QVERIFY2(m_session->deleteDraft(doomed, &error), qPrintable(error));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_session->draftId(), kept); // the profile's other draft took its place
    QCOMPARE(m_session->model()->rowCount(), 1);
    QTest::qWait(60); // three autosave delays: nothing may write the deleted draft back
    QVERIFY(saved.isEmpty());
    DraftStore store(m_services->journal());
    QVERIFY(!store.load(doomed));
    QCOMPARE(store.openDrafts(p.id.toString(QUuid::WithoutBraces)).size(), 1);
    JournalSidebarModel *sidebar = m_session->sidebarModel();
    QCOMPARE(sidebar->rowOfDraft(doomed), -1);
    QCOMPARE(sidebar->rowOfDraft(kept), 0);

    // The last draft deleted: a new, empty one is open, not saved until it changes.
    QVERIFY2(m_session->deleteDraft(kept, &error), qPrintable(error));
    QCOMPARE(m_session->draftId(), 0);
    QCOMPARE(m_session->model()->rowCount(), 0);
    QVERIFY(store.openDrafts(p.id.toString(QUuid::WithoutBraces)).isEmpty());
}

void tst_DraftSession::deleteDraft_frozenDraft_refusedAndStaysOpen()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("F0001"), QStringLiteral("10.00"))});
    const DraftSession::Review review = m_session->freeze();
    QCOMPARE(review.status, DraftSession::Review::Status::Ready);
    m_session->submit(review.request);
    QVERIFY(!m_session->frozenRequestId().isEmpty());
    const qint64 id = m_session->draftId();
    QString error;
    QVERIFY(!m_session->deleteDraft(id, &error));
    QCOMPARE(error, QStringLiteral("This draft was submitted: its batch keeps it, so it cannot be deleted."));
    QCOMPARE(m_session->draftId(), id);
    QVERIFY(DraftStore(m_services->journal()).load(id));
}

void tst_DraftSession::renameDraft_inTheSideList_nameSurvivesTheAutosave()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("R0001"), QStringLiteral("10.00"))});
    QVERIFY(m_session->save(true));
    const qint64 id = m_session->draftId();
    JournalSidebarModel *sidebar = m_session->sidebarModel();
    QAbstractItemModelTester tester(sidebar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex item =
        sidebar->index(sidebar->rowOfDraft(id), 0, sidebar->groupIndex(JournalSidebarModel::DraftsGroup));
    QVERIFY(sidebar->flags(item) & Qt::ItemIsEditable);
    QCOMPARE(item.data(Qt::EditRole).toString(), QStringLiteral("Draft %1").arg(id));
    QVERIFY(sidebar->setData(item, QStringLiteral("July payroll")));
    QCOMPARE(item.data(Qt::EditRole).toString(), QStringLiteral("July payroll"));
    // The open draft keeps changing and saving: the name stays, in the journal and in the list.
    m_session->model()->insertDetails(1, {bank(QStringLiteral("R0002"), QStringLiteral("20.00"))});
    QVERIFY(m_session->save());
    QCOMPARE(DraftStore(m_services->journal()).load(id)->title, QStringLiteral("July payroll"));
    const QModelIndex after =
        sidebar->index(sidebar->rowOfDraft(id), 0, sidebar->groupIndex(JournalSidebarModel::DraftsGroup));
    QVERIFY2(after.data().toString().startsWith(QLatin1String("July payroll")), qPrintable(after.data().toString()));
    QVERIFY2(after.data().toString().contains(QLatin1String(" 2 row")), qPrintable(after.data().toString()));
}

void tst_DraftSession::sidebarModel_savesSubmitsAndProfiles_followedByTheSession()
{
    JournalSidebarModel *sidebar = m_session->sidebarModel();
    QAbstractItemModelTester tester(sidebar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Profile php = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    const Profile idr = addProfile(QStringLiteral("idr"), {QStringLiteral("IDR")});
    m_services->settings().setCurrentProfileId(php.id);
    m_session->followCurrentProfile();
    QCOMPARE(sidebar->profileId(), php.id.toString(QUuid::WithoutBraces));
    const QModelIndex drafts = sidebar->groupIndex(JournalSidebarModel::DraftsGroup);
    const QModelIndex batches = sidebar->groupIndex(JournalSidebarModel::BatchesGroup);
    QCOMPARE(sidebar->rowCount(drafts), 0); // an untouched new draft is not saved

    // A save lists the draft, marked as the open one, without anyone asking.
    m_session->model()->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("10.00"))});
    QVERIFY(m_session->save(true));
    QCOMPARE(sidebar->rowCount(drafts), 1);
    QCOMPARE(sidebar->currentDraft(), m_session->draftId());
    QVERIFY(sidebar->index(0, 0, drafts).data(JournalSidebarModel::CurrentRole).toBool());

    // A submit moves it to the batches.
    const DraftSession::Review review = m_session->freeze();
    QVERIFY(m_session->submit(review.request).ok);
    QCOMPARE(sidebar->rowCount(batches), 1);
    QCOMPARE(sidebar->index(0, 0, batches).data(JournalSidebarModel::RequestIdRole).toString(),
             review.request.requestId);

    // Another profile: its own (empty) lists.
    m_services->settings().setCurrentProfileId(idr.id);
    QVERIFY(m_session->followCurrentProfile());
    QCOMPARE(sidebar->profileId(), idr.id.toString(QUuid::WithoutBraces));
    QCOMPARE(sidebar->rowCount(batches), 0);
}

void tst_DraftSession::sidebarModel_colleagueFreezesAndSavesOnPostgres_listedWithinASecond()
{
    JournalSidebarModel *sidebar = m_session->sidebarModel();
    QAbstractItemModelTester tester(sidebar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Profile php = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(php.id);
    m_session->followCurrentProfile();
    const QString profileKey = php.id.toString(QUuid::WithoutBraces);
    // A colleague's console: another connection to the same journal, its own engine.
    std::unique_ptr<Journal> colleague =
        Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))));
    QVERIFY(colleague);
    QVERIFY(colleague->freeze(0, profileKey,
                              BatchJournalFixture::createBody(QStringLiteral("COLLEAGUE-1"),
                                                              BatchJournalFixture::payouts(QStringLiteral("C"), 2))));
    DraftRecord draft;
    draft.profileId = profileKey;
    draft.title = QStringLiteral("Colleague's draft");
    QVERIFY(DraftStore(*colleague).save(draft));
    const QModelIndex drafts = sidebar->groupIndex(JournalSidebarModel::DraftsGroup);
    const QModelIndex batches = sidebar->groupIndex(JournalSidebarModel::BatchesGroup);
    if (!JournalBackend::isPostgres()) {
        // One person's file: nothing announces changes; the lists follow this console only.
        QVERIFY(!m_services->journalNotifier().isActive());
        return;
    }
    QVERIFY(m_services->journalNotifier().isActive());
    QTRY_COMPARE_WITH_TIMEOUT(sidebar->rowOfBatch(QStringLiteral("COLLEAGUE-1")) >= 0, true, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(sidebar->rowCount(drafts), 1, 1000);
    QCOMPARE(sidebar->rowCount(batches), 1);
}

void tst_DraftSession::orderIds_newRows_unusedInTheBatch()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    m_session->model()->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("1.00")),
                                          bank(QStringLiteral("P0003"), QStringLiteral("1.00"))});
    const std::function<QString()> next = m_session->model()->orderIdGenerator();
    QCOMPARE(next(), QStringLiteral("P0002"));
    QCOMPARE(next(), QStringLiteral("P0004"));
    QCOMPARE(m_session->model()->orderIdGenerator()(), QStringLiteral("P0005"));
}

void tst_DraftSession::payeeWarning_changedAccountOfSavedPayee_flaggedAndFollowsDirectory()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    PayeeDirectory &directory = m_services->directory();
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    PayoutDetail old = bank(QStringLiteral("X"), QStringLiteral("1"));
    old.setValue(Field::BankAccountNo, QStringLiteral("005555666677"));
    juan.accounts.append({0, PayeeDirectory::accountOf(old), 0, 0});
    const std::optional<Payee> saved = directory.addPayee(juan);
    QVERIFY(saved);

    BatchModel *model = m_session->model();
    model->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("10")), old});
    QCOMPARE(model->payeeWarningCount(), 1);
    const QModelIndex account = model->index(0, BatchModel::AccountNumberColumn);
    QCOMPARE(account.data(BatchModel::ValidationRole).toInt(), int(BatchModel::WarningIssue));
    QVERIFY(account.data(BatchModel::PayeeWarningRole).toString().contains(QStringLiteral("Juan Dela Cruz")));
    QVERIFY(account.data(BatchModel::IssuesRole).toStringList().contains(account.data(BatchModel::PayeeWarningRole)));
    QCOMPARE(model->index(0, 0).data(BatchModel::PayeeIdRole).toLongLong(), saved->id);
    QCOMPARE(model->index(1, 0).data(BatchModel::PayeeIdRole).toLongLong(), saved->id);
    QCOMPARE(model->index(1, BatchModel::AccountNameColumn).data(BatchModel::PayeeLastPaidRole).toString(),
             QStringLiteral("Juan Dela Cruz is a saved payee, not paid yet."));
    QVERIFY(model->index(1, BatchModel::AccountNumberColumn).data(BatchModel::PayeeWarningRole).toString().isEmpty());
    QCOMPARE(model->nextProblem({}), account);
    // A warning, not an error: the batch can still be sent (after a person confirms it).
    QVERIFY(model->batch().isSendable());

    // Saving the new account on the payee keeps the row flagged, as an account changed lately;
    // the old account stays saved, so its row stays known.
    QVERIFY(directory.addAccount(saved->id, bank(QStringLiteral("P0001"), QStringLiteral("10"))));
    QCOMPARE(model->payeeWarningCount(), 1);
    QVERIFY(account.data(BatchModel::PayeeWarningRole).toString().contains(QStringLiteral("changed")));

    // Correcting the row back to the saved account clears the warning.
    model->setDetail(0, old);
    QCOMPARE(model->payeeWarningCount(), 0);
    model->removeDetails(0, 2);
    QCOMPARE(model->payeeWarningCount(), 0);
}

void tst_DraftSession::submit_productionWarnedRowUnconfirmed_refusedInTheCore()
{
    Profile p = addProfile(QStringLiteral("live"), {QStringLiteral("PHP")});
    p.environment = Profile::Environment::Production;
    m_services->settings().saveProfile(p);
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    QVERIFY(m_session->needsPayeeConfirmation());
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    PayoutDetail saved = bank(QStringLiteral("X"), QStringLiteral("1"));
    saved.setValue(Field::BankAccountNo, QStringLiteral("005555666677"));
    juan.accounts.append({0, PayeeDirectory::accountOf(saved), 0, 0});
    QVERIFY(m_services->directory().addPayee(juan));
    m_session->model()->insertDetails(0, {saved, bank(QStringLiteral("P0002"), QStringLiteral("2"))});
    saved.setValue(Field::MchOrderId, QStringLiteral("P0001"));
    m_session->model()->setDetail(0, saved);

    const DraftSession::Review review = m_session->freeze();
    QCOMPARE(review.status, DraftSession::Review::Status::Ready);
    QCOMPARE(review.payeeWarnings.size(), 1);
    QCOMPARE(review.payeeWarnings.first().row, 1);
    QCOMPARE(review.payeeWarnings.first().mchOrderId, QStringLiteral("P0002"));
    QCOMPARE(review.payeeWarnings.first().maskedAccount, BatchModel::maskAccountNumber(QStringLiteral("001234567890")));

    SubmissionEngine::SubmitResult result = m_session->submit(review.request);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QStringLiteral("P0002")));
    QVERIFY(!m_session->isReadOnly());
    QVERIFY(JournalQueries(m_services->journal()).listBatches().isEmpty());
    result = m_session->submit(review.request, {QStringLiteral("P0001")});
    QVERIFY(!result.ok);

    result = m_session->submit(review.request, {QStringLiteral("P0002")});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(JournalQueries(m_services->journal()).listBatches().size(), 1);
}

void tst_DraftSession::setPayeeChangeWarningDays_newWindow_savedAppliedAndRowsRejudged()
{
    const Profile p = addProfile(QStringLiteral("php"), {QStringLiteral("PHP")});
    m_services->settings().setCurrentProfileId(p.id);
    m_session->followCurrentProfile();
    BatchModel *model = m_session->model();
    model->insertDetails(0, {bank(QStringLiteral("P0001"), QStringLiteral("10"))});
    QCOMPARE(m_services->directory().changeWindowDays(), PayeeDirectory::DefaultChangeWindowDays);
    QSignalSpy rejudged(model, &QAbstractItemModel::dataChanged);

    m_services->setPayeeChangeWarningDays(45);
    QCOMPARE(m_services->directory().changeWindowDays(), 45);
    QCOMPARE(m_services->settings().payeeChangeWarningDays(), 45);
    QCOMPARE(Settings(m_services->settings().filePath()).payeeChangeWarningDays(), 45); // on disk
    QVERIFY(std::any_of(rejudged.cbegin(), rejudged.cend(), [](const QList<QVariant> &args) {
        return args.at(2).value<QList<int>>().contains(BatchModel::PayeeWarningRole);
    }));

    // The same window again changes nothing; no window is shorter than a day.
    rejudged.clear();
    m_services->setPayeeChangeWarningDays(45);
    QCOMPARE(rejudged.count(), 0);
    m_services->setPayeeChangeWarningDays(0);
    QCOMPARE(m_services->directory().changeWindowDays(), 1);
}

QTEST_GUILESS_MAIN(tst_DraftSession)
#include "tst_draftsession.moc"
