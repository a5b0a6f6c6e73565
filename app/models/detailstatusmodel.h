// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Lesspay::Core {

class Journal;

// The payouts of one submitted batch with their latest status from the journal. Showing
// another batch resets the model (it is another table); refreshing the same batch emits
// dataChanged for exactly the payouts whose status, reason or channel number changed.
class DetailStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailStatusModel)

public:
    enum Column {
        MchOrderIdColumn,
        AmountColumn,
        RecipientColumn, // the account holder's name, as sent
        AccountColumn,
        StatusColumn,
        FailReasonColumn,
        ChannelOrderNoColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Status { Pending, Succeeded, Failed, Other };
    Q_ENUM(Status)

    enum Role {
        RawValueRole = Qt::UserRole, // sort key: text, minor units, Status, Unix ms
        StatusRole,                  // Status (int)
    };

    explicit DetailStatusModel(const Journal &journal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &requestId); // empty: no batch
    void refresh();
    const DetailStatus &detail(int row) const { return m_rows.at(row); }
    int rowOf(const QString &mchOrderId) const { return m_rowOf.value(mchOrderId, -1); }

    static Status statusOf(const QString &status);
    static QString statusLabel(const QString &status); // translated, unknown ones verbatim

private:
    const Journal &m_journal;
    QString m_requestId;
    QList<DetailStatus> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, QString> m_names; // mch_order_id -> account holder, from the frozen body
};

} // namespace Lesspay::Core
