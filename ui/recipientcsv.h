// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/importissue.h"
#include "domain/batch.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace Lesspay::Core {
class Settings;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class Dialogs;

// The console's CSV and workbook (.xlsx) flows on top of the core's readers, importer and writers: import asks the
// user about the columns and the decimal separator once per header set (the settings remember
// the answer), then reads every row with the batch's rules; export writes the canonical format
// of the spec (section 9).
namespace RecipientCsv {

struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    // The rows read, already judged under the batch's rules: handed to the batch as they are.
    std::shared_ptr<const Core::Batch> rows;
    Core::ImportIssues issues; // the first ones
    qint64 issueCount = 0;
};

ImportOutcome importFile(const QString &path, const Core::DetailValidator &validator, const Core::BatchHeader &header,
                         Core::Settings &settings, Dialogs &dialogs, QWidget *parent);
// A path ending in .xlsx is written as a workbook (the template when the batch is empty), any
// other as CSV.
bool exportFile(const QString &path, const Core::Batch &batch, const Core::DetailValidator &validator, QString *error);
bool isWorkbookPath(const QString &path);
// A readable report of import issues, for a dialog's details. Rows are numbered as the grid
// shows them once the rows were inserted at grid row `firstRow` (0-based), with the file's
// line beside them: "row 4, line 3 of the file, column 9 (bank_swift_code): ...".
QString issueReport(const ImportOutcome &outcome, int firstRow, int limit = 500);

} // namespace RecipientCsv

} // namespace Lesspay::Ui
