// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Lesspay::Core {
class DetailValidator;
}

namespace Lesspay::Ui {

class Dialogs;

// A saved payee's account entered or edited in the bank or e-wallet recipient form (chosen by the
// account's destination type) without order ID and amount, judged by the same rules as a batch
// row of `currency`. Asked through the dialog seam, so tests answer it like any other dialog.
class PayeeAccountForm final
{
    Q_DECLARE_TR_FUNCTIONS(PayeeAccountForm)

public:
    PayeeAccountForm(Dialogs &dialogs, const Core::DetailValidator &validator, const QString &currency);

    // The account as entered, or nothing when cancelled.
    std::optional<Core::PayoutDetail> edit(QWidget *parent, const Core::PayoutDetail &account) const;

private:
    Dialogs &m_dialogs;
    const Core::DetailValidator &m_validator;
    QString m_currency;
};

} // namespace Lesspay::Ui
