// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Lesspay::Core {
class BatchModel;
}

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

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // "PH  Philippines" entries and the code back from one of them (or from typed text).
    static QStringList countryEntries(const Core::BatchModel *model);
    static QString countryCodeFrom(const QString &text);

private:
    QWidget *createFieldEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    const Core::BatchModel *m_model;
    QStringList m_bankNames;
};

} // namespace Lesspay::Ui
