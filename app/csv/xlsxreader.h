// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/rowsource.h"
#include "csv/xlsxpackage.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <vector>

class QIODevice;

namespace Lesspay::Core {

// Reads the rows of one sheet of an Office Open XML workbook (.xlsx), streaming: the sheet's
// XML is inflated and parsed a chunk at a time, so only the shared strings and the current row
// stay in memory. Cells keep their type (text, number, date, boolean, error) for the damage
// checks; numbers come as the decimal the cell shows, dates as ISO dates, formulas by their
// saved value. Rows without a value are skipped, and rows shorter than the header are padded
// to its width (a workbook leaves empty cells out). No DTD is accepted, so no entity expands.
class XlsxReader final : public RowSource
{
public:
    struct Options
    {
        XlsxPackage::Limits limits;
        qsizetype maxFields = 4096;
        qint64 maxSharedStrings = 4'000'000;
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

private:
    enum class Format : quint8 { Plain, Date, Currency };
    struct Sheet
    {
        QString name;
        QString part;
    };

    bool fail(CsvError::Code code, const QString &message);
    bool failXml(const QString &part);
    bool startXml(const QString &part);
    QXmlStreamReader::TokenType next();
    bool readElementText(QString &out, bool skipPhonetic = false);
    bool readRelationships(const QString &part, QHash<QString, QString> &targets, QHash<QString, QString> *types);
    bool readWorkbook();
    bool readStyles(const QString &part);
    bool readSharedStrings(const QString &part);
    bool readCell(qsizetype &nextColumn, bool &hasValue);
    void reserveColumn(qsizetype column);
    void setCell(qsizetype column, QStringView text, CellInfo info);

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

    std::vector<QString> m_values;    // per column: the text read from the cell, when it is the cell's own
    std::vector<QStringView> m_views; // per column: the value, in m_values, a shared string or a literal
    std::vector<CellInfo> m_info;
    qsizetype m_count = 0;
    qsizetype m_width = -1; // the header's, once read
    qint64 m_row = 0;
    QString m_formula; // of the current cell
    CsvError m_error;
};

} // namespace Lesspay::Core
