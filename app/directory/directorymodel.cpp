// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorymodel.h"

#include "directory/payeedirectory.h"
#include "journal/logmasker.h"
#include "journal/recipientkey.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Lesspay::Core {

DirectoryModel::DirectoryModel(PayeeDirectory &directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{
    const QList<qint64> ids = directory.index().ids();
    m_ids.assign(ids.cbegin(), ids.cend());
    connect(&directory, &PayeeDirectory::payeeAdded, this, &DirectoryModel::onAdded);
    connect(&directory, &PayeeDirectory::payeeChanged, this, &DirectoryModel::onChanged);
    connect(&directory, &PayeeDirectory::payeeRemoved, this, &DirectoryModel::onRemoved);
    connect(&directory, &PayeeDirectory::reloaded, this, &DirectoryModel::onReloaded);
}

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DirectoryModel::rowOf(qint64 payeeId) const
{
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), payeeId);
    return it == m_ids.cend() ? -1 : int(it - m_ids.cbegin());
}

std::optional<LastPayment> DirectoryModel::lastPaid(int row) const
{
    const qint64 id = payeeIdAt(row);
    auto it = m_lastPaid.find(id);
    if (it == m_lastPaid.end())
        it = m_lastPaid.insert(id, m_directory.lastPaid(id));
    return *it;
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payee *payee = m_directory.payee(payeeIdAt(index.row()));
    if (!payee)
        return {};
    if (role == PayeeIdRole)
        return payee->id;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case NameColumn:
        return raw ? QVariant(PayeeIndex::nameKey(payee->name)) : QVariant(payee->name);
    case ReferenceColumn:
        return payee->reference;
    case TagsColumn:
        return payee->tags.join(QStringLiteral(", "));
    case AccountsColumn: {
        if (raw)
            return int(payee->accounts.size());
        // Masked like every list: last four characters only.
        QStringList accounts;
        for (const PayeeAccount &a : payee->accounts) {
            const PayoutDetail &d = a.detail;
            accounts.append(
                d.isWallet()
                    ? d.value(Field::WalletProvider) + u' ' + LogMasker::maskValue(d.value(Field::WalletAccountNumber))
                    : d.value(Field::BankName) + u' ' + LogMasker::maskValue(d.value(Field::BankAccountNo)));
        }
        return accounts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case LastAmountColumn: {
        const std::optional<LastPayment> last = lastPaid(index.row());
        if (raw) // sorted by value, whatever the decimals written
            return last ? RecipientKey::amountKey(last->amount).value_or(0) : qint64(-1);
        if (!last)
            return {};
        return QString(last->amount + u' ' + last->currency);
    }
    case LastPaidColumn: {
        const std::optional<LastPayment> last = lastPaid(index.row());
        if (raw)
            return last ? last->at : qint64(0);
        if (!last)
            return {};
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(last->at).date(), QLocale::ShortFormat);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case ReferenceColumn:
        return tr("Reference");
    case TagsColumn:
        return tr("Tags");
    case AccountsColumn:
        return tr("Accounts");
    case LastAmountColumn:
        return tr("Last amount");
    case LastPaidColumn:
        return tr("Last paid");
    case ColumnCount:
        break;
    }
    return {};
}

void DirectoryModel::onAdded(qint64 payeeId)
{
    if (rowOf(payeeId) >= 0)
        return onChanged(payeeId);
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.push_back(payeeId);
    endInsertRows();
}

void DirectoryModel::onChanged(qint64 payeeId)
{
    const int row = rowOf(payeeId);
    if (row < 0)
        return onAdded(payeeId);
    m_lastPaid.remove(payeeId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DirectoryModel::onRemoved(qint64 payeeId)
{
    const int row = rowOf(payeeId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.erase(m_ids.begin() + row);
    m_lastPaid.remove(payeeId);
    endRemoveRows();
}

void DirectoryModel::onReloaded()
{
    // Every payee was read again (an import, another process's changes): a new list, not an edit.
    beginResetModel();
    const QList<qint64> ids = m_directory.index().ids();
    m_ids.assign(ids.cbegin(), ids.cend());
    m_lastPaid.clear();
    endResetModel();
}

} // namespace Lesspay::Core
