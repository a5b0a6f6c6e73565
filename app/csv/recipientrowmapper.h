// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/importissue.h"
#include "domain/detailblock.h"
#include "money/amount.h"

#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace Lesspay::Core {

class CsvReader;
class RowSource;

// Turns one record (a CSV line or a workbook row) into a payout row by the column mapping: removes the formula guard,
// converts the amount from the user's chosen locale to the API form, keeps everything else as
// written (account numbers stay text), and reports ragged rows and spreadsheet damage.
// The row goes into a DetailBlock, so a block of rows costs a handful of allocations.
// One mapper per thread (it keeps a scratch buffer); the importer runs it on its worker thread.
class RecipientRowMapper
{
public:
    struct Settings
    {
        QList<std::optional<Field>> mapping; // per column
        QStringList headers;
        Amount::DecimalSeparator decimalSeparator = Amount::DecimalSeparator::Point;
        int decimals = 2;           // of the batch currency
        QString currency;           // the batch currency, for national number formats
        QString defaultDestination; // used when no column holds destination_type
    };

    explicit RecipientRowMapper(Settings settings);

    // Appends the record to `rows`; false for a record with nothing but empty cells
    // (spreadsheets leave such rows behind) or a workbook's total row, which appends nothing.
    bool map(const RowSource &reader, DetailBlock &rows, ImportIssues &issues);
    // The same for CSV, through the reader's own (final) type: direct calls in the import's hot loop.
    bool map(const CsvReader &reader, DetailBlock &rows, ImportIssues &issues);

    int columnOf(Field field) const { return m_columnOf[std::size_t(field)]; } // 1-based, 0: none
    const Settings &settings() const { return m_settings; }

private:
    QStringView convertAmount(QStringView raw, Amount::DecimalSeparator separator);
    template<typename Source>
    bool mapRow(const Source &reader, DetailBlock &rows, ImportIssues &issues);

    Settings m_settings;
    std::array<int, FieldCount> m_columnOf = {};
    QString m_amount; // a converted amount
};

} // namespace Lesspay::Core
