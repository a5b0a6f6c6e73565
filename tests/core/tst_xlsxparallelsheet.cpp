// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A sheet read on several threads gives exactly the rows and the error of the same sheet read in
// one stream: the reader is run both ways on sheets cut into segments of a couple of rows.
#include "csv/xlsxreader.h"
#include "zipwriter.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using Lesspay::Test::ZipWriter;

namespace {

struct Read
{
    QList<QStringList> cells;
    QList<qint64> numbers;
    QStringList info; // every cell's type and flags, as text to compare
    CsvError error;
    bool parallel = false;
};

QString describe(const RowSource::CellInfo &info)
{
    return QStringLiteral("%1%2%3%4%5%6")
        .arg(int(info.type))
        .arg(info.rounded)
        .arg(info.lostDigits)
        .arg(info.currencyFormat)
        .arg(info.formulaWithoutValue)
        .arg(info.columnTotal);
}

Read readAll(const QString &path, bool parallel)
{
    XlsxReader::Options options;
    options.parallelFromBytes = parallel ? 0 : std::numeric_limits<qint64>::max();
    options.parallel.segmentBytes = 160; // a couple of rows per segment
    options.parallel.inFlight = 3;
    Read read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return read;
    XlsxReader reader(&file, options);
    if (reader.open() && reader.selectSheet(0)) {
        while (reader.readRecord()) {
            read.cells.append(reader.record());
            read.numbers.append(reader.recordNumber());
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                read.info.append(describe(reader.cellInfo(i)));
        }
    }
    read.error = reader.error();
    read.parallel = reader.readsInParallel();
    return read;
}

const QByteArray Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A workbook whose only sheet is `document`, byte for byte.
bool writeWorkbook(const QString &path, const QByteArray &document)
{
    const QByteArray pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    ZipWriter zip(path);
    return zip.add(u"_rels/.rels"_qs, "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"r\" Type=\"" + Rel
                                          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
           && zip.add(u"xl/workbook.xml"_qs, "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel
                                                 + "\"><sheets><sheet name=\"S\" r:id=\"a\"/></sheets></workbook>")
           && zip.add(u"xl/_rels/workbook.xml.rels"_qs,
                      "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"a\" Type=\"" + Rel
                          + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"s\" Type=\"" + Rel
                          + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")
           && zip.add(u"xl/sharedStrings.xml"_qs,
                      "<sst xmlns=\"" + Main
                          + "\"><si><t>order</t></si><si><t>amount</t></si><si><t>0917</t></si></sst>")
           && zip.add(u"xl/worksheets/sheet1.xml"_qs, document) && zip.close();
}

// Rows 2..count+1 of typed cells: shared and inline text, numbers with noise, booleans, errors,
// a formula without a value; `row` may replace one row's XML.
QByteArray rows(int count, const QByteArray &prefix = {}, int special = -1, const QByteArray &specialRow = {})
{
    const QByteArray p = prefix.isEmpty() ? QByteArray() : prefix + ':';
    QByteArray out = "<" + p + "row r=\"1\"><" + p + "c r=\"A1\" t=\"s\"><" + p + "v>0</" + p + "v></" + p + "c><" + p
                     + "c r=\"B1\" t=\"s\"><" + p + "v>1</" + p + "v></" + p + "c></" + p + "row>";
    for (int r = 2; r < count + 2; ++r) {
        if (r == special) {
            out += specialRow;
            continue;
        }
        const QByteArray n = QByteArray::number(r);
        if (r % 11 == 0) { // formatted but empty: skipped
            out += "<" + p + "row r=\"" + n + "\" customFormat=\"1\"><" + p + "c r=\"B" + n + "\" s=\"0\"/></" + p
                   + "row>";
            continue;
        }
        out += "<" + p + "row r=\"" + n + "\" spans=\"1:5\">";
        out += "<" + p + "c r=\"A" + n + "\" t=\"inlineStr\"><" + p + "is><" + p + "t>INV-" + n + " &amp; co</" + p
               + "t></" + p + "is></" + p + "c>";
        out += "<" + p + "c r=\"B" + n + "\"><" + p + "v>" + n + "00.1000000000001</" + p + "v></" + p + "c>";
        if (r % 3 == 0)
            out += "<" + p + "c r=\"C" + n + "\" t=\"s\"><" + p + "v>2</" + p + "v></" + p + "c>";
        if (r % 5 == 0)
            out += "<" + p + "c r=\"D" + n + "\" t=\"b\"><" + p + "v>1</" + p + "v></" + p + "c>";
        if (r % 7 == 0)
            out += "<" + p + "c r=\"E" + n + "\"><" + p + "f>A1</" + p + "f></" + p + "c>";
        out += "</" + p + "row>";
    }
    return out;
}

QByteArray sheet(const QByteArray &sheetData, const QByteArray &before = {}, const QByteArray &after = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + Main + "\">" + before
           + "<sheetData>" + sheetData + "</sheetData>" + after + "</worksheet>";
}

} // namespace

class TestXlsxParallelSheet : public QObject
{
    Q_OBJECT

private slots:
    void readRecord_severalThreads_sameAsOneStream_data();
    void readRecord_severalThreads_sameAsOneStream();

private:
    QTemporaryDir m_dir;
};

void TestXlsxParallelSheet::readRecord_severalThreads_sameAsOneStream_data()
{
    QTest::addColumn<QByteArray>("document");
    // 1: read on several threads to the end; 0: the stream takes over, from the start or midway;
    // -1: either, as the segments fall.
    QTest::addColumn<int>("staysParallel");

    QTest::newRow("plain") << sheet(rows(120), "<dimension ref=\"A1:E121\"/>") << 1;
    QTest::newRow("prefixed names") << QByteArray("<x:worksheet xmlns:x=\"" + Main + "\"><x:sheetData>" + rows(80, "x")
                                                  + "</x:sheetData></x:worksheet>")
                                    << 1;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" + sheet(rows(40))) << 1;
    QTest::newRow("after the rows") << sheet(rows(40), {}, "<mergeCells count=\"1\"/><!-- a note -->") << 1;
    QTest::newRow("comment among the rows")
        << sheet(rows(60, {}, 30, "<!-- </row><row r=\"30\"><c r=\"A30\"><v>9</v></c></row> -->")) << 0;
    QTest::newRow("CDATA holding a row end")
        << sheet(rows(60, {}, 30, "<row r=\"30\"><c r=\"A30\" t=\"str\"><v><![CDATA[</row> x]]></v></c></row>")) << 0;
    QTest::newRow("row without a number")
        << sheet(rows(60, {}, 40, "<row><c t=\"inlineStr\"><is><t>next</t></is></c></row>")) << 0;
    QTest::newRow("rows out of order") << sheet(rows(60, {}, 50, "<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>")) << 0;
    QTest::newRow("not a number") << sheet(rows(60, {}, 45, "<row r=\"45\"><c r=\"B45\"><v>1,5</v></c></row>")) << 0;
    QTest::newRow("bad reference") << sheet(rows(60, {}, 20, "<row r=\"20\"><c r=\"7\"><v>1</v></c></row>")) << 0;
    QTest::newRow("unknown shared text") << sheet(
        rows(60, {}, 25, "<row r=\"25\"><c r=\"A25\" t=\"s\"><v>99</v></c></row>"))
                                         << 0;
    QTest::newRow("mismatched tags") << sheet(rows(60, {}, 33, "<row r=\"33\"><c r=\"A33\"><v>1</c></v></row>")) << 0;
    QTest::newRow("truncated") << QByteArray(sheet(rows(60)).chopped(40)) << 0;
    QTest::newRow("element around rows") << sheet(
        rows(60, {}, 20, "<ext><row r=\"20\"><c r=\"A20\"><v>5</v></c></row></ext>"))
                                         << -1;
    QTest::newRow("row before the sheet data")
        << sheet(rows(20), "<sheetPr><row r=\"1\"><c r=\"A1\"><v>5</v></c></row></sheetPr>") << 0;
    QTest::newRow("document type") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE worksheet []>" + sheet(rows(20)))
                                   << 0;
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString text = QString::fromUtf8(sheet(rows(40)).replace("UTF-8", "UTF-16"));
    QTest::newRow("UTF-16") << QByteArray(utf16.encode(text)) << 0;
}

void TestXlsxParallelSheet::readRecord_severalThreads_sameAsOneStream()
{
    QFETCH(QByteArray, document);
    QFETCH(int, staysParallel);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".xlsx");
    QVERIFY(writeWorkbook(path, document));

    const Read stream = readAll(path, false);
    const Read threads = readAll(path, true);
    QVERIFY(!stream.parallel);
    if (staysParallel >= 0)
        QCOMPARE(threads.parallel, staysParallel == 1);
    QVERIFY(!stream.cells.isEmpty() || stream.error.isError());
    QCOMPARE(threads.numbers, stream.numbers);
    QCOMPARE(threads.cells, stream.cells);
    QCOMPARE(threads.info, stream.info);
    QCOMPARE(threads.error.code, stream.error.code);
    QCOMPARE(threads.error.message, stream.error.message);
    QCOMPARE(threads.error.line, stream.error.line);
}

QTEST_GUILESS_MAIN(TestXlsxParallelSheet)
#include "tst_xlsxparallelsheet.moc"
