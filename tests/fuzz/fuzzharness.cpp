// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzharness.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/recipientexporter.h"
#include "csv/recipientimporter.h"
#include "csv/xlsxreader.h"
#include "domain/batch.h"

#include <QBuffer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace Lesspay::Fuzz {

using namespace Lesspay::Core;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

// Hands out at most `step` bytes per read, so that chunk edges fall everywhere.
class SteppingDevice : public QIODevice
{
public:
    SteppingDevice(QByteArrayView data, qint64 step)
        : m_data(data)
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        if (n <= 0)
            return 0;
        std::memcpy(out, m_data.data() + m_pos, std::size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArrayView m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

const DetailValidator &validator()
{
    static const DetailValidator v(ReferenceData::builtin());
    return v;
}

} // namespace

void csvReader(QByteArrayView data)
{
    if (data.size() < 2)
        return;
    const uchar mode = uchar(data[0]);
    const qint64 step = uchar(data[1]) == 0 ? qint64(1) << 20 : uchar(data[1]);
    const QByteArrayView payload = data.sliced(2);

    CsvReader::Options options;
    static constexpr CsvReader::Encoding encodings[] = {CsvReader::Encoding::Auto,        CsvReader::Encoding::Utf8,
                                                        CsvReader::Encoding::Utf16LE,     CsvReader::Encoding::Utf16BE,
                                                        CsvReader::Encoding::Windows1252, CsvReader::Encoding::Auto,
                                                        CsvReader::Encoding::Auto,        CsvReader::Encoding::Auto};
    options.encoding = encodings[mode & 7];
    static constexpr char16_t delimiters[] = {0, u',', u';', u'\t'};
    options.delimiter = QChar(delimiters[(mode >> 3) & 3]);
    if (mode & 0x40)
        options.maxFields = 8;
    if (mode & 0x80)
        options.maxRecordChars = 64;

    SteppingDevice device(payload, step);
    CsvReader reader(&device, options);
    QList<QStringList> records;
    while (reader.readRecord()) {
        check(reader.fieldCount() >= 1 && reader.fieldCount() <= options.maxFields, "field count in range");
        check(reader.recordLine() >= 1, "record line is 1-based");
        records.append(reader.record());
    }
    if (reader.hasError()) {
        check(!reader.error().message.isEmpty(), "an error has a message");
        return;
    }
    check(reader.atEnd(), "stopped without an error means at the end");

    // Write what was read and read it back: the writer and reader must agree on every text.
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    CsvWriter::Options writeOptions;
    writeOptions.delimiter = reader.delimiter();
    writeOptions.formulaGuard = false;
    {
        CsvWriter writer(&written, writeOptions);
        for (const QStringList &record : std::as_const(records))
            writer.writeRecord(record);
        check(writer.flush(), "writer flushed");
    }
    written.close();
    written.open(QIODevice::ReadOnly);
    CsvReader::Options again;
    again.encoding = CsvReader::Encoding::Utf8;
    again.delimiter = reader.delimiter();
    again.maxRecordChars = qsizetype(8) << 20; // quoting may double a record read under the normal limit
    again.maxFields = options.maxFields;
    CsvReader back(&written, again);
    for (const QStringList &record : std::as_const(records)) {
        check(back.readRecord(), "written record reads back");
        check(back.record() == record, "written record reads back identically");
    }
    check(!back.readRecord() && !back.hasError(), "nothing more reads back");
}

void recipientImport(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    const uchar mode = uchar(data[0]);
    const QByteArrayView payload = data.sliced(1);

    RecipientImporter::Options options;
    options.decimalSeparator = (mode & 1) ? Amount::DecimalSeparator::Comma : Amount::DecimalSeparator::Point;
    options.parallel = (mode & 2) != 0;
    options.maxIssues = 64;
    static const QString currencies[] = {QStringLiteral("PHP"), QStringLiteral("IDR"), QStringLiteral("BRL"),
                                         QStringLiteral("CNY")};
    BatchHeader header;
    header.currency = currencies[(mode >> 2) & 3];
    Batch batch(validator(), header);

    QBuffer buffer;
    buffer.setData(payload.toByteArray());
    buffer.open(QIODevice::ReadOnly);
    RecipientImporter importer(validator(), options);
    if (!importer.readHeader(&buffer)) {
        check(importer.issues().size() == 1, "a file without header gives one issue");
        return;
    }
    check(importer.mapping().size() == importer.headers().size(), "one mapping entry per column");
    if (mode & 0x10) {
        // A user's mapping, taken from the payload bytes: any field on any column.
        RecipientImporter::Mapping mapping;
        for (qsizetype i = 0; i < importer.headers().size(); ++i) {
            const int pick = (i < payload.size() ? uchar(payload[i]) : 0) % (FieldCount + 1);
            mapping.append(pick == FieldCount ? std::nullopt : std::optional<Field>(Field(pick)));
        }
        importer.setMapping(mapping);
    }
    const bool imported = importer.importInto(batch);
    check(imported || batch.size() == 0, "a failed import leaves the batch empty");
    check(batch.size() == importer.importedRows(), "every imported row is in the batch");
    for (const ImportIssue &issue : importer.issues()) {
        check(issue.batchRow < batch.size(), "issue row inside the batch");
        check(!issue.message.isEmpty() && !issue.code.isEmpty(), "issue has a code and a message");
        check(issue.column >= 0, "issue column not negative");
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    check(RecipientExporter::writeBatch(batch, &out), "batch exports");
    QBuffer report;
    report.open(QIODevice::WriteOnly);
    check(RecipientExporter::writeIssues(importer.issues(), &report), "report exports");
}

struct SheetText
{
    QStringList rows;
    CsvError error;
};

// Every row of the first sheet as text, with its number and each cell's type.
SheetText readFirstSheet(QByteArrayView data, const XlsxReader::Options &options)
{
    SheetText sheet;
    QBuffer buffer;
    buffer.setData(data.toByteArray());
    buffer.open(QIODevice::ReadOnly);
    XlsxReader reader(&buffer, options);
    if (reader.open() && reader.selectSheet(0)) {
        while (reader.readRecord()) {
            QString row = QString::number(reader.recordNumber());
            for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
                const RowSource::CellInfo info = reader.cellInfo(i);
                row += u'|' + QString::number(int(info.type)) + QString::number(info.rounded)
                       + QString::number(info.lostDigits) + QString::number(info.currencyFormat)
                       + QString::number(info.formulaWithoutValue) + QString::number(info.columnTotal) + u':'
                       + reader.fieldAt(i);
            }
            sheet.rows.append(row);
        }
    }
    sheet.error = reader.error();
    return sheet;
}

// The first sheet read on several threads, cut every few rows, reads exactly as one stream:
// the same rows, cells and types, and the same error.
void compareParallel(QByteArrayView data, const XlsxReader::Options &options, uchar mode)
{
    XlsxReader::Options stream = options;
    stream.parallelFromBytes = std::numeric_limits<qint64>::max();
    XlsxReader::Options threads = options;
    threads.parallelFromBytes = 0;
    threads.parallel.segmentBytes = 32 + (mode >> 4) * 24;
    threads.parallel.inFlight = 1 + (mode >> 6);
    const SheetText one = readFirstSheet(data, stream);
    const SheetText several = readFirstSheet(data, threads);
    // Before an error the two may give a different number of rows, since QXmlStreamReader decodes
    // ahead of the tokens it hands out and can report bad bytes before the rows in front of them;
    // as far as both go, the rows are the same.
    const qsizetype common = std::min(one.rows.size(), several.rows.size());
    check(one.error.isError() || several.rows.size() == one.rows.size(), "as many rows on threads as in one stream");
    check(several.rows.first(common) == one.rows.first(common), "rows read on threads as in one stream");
    check(several.error.code == one.error.code && several.error.message == one.error.message
              && several.error.line == one.error.line,
          "errors read on threads as in one stream");
}

void xlsxReader(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    const uchar mode = uchar(data[0]);
    QBuffer buffer;
    buffer.setData(data.sliced(1).toByteArray());
    buffer.open(QIODevice::ReadOnly);

    XlsxReader::Options options;
    options.limits.maxPartBytes = qint64(8) << 20;
    options.limits.ratioFloor = qint64(1) << 20;
    options.maxFields = (mode & 1) ? 8 : 64;
    options.maxSharedStrings = 10000;
    {
        XlsxReader reader(&buffer, options);
        if (!reader.open()) {
            check(reader.hasError() && !reader.error().message.isEmpty(), "a refused workbook says why");
            return;
        }
        const QStringList sheets = reader.sheetNames();
        check(!sheets.isEmpty(), "an open workbook has a sheet");
        for (int sheet = 0; sheet < sheets.size() && sheet < 4; ++sheet) {
            if (!reader.selectSheet(sheet))
                break;
            qint64 previous = 0;
            qsizetype width = -1;
            while (reader.readRecord()) {
                check(reader.recordNumber() > previous && reader.recordNumber() <= 1048576, "rows in order");
                previous = reader.recordNumber();
                check(reader.fieldCount() >= 1 && reader.fieldCount() <= options.maxFields, "cells in range");
                check(width < 0 || reader.fieldCount() >= width, "rows padded to the header");
                if (width < 0)
                    width = reader.fieldCount();
                for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
                    const RowSource::CellInfo info = reader.cellInfo(i);
                    check(!info.formulaWithoutValue || reader.fieldAt(i).isEmpty(), "no value made up for a formula");
                }
            }
            if (reader.hasError()) {
                check(!reader.error().message.isEmpty(), "an error has a message");
                break;
            }
        }
    }

    compareParallel(data.sliced(1), options, mode);

    buffer.seek(0);
    RecipientImporter::Options importOptions;
    importOptions.parallel = (mode & 2) != 0;
    importOptions.maxIssues = 64;
    importOptions.workbook = options;
    importOptions.sheet = (mode & 4) ? 0 : -1;
    BatchHeader header;
    header.currency = QStringLiteral("PHP");
    Batch batch(validator(), header);
    RecipientImporter importer(validator(), importOptions);
    if (!importer.readHeader(&buffer)) {
        check(importer.issues().size() == 1, "a workbook without header gives one issue");
        return;
    }
    const bool imported = importer.importInto(batch);
    check(imported || batch.size() == 0, "a failed import leaves the batch empty");
    for (const ImportIssue &issue : importer.issues()) {
        check(issue.batchRow < batch.size(), "issue row inside the batch");
        check(!issue.message.isEmpty() && !issue.code.isEmpty(), "issue has a code and a message");
    }
}

} // namespace Lesspay::Fuzz
