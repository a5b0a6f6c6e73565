// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/rowsource.h"
#include "csv/xlsxpackage.h"
#include "csv/xlsxparallelsheet.h"
#include "csv/xlsxsheetrows.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace Lesspay::Core {

// Reads the rows of one sheet of an Office Open XML workbook (.xlsx), streaming: the sheet's
// XML is inflated and parsed a chunk at a time, so only the shared strings and the current row
// stay in memory. Cells keep their type (text, number, date, boolean, error) for the damage
// checks; numbers come as the decimal the cell shows, dates as ISO dates, formulas by their
// saved value. Rows without a value are skipped, and rows shorter than the header are padded
// to its width (a workbook leaves empty cells out). No DTD is accepted, so no entity expands.
// A large sheet is parsed on several threads (XlsxParallelSheet), with the same rows and errors.
class XlsxReader final : public RowSource, private XlsxSheetRows::Tokens
{
public:
    struct Options
    {
        XlsxPackage::Limits limits;
        qsizetype maxFields = 4096;
        qint64 maxSharedStrings = 4'000'000;
        qint64 parallelFromBytes = qint64(4) << 20; // unpacked sheets this large are parsed on several threads
        XlsxParallelSheet::Options parallel;
    };

    explicit XlsxReader(QIODevice *device);
    XlsxReader(QIODevice *device, const Options &options);
    ~XlsxReader() override;

    // Reads the package, the workbook, its styles and shared strings; false with error() set.
    bool open();
    QStringList sheetNames() const;
    // Starts reading sheet `index` (0-based, in the workbook's order) from its first row.
    bool selectSheet(int index);
    int sheet() const { return m_sheet; }
    // True while the selected sheet is read on several threads (a large, plain sheet).
    bool readsInParallel() const { return m_parallel != nullptr; }

    bool readRecord() override;
    qsizetype fieldCount() const override { return m_count; }
    QStringView fieldAt(qsizetype index) const override { return m_views[std::size_t(index)]; }
    bool typedCells() const override { return true; }
    CellInfo cellInfo(qsizetype index) const override { return m_info[std::size_t(index)]; }
    QStringList record() const;

    qint64 recordNumber() const override { return m_row; }
    qint64 recordLine() const override { return m_row; }
    qint64 bytesRead() const override;
    const CsvError &error() const override { return m_error; }

    // True when the first bytes are those of a zip archive (every .xlsx is one).
    static bool looksLikeZip(QIODevice *device);
    // True for an OLE compound file: an Excel 97-2003 workbook (.xls), or an .xlsx encrypted by a
    // password. open() refuses both with a message saying what to save instead.
    static bool looksLikeCompoundFile(QIODevice *device);

private:
    using Format = XlsxSheetRows::Format;
    struct Sheet
    {
        QString name;
        QString part;
    };

    bool fail(CsvError::Code code, const QString &message) override;
    bool failXml() override;
    bool failed() const override { return m_error.isError(); }
    bool startXml(const QString &part);
    QXmlStreamReader::TokenType next() override;
    bool readRelationships(const QString &part, QHash<QString, QString> &targets, QHash<QString, QString> *types);
    bool readWorkbook();
    bool readStyles(const QString &part);
    bool readSharedStrings(const QString &part);
    bool startSheet();
    bool readStreamed();
    void take(const XlsxSheetRows::Block &block, const XlsxSheetRows::Row &row);
    void setCell(qsizetype column, QStringView text, CellInfo info);
    XlsxSheetRows::Context context() const;

    QIODevice *m_device;
    Options m_options;
    XlsxPackage m_package;
    QXmlStreamReader m_xml;
    QString m_xmlPart;
    std::vector<Sheet> m_sheets;
    std::vector<QString> m_shared;
    std::vector<Format> m_formats; // per cell style (xf) index
    bool m_date1904 = false;
    int m_sheet = -1;
    bool m_sheetDone = true;

    std::optional<XlsxSheetRows> m_rows; // the streamed sheet's row parser
    XlsxSheetRows::Block m_block;        // the streamed sheet's current row
    std::unique_ptr<XlsxParallelSheet> m_parallel;
    std::vector<QStringView> m_views; // per column: the value, in a block or a shared string
    std::vector<CellInfo> m_info;
    qsizetype m_count = 0;
    qsizetype m_width = -1; // the header's, once read
    qint64 m_row = 0;
    qint64 m_given = 0; // the last row handed out, which a stream that takes over starts after
    CsvError m_error;
};

} // namespace Lesspay::Core
