// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchfilterproxymodel.h"

#include "models/batchlistmodel.h"
#include "models/batchphase.h"

#include <QDateTime>

namespace Lesspay::Core {

BatchFilterProxyModel::BatchFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BatchListModel::RawValueRole);
    // Live updates re-sort and re-filter only the rows that changed.
    setDynamicSortFilter(true);
}

void BatchFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

void BatchFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_fromMs = from.isValid() ? from.startOfDay().toMSecsSinceEpoch() : 0;
    m_toMs = to.isValid() ? to.addDays(1).startOfDay().toMSecsSinceEpoch() : 0;
    invalidateRowsFilter();
}

void BatchFilterProxyModel::setText(const QString &text)
{
    const QString folded = text.trimmed().toLower();
    if (folded == m_text)
        return;
    m_text = folded;
    invalidateRowsFilter();
}

QString BatchFilterProxyModel::label(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return tr("All statuses");
    case StatusFilter::NeedsAttention:
        return tr("Needs attention");
    case StatusFilter::InProgress:
        return tr("In progress");
    case StatusFilter::Unknown:
        return tr("Unknown (being checked)");
    case StatusFilter::Paid:
        return tr("Paid");
    case StatusFilter::PartlyPaid:
        return tr("Partly paid");
    case StatusFilter::Failed:
        return tr("Failed or rejected");
    case StatusFilter::NeedsPerson:
        return tr("Needs a person");
    }
    return {};
}

bool BatchFilterProxyModel::statusAccepts(int phase, bool attention) const
{
    const BatchPhase p = BatchPhase(phase);
    switch (m_status) {
    case StatusFilter::All:
        return true;
    case StatusFilter::NeedsAttention:
        return attention;
    case StatusFilter::InProgress:
        return BatchPhases::isUndecided(p);
    case StatusFilter::Unknown:
        return p == BatchPhase::Unknown;
    case StatusFilter::Paid:
        return p == BatchPhase::Succeeded;
    case StatusFilter::PartlyPaid:
        return p == BatchPhase::PartiallySucceeded;
    case StatusFilter::Failed:
        return p == BatchPhase::Failed || p == BatchPhase::Rejected;
    case StatusFilter::NeedsPerson:
        return p == BatchPhase::NeedsPerson;
    }
    return true;
}

bool BatchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status != StatusFilter::All
        && !statusAccepts(index.data(BatchListModel::StatusRole).toInt(),
                          index.data(BatchListModel::AttentionRole).toBool()))
        return false;
    if (m_fromMs > 0 || m_toMs > 0) {
        const qint64 created = index.data(BatchListModel::CreatedAtRole).toLongLong();
        if ((m_fromMs > 0 && created < m_fromMs) || (m_toMs > 0 && created >= m_toMs))
            return false;
    }
    if (!m_text.isEmpty() && !index.data(BatchListModel::SearchTextRole).toString().contains(m_text))
        return false;
    return true;
}

} // namespace Lesspay::Core
