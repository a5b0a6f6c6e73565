// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/detailresult.h"
#include "csv/recipientexporter.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace Lesspay::Core {

class Batch;

// The recipient, template and results files as Excel workbooks, written with libxlsxwriter:
// account numbers, phones, keys and order IDs as text cells (so Excel keeps their zeros and +),
// amounts as numbers with the currency's decimals and a sum row below the data, a frozen header,
// column widths and an autofilter. The columns are RecipientExporter's, so a workbook imports
// back into the same batch.
class XlsxExporter
{
public:
    static bool writeBatch(const Batch &batch, QIODevice *device, QString *error = nullptr);
    // An instructions sheet, then the payouts sheet with one example row per destination type and
    // drop-down lists for the destination type, the account types, the currency's e-wallet
    // providers and the deposit key types.
    static bool writeTemplate(const QString &currency, int decimals, const QStringList &providers, QIODevice *device,
                              QString *error = nullptr);
    // batchColumns: as RecipientExporter::writeResults.
    static bool writeResults(const Batch &batch, const QList<DetailResult> &results, QIODevice *device,
                             RecipientExporter::Rows rows = RecipientExporter::Rows::All, QString *error = nullptr,
                             const RecipientExporter::BatchColumns &batchColumns = {});
    // One sheet of text cells under a bold, frozen, filtered header (the recipient directory):
    // nothing becomes a number or a date, so account numbers keep every digit.
    static bool writeTextTable(const QString &sheetName, const QStringList &header, const QList<QStringList> &rows,
                               QIODevice *device, QString *error = nullptr);
};

} // namespace Lesspay::Core
