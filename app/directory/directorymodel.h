// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/payeerecords.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace Lesspay::Core {

class PayeeDirectory;

// The saved payees as a table (the Directory page and the "Add payees" picker): name,
// reference, tags, accounts (masked), and the last payout the journal knows was paid. Follows
// the directory's signals row by row.
class DirectoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryModel)

public:
    enum Column {
        NameColumn,
        ReferenceColumn,
        TagsColumn,
        AccountsColumn,
        LastAmountColumn,
        LastPaidColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, // what sorting compares: folded name, last paid time (ms), ...
        PayeeIdRole,                 // qint64
    };

    explicit DirectoryModel(PayeeDirectory &directory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 payeeIdAt(int row) const { return m_ids.at(std::size_t(row)); }
    int rowOf(qint64 payeeId) const; // -1 when not listed
    std::optional<LastPayment> lastPaid(int row) const;

private:
    void onAdded(qint64 payeeId);
    void onChanged(qint64 payeeId);
    void onRemoved(qint64 payeeId);
    void onReloaded();

    PayeeDirectory &m_directory;
    std::vector<qint64> m_ids;
    mutable QHash<qint64, std::optional<LastPayment>> m_lastPaid; // filled as rows are asked
};

} // namespace Lesspay::Core
