// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftsession.h"

#include "api/apiclient.h"
#include "directory/payeedirectory.h"
#include "domain/detailvalidator.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalconnectionmonitor.h"
#include "journal/journalnotifier.h"
#include "models/batchmodel.h"
#include "models/journalsidebarmodel.h"
#include "models/priorpaymentchecker.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "session/draftrecoveryfile.h"
#include "session/freezetask.h"
#include "settings/settings.h"

namespace Lesspay::Core {

DraftSession::DraftSession(ConsoleServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_builtinValidator(std::make_unique<DetailValidator>(ReferenceData::builtin()))
    , m_recovery(std::make_unique<DraftRecoveryFile>(services.recoveryFilePath()))
    , m_autosaver(new DraftAutosaver(services.journal(), this))
    , m_sidebar(new JournalSidebarModel(services.journal(), this))
{
    m_sidebar->setObjectName(QStringLiteral("journalSidebarModel"));
    m_autosaver->setRecoveryFile(m_recovery.get());
    connect(m_autosaver, &DraftAutosaver::saved, this, [this](qint64 draftId) {
        m_sidebar->setCurrentDraft(draftId);
        m_sidebar->reload();
        Q_EMIT saved(draftId);
    });
    connect(&services.engine(), &SubmissionEngine::batchChanged, m_sidebar, &JournalSidebarModel::reload);
    // Colleagues' drafts and batches in a team workspace, as the server announces them.
    connect(&services.journalNotifier(), &JournalNotifier::journalChanged, m_sidebar, &JournalSidebarModel::reload);
    // A refused save may mean the team database went away: the monitor finds out, and then the
    // edits stay pending (the status bar says why) until it is back.
    JournalConnectionMonitor &monitor = services.connectionMonitor();
    connect(m_autosaver, &DraftAutosaver::failed, this, [this, &monitor](const QString &message) {
        if (monitor.check())
            Q_EMIT saveFailed(message);
    });
    connect(m_autosaver, &DraftAutosaver::savedAsCopy, this, &DraftSession::savedAsCopy);
    connect(&monitor, &JournalConnectionMonitor::stateChanged, this, &DraftSession::stateChanged);
    connect(&monitor, &JournalConnectionMonitor::reconnected, this, [this] {
        if (!m_readOnly && !m_task)
            m_autosaver->flush();
        m_sidebar->reload();
    });
    connect(&services.engine(), &SubmissionEngine::stateChanged, this, &DraftSession::onEngineState);
    connect(&services.engine(), &SubmissionEngine::settled, this, &DraftSession::onEngineState);
    // The directory's warnings follow every change of the directory.
    const auto refreshPayees = [this] {
        if (m_model)
            m_model->refreshPayees();
    };
    PayeeDirectory &directory = services.directory();
    connect(&directory, &PayeeDirectory::payeeAdded, this, refreshPayees);
    connect(&directory, &PayeeDirectory::payeeChanged, this, refreshPayees);
    connect(&directory, &PayeeDirectory::payeeRemoved, this, refreshPayees);
    connect(&directory, &PayeeDirectory::reloaded, this, refreshPayees);
    connect(&directory, &PayeeDirectory::changeWindowDaysChanged, this, refreshPayees);
    // A settled batch may have paid a payee: its last payment changes, and with it only the notes
    // of rows whose holder is a saved payee (a whole refresh of 100,000 rows would hold the
    // event loop up for a third of a second).
    connect(&services.engine(), &SubmissionEngine::settled, this, [this, &directory] {
        directory.refreshPayments();
        if (m_model)
            m_model->refreshKnownPayees();
    });
    connect(&services, &ConsoleServices::secretStateChanged, this, [this](const QUuid &profileId) {
        if (profileId == m_profileId)
            Q_EMIT stateChanged();
    });
}

DraftSession::~DraftSession()
{
    // A review still running saves the draft before it stops; a submit still running records nothing.
    delete std::exchange(m_task, nullptr);
    m_autosaver->flush();
    m_autosaver->stop();
}

qint64 DraftSession::draftId() const
{
    return m_autosaver->draftId();
}

QString DraftSession::originRequestId() const
{
    const qint64 id = draftId();
    return id > 0 ? DraftStore(m_services.journal()).originOf(id) : QString();
}

std::optional<Profile> DraftSession::profile() const
{
    return m_services.settings().profile(m_profileId);
}

const DetailValidator &DraftSession::validator()
{
    const std::optional<Profile> p = profile();
    return p ? m_services.validatorFor(*p) : *m_builtinValidator;
}

QStringList DraftSession::allowedCurrencies() const
{
    const std::optional<Profile> p = profile();
    return p ? p->allowedCurrencies : Profile::defaultCurrencies();
}

bool DraftSession::canSend() const
{
    const ConsoleServices::SecretState state = m_services.secretState(m_profileId);
    return !m_profileId.isNull()
           && (state == ConsoleServices::SecretState::Available || state == ConsoleServices::SecretState::InMemoryOnly);
}

QString DraftSession::offlineReason() const
{
    return m_services.journal().offlineReason();
}

bool DraftSession::keepsUnsavedDraft()
{
    if (m_autosaver->flush() || !m_autosaver->hasUnsavedChanges())
        return false;
    Q_EMIT saveFailed(tr("The open draft's changes are not in the journal yet: it stays open until the team "
                         "database is back and they are written."));
    return true;
}

bool DraftSession::followCurrentProfile()
{
    const std::optional<Profile> current = m_services.settings().profile(m_services.settings().currentProfileId());
    if (m_hasDraft && current && current->id == m_profileId)
        return false;
    if (keepsUnsavedDraft())
        return false;
    m_profileId = current ? current->id : QUuid();
    if (current && m_services.secretState(current->id) == ConsoleServices::SecretState::Unknown
        && current->environment != Profile::Environment::LocalSandbox)
        m_services.loadSecret(current->id);

    if (openRecovered())
        return true;
    const QString key = m_profileId.toString(QUuid::WithoutBraces);
    const QList<DraftRecord> drafts = DraftStore(m_services.journal()).list();
    const DraftRecord *latest = nullptr;
    for (const DraftRecord &draft : drafts) {
        if (draft.profileId == key && draft.frozenRequestId.isEmpty()
            && (!latest || draft.updatedAt > latest->updatedAt))
            latest = &draft;
    }
    if (!latest || openDraft(latest->id) != OpenResult::Opened)
        newDraft();
    return true;
}

bool DraftSession::openRecovered()
{
    const std::optional<DraftRecoveryFile::Entry> entry = m_recovery->read();
    if (!entry || m_profileId.isNull() || entry->draft.profileId != m_profileId.toString(QUuid::WithoutBraces))
        return false;
    const std::optional<QList<PayoutDetail>> rows = DraftCodec::decodeRows(entry->draft.rows);
    auto model = std::make_unique<BatchModel>(validator(), entry->draft.header);
    model->insertDetails(0, rows.value_or(QList<PayoutDetail>()));
    show(std::move(model), entry->draft.id, {});
    // Written now, over the journal's copy only if nobody changed it since (a new draft otherwise).
    m_autosaver->keepPending(entry->journalUpdatedAt);
    m_autosaver->flush();
    return true;
}

void DraftSession::newDraft()
{
    if (keepsUnsavedDraft())
        return;
    // The draft belongs to the profile the settings say is current (the one the window shows).
    const std::optional<Profile> current = m_services.settings().profile(m_services.settings().currentProfileId());
    m_profileId = current ? current->id : QUuid();
    BatchHeader header;
    header.requestId = RequestId::generate();
    header.currency = allowedCurrencies().value(0);
    if (current) {
        header.wayType = current->wayType;
        header.wayCode = current->wayCode;
        header.notifyUrl = current->notifyUrl;
    }
    show(std::make_unique<BatchModel>(validator(), header), 0, {});
}

bool DraftSession::newDraftFromOpenBatch()
{
    if (!m_model || m_frozenRequestId.isEmpty())
        return false;
    BatchHeader header = m_model->batch().header();
    header.requestId = RequestId::generate();
    const QList<PayoutDetail> rows = m_model->details();
    auto model = std::make_unique<BatchModel>(validator(), header);
    model->insertDetails(0, rows);
    show(std::move(model), 0, {});
    // Unlike an untouched new draft it holds rows someone may rely on: it is in the journal now.
    return m_autosaver->flush(true);
}

DraftSession::OpenResult DraftSession::openDraft(qint64 draftId)
{
    if (m_model && draftId == m_autosaver->draftId())
        return OpenResult::AlreadyOpen;
    if (keepsUnsavedDraft())
        return OpenResult::NotFound;
    const std::optional<DraftRecord> draft = DraftStore(m_services.journal()).load(draftId);
    if (!draft)
        return OpenResult::NotFound;
    const std::optional<QList<PayoutDetail>> rows = DraftCodec::decodeRows(draft->rows);
    if (!rows)
        return OpenResult::Damaged;
    auto model = std::make_unique<BatchModel>(validator(), draft->header);
    model->insertDetails(0, *rows);
    show(std::move(model), draft->id, draft->frozenRequestId);
    return OpenResult::Opened;
}

void DraftSession::show(std::unique_ptr<BatchModel> model, qint64 draftId, const QString &frozenRequestId)
{
    // Another draft replaces the one being reviewed or submitted: the review's result (the
    // draft is saved before it stops) or the submit's (nothing recorded) is not wanted.
    delete std::exchange(m_task, nullptr);
    m_reviewedBatch.reset();
    m_reviewed = {};
    m_autosaver->stop();
    auto checker = std::make_unique<PriorPaymentChecker>(m_services.journal(), model->validator(),
                                                         m_services.settings().duplicateWarningDays(),
                                                         model->batch().header().requestId);
    // The model keyed every row when the rows went in: the check asks the journal once for all
    // of them, then looks each row up by that key.
    checker->prime(model->samePaymentKeys());
    PriorPaymentChecker *raw = checker.get();
    model->setPriorPaymentLookup([raw](const std::optional<SamePaymentIndex::Key> &key) { return raw->check(key); });
    PayeeDirectory *directory = &m_services.directory();
    model->setPayeeLookup([directory](const PayoutDetail &detail) {
        const PayeeMatch match = directory->match(detail);
        BatchModel::PayeeNote note{match.payeeId, match.warning(), {}};
        if (match.payeeId)
            note.lastPaid = directory->lastPaidText(match.payeeId);
        return note;
    });

    // The old model goes after everyone has been told about the new one.
    std::unique_ptr<BatchModel> old = std::exchange(m_model, std::move(model));
    std::unique_ptr<PriorPaymentChecker> oldChecker = std::exchange(m_priorPayments, std::move(checker));
    m_frozenRequestId = frozenRequestId;
    m_readOnly = !frozenRequestId.isEmpty();
    m_submitting = false;
    m_hasDraft = true;
    // Saved on its first change: an untouched new draft leaves nothing behind.
    if (!m_readOnly)
        m_autosaver->track(m_model.get(), draftId, m_profileId.toString(QUuid::WithoutBraces));
    else
        m_autosaver->track(nullptr, draftId, {});
    const QString profileKey = m_profileId.isNull() ? QString() : m_profileId.toString(QUuid::WithoutBraces);
    if (m_sidebar->profileId() != profileKey)
        m_sidebar->setProfile(profileKey);
    m_sidebar->setCurrentDraft(draftId);
    Q_EMIT draftOpened();
    Q_EMIT stateChanged();
    old.reset();
    oldChecker.reset();
}

bool DraftSession::save(bool force)
{
    // A review in flight saves the draft itself, as it was when the review began.
    if (m_readOnly || m_task)
        return true;
    return m_autosaver->flush(force);
}

bool DraftSession::deleteDraft(qint64 draftId, QString *error)
{
    const bool open = m_model && draftId > 0 && draftId == m_autosaver->draftId();
    if (open && m_task) {
        if (error)
            *error = tr("The draft is being reviewed or submitted. Delete it once that has ended.");
        return false;
    }
    const QString profileKey = m_profileId.isNull() ? QString() : m_profileId.toString(QUuid::WithoutBraces);
    const bool pending = open && m_autosaver->isPending();
    if (open) // from here no save of it can run, whatever the journal answers
        m_autosaver->stop();
    if (!DraftStore(m_services.journal()).remove(draftId, error)) {
        if (open && !m_readOnly) {
            m_autosaver->track(m_model.get(), draftId, profileKey);
            if (pending)
                m_autosaver->schedule();
        }
        return false;
    }
    if (open) {
        const QList<DraftRecord> others = DraftStore(m_services.journal()).openDrafts(profileKey);
        if (others.isEmpty() || openDraft(others.first().id) != OpenResult::Opened)
            newDraft();
    }
    m_sidebar->reload();
    return true;
}

DraftSession::Review DraftSession::freeze()
{
    Review review;
    if (!m_model || m_readOnly || m_submitting || m_task)
        return review;
    if (!m_model->batch().isSendable()) {
        review.status = Review::Status::NotSendable;
        return review;
    }
    if (!m_autosaver->flush(true)) {
        review.status = Review::Status::NotSaved;
        return review;
    }
    review.request = FrozenBody::write(m_model->batch());
    review.payeeWarnings = payeeWarnings();
    review.status = Review::Status::Ready;
    return review;
}

QList<DraftSession::Review::PayeeWarning> DraftSession::payeeWarnings() const
{
    QList<Review::PayeeWarning> out;
    if (!m_model || m_model->payeeWarningCount() == 0)
        return out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const BatchModel::PayeeNote note = m_model->payeeNote(row);
        if (note.warning.isEmpty())
            continue;
        const PayoutDetail detail = m_model->detail(row);
        const QString number =
            detail.isWallet() ? detail.value(Field::WalletAccountNumber) : detail.value(Field::BankAccountNo);
        out.append({row, detail.mchOrderId(), PayeeIndex::holderName(detail), BatchModel::maskAccountNumber(number),
                    note.warning});
    }
    return out;
}

bool DraftSession::needsPayeeConfirmation() const
{
    const std::optional<Profile> p = profile();
    return p && p->environment == Profile::Environment::Production;
}

SubmissionEngine::SubmitResult DraftSession::submit(const FrozenBody::Request &request,
                                                    const QStringList &confirmedOrderIds)
{
    SubmissionEngine::SubmitResult result;
    if (!m_model || m_readOnly || m_submitting || m_task || request.isNull())
        return result;
    if (const QString offline = offlineReason(); !offline.isEmpty()) {
        result.error = offline;
        return result;
    }
    if (const QString refusal = checkPayeeConfirmations(confirmedOrderIds); !refusal.isEmpty()) {
        result.error = refusal;
        return result;
    }
    // From here on the draft is the frozen batch: no more edits reach it. (Stopped first: an
    // autosave still running on its worker gives the draft its id.)
    m_autosaver->stop();
    const qint64 draftId = m_autosaver->draftId();
    const QString profileKey = m_profileId.toString(QUuid::WithoutBraces);
    m_readOnly = true;
    setSubmitting(true);
    result = m_services.engine().submit(draftId, profileKey, request.body);
    if (!result.ok) {
        submitFailed(draftId, profileKey);
        return result;
    }
    afterSubmit(result);
    return result;
}

QString DraftSession::checkPayeeConfirmations(const QStringList &confirmedOrderIds) const
{
    if (!needsPayeeConfirmation())
        return {};
    // A changed account of a known payee never reaches Production unconfirmed, whoever asks.
    for (const Review::PayeeWarning &w : payeeWarnings()) {
        if (!confirmedOrderIds.contains(w.mchOrderId))
            return tr("Row %1 (%2, %3): the account differs from the payee's saved details or "
                      "changed lately. Confirm the row in the review before sending.")
                .arg(w.row + 1)
                .arg(w.mchOrderId, w.holder);
    }
    return {};
}

void DraftSession::submitFailed(qint64 draftId, const QString &profileKey)
{
    m_readOnly = false;
    m_autosaver->track(m_model.get(), draftId, profileKey);
    setSubmitting(false);
}

void DraftSession::afterSubmit(const SubmissionEngine::SubmitResult &result)
{
    m_frozenRequestId = result.batch.requestId;
    m_sidebar->reload();
    // The window marks the draft as frozen now that it has a batch.
    Q_EMIT stateChanged();
    if (const std::optional<FrozenBatch> batch = m_services.journal().batchWithoutBody(m_frozenRequestId))
        onEngineState(m_frozenRequestId, batch->state);
}

DraftSession::Review::Status DraftSession::startReview()
{
    if (!m_model || m_readOnly || m_submitting || m_task)
        return Review::Status::NoDraft;
    if (const QString offline = offlineReason(); !offline.isEmpty()) {
        Q_EMIT saveFailed(offline);
        return Review::Status::NotSaved;
    }
    if (!m_model->batch().isSendable())
        return Review::Status::NotSendable;
    // The worker saves the draft as it is now (the pending autosave included) and writes its
    // request from a copy; the draft stays read-only until it is done.
    // Stopped first: an autosave still running on its worker gives the draft its id.
    m_autosaver->stop();
    DraftRecord draft;
    draft.id = m_autosaver->draftId();
    draft.profileId = m_profileId.toString(QUuid::WithoutBraces);
    m_reviewedBatch = std::make_shared<const Batch>(m_model->batch());
    m_reviewed = {};
    startTask(FreezeTask::review(m_services.journal(), draft, m_reviewedBatch, this));
    return Review::Status::Ready;
}

bool DraftSession::startSubmit(const FrozenBody::Request &request, const QStringList &confirmedOrderIds, QString *error)
{
    if (!m_model || m_readOnly || m_submitting || m_task || request.isNull())
        return false;
    // Only the bytes of the last review go out, with the rows they were written from.
    const bool reviewed =
        m_reviewedBatch && request.requestId == m_reviewed.requestId
        && (request.body.constData() == m_reviewed.body.constData() || request.body == m_reviewed.body);
    if (!reviewed) {
        if (error)
            *error = tr("This is not the request of the batch's last review. Review the batch again.");
        return false;
    }
    if (const QString offline = offlineReason(); !offline.isEmpty()) {
        if (error)
            *error = offline;
        return false;
    }
    if (const QString refusal = checkPayeeConfirmations(confirmedOrderIds); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    // From here on the draft is the frozen batch: no more edits reach it.
    m_autosaver->stop();
    m_readOnly = true;
    setSubmitting(true);
    startTask(FreezeTask::record(m_services.journal(), m_autosaver->draftId(),
                                 m_profileId.toString(QUuid::WithoutBraces), m_reviewed, m_reviewedBatch, this));
    return true;
}

void DraftSession::cancelFreeze()
{
    if (m_task)
        m_task->cancel();
}

void DraftSession::startTask(FreezeTask *task)
{
    m_task = task;
    connect(task, &FreezeTask::progress, this, &DraftSession::freezeProgress);
    connect(task, &FreezeTask::finished, this, [this, task] {
        if (task != m_task)
            return;
        if (task->kind() == FreezeTask::Kind::Review)
            onReviewDone();
        else
            onRecordDone();
    });
    task->start();
    Q_EMIT stateChanged();
}

void DraftSession::onReviewDone()
{
    FreezeTask *task = std::exchange(m_task, nullptr);
    task->deleteLater(); // this runs inside its finished()
    const FreezeTask::Result r = task->result();
    const qint64 draftId = r.draftId > 0 ? r.draftId : m_autosaver->draftId();
    m_autosaver->track(m_model.get(), draftId, m_profileId.toString(QUuid::WithoutBraces));
    if (r.draftId > 0) {
        m_sidebar->setCurrentDraft(r.draftId);
        m_sidebar->reload();
        Q_EMIT saved(r.draftId);
    }
    Review review;
    if (r.ok) {
        m_reviewed = r.request;
        review.status = Review::Status::Ready;
        review.request = r.request;
        review.walletCount = r.walletCount;
        review.payeeWarnings = payeeWarnings();
    } else {
        m_reviewedBatch.reset();
        review.status = r.cancelled ? Review::Status::Cancelled : Review::Status::NotSaved;
        if (!r.cancelled)
            Q_EMIT saveFailed(r.error);
    }
    Q_EMIT stateChanged();
    Q_EMIT reviewFinished(review);
}

void DraftSession::onRecordDone()
{
    FreezeTask *task = std::exchange(m_task, nullptr);
    task->deleteLater(); // this runs inside its finished()
    const FreezeTask::Result r = task->result();
    SubmissionEngine::SubmitResult result;
    if (!r.ok) {
        submitFailed(m_autosaver->draftId(), m_profileId.toString(QUuid::WithoutBraces));
        result.error = r.cancelled ? tr("Cancelled: nothing was recorded or sent.") : r.error;
        Q_EMIT submitFinished(result);
        return;
    }
    // Recorded: now it is sent, signed with the sign string written with the body.
    result = m_services.engine().send(*r.frozen, m_reviewed.signPrefix);
    m_reviewedBatch.reset();
    m_reviewed = {};
    afterSubmit(result);
    Q_EMIT submitFinished(result);
}

void DraftSession::onEngineState(const QString &requestId, BatchState state)
{
    m_sidebar->reload();
    if (requestId.isEmpty() || requestId != m_frozenRequestId)
        return;
    if (m_submitting && (BatchStates::isSettled(state) || state == BatchState::Unknown))
        setSubmitting(false);
    Q_EMIT batchStateChanged(requestId, state);
}

void DraftSession::setSubmitting(bool submitting)
{
    if (m_submitting == submitting)
        return;
    m_submitting = submitting;
    Q_EMIT stateChanged();
}

void DraftSession::loadBanks()
{
    if (!m_model)
        return;
    const QString currency = m_model->batch().header().currency;
    const QList<SupportedBank> builtin = ConsoleServices::builtinBanks(currency);
    Q_EMIT banksChanged(builtin);

    const QString country = builtin.isEmpty() ? QString() : builtin.first().countryCode;
    if (country.isEmpty() || !canSend())
        return;
    ApiClient *client = m_services.clientFor(m_profileId.toString(QUuid::WithoutBraces));
    if (!client)
        return;
    ApiCall *call = client->supportedBanks(currency, country);
    connect(call, &ApiCall::finished, this, [this, currency](const ApiResult &result) {
        const QList<SupportedBank> banks =
            result.ok() ? SupportedBank::listFromJson(result.data) : QList<SupportedBank>();
        if (!banks.isEmpty() && m_model && m_model->batch().header().currency == currency)
            Q_EMIT banksChanged(banks);
    });
}

} // namespace Lesspay::Core
