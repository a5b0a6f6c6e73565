// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "banklistcheck.h"

#include <algorithm>

namespace Lesspay::Core {

void BankListCheck::setBanks(const QList<SupportedBank> &banks)
{
    m_namesBySwift.clear();
    for (const SupportedBank &bank : banks) {
        const QString swift = bank.swiftCode.trimmed().toUpper().left(8);
        if (swift.size() == 8 && !bank.bankName.trimmed().isEmpty())
            m_namesBySwift[swift].append(bank.bankName.trimmed());
    }
}

QString BankListCheck::note(const PayoutDetail &detail) const
{
    // The SWIFT code's bank part names one bank of the list; the row names another one.
    if (m_namesBySwift.isEmpty() || detail.destinationType() != PayoutDetail::Bank)
        return {};
    const QString swift = detail.value(Field::BankSwiftCode).trimmed().toUpper();
    const QString name = detail.value(Field::BankName).trimmed();
    const auto listed = m_namesBySwift.constFind(swift.left(8));
    if (swift.size() < 8 || name.isEmpty() || listed == m_namesBySwift.constEnd()
        || std::any_of(listed->cbegin(), listed->cend(),
                       [&](const QString &n) { return n.compare(name, Qt::CaseInsensitive) == 0; }))
        return {};
    return tr("%1 is the SWIFT/BIC code of %2 in the supported banks list, not of %3.")
        .arg(swift, listed->first(), name);
}

} // namespace Lesspay::Core
