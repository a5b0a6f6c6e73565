// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payeedialog.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Lesspay::Core {
class DetailValidator;
class DirectoryFilterModel;
class DirectoryModel;
class PayeeDirectory;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class Dialogs;

// The Directory tab: the saved payees, searched as the user types and filtered by tag, sorted by
// last paid; for the selected payee its accounts (masked), its payouts from the journal and the
// history of every change; import and export of the directory as CSV.
class DirectoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryPage)

public:
    // The payout rules imported accounts are judged by: the open draft's validator and currency.
    struct Rules
    {
        const Core::DetailValidator *validator = nullptr;
        QString currency;
    };
    using RulesProvider = std::function<Rules()>;

    DirectoryPage(Core::PayeeDirectory &directory, RulesProvider rules, QWidget *parent = nullptr);
    ~DirectoryPage() override;

    static QString tabTitle();
    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    // The bank and e-wallet forms the payee form enters accounts in; without one the payee form
    // edits names, references, notes and tags only.
    void setAccountEditor(PayeeDialog::AccountEditor editor) { m_accountEditor = std::move(editor); }

    Core::DirectoryFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The details shown for the selected payee (accounts, payouts, history).
    QString detailsText() const;

    bool exportDirectory();
    bool importDirectory();

    // The payee form for a new payee, or for a saved one; saved (with its history) on OK.
    bool newPayee();
    bool editPayee(qint64 payeeId);
    // Deletes the payee and its accounts after a confirmation; its history stays.
    bool deletePayee(qint64 payeeId);
    // Selects the payee in the table (clearing a search or tag filter that hides it) and shows
    // its details; false when there is no such payee.
    bool showPayee(qint64 payeeId);
    qint64 currentPayeeId() const;

private:
    void refreshTags();
    void showSelected();
    void refreshButtons();
    bool runPayeeForm(const Core::Payee &payee);

    Core::PayeeDirectory &m_directory;
    RulesProvider m_rules;
    Core::DirectoryModel *m_model;
    Core::DirectoryFilterModel *m_proxy;
    std::unique_ptr<Dialogs> m_ownDialogs;
    Dialogs *m_dialogs;
    QLineEdit *m_search;
    QComboBox *m_tags;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    PayeeDialog::AccountEditor m_accountEditor;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace Lesspay::Ui
