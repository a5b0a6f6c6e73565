// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/recipientexporter.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Lesspay::Core {

class Journal;

// The results of a submitted batch as a CSV file (RecipientExporter's results format) or a
// workbook (XlsxExporter's): the
// rows exactly as they were sent, read from the frozen body in the journal, each with the
// latest status, fail_reason and channel order number the journal holds.
class BatchResultsExport
{
    Q_DECLARE_TR_FUNCTIONS(BatchResultsExport)

public:
    using Rows = RecipientExporter::Rows;
    enum class Format { Csv, Xlsx };

    explicit BatchResultsExport(const Journal &journal);

    bool write(const QString &requestId, QIODevice *device, Rows rows, QString *error = nullptr,
               Format format = Format::Csv) const;
    // All or nothing: the file appears only once completely written. A path ending in .xlsx is a workbook.
    bool writeFile(const QString &requestId, const QString &path, Rows rows, QString *error = nullptr) const;

private:
    const Journal &m_journal;
};

} // namespace Lesspay::Core
