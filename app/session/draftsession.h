// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/supportedbank.h"
#include "engine/submissionengine.h"
#include "journal/batchstate.h"
#include "models/frozenbody.h"
#include "settings/profile.h"

#include <QObject>
#include <QUuid>

#include <memory>
#include <optional>

namespace Lesspay::Core {

class BatchModel;
class ConsoleServices;
class DetailValidator;
class DraftAutosaver;
class DraftRecoveryFile;
class FreezeTask;
class JournalSidebarModel;
class PriorPaymentChecker;

// The draft being worked on, whoever shows it: which draft of the current profile is open,
// the profile's rules it is judged by (currencies, decimals, providers), its autosave, the
// prior-payment warnings, the supported banks, whether the profile can send, and the submit:
// freeze() builds the exact request once, and submit() sends exactly those bytes. The console
// window shows the model and asks; it decides nothing about the draft itself.
class DraftSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftSession)

public:
    explicit DraftSession(ConsoleServices &services, QObject *parent = nullptr);
    ~DraftSession() override;

    ConsoleServices &services() const { return m_services; }

    // The open draft: its model (owned here; replaced on every open), the journal id (0 until
    // the first save), its profile and, once submitted, the batch it became.
    BatchModel *model() const { return m_model.get(); }
    qint64 draftId() const;
    QUuid profileId() const { return m_profileId; }
    std::optional<Profile> profile() const;
    QString frozenRequestId() const { return m_frozenRequestId; }
    // The batch whose failed payouts this draft was made from; empty for an ordinary draft.
    QString originRequestId() const;
    // Read-only when frozen, and while a review or a submit is in its worker step.
    bool isReadOnly() const { return m_readOnly || m_task; }
    bool isSubmitting() const { return m_submitting; }
    DraftAutosaver *autosaver() const { return m_autosaver; }
    // The side list of the profile's drafts and submitted batches, kept current here: it follows
    // the profile, marks the open draft and reloads on every save and every change the engine
    // makes, so a window only shows it.
    JournalSidebarModel *sidebarModel() const { return m_sidebar; }

    // The rules of the current profile (the built-in ones without a profile) and the
    // currencies it offers for a new draft.
    const DetailValidator &validator();
    QStringList allowedCurrencies() const;
    // True when the profile's secret is at hand: drafting never needs it, sending does.
    bool canSend() const;
    // Why nothing can be submitted, approved or sent now (empty: it can): the team database is
    // out of reach or refuses this login. Editing goes on; the edits are written when it is back.
    QString offlineReason() const;

    // Opens the current profile's latest unsent draft, or a new one. Returns false when the
    // profile had not changed and a draft of it is open already.
    bool followCurrentProfile();
    void newDraft();
    // A new draft holding the rows of the open frozen batch as they were sent, with the same
    // header and a new request ID, saved at once. False when the open draft is not frozen or
    // the journal refused the new one.
    bool newDraftFromOpenBatch();
    enum class OpenResult { Opened, AlreadyOpen, NotFound, Damaged };
    OpenResult openDraft(qint64 draftId);
    // Writes pending edits now (force: even when nothing is pending); false when refused.
    bool save(bool force = false);
    // Deletes a draft of the side list that was not submitted (in a team workspace, one the
    // server lets this login delete). The open draft stops being autosaved first, so nothing
    // writes it back, and the profile's latest other draft (or a new one) opens in its place;
    // when the journal refuses, it stays open and autosaved as before. False, with the reason
    // in words, when refused.
    bool deleteDraft(qint64 draftId, QString *error = nullptr);

    // The request a submit sends, frozen once from the draft as it is now.
    struct Review
    {
        enum class Status { Ready, NotSendable, NotSaved, NoDraft, Cancelled };
        // A row the recipient directory warns about: its holder is a saved payee but the account
        // is not one of the payee's saved ones, or one changed lately.
        struct PayeeWarning
        {
            int row = 0;
            QString mchOrderId;
            QString holder;
            QString maskedAccount;
            QString warning;
        };
        Status status = Status::NoDraft;
        FrozenBody::Request request;
        int walletCount = -1; // e-wallet rows, counted by startReview(); -1: not counted
        QList<PayeeWarning> payeeWarnings;
    };
    Review freeze();
    // The rows of the open draft the directory warns about, in row order.
    QList<Review::PayeeWarning> payeeWarnings() const;
    // True when a submit needs a person to confirm each warned row (a Production profile).
    bool needsPayeeConfirmation() const;
    // Sends the reviewed request: from here the draft is read-only; on failure it is editable
    // again and tracked by the autosave as before. On a Production profile every row the
    // directory warns about must be among `confirmedOrderIds` (confirmed one by one by a person),
    // or nothing is sent.
    SubmissionEngine::SubmitResult submit(const FrozenBody::Request &request,
                                          const QStringList &confirmedOrderIds = {});

    // freeze() and submit() as the console runs them: the heavy step (saving the draft and
    // writing its request; recording the frozen batch) runs on a worker thread with its own
    // journal connection, so that a batch of 100,000 rows never holds the event loop up. Until
    // it ends the draft is read-only, freezeProgress() reports, and cancelFreeze() stops it
    // with nothing recorded or sent. startReview() answers Ready when the review started
    // (reviewFinished() follows) or why it did not; startSubmit() sends only the request of the
    // last review, and answers false (nothing started) for another one or while busy.
    Review::Status startReview();
    bool startSubmit(const FrozenBody::Request &request, const QStringList &confirmedOrderIds = {},
                     QString *error = nullptr);
    void cancelFreeze();
    bool isFreezing() const { return m_task != nullptr; }

    // Asks the server for the banks of the draft's currency when the profile can; the built-in
    // list comes at once (spec section 7: the console works without that call).
    void loadBanks();

