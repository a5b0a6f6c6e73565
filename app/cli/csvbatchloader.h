// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/importissue.h"
#include "domain/batch.h"
#include "domain/detailvalidator.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Lesspay::Cli {

// Reads a recipient CSV into a Batch with the core's importer and rules, and words every
// problem as "row N, line L of the file, field: message" for the terminal.
class CsvBatchLoader
{
    Q_DECLARE_TR_FUNCTIONS(CsvBatchLoader)

public:
    explicit CsvBatchLoader(Core::ReferenceData data);

    // False when the file could not be read at all (error() says why).
    bool load(const QString &path, const Core::BatchHeader &header, bool decimalComma);

    const Core::Batch &batch() const { return *m_batch; }
    QString error() const { return m_error; }
    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }

private:
    Core::DetailValidator m_validator;
    std::unique_ptr<Core::Batch> m_batch;
    QString m_error;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace Lesspay::Cli
