// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchlistmodel.h"

#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "money/amount.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace Lesspay::Core {

namespace {

// Minor units of an API amount string, whatever its decimals (the journal keeps the total
// with the currency's decimals, so totals of one currency compare exactly).
qint64 minorUnits(const QString &amount)
{
    const qsizetype dot = amount.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : int(amount.size() - dot - 1);
    const Amount::ParseResult r = Amount::parse(amount, qMin(decimals, Amount::MaxDecimals));
    return r.ok() ? r.minor : -1;
}

bool isWatchedEnd(BatchPhase phase)
{
    return BatchPhases::isFinal(phase) || phase == BatchPhase::NeedsPerson;
}

} // namespace

BatchListModel::BatchListModel(const Journal &journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &BatchListModel::flushScheduled);
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::displayValue(const BatchSummary &s, int column) const
{
    const FrozenBatch &b = s.batch;
    switch (Column(column)) {
    case RequestIdColumn:
        return b.requestId;
    case PayOrderIdColumn:
        return b.payOrderId;
    case CreatedColumn:
        return QDateTime::fromMSecsSinceEpoch(b.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ProfileColumn:
        return m_profileNames.value(b.profileId, b.profileId);
    case CurrencyColumn:
        return b.currency;
    case TotalColumn:
        return b.totalAmount;
    case CountColumn:
        return b.detailCount;
    case StatusColumn:
        return BatchPhases::label(BatchPhases::of(b));
    case ProgressColumn:
        return tr("%1 paid, %2 failed, %3 pending").arg(s.succeeded).arg(s.failed).arg(s.pending);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BatchListModel::rawValue(const BatchSummary &s, int column) const
{
    const FrozenBatch &b = s.batch;
    switch (Column(column)) {
    case CreatedColumn:
        return b.createdAt;
    case TotalColumn:
        return minorUnits(b.totalAmount);
    case CountColumn:
        return b.detailCount;
    case StatusColumn:
        return int(BatchPhases::of(b));
    case ProgressColumn:
        return b.detailCount > 0 ? qint64(s.succeeded) * 1000 / b.detailCount : 0;
    default:
        return displayValue(s, column);
    }
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return BatchPhases::explanation(s, m_journal.now());
        if (index.column() == ProgressColumn)
            return displayValue(s, ProgressColumn);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(s, index.column());
    case StatusRole:
        return int(BatchPhases::of(s.batch));
    case AttentionRole:
        return needsAttention(s);
    case SucceededRole:
        return s.succeeded;
    case FailedRole:
        return s.failed;
    case PendingRole:
        return s.pending;
    case RequestIdRole:
        return s.batch.requestId;
    case CreatedAtRole:
        return s.batch.createdAt;
    case SearchTextRole:
        return QStringList{s.batch.requestId, s.batch.payOrderId,  displayValue(s, ProfileColumn).toString(),
                           s.batch.currency,  s.batch.totalAmount, BatchPhases::label(BatchPhases::of(s.batch))}
            .join(QLatin1Char('\n'))
            .toLower();
    default:
        return {};
    }
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ProgressColumn)
        return tr("Payouts paid / failed / pending");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RequestIdColumn:
        return tr("Request ID");
    case PayOrderIdColumn:
        return tr("Lesspay order");
    case CreatedColumn:
        return tr("Created");
    case ProfileColumn:
        return tr("Profile");
    case CurrencyColumn:
        return tr("Currency");
    case TotalColumn:
        return tr("Total");
    case CountColumn:
        return tr("Payouts");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case ColumnCount:
        break;
    }
    return {};
}

bool BatchListModel::needsAttention(const BatchSummary &s) const
{
    return BatchPhases::needsAttention(BatchPhases::of(s.batch)) && !m_followedUp.contains(s.batch.requestId);
}

bool BatchListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not from inside a change: views and testers ask while rows go in.
    return !parent.isValid() && m_moreOlder && !m_changing;
}

void BatchListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const QList<BatchSummary> older = JournalQueries(m_journal).listBatchesBefore(m_rows.last().batch.id, m_pageSize);
    m_moreOlder = older.size() == m_pageSize;
    if (older.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(older.size()) - 1);
    m_rows.append(older);
    rebuildIndex(first);
    endInsertRows();
    recountAttention();
}

