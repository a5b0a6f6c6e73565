// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

class QSqlQuery;

namespace Lesspay::Core {

class Journal;

// Autosaved drafts in the journal. A draft that was submitted (frozen) is read-only: saving
// it again is refused, and it cannot be renamed or deleted while its batch exists. A draft's
// name (its title) is set when it is made and by rename() only: saving its rows leaves it as it
// is, so an autosave never brings back an older name. In a team workspace the server decides
// too: a preparer renames and deletes only their own drafts (row-level security). A draft made from
// another batch (its failed payouts) carries a link to it, written with the draft in one
// transaction, so that the same payouts are not drafted, and paid, twice.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(Journal &journal);

    // Inserts (id 0) or updates; returns the draft id.
    std::optional<qint64> save(const DraftRecord &draft, QString *error = nullptr);
    // Inserts a new draft (its id is ignored) together with its link to the batch it was
    // made from: both are written, or neither.
    std::optional<qint64> saveFollowUp(const DraftRecord &draft, const QString &originRequestId, const QString &kind,
                                       QString *error = nullptr);
    std::optional<DraftRecord> load(qint64 id) const;
    // When the draft was last written, whoever wrote it; nullopt when there is no such draft, or
    // (ok false) when the journal could not be read.
    std::optional<qint64> updatedAt(qint64 id, bool *ok = nullptr) const;
    QList<DraftRecord> list() const; // without the rows blob
    // The drafts of one profile that were not submitted, last changed first, without the rows blob.
    QList<DraftRecord> openDrafts(const QString &profileId) const;
    // Renames a draft that was not submitted; an empty title gives it back its default name
    // ("Draft 12"). False, with the reason in words, when refused.
    bool rename(qint64 id, const QString &title, QString *error = nullptr);
    // Deletes a draft that was not submitted, with its link to the batch it was made from. False,
    // with the reason in words, when refused.
    bool remove(qint64 id, QString *error = nullptr);

    // The first follow-up draft of `kind` made from a batch, if any.
    std::optional<qint64> followUpOf(const QString &originRequestId, const QString &kind) const;
    // The request_id a draft was made from; empty for an ordinary draft.
    QString originOf(qint64 draftId) const;
    // Every batch a follow-up draft was made from.
    QSet<QString> origins() const;
    // Every follow-up draft with the request_id of the batch it was made from.
    QHash<qint64, QString> originsByDraft() const;

private:
    // Why a rename or a delete of `id` changed no row.
    QString refusal(qint64 id, const QString &frozen) const;
    std::optional<qint64> write(QSqlQuery &q, const DraftRecord &draft, QString *error);

    Journal &m_journal;
};

} // namespace Lesspay::Core
