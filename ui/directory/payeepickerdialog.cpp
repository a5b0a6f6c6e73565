// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeepickerdialog.h"

#include "directory/directoryfiltermodel.h"
#include "directory/directorymodel.h"
#include "directory/payeedirectory.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Lesspay::Ui {

PayeePickerDialog::PayeePickerDialog(Core::PayeeDirectory &directory, QWidget *parent)
    : QDialog(parent)
    , m_model(new Core::DirectoryModel(directory, this))
    , m_proxy(new Core::DirectoryFilterModel(directory, m_model, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("payeePickerDialog"));
    setWindowTitle(tr("Add payees"));
    resize(760, 480);
    m_search->setObjectName(QStringLiteral("payeePickerSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, reference, tag or notes"));
    m_search->setAccessibleName(tr("Search payees"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("payeePickerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Core::DirectoryModel::LastPaidColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Spare width goes to the names, not to the last column.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(Core::DirectoryModel::NameColumn, QHeaderView::Stretch);
    auto *hint = new QLabel(tr("Select the payees to pay again (Ctrl or Shift for several). Each gets a row with "
                               "its first saved account and the amount it was last paid."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setObjectName(QStringLiteral("addPayeesButton"));
    add->setText(tr("Add to draft"));
    add->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { m_proxy->setSearch(text, {}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, add] { add->setEnabled(!selectedPayees().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<qint64> PayeePickerDialog::selectedPayees() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(Core::DirectoryModel::PayeeIdRole).toLongLong());
    return ids;
}

} // namespace Lesspay::Ui
