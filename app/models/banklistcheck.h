// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/supportedbank.h"
#include "domain/payoutdetail.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Lesspay::Core {

// The supported-banks list as a check of bank rows: a SWIFT code that the list gives to
// another bank than the row's bank name is a warning. One rule for the grid (BatchModel)
// and the bank recipient form.
class BankListCheck
{
    Q_DECLARE_TR_FUNCTIONS(BankListCheck)

public:
    void setBanks(const QList<SupportedBank> &banks);
    bool isEmpty() const { return m_namesBySwift.isEmpty(); }
    // The warning for a bank detail, or an empty string.
    QString note(const PayoutDetail &detail) const;

private:
    QHash<QString, QStringList> m_namesBySwift; // first 8 characters of the SWIFT code
};

} // namespace Lesspay::Core
