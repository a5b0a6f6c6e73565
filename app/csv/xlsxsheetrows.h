// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csverror.h"
#include "csv/rowsource.h"

#include <QString>
#include <QXmlStreamReader>

#include <vector>

namespace Lesspay::Core {

// Reads the <row> elements of a worksheet into a block of cells. The workbook reader uses it on
// the part it streams, and the parallel sheet reader on each segment of a large sheet, so both
// read a cell the same way: its type, its number as the cell shows it, its date, its formula.
class XlsxSheetRows final
{
public:
    enum class Format : quint8 { Plain, Date, Currency }; // what a cell style's number format makes of a number

    struct Context
    {
        const std::vector<QString> *shared = nullptr;
        const std::vector<Format> *formats = nullptr; // per cell style (xf) index
        bool date1904 = false;
        qsizetype maxFields = 4096;
    };

    struct Cell
    {
        qsizetype column = 0;
        qsizetype shared = -1; // an index into the shared strings, or -1: the text is in the block
        qsizetype offset = 0;
        qsizetype length = 0;
        RowSource::CellInfo info;
    };
    struct Row
    {
        qint64 number = 0;
        qsizetype firstCell = 0;
        qsizetype cellCount = 0;
    };
    // Rows that hold a value, their cells, and the cells' own text in one buffer.
    struct Block
    {
        QString text;
        std::vector<Cell> cells;
        std::vector<Row> rows;
        void clear();
        QStringView value(const Cell &cell, const Context &context) const;
    };

    // Where tokens come from and where failures go: the streamed part, or one segment of it.
    class Tokens
    {
    public:
        virtual ~Tokens() = default;
        virtual QXmlStreamReader::TokenType next() = 0;
        // Set the error (the first one wins) and return false.
        virtual bool fail(CsvError::Code code, const QString &message) = 0;
        virtual bool failXml() = 0;
        virtual bool failed() const = 0;
    };

    XlsxSheetRows(QXmlStreamReader &xml, Tokens &tokens, const Context &context);

    // At a <row> start element: reads the row to its end and appends it to `block` when it holds
    // a value. `row` is the previous row's number on entry and this row's on return. A row
    // without a number follows the previous one, unless `implicitNumbers` is false: then it fails.
    bool readRow(qint64 &row, Block &block, bool implicitNumbers = true);

    // The text of the current element up to its end; phonetic runs (<rPh>) left out when asked.
    static bool readElementText(QXmlStreamReader &xml, Tokens &tokens, QString &out, bool skipPhonetic = false);

private:
    enum class Child : quint8 { Read, StepInto, Failed };
    template<typename OnChild>
    bool readContent(OnChild onChild);
    bool readCell(qint64 row, qsizetype &nextColumn, Block &block, bool &hasValue);
    void addCell(Block &block, qsizetype column, QStringView text, qsizetype shared, RowSource::CellInfo info);

    QXmlStreamReader &m_xml;
    Tokens &m_tokens;
    Context m_context;
    QString m_value;   // the current cell's own text
    QString m_formula; // the current cell's formula
};

} // namespace Lesspay::Core
