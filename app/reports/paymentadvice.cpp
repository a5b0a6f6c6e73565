// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentadvice.h"

namespace Lesspay::Core {

QString PaymentAdvice::fileNameFor(const QString &reference)
{
    QString name;
    name.reserve(reference.size() + 4);
    for (const QChar c : reference) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
                          || c == u'_' || c == u'.';
        name.append(keep ? c : u'_');
    }
    // No ".", "..", hidden files or names that only look like an extension.
    while (name.startsWith(u'.'))
        name.replace(0, 1, u'_');
    if (name.isEmpty())
        name = QStringLiteral("payout");
    return name.left(120) + QStringLiteral(".pdf");
}

} // namespace Lesspay::Core
