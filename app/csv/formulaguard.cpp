// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaguard.h"

namespace Lesspay::Core::FormulaGuard {

namespace {

bool isTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace

// Matches  '* *[=+\-@\t\r]  : any apostrophes, then spaces, then a trigger.
bool needsGuard(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    while (i < cell.size() && cell[i] == u' ')
        ++i;
    return i < cell.size() && isTrigger(cell[i]);
}

QString protect(const QString &cell)
{
    return needsGuard(cell) ? u'\'' + cell : cell;
}

QString unprotect(const QString &cell)
{
    return guardLength(cell) ? cell.sliced(1) : cell;
}

} // namespace Lesspay::Core::FormulaGuard