Q_SIGNALS:
    // A draft was opened (new, from the journal, or another profile's): model() changed.
    void draftOpened();
    // Read-only or submitting changed, or the profile's secret became (un)available.
    void stateChanged();
    void banksChanged(const QList<Lesspay::Core::SupportedBank> &banks);
    void saved(qint64 draftId);
    void saveFailed(const QString &message);
    // Edits kept while the team database was out of reach were written as the new draft
    // `draftId`, because `changedDraftId` was changed by someone else meanwhile.
    void savedAsCopy(qint64 changedDraftId, qint64 draftId);
    // The engine moved the open draft's batch (accepted, settled, being reconciled...).
    void batchStateChanged(const QString &requestId, Lesspay::Core::BatchState state);
    void freezeProgress(int done, int total);
    void reviewFinished(const Lesspay::Core::DraftSession::Review &review);
    void submitFinished(const Lesspay::Core::SubmissionEngine::SubmitResult &result);

private:
    // The open draft has edits the journal refused (out of reach) and must not be replaced:
    // says so and answers true.
    bool keepsUnsavedDraft();
    // Opens the draft whose edits a previous run kept in the recovery file (the team database
    // could not take them) and writes them; false when there is none for the current profile.
    bool openRecovered();
    void show(std::unique_ptr<BatchModel> model, qint64 draftId, const QString &frozenRequestId);
    void onEngineState(const QString &requestId, BatchState state);
    void setSubmitting(bool submitting);
    QString checkPayeeConfirmations(const QStringList &confirmedOrderIds) const;
    void startTask(FreezeTask *task);
    void onReviewDone();
    void onRecordDone();
    // The draft is the frozen batch now: what submit() and the end of startSubmit() share.
    void afterSubmit(const SubmissionEngine::SubmitResult &result);
    void submitFailed(qint64 draftId, const QString &profileKey);

    ConsoleServices &m_services;
    std::unique_ptr<DetailValidator> m_builtinValidator; // without a profile
    std::unique_ptr<BatchModel> m_model;
    std::unique_ptr<PriorPaymentChecker> m_priorPayments;
    std::unique_ptr<DraftRecoveryFile> m_recovery;
    DraftAutosaver *m_autosaver;
    JournalSidebarModel *m_sidebar;
    QUuid m_profileId;
    QString m_frozenRequestId;
    bool m_hasDraft = false;
    bool m_readOnly = false;
    bool m_submitting = false;
    FreezeTask *m_task = nullptr;
    // What the last review wrote and the copy of the batch it wrote it from: the submit records
    // those rows with those bytes, whatever happened to the model meanwhile.
    std::shared_ptr<const Batch> m_reviewedBatch;
    FrozenBody::Request m_reviewed;
};

} // namespace Lesspay::Core
