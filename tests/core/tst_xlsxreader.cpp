// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/xlsxreader.h"
#include "zipwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using Lesspay::Test::ZipWriter;
using Type = RowSource::CellInfo::Type;

namespace {

struct Rows
{
    QList<QStringList> cells;
    QList<qint64> numbers;
    QList<QList<RowSource::CellInfo>> info;
    CsvError error;
};

Rows readAll(const QString &path, int sheet = 0, XlsxReader::Options options = {})
{
    Rows rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    XlsxReader reader(&file, options);
    if (reader.open() && reader.selectSheet(sheet)) {
        while (reader.readRecord()) {
            rows.cells.append(reader.record());
            rows.numbers.append(reader.recordNumber());
            QList<RowSource::CellInfo> info;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                info.append(reader.cellInfo(i));
            rows.info.append(info);
        }
    }
    rows.error = reader.error();
    return rows;
}

// numFmt 164 is a custom date, 165 an amount with currency text; xf 1: built-in date 14.
const QByteArray Styles = "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
                          "<numFmt numFmtId=\"165\" formatCode=\"&quot;Rp&quot;\\ #,##0.00\"/></numFmts>"
                          "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                          "<xf numFmtId=\"165\"/></cellXfs>";

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readRecord_typedCells_textAndTypesKept();
    void readRecord_blankAndFormattedRows_skippedAndPadded();
    void readRecord_farUsedRange_costsNothing();
    void sheetNames_severalSheets_inWorkbookOrder();
    void open_dtd_refused();
    void open_notAWorkbook_refused_data();
    void open_notAWorkbook_refused();
    void readRecord_zipBomb_refusedEarly();
    void readRecord_partOverLimit_refused();
    void readRecord_traversingTarget_neverLeavesArchive();
    void readRecord_unknownSharedString_reported();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestXlsxReader::readRecord_typedCells_textAndTypesKept()
{
    const QByteArray shared =
        "<si><t>mch_order_id</t></si><si><r><rPr><b/></rPr><t>am</t></r><r><t>ount</t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si><si><t xml:space=\"preserve\"> 007 </t></si>";
    const QByteArray sheet =
        "<dimension ref=\"A1:H2\"/><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>1500.1000000000001</v></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"
        "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"e\"><v>#N/A</v></c><c r=\"F2\"><f>SUM(B2)</f></c>"
        "<c r=\"G2\" s=\"1\"><v>44927</v></c><c r=\"H2\" t=\"str\"><f>A2</f><v>007</v></c>"
        "<c r=\"I2\" s=\"3\"><v>1.2345678901234567E+19</v></c><c r=\"J2\" s=\"2\"><v>45658.5</v></c></row>"
        "</sheetData>";
    QVERIFY(ZipWriter::writeWorkbook(path("typed.xlsx"), {sheet}, shared, Styles));
    const Rows rows = readAll(path("typed.xlsx"));
    QVERIFY2(!rows.error.isError(), qPrintable(rows.error.message));
    QCOMPARE(rows.cells.size(), 2);
    QCOMPARE(rows.cells[0], (QStringList{u"mch_order_id"_qs, u"amount"_qs}));
    const QStringList expected{u" 007 "_qs,
                               u"1500.1"_qs,
                               u"inline"_qs,
                               u"TRUE"_qs,
                               u"#N/A"_qs,
                               QString(),
                               u"2023-01-01"_qs,
                               u"007"_qs,
                               u"12345678901234600000"_qs,
                               u"2025-01-01 12:00"_qs};
    QCOMPARE(rows.cells[1], expected);
    const QList<RowSource::CellInfo> &info = rows.info[1];
    QCOMPARE(info[0].type, Type::Text);
    QCOMPARE(info[1].type, Type::Number);
    QVERIFY(info[1].rounded);
    QVERIFY(!info[1].lostDigits);
    QCOMPARE(info[2].type, Type::Text);
    QCOMPARE(info[3].type, Type::Boolean);
    QCOMPARE(info[4].type, Type::Error);
    QVERIFY(!info[4].formulaWithoutValue);
    QCOMPARE(info[5].type, Type::Error);
    QVERIFY(info[5].formulaWithoutValue);
    QCOMPARE(info[6].type, Type::Date);
    QCOMPARE(info[7].type, Type::Text);
    QCOMPARE(info[8].type, Type::Number);
    QVERIFY(info[8].lostDigits);
    QVERIFY(info[8].currencyFormat);
    QCOMPARE(info[9].type, Type::Date);
}

void TestXlsxReader::readRecord_blankAndFormattedRows_skippedAndPadded()
{
    const QByteArray sheet = "<sheetData>"
                             "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>a</t></is></c>"
                             "<c r=\"D2\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                             "<row r=\"3\"><c r=\"B3\" s=\"1\"/></row>"
                             "<row r=\"4\" customFormat=\"1\"/>"
                             "<row r=\"7\"><c r=\"C7\"><v>5</v></c></row>"
                             "</sheetData>";
    QVERIFY(ZipWriter::writeWorkbook(path("blank.xlsx"), {sheet}, {}, Styles));
    const Rows rows = readAll(path("blank.xlsx"));
    QVERIFY2(!rows.error.isError(), qPrintable(rows.error.message));
    QCOMPARE(rows.numbers, (QList<qint64>{2, 7}));
    QCOMPARE(rows.cells[0], (QStringList{QString(), u"a"_qs, QString(), u"d"_qs}));
    QCOMPARE(rows.cells[1], (QStringList{QString(), QString(), u"5"_qs, QString()}));
}

void TestXlsxReader::readRecord_farUsedRange_costsNothing()
{
    const QByteArray sheet = "<dimension ref=\"A1:XFD1048576\"/><sheetData>"
                             "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                             "<row r=\"1048576\"><c r=\"XFD1048576\" s=\"1\"/></row></sheetData>";
    QVERIFY(ZipWriter::writeWorkbook(path("far.xlsx"), {sheet}, {}, Styles));
    const Rows rows = readAll(path("far.xlsx"));
    QVERIFY2(!rows.error.isError(), qPrintable(rows.error.message));
    // One row of one cell: the empty formatted cell at XFD1048576 neither adds a row nor widens it.
    QCOMPARE(rows.cells, (QList<QStringList>{{u"x"_qs}}));
    QCOMPARE(rows.numbers, (QList<qint64>{1}));
}

void TestXlsxReader::sheetNames_severalSheets_inWorkbookOrder()
{
    QVERIFY(ZipWriter::writeWorkbook(
        path("sheets.xlsx"), {"<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>one</t></is></c></row></sheetData>",
                              "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>two</t></is></c></row></sheetData>"}));
    QFile file(path("sheets.xlsx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    XlsxReader reader(&file);
    QVERIFY(reader.open());
    QCOMPARE(reader.sheetNames(), (QStringList{u"Sheet1"_qs, u"Sheet2"_qs}));
    QVERIFY(reader.selectSheet(1));
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.record(), QStringList{u"two"_qs});
    QVERIFY(reader.selectSheet(0));
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.record(), QStringList{u"one"_qs});
    QVERIFY(!reader.selectSheet(2));
}

void TestXlsxReader::open_dtd_refused()
{
    // A billion laughs in the shared strings: refused at the DTD, before any entity expands.
    QByteArray laughs = "<!DOCTYPE sst [<!ENTITY a \"ha\">";
    for (int i = 1; i < 10; ++i) {
        const QByteArray previous = "&" + QByteArray(1, char('a' + i - 1)) + ";";
        laughs += "<!ENTITY " + QByteArray(1, char('a' + i)) + " \"" + previous.repeated(10) + "\">";
    }
    laughs += "]>";
    ZipWriter zip(path("dtd.xlsx"));
    QVERIFY(zip.add(u"_rels/.rels"_qs,
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
    QVERIFY(zip.add(u"xl/workbook.xml"_qs, laughs + "<workbook><sheets/></workbook>"));
    QVERIFY(zip.close());
    const Rows rows = readAll(path("dtd.xlsx"));
    QCOMPARE(rows.error.code, CsvError::Code::InvalidWorkbook);
    QVERIFY2(rows.error.message.contains(u"document type"_qs), qPrintable(rows.error.message));
}

void TestXlsxReader::open_notAWorkbook_refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage after the zip signature") << QByteArray("PK\x03\x04 this is not a zip archive", 34);
    QTest::newRow("empty") << QByteArray();
}

void TestXlsxReader::open_notAWorkbook_refused()
{
    QFETCH(QByteArray, bytes);
    QFile file(path("not.xlsx"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Rows rows = readAll(path("not.xlsx"));
    QCOMPARE(rows.error.code, CsvError::Code::InvalidWorkbook);
    QVERIFY(!rows.error.message.isEmpty());

    // A zip archive of something else (an OpenDocument spreadsheet, say).
    ZipWriter zip(path("other.zip"));
    QVERIFY(zip.add(u"content.xml"_qs, "<office:document-content/>"));
    QVERIFY(zip.close());
    QCOMPARE(readAll(path("other.zip")).error.code, CsvError::Code::InvalidWorkbook);
}

void TestXlsxReader::readRecord_zipBomb_refusedEarly()
{
    // 256 MB of spaces deflate to about 250 KB; the limits here are the defaults scaled down by 16.
    ZipWriter zip(path("bomb2.xlsx"));
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QVERIFY(zip.add(u"_rels/.rels"_qs,
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"r\" Type=\""
                        + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
    QVERIFY(zip.add(u"xl/workbook.xml"_qs,
                    "<workbook xmlns:r=\"" + rel + "\"><sheets><sheet name=\"S\" r:id=\"a\"/></sheets></workbook>"));
    QVERIFY(zip.add(u"xl/_rels/workbook.xml.rels"_qs,
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"a\" Type=\""
                        + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
    // Well-formed as far as it goes: the parser keeps asking for more until the limit stops it.
    QVERIFY(zip.addRepeated(u"xl/worksheets/sheet1.xml"_qs, "<worksheet><sheetData>", ' ', qint64(256) << 20));
    QVERIFY(zip.close());
    QVERIFY(QFileInfo(path("bomb2.xlsx")).size() < 1 << 20);

    XlsxReader::Options options;
    options.limits.ratioFloor = qint64(1) << 20;
    QFile file(path("bomb2.xlsx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    XlsxReader reader(&file, options);
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet(0));
    QVERIFY(!reader.readRecord());
    QCOMPARE(reader.error().code, CsvError::Code::WorkbookLimit);
    QVERIFY2(reader.error().message.contains(u"zip bomb"_qs), qPrintable(reader.error().message));
    // Refused once the ratio is passed (about 25 MB of the 256 MB here), not after unpacking it all.
    QCOMPARE_LT(reader.bytesRead(), file.size() / 2);
}

void TestXlsxReader::readRecord_partOverLimit_refused()
{
    QByteArray sheet = "<sheetData>";
    for (int r = 1; r <= 2000; ++r)
        sheet += "<row r=\"" + QByteArray::number(r) + "\"><c t=\"inlineStr\"><is><t>" + QByteArray(200, 'x')
                 + "</t></is></c></row>";
    sheet += "</sheetData>";
    QVERIFY(ZipWriter::writeWorkbook(path("big.xlsx"), {sheet}));
    XlsxReader::Options options;
    options.limits.maxPartBytes = 100000;
    const Rows rows = readAll(path("big.xlsx"), 0, options);
    QCOMPARE(rows.error.code, CsvError::Code::WorkbookLimit);
    QVERIFY(rows.cells.size() < 2000);
}

void TestXlsxReader::readRecord_traversingTarget_neverLeavesArchive()
{
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ZipWriter zip(path("traverse.xlsx"));
    QVERIFY(zip.add(u"_rels/.rels"_qs,
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"r\" Type=\""
                        + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
    QVERIFY(
        zip.add(u"xl/workbook.xml"_qs,
                "<workbook xmlns:r=\"" + rel
                    + "\"><sheets><sheet name=\"S\" r:id=\"a\"/><sheet name=\"T\" r:id=\"b\"/></sheets></workbook>"));
    QVERIFY(zip.add(u"xl/_rels/workbook.xml.rels"_qs,
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"a\" Type=\""
                        + rel
                        + "/worksheet\" Target=\"../../../../../../etc/passwd\"/>"
                          "<Relationship Id=\"b\" Type=\""
                        + rel
                        + "/worksheet\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
                          "</Relationships>"));
    QVERIFY(zip.close());
    const Rows rows = readAll(path("traverse.xlsx"));
    QCOMPARE(rows.error.code, CsvError::Code::InvalidWorkbook);
    QVERIFY(rows.cells.isEmpty());
}

void TestXlsxReader::readRecord_unknownSharedString_reported()
{
    QVERIFY(ZipWriter::writeWorkbook(path("sst.xlsx"),
                                     {"<sheetData><row r=\"3\"><c r=\"A3\" t=\"s\"><v>7</v></c></row></sheetData>"},
                                     "<si><t>only</t></si>"));
    const Rows rows = readAll(path("sst.xlsx"));
    QCOMPARE(rows.error.code, CsvError::Code::InvalidWorkbook);
    QCOMPARE(rows.error.line, 3);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
