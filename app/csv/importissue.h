// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validationissue.h"

#include <QList>
#include <QString>

namespace Lesspay::Core {

// One line of the import report: where in the file (row and column as a spreadsheet shows
// them, and the physical line for text editors) and what is wrong.
struct ImportIssue
{
    qint64 row = 0;  // record number in the file; the header is row 1
    qint64 line = 0; // physical line on which the record starts
    int column = 0;  // 1-based column; 0 when the issue concerns the whole row or file
    QString header;  // the column's header text, when there is one
    ValidationIssue::Severity severity = ValidationIssue::Severity::Error;
    QString code;      // stable machine code: "csv.extra_cells", "spreadsheet.date", "amount.grouping", ...
    QString message;   // translated sentence
    int batchRow = -1; // the row in the Batch, or -1 when the record was not imported

    bool isError() const { return severity == ValidationIssue::Severity::Error; }
    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

using ImportIssues = QList<ImportIssue>;

} // namespace Lesspay::Core
