// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Lesspay::Core {

class Journal;

// The console's side list: the open drafts and the submitted batches of one profile, each under
// its own top-level group, read from the journal with the profile filtered in SQL (so a busy
// second profile never crowds this one's out). Reloading compares with what is shown and inserts,
// removes, moves or changes single rows; it never resets. A draft's name is edited in place
// (Qt::EditRole): setData() renames it in the journal, where the autosave leaves it alone.
class JournalSidebarModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSidebarModel)

public:
    enum Group { DraftsGroup, BatchesGroup, GroupCount };
    Q_ENUM(Group)

    enum class Kind { Group, Draft, Batch };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole, // Kind (int)
        DraftIdRole,             // drafts: the journal's draft id
        RequestIdRole,           // batches: the request_id
        CurrentRole,             // drafts: bool, the draft open in the editor
        ChangedAtRole,           // Unix ms: a draft's last change, a batch's creation
        OriginRole,              // the request_id of the batch a retry draft (or its batch) came from
        RowCountRole             // drafts: how many rows it holds
    };

    static constexpr int DefaultBatchLimit = 200;

    explicit JournalSidebarModel(Journal &journal, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renames a draft (EditRole); false, and renameRefused() with the reason, when the journal refuses.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QModelIndex groupIndex(Group group) const { return createIndex(int(group), 0, quintptr(0)); }
    int rowOfDraft(qint64 draftId) const;
    // The name a draft without one of its own is listed under ("Draft 12").
    static QString defaultTitle(qint64 draftId);
    int rowOfBatch(const QString &requestId) const;

    QString profileId() const { return m_profileId; }
    // Shows another profile's drafts and batches (reloads).
    void setProfile(const QString &profileId);
    void setCurrentDraft(qint64 draftId);
    qint64 currentDraft() const { return m_currentDraft; }
    // How many of the profile's newest batches are listed.
    void setBatchLimit(int limit);
    // Reads both lists again and applies the differences row by row.
    void reload();

Q_SIGNALS:
    // A rename the journal refused (a submitted draft, or in a team workspace a colleague's), in words.
    void renameRefused(const QString &message);

private:
    template<typename Row, typename KeyOf, typename Changed>
    void sync(Group group, QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Changed changed);
    QVariant draftData(const DraftRecord &draft, int role) const;
    QVariant batchData(const BatchSummary &summary, int role) const;

    Journal &m_journal;
    QString m_profileId;
    qint64 m_currentDraft = 0;
    int m_batchLimit = DefaultBatchLimit;
    QList<DraftRecord> m_drafts;
    QList<BatchSummary> m_batches;
    QHash<qint64, QString> m_origins; // follow-up draft id -> the batch it was made from
};

} // namespace Lesspay::Core
