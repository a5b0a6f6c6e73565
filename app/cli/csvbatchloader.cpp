// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvbatchloader.h"

#include "csv/recipientimporter.h"

#include <QFile>

namespace Lesspay::Cli {

using namespace Lesspay::Core;

CsvBatchLoader::CsvBatchLoader(ReferenceData data)
    : m_validator(std::move(data))
{}

bool CsvBatchLoader::load(const QString &path, const BatchHeader &header, bool decimalComma)
{
    m_errors.clear();
    m_warnings.clear();
    m_batch = std::make_unique<Batch>(m_validator, header);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    RecipientImporter::Options options;
    options.decimalSeparator = decimalComma ? Amount::DecimalSeparator::Comma : Amount::DecimalSeparator::Point;
    RecipientImporter importer(m_validator, options);
    const bool headerOk = importer.readHeader(&file);
    const bool imported = headerOk && importer.importInto(*m_batch);
    for (const ImportIssue &issue : importer.issues()) {
        // The same numbering as the console's grid and import report: the batch's row, with the
        // file's line beside it; a record that did not become a row has only its line.
        QString where = tr("file");
        if (issue.batchRow >= 0)
            where = tr("row %1, line %2 of the file").arg(issue.batchRow + 1).arg(issue.line);
        else if (issue.line > 0)
            where = tr("line %1 of the file (not imported)").arg(issue.line);
        const QString line = issue.header.isEmpty() ? tr("%1: %2").arg(where, issue.message)
                                                    : tr("%1, %2: %3").arg(where, issue.header, issue.message);
        (issue.isError() ? m_errors : m_warnings).append(line);
    }
    if (importer.issueCount() > importer.issues().size())
        m_errors.append(
            tr("... and %n more problem(s)", nullptr, int(importer.issueCount() - importer.issues().size())));
    if (!headerOk || !imported) {
        m_error = importer.readError().message.isEmpty() ? tr("%1 could not be read").arg(path)
                                                         : importer.readError().message;
        return false;
    }
    for (const Field field : importer.missingFields()) {
        if (field == Field::MchOrderId || field == Field::Amount)
            m_errors.append(tr("file: no column for %1").arg(fieldKey(field)));
    }
    if (m_batch->size() == 0)
        m_errors.append(tr("file: no payout rows"));
    if (m_batch->totalOverflows())
        m_errors.append(tr("file: the total does not fit the amount range"));
    return true;
}

} // namespace Lesspay::Cli
