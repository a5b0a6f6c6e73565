// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/payeerecords.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Lesspay::Ui {

// The payee form: name, reference, notes, tags and one or more payout accounts, for a new payee
// or one being edited. Accounts are entered in the bank and e-wallet recipient forms (the
// account editor), so they are judged by the same rules as batch rows. Nothing is written until
// the caller saves payee() through PayeeDirectory::savePayee; Cancel leaves the directory as it was.
class PayeeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayeeDialog)

public:
    // Opens the account form for `account` (an empty one of the wanted destination type to add);
    // the account as entered, or nothing when cancelled.
    using AccountEditor =
        std::function<std::optional<Core::PayoutDetail>(QWidget *parent, const Core::PayoutDetail &account)>;

    PayeeDialog(const Core::Payee &payee, AccountEditor accountEditor, QWidget *parent = nullptr);
    ~PayeeDialog() override;

    Core::Payee payee() const;
    // Why OK is disabled, empty when it is not.
    QString problem() const;

    void addAccount(const QString &destinationType);
    void editAccount(int index);
    void removeAccount(int index);

private:
    void refreshAccounts();
    void revalidate();

    Core::Payee m_payee;
    AccountEditor m_accountEditor;
    QLineEdit *m_name;
    QLineEdit *m_reference;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QListWidget *m_accounts;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_ok;
    QLabel *m_problem;
};

} // namespace Lesspay::Ui
