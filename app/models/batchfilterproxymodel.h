// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace Lesspay::Core {

// Filters a BatchListModel by status group, creation date (local days, inclusive) and text
// (request_id, Lesspay order, profile, currency, total, status; case-insensitive), and sorts
// on the raw values so that dates, totals and counts sort as numbers.
class BatchFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchFilterProxyModel)

public:
    enum class StatusFilter { All, NeedsAttention, InProgress, Unknown, Paid, PartlyPaid, Failed, NeedsPerson };
    Q_ENUM(StatusFilter)

    explicit BatchFilterProxyModel(QObject *parent = nullptr);

    StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter filter);
    // A null date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    void setText(const QString &text);
    QString text() const { return m_text; }

    static QString label(StatusFilter filter); // translated

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool statusAccepts(int phase, bool attention) const;

    StatusFilter m_status = StatusFilter::All;
    QDate m_from;
    QDate m_to;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0; // exclusive
    QString m_text;
};

} // namespace Lesspay::Core
