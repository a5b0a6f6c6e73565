// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeeaccountform.h"

#include "bankrecipientdialog.h"
#include "dialogs.h"
#include "walletrecipientdialog.h"

#include <memory>

namespace Lesspay::Ui {

PayeeAccountForm::PayeeAccountForm(Dialogs &dialogs, const Core::DetailValidator &validator, const QString &currency)
    : m_dialogs(dialogs)
    , m_validator(validator)
    , m_currency(currency)
{}

std::optional<Core::PayoutDetail> PayeeAccountForm::edit(QWidget *parent, const Core::PayoutDetail &account) const
{
    const bool wallet = account.isWallet();
    std::unique_ptr<RecipientDialog> dialog;
    if (wallet) {
        dialog = std::make_unique<WalletRecipientDialog>(m_validator, m_currency, parent);
        dialog->setWindowTitle(tr("Payee's e-wallet account"));
    } else {
        dialog = std::make_unique<BankRecipientDialog>(m_validator, m_currency, parent);
        dialog->setWindowTitle(tr("Payee's bank account"));
    }
    dialog->setObjectName(QStringLiteral("payeeAccountDialog"));
    dialog->setAccountOnly(true);
    dialog->setDetail(account);
    if (m_dialogs.exec(*dialog) != QDialog::Accepted)
        return std::nullopt;
    Core::PayoutDetail out = dialog->detail();
    out.setValue(Core::Field::MchOrderId, QString());
    out.setValue(Core::Field::Amount, QString());
    return out;
}

} // namespace Lesspay::Ui
