// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchitemdelegate.h"

#include "depositkeyinput.h"
#include "directory/payeedirectory.h"
#include "models/batchmodel.h"
#include "money/amount.h"
#include "payeecompleter.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace Lesspay::Ui {

using Core::BatchModel;
using Core::Field;

namespace {

QComboBox *choiceCombo(QWidget *parent, const QList<std::pair<QString, QString>> &choices)
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    return combo;
}

QCompleter *containsCompleter(const QStringList &entries, QObject *parent)
{
    auto *completer = new QCompleter(entries, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

} // namespace

BatchItemDelegate::BatchItemDelegate(const BatchModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QStringList BatchItemDelegate::countryEntries(const BatchModel *model)
{
    const Core::CountryTable &countries = model->validator().referenceData().countries;
    QStringList entries;
    const QStringList codes = countries.codes();
    entries.reserve(codes.size());
    for (const QString &code : codes)
        entries.append(code + u"  " + countries.name(code));
    return entries;
}

QString BatchItemDelegate::countryCodeFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    // A picked entry starts with its code; anything else is kept as typed for the validator.
    const qsizetype gap = trimmed.indexOf(u"  ");
    return gap == 2 ? trimmed.left(2) : trimmed;
}

QWidget *BatchItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = createFieldEditor(parent, option, index);
    if (editor) {
        // Screen readers name the cell being edited: its field and row.
        editor->setAccessibleName(tr("%1, row %2")
                                      .arg(index.model()->headerData(index.column(), Qt::Horizontal).toString())
                                      .arg(index.row() + 1));
    }
    return editor;
}

QList<std::pair<QString, QString>> BatchItemDelegate::choices(int column)
{
    switch (column) {
    case BatchModel::DestinationColumn:
        return {{tr("Bank"), Core::PayoutDetail::Bank}, {tr("E-wallet"), Core::PayoutDetail::EWallet}};
    case BatchModel::AccountTypeColumn:
        return {{tr("Individual"), QStringLiteral("individual")}, {tr("Business"), QStringLiteral("business")}};
    case BatchModel::DepositKeyTypeColumn: {
        QList<std::pair<QString, QString>> list;
        for (const QString &type : DepositKeyInput::types())
            list.append({DepositKeyInput::typeLabel(type), type});
        return list;
    }
    default:
        return {};
    }
}

QStringList BatchItemDelegate::choiceLabels(int column)
{
    QStringList labels;
    for (const auto &choice : choices(column))
        labels.append(choice.first);
    return labels;
}

QString BatchItemDelegate::choiceLabel(int column, const QString &value) const
{
    // The validator accepts any letter case and surrounding spaces; so does the label.
    const QString trimmed = value.trimmed();
    for (const auto &[label, choice] : choices(column)) {
        if (trimmed.compare(choice, Qt::CaseInsensitive) == 0)
            return label;
    }
    return {};
}

void BatchItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString label = choiceLabel(index.column(), index.data(BatchModel::RawValueRole).toString());
    if (!label.isEmpty())
        option->text = label;
}

QWidget *BatchItemDelegate::createFieldEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    const int field = index.data(BatchModel::FieldRole).toInt();
    if (field < 0)
        return nullptr;
    switch (index.column()) {
    case BatchModel::DestinationColumn:
    case BatchModel::AccountTypeColumn:
        return choiceCombo(parent, choices(index.column()));
    case BatchModel::DepositKeyTypeColumn: {
        // Only the key types the row's provider takes (no CPF for GCash).
        const QString provider =
            index.siblingAtColumn(BatchModel::ProviderColumn).data(BatchModel::RawValueRole).toString();
        const QStringList allowed = m_model->validator().referenceData().providers.depositKeyTypes(
            m_model->batch().header().currency, provider.trimmed());
        QList<std::pair<QString, QString>> offered;
        for (const auto &choice : choices(index.column())) {
            if (allowed.contains(choice.second))
                offered.append(choice);
        }
        return choiceCombo(parent, offered);
    }
    case BatchModel::ProviderColumn: {
        const QStringList providers =
            m_model->validator().referenceData().providers.providers(m_model->batch().header().currency);
        QList<std::pair<QString, QString>> choices;
        for (const QString &provider : providers)
            choices.append({provider, provider});
        return choiceCombo(parent, choices);
    }
    case BatchModel::AmountColumn: {
        // No input mask: a typed amount is never cut; the cell shows what is wrong with it.
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight);
        // The grid shows amounts in the API form ("1234.56"); what is typed is kept as typed and checked
        // by the validator, never cut by an input mask ("1.000,50" would become "1.00").
        edit->setPlaceholderText(Core::Amount::format(123456, m_model->decimals()));
        return edit;
    }
    case BatchModel::CountryColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setCompleter(containsCompleter(countryEntries(m_model), edit));
        return edit;
    }
    case BatchModel::MchOrderIdColumn:
    case BatchModel::AccountNameColumn: {
        auto *edit = new QLineEdit(parent);
        if (m_directory && m_directory->index().size() > 0) {
            auto *completer = new PayeeCompleter(*m_directory, edit);
            if (index.column() == BatchModel::MchOrderIdColumn) {
                // Typing a payee's name or reference in the order cell picks the payee; the cell keeps
                // the row's order ID (a new one for a row without).
                const QString orderId = index.data(BatchModel::RawValueRole).toString().trimmed();
                completer->setInsertedText(orderId.isEmpty() && m_newOrderId ? m_newOrderId() : orderId);
            }
            const int row = index.row();
            auto *self = const_cast<BatchItemDelegate *>(this);
            connect(completer, &PayeeCompleter::payeePicked, self, [self, row](qint64 payeeId, qint64 accountId) {
                Q_EMIT self->payeePicked(row, payeeId, accountId);
            });
        }
        return edit;
    }
    case BatchModel::BankNameColumn: {
        auto *edit = new QLineEdit(parent);
        if (!m_bankNames.isEmpty())
            edit->setCompleter(containsCompleter(m_bankNames, edit));
        return edit;
    }
    case BatchModel::DepositKeyColumn: {
        auto *edit = new QLineEdit(parent);
        const QModelIndex typeIndex = index.siblingAtColumn(BatchModel::DepositKeyTypeColumn);
        DepositKeyInput::configure(edit, typeIndex.data(BatchModel::RawValueRole).toString());
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void BatchItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString raw = index.data(BatchModel::RawValueRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int at = combo->findData(raw);
        if (at < 0)
            at = combo->findData(raw.trimmed(), Qt::UserRole, Qt::MatchFixedString);
        if (at < 0 && !raw.isEmpty()) {
            // Keep what was imported or typed elsewhere visible, even when it is not a choice.
            combo->addItem(raw, raw);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(raw);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void BatchItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QString text = index.column() == BatchModel::CountryColumn ? countryCodeFrom(edit->text()) : edit->text();
        model->setData(index, text, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Lesspay::Ui
