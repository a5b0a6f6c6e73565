// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace Lesspay::Core {

class Journal;

// "New draft from failed payouts": copies the FAILED payouts of a submitted batch, exactly as
// they were sent, into a new journal draft with a fresh request_id, and records the link to
// the original batch. It refuses whenever paying those rows again could pay someone twice:
// while any payout (or the whole batch) is undecided, when the batch needs a person, and
// when a draft was already made from the same batch.
class RetryDraftBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RetryDraftBuilder)

public:
    static inline const QString FailedPayoutsKind = QStringLiteral("failed_payouts");

    enum class Outcome {
        Ready,   // check(): a draft can be made
        Created, // create(): the draft exists now
        NoSuchBatch,
        Undecided,      // the batch or a payout is still pending or unknown
        NeedsPerson,    // the console stopped on this batch: nothing may be retried blindly
        NothingFailed,  // no FAILED payout
        AlreadyDrafted, // a follow-up draft of this batch exists (draftId says which)
        Unreadable,     // the frozen body cannot be read
        SaveFailed,
    };

    struct Result
    {
        Outcome outcome = Outcome::NoSuchBatch;
        qint64 draftId = 0;
        QString newRequestId;
        int rowCount = 0;
        QString message; // translated, for people

        bool ok() const { return outcome == Outcome::Ready || outcome == Outcome::Created; }
    };

    explicit RetryDraftBuilder(Journal &journal);

    Result check(const QString &requestId) const;
    Result create(const QString &requestId);

    // The follow-up draft made from a batch, if any.
    std::optional<qint64> existingDraft(const QString &originRequestId) const;
    // The request_id a draft was made from; empty for an ordinary draft.
    QString originOf(qint64 draftId) const;
    // Every batch a follow-up draft was made from.
    QSet<QString> followedUp() const;

private:
    Journal &m_journal;
};

} // namespace Lesspay::Core
