// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeematch.h"

#include <QDateTime>
#include <QLocale>

namespace Lesspay::Core {

QString PayeeMatch::warning() const
{
    switch (status) {
    case Status::ChangedAccount:
        return tr("%1 is a saved payee, but this account is not one of their saved accounts. Check that the new "
                  "details really come from them before paying.")
            .arg(payeeName);
    case Status::RecentlyChanged:
        return tr("The saved account of %1 was changed on %2. Check that the change really came from them before "
                  "paying.")
            .arg(payeeName, QLocale().toString(QDateTime::fromMSecsSinceEpoch(changedAt).date(), QLocale::ShortFormat));
    case Status::NoPayee:
    case Status::KnownAccount:
        break;
    }
    return {};
}

} // namespace Lesspay::Core
