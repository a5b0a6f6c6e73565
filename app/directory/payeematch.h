// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lesspay::Core {

// What the directory says about one payout row: whether its holder name belongs to a saved
// payee and, if so, whether the row pays one of that payee's saved accounts.
class PayeeMatch
{
    Q_DECLARE_TR_FUNCTIONS(PayeeMatch)

public:
    enum class Status {
        NoPayee,         // the name is not in the directory
        KnownAccount,    // a saved account of the payee, unchanged for longer than the window
        ChangedAccount,  // the name is a payee's, the account or key is none of its saved ones
        RecentlyChanged, // a saved account of the payee, but changed within the window
    };

    Status status = Status::NoPayee;
    qint64 payeeId = 0;
    qint64 accountId = 0; // the saved account paid (KnownAccount, RecentlyChanged)
    QString payeeName;
    qint64 changedAt = 0; // RecentlyChanged: when the saved account changed

    // The two statuses that must be confirmed by a person before Production.
    bool needsConfirmation() const { return status == Status::ChangedAccount || status == Status::RecentlyChanged; }
    // The warning for the editor and the review; empty when there is nothing to say.
    QString warning() const;
};

} // namespace Lesspay::Core