void BatchListModel::reload()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    // As far down as the list was read: a page read with fetchMore() stays.
    const QList<BatchSummary> fresh = m_rows.isEmpty()
                                          ? JournalQueries(m_journal).listBatches(m_pageSize)
                                          : JournalQueries(m_journal).listBatchesFrom(m_rows.last().batch.id);
    if (m_rows.isEmpty()) {
        m_moreOlder = fresh.size() == m_pageSize;
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_rows = fresh;
            rebuildIndex(0);
            endInsertRows();
        }
        recountAttention();
        emit reloaded();
        return;
    }
    QSet<QString> keep;
    keep.reserve(fresh.size());
    for (const BatchSummary &s : fresh)
        keep.insert(s.batch.requestId);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_rows.at(row).batch.requestId))
            removeRow(row);
    }
    // The list is ordered by journal id, which never changes: what is new goes where it falls.
    for (int i = 0; i < fresh.size(); ++i) {
        if (m_rowOf.contains(fresh.at(i).batch.requestId))
            applySummary(fresh.at(i));
        else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            rebuildIndex(i);
            endInsertRows();
        }
    }
    recountAttention();
    emit reloaded();
}

void BatchListModel::refreshBatch(const QString &requestId)
{
    const std::optional<BatchSummary> s = JournalQueries(m_journal).summary(requestId);
    if (!s)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    if (m_rowOf.contains(requestId))
        applySummary(*s);
    else if (!m_moreOlder || m_rows.isEmpty() || s->batch.id > m_rows.last().batch.id)
        insertSummary(*s); // an older batch not read yet comes with its page, in its place
    else
        return;
    recountAttention();
}

void BatchListModel::scheduleRefresh(const QString &requestId)
{
    m_scheduled.insert(requestId);
    if (!m_flush.isActive())
        m_flush.start();
}

void BatchListModel::flushScheduled()
{
    const QSet<QString> ids = std::exchange(m_scheduled, {});
    for (const QString &id : ids)
        refreshBatch(id);
}

void BatchListModel::setProfileNames(const QHash<QString, QString> &names)
{
    m_profileNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProfileColumn), index(int(m_rows.size()) - 1, ProfileColumn), {Qt::DisplayRole});
}

void BatchListModel::setFollowedUp(const QSet<QString> &requestIds)
{
    const QSet<QString> changed = (m_followedUp - requestIds) + (requestIds - m_followedUp);
    m_followedUp = requestIds;
    for (const QString &id : changed) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, StatusColumn), index(row, StatusColumn), {AttentionRole});
    }
    recountAttention();
}

void BatchListModel::markFollowedUp(const QString &requestId)
{
    QSet<QString> ids = m_followedUp;
    ids.insert(requestId);
    setFollowedUp(ids);
}

void BatchListModel::applySummary(const BatchSummary &s)
{
    const int row = rowOf(s.batch.requestId);
    BatchSummary &old = m_rows[row];
    const FrozenBatch &a = old.batch;
    const FrozenBatch &b = s.batch;
    bool changed[ColumnCount] = {};
    changed[PayOrderIdColumn] = a.payOrderId != b.payOrderId;
    changed[CreatedColumn] = a.createdAt != b.createdAt;
    changed[ProfileColumn] = a.profileId != b.profileId;
    changed[CurrencyColumn] = a.currency != b.currency;
    changed[TotalColumn] = a.totalAmount != b.totalAmount;
    changed[CountColumn] = a.detailCount != b.detailCount;
    // The tooltip explains the state with the last error and the not-found answers.
    changed[StatusColumn] = a.state != b.state || a.orderStatus != b.orderStatus || a.lastError != b.lastError
                            || a.failReason != b.failReason || a.notFoundCount != b.notFoundCount;
    changed[ProgressColumn] = old.succeeded != s.succeeded || old.failed != s.failed || old.pending != s.pending;
    const BatchPhase before = BatchPhases::of(a);
    const BatchPhase after = BatchPhases::of(b);
    old = s;
    int first = -1;
    int last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (changed[c]) {
            first = first < 0 ? c : first;
            last = c;
        }
    }
    if (first >= 0)
        emit dataChanged(index(row, first), index(row, last));
    if (!isWatchedEnd(before) && isWatchedEnd(after))
        emit batchReachedFinalState(s.batch.requestId, after);
}

void BatchListModel::insertSummary(const BatchSummary &s)
{
    // Newest first: the row goes before the first batch with a smaller journal id.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).batch.id > s.batch.id)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, s);
    rebuildIndex(row);
    endInsertRows();
}

void BatchListModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rowOf.remove(m_rows.at(row).batch.requestId);
    m_rows.removeAt(row);
    rebuildIndex(row);
    endRemoveRows();
}

void BatchListModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).batch.requestId, row);
}

void BatchListModel::recountAttention()
{
    int count = 0;
    for (const BatchSummary &s : std::as_const(m_rows))
        count += needsAttention(s);
    if (count != m_attention) {
        m_attention = count;
        emit attentionCountChanged(count);
    }
}

} // namespace Lesspay::Core
