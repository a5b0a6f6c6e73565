// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batcheditproxymodel.h"

#include "models/batchmodel.h"
#include "money/amount.h"
#include "moneytext.h"
#include "setdetailscommand.h"
#include "themecolors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
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
    case Qt::DisplayRole:
        if (index.column() == BatchModel::AmountColumn) {
            // Shown as the totals line shows amounts, with the locale's grouping ("1,250,000.50");
            // the cell keeps what was typed, which its editor, copy and export use, and text that
            // is no amount is shown exactly as typed.
            const Core::Amount::ParseResult amount =
                Core::Amount::parse(index.data(BatchModel::RawValueRole).toString(), m_model->decimals());
            if (amount.ok())
                return MoneyText::format(amount.minor, m_model->decimals());
        }
        return QIdentityProxyModel::data(index, role);
    case Qt::BackgroundRole: {
        // Tints follow the application palette so they read as tints on dark themes too.
        const QPalette palette = QGuiApplication::palette();
        if (index.data(BatchModel::FieldRole).toInt() < 0)
            return QBrush(ThemeColors::notApplicableBackground(palette)); // not for this destination
        switch (index.data(BatchModel::ValidationRole).toInt()) {
        case BatchModel::ErrorIssue:
            return QBrush(ThemeColors::errorBackground(palette));
        case BatchModel::WarningIssue:
            return QBrush(ThemeColors::warningBackground(palette));
        default:
            return {};
        }
    }
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
        QStringList issues = index.data(BatchModel::IssuesRole).toStringList();
        // The holder's payee: when it was last paid, and how much.
        const QString lastPaid = index.data(BatchModel::PayeeLastPaidRole).toString();
        if (!lastPaid.isEmpty())
            issues.append(lastPaid);
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

Qt::ItemFlags BatchEditProxyModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    return m_readOnly ? flags & ~Qt::ItemIsEditable : flags;
}

bool BatchEditProxyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly)
        return false;
    const QModelIndex source = mapToSource(index);
    auto after = m_model->detailWithValue(source, value.toString());
    if (!after)
        return false;
    if (source.column() == BatchModel::BankNameColumn) {
        // One undoable edit, and only what is still empty: never overwrite what the user typed.
        const QString name = value.toString().trimmed();
        for (const Core::SupportedBank &bank : std::as_const(m_banks)) {
            if (bank.bankName != name)
                continue;
            if (after->value(Core::Field::BankSwiftCode).trimmed().isEmpty() && !bank.swiftCode.isEmpty())
                after->setValue(Core::Field::BankSwiftCode, bank.swiftCode);
            if (after->value(Core::Field::BankCountryCode).trimmed().isEmpty() && !bank.countryCode.isEmpty())
                after->setValue(Core::Field::BankCountryCode, bank.countryCode);
            break;
        }
    }
    const Core::PayoutDetail before = m_model->detail(source.row());
    if (before == *after)
        return true;
    const QString what = m_model->headerData(source.column(), Qt::Horizontal).toString();
    m_undoStack->push(new SetDetailsCommand(m_model, {{source.row(), before, *after}}, tr("Edit %1").arg(what)));
    return true;
}

} // namespace Lesspay::Ui
