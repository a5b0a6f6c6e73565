// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/supportedbank.h"
#include "models/banklistcheck.h"
#include "recipientdialog.h"

#include <memory>

namespace Ui {
class BankRecipientDialog;
}

namespace Lesspay::Ui {

// "Add bank recipient": every bank field of a payout, checked as the user types.
class BankRecipientDialog final : public RecipientDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankRecipientDialog)

public:
    BankRecipientDialog(const Core::DetailValidator &validator, const QString &currency, QWidget *parent = nullptr);
    ~BankRecipientDialog() override;

    Core::PayoutDetail detail() const override;
    // Names offered for completion; picking one fills in its country and SWIFT code when known.
    // A SWIFT code the list gives to another bank is a warning, as in the grid.
    void setBanks(const QList<Core::SupportedBank> &banks);

protected:
    Core::ValidationIssues extraIssues(const Core::PayoutDetail &detail) const override;

private:
    void onBankPicked(const QString &name);

    QList<Core::SupportedBank> m_banks;
    Core::BankListCheck m_bankCheck;
    std::unique_ptr<::Ui::BankRecipientDialog> m_ui;
};

} // namespace Lesspay::Ui
