// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailstatusmodel.h"

#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "models/frozenbody.h"
#include "money/amount.h"

#include <QDateTime>

namespace Lesspay::Core {

DetailStatusModel::DetailStatusModel(const Journal &journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{}

int DetailStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DetailStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DetailStatusModel::Status DetailStatusModel::statusOf(const QString &status)
{
    if (status == QLatin1String("SUCCEED"))
        return Status::Succeeded;
    if (status == QLatin1String("FAILED"))
        return Status::Failed;
    if (status.isEmpty() || status.startsWith(QLatin1String("PENDING")) || status == QLatin1String("PROCESSING"))
        return Status::Pending;
    return Status::Other;
}

QString DetailStatusModel::statusLabel(const QString &status)
{
    switch (statusOf(status)) {
    case Status::Succeeded:
        return tr("Paid");
    case Status::Failed:
        return tr("Failed");
    case Status::Pending:
        return status.isEmpty() ? tr("Pending") : tr("Pending (%1)").arg(status);
    case Status::Other:
        break;
    }
    return status;
}

QVariant DetailStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DetailStatus &d = m_rows.at(index.row());
    const int column = index.column();
    if (role == StatusRole)
        return int(statusOf(d.status));
    if (role == Qt::TextAlignmentRole && column == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawValueRole) {
        if (column == AmountColumn) {
            const qsizetype dot = d.amount.indexOf(QLatin1Char('.'));
            const int decimals = dot < 0 ? 0 : int(d.amount.size() - dot - 1);
            const Amount::ParseResult r = Amount::parse(d.amount, qMin(decimals, Amount::MaxDecimals));
            return r.ok() ? r.minor : qint64(-1);
        }
        if (column == StatusColumn)
            return int(statusOf(d.status));
        if (column == UpdatedColumn)
            return d.updatedAt;
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case MchOrderIdColumn:
        return d.mchOrderId;
    case AmountColumn:
        return d.amount;
    case RecipientColumn:
        return m_names.value(d.mchOrderId);
    case AccountColumn:
        return d.maskedAccount;
    case StatusColumn:
        return statusLabel(d.status);
    case FailReasonColumn:
        return d.failReason;
    case ChannelOrderNoColumn:
        return d.channelOrderNo;
    case UpdatedColumn:
        return QDateTime::fromMSecsSinceEpoch(d.updatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DetailStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case MchOrderIdColumn:
        return tr("Order ID");
    case AmountColumn:
        return tr("Amount");
    case RecipientColumn:
        return tr("Recipient");
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case FailReasonColumn:
        return tr("Fail reason");
    case ChannelOrderNoColumn:
        return tr("Channel order no.");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

void DetailStatusModel::setRequestId(const QString &requestId)
{
    beginResetModel();
    m_requestId = requestId;
    m_rows = requestId.isEmpty() ? QList<DetailStatus>() : JournalQueries(m_journal).details(requestId);
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).mchOrderId, row);
    // Who is paid, exactly as it was sent.
    m_names.clear();
    const std::optional<FrozenBatch> batch = requestId.isEmpty() ? std::nullopt : m_journal.batch(requestId);
    if (const std::optional<FrozenBody::Content> content = batch ? FrozenBody::read(batch->body) : std::nullopt) {
        for (const PayoutDetail &detail : content->details)
            m_names.insert(detail.mchOrderId(), detail.destinationType() == PayoutDetail::EWallet
                                                    ? detail.value(Field::WalletAccountName)
                                                    : detail.value(Field::BankAccountName));
    }
    endResetModel();
}

void DetailStatusModel::refresh()
{
    if (m_requestId.isEmpty())
        return;
    const QList<DetailStatus> fresh = JournalQueries(m_journal).details(m_requestId);
    if (fresh.size() != m_rows.size()) {
        // The details of a frozen batch never change in number; a different count means
        // another journal took the request_id's place, which is another table.
        setRequestId(m_requestId);
        return;
    }
    for (const DetailStatus &d : fresh) {
        const int row = rowOf(d.mchOrderId);
        if (row < 0)
            continue;
        DetailStatus &old = m_rows[row];
        if (old.status == d.status && old.failReason == d.failReason && old.channelOrderNo == d.channelOrderNo
            && old.updatedAt == d.updatedAt)
            continue;
        old = d;
        emit dataChanged(index(row, StatusColumn), index(row, UpdatedColumn));
    }
}

} // namespace Lesspay::Core
