// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"
#include "models/batchphase.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace Lesspay::Core {

class Journal;

// The submitted batches of the journal, newest first, one row each, read a page at a time: the
// newest page first, older pages as the view scrolls down (fetchMore). Refreshing compares with
// what is shown and emits dataChanged for exactly the rows (and columns) that changed, or
// inserts/removes rows; it never resets. The engine's per-batch and per-detail signals go to
// scheduleRefresh(), which coalesces them into one journal read per batch per event-loop turn.
class BatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchListModel)

public:
    enum Column {
        RequestIdColumn,
        PayOrderIdColumn,
        CreatedColumn,
        ProfileColumn,
        CurrencyColumn,
        TotalColumn,
        CountColumn,
        StatusColumn,
        ProgressColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // sort key: text, Unix ms, minor units, count, phase, paid per mille
        StatusRole,                  // BatchPhase (int)
        AttentionRole,               // bool: failed, partial, rejected or needs a person, not followed up
        SucceededRole,               // payouts paid
        FailedRole,                  // payouts failed
        PendingRole,                 // payouts neither paid nor failed
        RequestIdRole,
        CreatedAtRole, // Unix ms
        SearchTextRole // everything the text filter looks at, lower case
    };

    explicit BatchListModel(const Journal &journal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How many batches a page holds (newest first; older pages come with fetchMore()).
    void setPageSize(int size) { m_pageSize = size; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Reads the list again, as far down as it was read, and applies the differences.
    void reload();
    // Reads one batch now.
    void refreshBatch(const QString &requestId);
    // Reads the batch at the next event-loop turn; calls in between are merged.
    void scheduleRefresh(const QString &requestId);

    // Profile ids are shown by these names when known.
    void setProfileNames(const QHash<QString, QString> &names);

    // Batches with a follow-up draft no longer count as needing attention.
    void setFollowedUp(const QSet<QString> &requestIds);
    void markFollowedUp(const QString &requestId);

    int rowOf(const QString &requestId) const { return m_rowOf.value(requestId, -1); }
    const BatchSummary &summary(int row) const { return m_rows.at(row); }
    int attentionCount() const { return m_attention; }

signals:
    // A batch changed from not final to final (or to "needs a person") while being watched.
    void batchReachedFinalState(const QString &requestId, Lesspay::Core::BatchPhase phase);
    void attentionCountChanged(int count);
    // The whole list was read again (reload()): what the Batches view counts to show it does not
    // poll a journal that announces its changes.
    void reloaded();

private:
    bool needsAttention(const BatchSummary &s) const;
    void applySummary(const BatchSummary &s);
    void insertSummary(const BatchSummary &s);
    void removeRow(int row);
    void rebuildIndex(int fromRow);
    void recountAttention();
    void flushScheduled();
    QVariant displayValue(const BatchSummary &s, int column) const;
    QVariant rawValue(const BatchSummary &s, int column) const;

    const Journal &m_journal;
    QList<BatchSummary> m_rows;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_followedUp;
    QHash<QString, QString> m_profileNames;
    QSet<QString> m_scheduled;
    QTimer m_flush;
    int m_pageSize = 1000;
    bool m_moreOlder = false; // the last page read was full: there may be older batches
    bool m_changing = false;  // reading a page or reloading
    int m_attention = 0;
};

} // namespace Lesspay::Core
