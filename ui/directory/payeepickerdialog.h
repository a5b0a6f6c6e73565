// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;

namespace Lesspay::Core {
class DirectoryFilterModel;
class DirectoryModel;
class PayeeDirectory;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

// "Add payees…": picks many saved payees at once (search as you type, sorted by last paid) to
// pay again in the open draft.
class PayeePickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayeePickerDialog)

public:
    explicit PayeePickerDialog(Core::PayeeDirectory &directory, QWidget *parent = nullptr);

    QList<qint64> selectedPayees() const; // in the order shown
    Core::DirectoryFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

private:
    Core::DirectoryModel *m_model;
    Core::DirectoryFilterModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
};

} // namespace Lesspay::Ui
