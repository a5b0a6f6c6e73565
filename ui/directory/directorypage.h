// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
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

    Core::DirectoryFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The details shown for the selected payee (accounts, payouts, history).
    QString detailsText() const;

    bool exportDirectory();
    bool importDirectory();

private:
    void refreshTags();
    void showSelected();

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
};

} // namespace Lesspay::Ui
