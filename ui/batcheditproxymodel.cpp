// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batcheditproxymodel.h"

#include "models/batchmodel.h"
#include "setdetailscommand.h"

#include <QBrush>
#include <QColor>
#include <QUndoStack>

namespace Lesspay::Ui {

using Core::BatchModel;

BatchEditProxyModel::BatchEditProxyModel(BatchModel *model, QUndoStack *undoStack, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_errorIcon(QStringLiteral(":/icons/error.svg"))
    , m_warningIcon(QStringLiteral(":/icons/warning.svg"))
{
    setSourceModel(model);
}

QVariant BatchEditProxyModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::BackgroundRole: {
        if (index.data(BatchModel::FieldRole).toInt() < 0)
            return QBrush(QColor(0xee, 0xee, 0xee)); // does not apply to this row's destination
        switch (index.data(BatchModel::ValidationRole).toInt()) {
        case BatchModel::ErrorIssue:
            return QBrush(QColor(0xfd, 0xe0, 0xe0));
        case BatchModel::WarningIssue:
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        default:
            return {};
        }
    }
    case Qt::ForegroundRole:
        // Dark text on the light tints above stays readable under dark themes too.
        if (index.data(BatchModel::ValidationRole).toInt() != BatchModel::NoIssue)
            return QBrush(QColor(0x21, 0x21, 0x21));
        return {};
    case Qt::DecorationRole:
        switch (index.data(BatchModel::ValidationRole).toInt()) {
        case BatchModel::ErrorIssue:
            return m_errorIcon;
        case BatchModel::WarningIssue:
            return m_warningIcon;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const QStringList issues = index.data(BatchModel::IssuesRole).toStringList();
        return issues.isEmpty() ? QVariant() : QVariant(issues.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == BatchModel::AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

bool BatchEditProxyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const QModelIndex source = mapToSource(index);
    const auto after = m_model->detailWithValue(source, value.toString());
    if (!after)
        return false;
    const Core::PayoutDetail before = m_model->detail(source.row());
    if (before == *after)
        return true;
    const QString what = m_model->headerData(source.column(), Qt::Horizontal).toString();
    m_undoStack->push(new SetDetailsCommand(m_model, {{source.row(), before, *after}}, tr("Edit %1").arg(what)));
    return true;
}

} // namespace Lesspay::Ui
