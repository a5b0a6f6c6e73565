// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recipientdialog.h"

#include <memory>

namespace Ui {
class WalletRecipientDialog;
}

namespace Lesspay::Ui {

// "Add e-wallet recipient": providers offered for the batch currency, and a deposit key
// field that follows its type (hint, allowed characters, normalisation on accept).
class WalletRecipientDialog final : public RecipientDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletRecipientDialog)

public:
    WalletRecipientDialog(const Core::DetailValidator &validator, const QString &currency, QWidget *parent = nullptr);
    ~WalletRecipientDialog() override;

    Core::PayoutDetail detail() const override;

private:
    void fillKeyTypes();
    void onKeyTypeChanged();
    void acceptNormalized();

    std::unique_ptr<::Ui::WalletRecipientDialog> m_ui;
    QString m_normalizedKey; // set on accept: the deposit key as it goes on the wire
};

} // namespace Lesspay::Ui
