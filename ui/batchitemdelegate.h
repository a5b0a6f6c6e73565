// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

#include <functional>

namespace Lesspay::Core {
class BatchModel;
class PayeeDirectory;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

// The inline editors of the batch table: amounts limited to the currency's decimals, fixed
// choices as combo boxes, providers offered for the batch currency, countries and bank
// names searchable by any part of their name.
class BatchItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchItemDelegate)

public:
    explicit BatchItemDelegate(const Core::BatchModel *model, QObject *parent = nullptr);

    // Bank names offered for completion (from the supported-banks call or built-in data).
    void setBankNames(const QStringList &names) { m_bankNames = names; }
    const QStringList &bankNames() const { return m_bankNames; }
    // Saved payees offered while typing a holder name (type-ahead); none without a directory.
    void setPayeeDirectory(const Core::PayeeDirectory *directory) { m_directory = directory; }
    // The order ID a row without one gets when a payee is picked in its order cell.
    void setNewOrderIdSource(std::function<QString()> source) { m_newOrderId = std::move(source); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The words a fixed-choice cell shows ("Individual" for "individual", in the user's
    // language), as its combo box offers them; empty for other cells and unknown values, which
    // show as typed. The model keeps the API value: copy, paste and export use that.
    QString choiceLabel(int column, const QString &value) const;
    // Every label a fixed-choice column can show; empty for other columns.
    static QStringList choiceLabels(int column);

    // "PH  Philippines" entries and the code back from one of them (or from typed text).
    static QStringList countryEntries(const Core::BatchModel *model);
    static QString countryCodeFrom(const QString &text);

Q_SIGNALS:
    // A saved payee's account was picked in the holder-name or order cell of `row`.
    void payeePicked(int row, qint64 payeeId, qint64 accountId);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // Label and API value of each choice of a fixed-choice column; empty for other columns.
    static QList<std::pair<QString, QString>> choices(int column);
    QWidget *createFieldEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    const Core::BatchModel *m_model;
    QStringList m_bankNames;
    const Core::PayeeDirectory *m_directory = nullptr;
    std::function<QString()> m_newOrderId;
};

} // namespace Lesspay::Ui
