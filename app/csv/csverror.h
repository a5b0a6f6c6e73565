// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lesspay::Core {

// Why reading a recipient file stopped, and where: for CSV, line and column are 1-based and
// count physical lines (a quoted field with a line break spans two) and UTF-16 code units; for
// a workbook they are the sheet's row and column.
struct CsvError
{
    enum class Code {
        None,
        Io,
        FileTooLarge,
        InvalidUtf8, // Windows-1252 is the likely alternative: re-read with that encoding
        InvalidUtf16,
        EncodingUnavailable,
        UnterminatedQuote,
        TextAfterClosingQuote,
        RecordTooLong,
        TooManyFields,
        InvalidWorkbook, // not a workbook the reader understands, or a damaged one
        WorkbookLimit,   // a part of the workbook unpacks beyond the size or ratio limit
    };

    Code code = Code::None;
    qint64 line = 0;
    qint64 column = 0;
    QString message; // translated sentence for people, including the position

    bool isError() const { return code != Code::None; }
};

} // namespace Lesspay::Core
