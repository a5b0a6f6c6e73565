// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Lesspay::Core {

// CSV formula-injection guard: a cell that a spreadsheet would run as a formula (it starts,
// after optional spaces, with = + - @ tab or CR) is written with a leading apostrophe, and
// import removes exactly that apostrophe again. Cells that already start with apostrophes
// before such a character get one more, so that every text survives export + import.
namespace FormulaGuard {

bool needsGuard(QStringView cell);
QString protect(const QString &cell);   // for export
QString unprotect(const QString &cell); // for import
// Length of the guard apostrophe to strip on import: 1 or 0. Inline: import asks it for every
// cell, and only a cell starting with an apostrophe needs a look at the rest.
inline qsizetype guardLength(QStringView cell)
{
    return !cell.isEmpty() && cell.front() == u'\'' && needsGuard(cell.sliced(1)) ? 1 : 0;
}

} // namespace FormulaGuard

} // namespace Lesspay::Core
