// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvreader.h"
#include "csv/importissue.h"
#include "csv/xlsxreader.h"
#include "domain/batch.h"
#include "domain/field.h"
#include "money/amount.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QIODevice;

namespace Lesspay::Core {

class DetailValidator;
class RecipientRowMapper;

// Imports a recipient file (CSV, or an .xlsx workbook, told apart by content) into a Batch in two steps: readHeader()
// recognises the columns (the console's own header, or human spellings via HeaderAliases, or a mapping the user chose
// earlier); the caller may then fix the mapping; importInto() streams the rows into the batch, where the core rules
// validate them, and collects a per-row report. A file that cannot be read to its end imports nothing.
class RecipientImporter
{
public:
    using Mapping = QList<std::optional<Field>>;

    static constexpr qint64 DefaultMaxFileBytes = qint64(512) << 20;

    struct Options
    {
        // Chosen by the user, never guessed: "1.234" is a thousand in one locale and one in another.
        Amount::DecimalSeparator decimalSeparator = Amount::DecimalSeparator::Point;
        CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
        QChar delimiter; // null: detect
        qint64 maxFileBytes = DefaultMaxFileBytes;
        // Workbooks: the sheet to read (0-based; -1: the first sheet whose first row is a header
        // HeaderAliases recognises) and the limits on what the package unpacks to.
        int sheet = -1;
        XlsxReader::Options workbook;
        int maxIssues = 100000; // the report keeps the first ones; issueCount() counts all
        bool parallel = true;   // parse on a second thread while the batch validates
        // Called on the importing thread about every thousand rows with the bytes read so far;
        // returning false cancels the import (which then imports nothing).
        std::function<bool(qint64 bytesRead)> progress;
    };

    explicit RecipientImporter(const DetailValidator &validator);
    RecipientImporter(const DetailValidator &validator, const Options &options);
    ~RecipientImporter();
    RecipientImporter(const RecipientImporter &) = delete;
    RecipientImporter &operator=(const RecipientImporter &) = delete;

    // Step 1: reads the header row from `device` (which must stay open until importInto()).
    // A zip archive is read as a workbook, anything else as CSV.
    bool readHeader(QIODevice *device);
    bool isWorkbook() const { return m_workbook != nullptr; }
    QStringList sheetNames() const { return m_workbook ? m_workbook->sheetNames() : QStringList(); }
    int sheet() const { return m_workbook ? m_workbook->sheet() : -1; }
    const QStringList &headers() const { return m_headers; }
    const Mapping &mapping() const { return m_mapping; }
    // Columns (0-based) with a header that maps to no field: the UI asks the user about them.
    QList<int> unmappedColumns() const;
    // Fields that no column provides.
    QList<Field> missingFields() const;
    // A user's mapping: one entry per header column. A field given twice keeps the first column.
    void setMapping(const Mapping &mapping);
    void setColumnField(int column, std::optional<Field> field);

    // Step 2: appends the rows to `batch` (validated with the batch currency's rules).
    bool importInto(Batch &batch);

    // Instead of step 2, for a preview: up to `rows` records after the header as text, one
    // string per header column.
    QList<QStringList> readSample(int rows);
    // How the amounts of a sample's column read with each decimal separator: the mapping
    // dialog says so plainly when they only read with the other one (never a silent guess).
    struct SeparatorFit
    {
        int amounts = 0; // non-empty cells
        int point = 0;   // read as amounts with a decimal point
        int comma = 0;   // read as amounts with a decimal comma
        int reads(Amount::DecimalSeparator separator) const
        {
            return separator == Amount::DecimalSeparator::Point ? point : comma;
        }
        // Most amounts fail with `separator` and more read with the other one.
        bool failsWith(Amount::DecimalSeparator separator) const;
    };
    static SeparatorFit separatorFit(const QList<QStringList> &sample, int column, int decimals);

    const CsvError &readError() const;
    // The file is not UTF-8 (or UTF-16): offer to import it again with
    // Options::encoding = CsvReader::Encoding::Windows1252, what Excel writes on Western Windows.
    bool suggestsWindows1252() const { return readError().code == CsvError::Code::InvalidUtf8; }
    const ImportIssues &issues() const { return m_issues; }
    qint64 issueCount() const { return m_issueCount; }
    qint64 importedRows() const { return m_importedRows; }
    qint64 skippedEmptyRows() const { return m_skippedRows; }
    CsvReader::Encoding encoding() const;
    QChar delimiter() const;

private:
    struct Claims;
    struct Chunk;
    void addIssue(ImportIssue issue);
    // The batch's evaluation of a row; `found` gets its issues when it has any (thread-safe).
    static Batch::Evaluation judge(const Batch &batch, const DetailView &row, ValidationIssues &found);
    bool consume(Batch &batch, Chunk &chunk); // false: canceled by the progress callback
    bool produce(RecipientRowMapper &mapper, Chunk &chunk, qsizetype rows);
    template<typename Source>
    bool produceFrom(Source &reader, RecipientRowMapper &mapper, Chunk &chunk, qsizetype rows);
    bool importSerial(Batch &batch, RecipientRowMapper &mapper);
    bool importParallel(Batch &batch, RecipientRowMapper &mapper);
    void collectValidationIssues(const Batch &batch, int firstRow, const RecipientRowMapper &mapper);
    QString defaultDestination() const;

    const DetailValidator &m_validator;
    Options m_options;
    bool readWorkbookHeader(QIODevice *device);
    bool headerFromFirstRecord();

    std::unique_ptr<RowSource> m_reader;
    CsvReader *m_csv = nullptr;       // m_reader, when the file is CSV
    XlsxReader *m_workbook = nullptr; // m_reader, when the file is a workbook
    QStringList m_headers;
    Mapping m_mapping;
    ImportIssues m_issues;
    qint64 m_issueCount = 0;
    qint64 m_importedRows = 0;
    qint64 m_skippedRows = 0;
    std::vector<quint32> m_rowNumbers; // per imported row: record number and line, for the report
    std::vector<quint32> m_rowLines;
    std::vector<std::pair<int, ValidationIssues>> m_rowIssues; // batch row and its own issues, in order
    qint64 m_deviceSize = -1; // for sizing the batch once the first rows show the row length
    bool m_reserved = false;
};

} // namespace Lesspay::Core
