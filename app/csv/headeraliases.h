// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lesspay::Core {

// Header spellings that people, spreadsheets and bank portals use for the payout fields,
// in English and in the languages the app ships (Simplified Chinese, Indonesian).
// Matching ignores case, spaces, punctuation and a trailing "(...)" such as "Amount (PHP)".
class HeaderAliases
{
public:
    // Case-folded, NFKC, letters and digits only; a BOM or "(...)" suffix is dropped.
    static QString normalize(QStringView header);

    // Maps a header row to fields, one entry per column (nullopt: not recognised or ignored).
    // Generic names ("Account name", "Account number", "Account type") mean the bank fields,
    // unless the header names e-wallet fields and no bank-only field: then the wallet ones.
    // A field claimed by two columns goes to the first; the second stays unmapped.
    static QList<std::optional<Field>> map(const QStringList &headers);

    // Columns that the console's own results export adds (status, fail_reason, channel_order_no):
    // skipped silently on import so that a failed-only export can be imported again.
    static bool isResultColumn(QStringView header);
};

} // namespace Lesspay::Core
