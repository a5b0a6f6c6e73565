// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csverror.h"

#include <QStringView>

namespace Lesspay::Core {

// The rows of a recipient file, one record at a time, whatever the format: the CSV reader and
// the workbook reader both hand their rows to the same mapper, importer and report through it.
class RowSource
{
public:
    // What a typed cell held before it became text. CSV cells are all Text.
    struct CellInfo
    {
        enum class Type : quint8 { Text, Number, Date, Boolean, Error };
        Type type = Type::Text;
        bool rounded = false;        // a number with binary noise, read as the 15 digits the cell shows
        bool lostDigits = false;     // a number of more than 15 significant digits: the rest are gone
        bool currencyFormat = false; // a number shown with currency text by its number format
        bool formulaWithoutValue = false;
        bool columnTotal = false; // a SUM over the cells above it in its column: a total, not data
    };

    RowSource() = default;
    virtual ~RowSource() = default;
    RowSource(const RowSource &) = delete;
    RowSource &operator=(const RowSource &) = delete;

    // Reads the next record; false at the end of input or on an error (see error()).
    // Blank records are skipped. The views returned by field() stay valid until the next call.
    virtual bool readRecord() = 0;
    virtual qsizetype fieldCount() const = 0;
    virtual QStringView fieldAt(qsizetype index) const = 0;
    // Cells of a workbook keep their type for the damage checks; CSV says Text for every cell.
    virtual bool typedCells() const { return false; }
    virtual CellInfo cellInfo(qsizetype) const { return {}; }

    // Where the record is, as the user's program shows it: the CSV record number and physical
    // line, or the sheet's row number for both.
    virtual qint64 recordNumber() const = 0;
    virtual qint64 recordLine() const = 0;
    // Progress, in bytes of the file (an estimate for compressed workbooks).
    virtual qint64 bytesRead() const = 0;

    virtual const CsvError &error() const = 0;
    bool hasError() const { return error().isError(); }
};

} // namespace Lesspay::Core
