// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/detailresult.h"
#include "csv/importissue.h"

#include <QList>
#include <QStringList>

#include <utility>

class QIODevice;

namespace Lesspay::Core {

class Batch;

// Writes the console's own CSV (spec section 9: UTF-8 with BOM, CRLF, RFC 4180, API field
// names as the header) with the formula-injection guard, plus the files built on it.
class RecipientExporter
{
public:
    enum class Rows { All, FailedOnly };

    static QStringList canonicalHeader();
    static QStringList resultsHeader(); // canonical + status, fail_reason, channel_order_no

    // The rows exactly as held by the batch, so that export + import gives the same batch.
    static bool writeBatch(const Batch &batch, QIODevice *device);
    // The header and one example row per destination type.
    static bool writeTemplate(QIODevice *device);
    // Each batch row with its result (joined by mch_order_id; empty while unknown). FailedOnly
    // keeps the FAILED rows: the file imports again as a new batch for a retry.
    // batchColumns (name, value) follow on every row with the same value: in a team workspace who
    // prepared, approved and sent the batch.
    using BatchColumns = QList<std::pair<QString, QString>>;
    static bool writeResults(const Batch &batch, const QList<DetailResult> &results, QIODevice *device,
                             Rows rows = Rows::All, const BatchColumns &batchColumns = {});
    // The import report: row, line, column, header, severity, code, message.
    static bool writeIssues(const ImportIssues &issues, QIODevice *device);

    static bool isFailed(QStringView status);
};

} // namespace Lesspay::Core
