// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/teamapprovals.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Lesspay::Core {

class Journal;

// A list of the Approvals page: the batches of a team workspace that wait for the person logged
// in (TeamApprovals::waitingForMe), or the approved ones nobody has sent yet; oldest first.
// reload() compares with what is shown and removes, inserts or changes only the rows that
// differ; it never resets.
class ApprovalQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalQueueModel)

public:
    enum Column {
        RequestIdColumn,
        PreparedByColumn,
        CurrencyColumn,
        TotalColumn,
        CountColumn,
        ApprovalsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // sort key: text, minor-unit-free amount text, count, approvals so far
        RequestIdRole,
    };

    enum class Queue {
        WaitingForMe,  // requested, prepared by someone else, not decided by me
        ApprovedUnsent // approved, frozen, never sent
    };

    explicit ApprovalQueueModel(Journal &journal, Queue queue = Queue::WaitingForMe, QObject *parent = nullptr);
    ~ApprovalQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Asks the workspace again and applies the differences.
    void reload();
    const TeamApprovals::Status &status(int row) const { return m_rows.at(row); }
    int rowOf(const QString &requestId) const;

private:
    QList<TeamApprovals::Status> read() const;

    Journal &m_journal;
    Queue m_queue;
    QList<TeamApprovals::Status> m_rows;
};

} // namespace Lesspay::Core
