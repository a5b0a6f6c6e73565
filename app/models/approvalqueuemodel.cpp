// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalqueuemodel.h"

#include "journal/journal.h"

#include <QSet>

namespace Lesspay::Core {

namespace {

int approvalsSoFar(const TeamApprovals::Status &s)
{
    int n = 0;
    for (const TeamApprovals::Decision &d : s.decisions)
        n += d.approved ? 1 : 0;
    return n;
}

bool sameRow(const TeamApprovals::Status &a, const TeamApprovals::Status &b)
{
    return a.preparedBy == b.preparedBy && a.currency == b.currency && a.totalAmount == b.totalAmount
           && a.detailCount == b.detailCount && a.approvalsRequired == b.approvalsRequired
           && approvalsSoFar(a) == approvalsSoFar(b);
}

} // namespace

ApprovalQueueModel::ApprovalQueueModel(Journal &journal, Queue queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_queue(queue)
{}

ApprovalQueueModel::~ApprovalQueueModel() = default;

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamApprovals::Status &s = m_rows.at(index.row());
    if (role == RequestIdRole)
        return s.requestId;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == TotalColumn || index.column() == CountColumn;
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case RequestIdColumn:
        return s.requestId;
    case PreparedByColumn:
        return s.preparedBy;
    case CurrencyColumn:
        return s.currency;
    case TotalColumn:
        return s.totalAmount;
    case CountColumn:
        return s.detailCount;
    case ApprovalsColumn:
        if (role == RawValueRole)
            return approvalsSoFar(s);
        return tr("%1 of %2").arg(approvalsSoFar(s)).arg(s.approvalsRequired);
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestIdColumn:
        return tr("Request ID");
    case PreparedByColumn:
        return tr("Prepared by");
    case CurrencyColumn:
        return tr("Currency");
    case TotalColumn:
        return tr("Total");
    case CountColumn:
        return tr("Payouts");
    case ApprovalsColumn:
        return tr("Approvals");
    default:
        return {};
    }
}

int ApprovalQueueModel::rowOf(const QString &requestId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).requestId == requestId)
            return int(i);
    }
    return -1;
}

QList<TeamApprovals::Status> ApprovalQueueModel::read() const
{
    const TeamApprovals approvals(m_journal);
    if (m_queue == Queue::WaitingForMe)
        return approvals.waitingForMe();
    QList<TeamApprovals::Status> out;
    const QList<FrozenBatch> unresolved = m_journal.unresolvedBatches(); // oldest first
    for (const FrozenBatch &b : unresolved) {
        if (b.state != BatchState::Frozen || b.sendCount > 0)
            continue;
        const std::optional<TeamApprovals::Status> s = approvals.status(b.requestId);
        if (s && s->state == TeamApprovals::State::Approved)
            out.append(*s);
    }
    return out;
}

void ApprovalQueueModel::reload()
{
    if (!m_journal.isTeamWorkspace())
        return;
    const QList<TeamApprovals::Status> fresh = read();
    QSet<QString> freshIds;
    for (const TeamApprovals::Status &s : fresh)
        freshIds.insert(s.requestId);
    // Rows no longer waiting go first (from the bottom, so rows above keep their numbers).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_rows.at(row).requestId))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Both lists are in the server's order (oldest first): merge the new ones in where they belong.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const TeamApprovals::Status &s = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).requestId == s.requestId) {
            if (!sameRow(m_rows.at(i), s)) {
                m_rows[i] = s;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            } else {
                m_rows[i].decisions = s.decisions;
            }
            continue;
        }
        beginInsertRows({}, int(i), int(i));
        m_rows.insert(i, s);
        endInsertRows();
    }
}

} // namespace Lesspay::Core
