// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/formulaguard.h"

#include <QBuffer>
#include <QTest>

using namespace Lesspay::Core;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void writeRecord_data();
    void writeRecord();
    void writeRecord_noBomLf_plainBytes();
    void formulaGuard_data();
    void formulaGuard();
    void formulaGuard_roundTrip_data();
    void formulaGuard_roundTrip();
    void writeRecord_throughReader_identical_data();
    void writeRecord_throughReader_identical();
    void flush_failingDevice_reportsError();
};

void TestCsvWriter::writeRecord_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << QByteArray("a,b\r\n");
    QTest::newRow("delimiter quoted") << QStringList{u"a,b"_s, u"c"_s} << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quote doubled") << QStringList{u"say \"hi\""_s} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("newline quoted") << QStringList{u"l1\r\nl2"_s, u"x"_s} << QByteArray("\"l1\r\nl2\",x\r\n");
    QTest::newRow("empty cells") << QStringList{u""_s, u""_s, u""_s} << QByteArray(",,\r\n");
    QTest::newRow("lone empty cell quoted") << QStringList{u""_s} << QByteArray("\"\"\r\n");
    QTest::newRow("utf8") << QStringList{u"名前"_s, u"😀"_s} << QByteArray("名前,😀\r\n");
    QTest::newRow("formula guarded") << QStringList{u"=SUM(A1)"_s} << QByteArray("'=SUM(A1)\r\n");
    QTest::newRow("guarded and quoted") << QStringList{u"=HYPERLINK(\"x\",\"y\")"_s}
                                        << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n");
    QTest::newRow("tab trigger") << QStringList{u"\tx"_s} << QByteArray("'\tx\r\n");
    QTest::newRow("cr trigger quoted") << QStringList{u"\rx"_s} << QByteArray("\"'\rx\"\r\n");
}

void TestCsvWriter::writeRecord()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRecord(fields);
        QVERIFY(writer.flush());
    }
    QCOMPARE(buffer.data(), "\xEF\xBB\xBF" + expected);
}

void TestCsvWriter::writeRecord_noBomLf_plainBytes()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options options;
    options.bom = false;
    options.crlf = false;
    options.delimiter = u';';
    options.formulaGuard = false;
    CsvWriter writer(&buffer, options);
    writer.writeField(u"a;b");
    writer.writeField(u"=1");
    writer.endRecord();
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("\"a;b\";=1\n"));
}

void TestCsvWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("guarded");

    QTest::newRow("equals") << u"=1+2"_s << true;
    QTest::newRow("plus phone") << u"+639171234567"_s << true;
    QTest::newRow("minus") << u"-5"_s << true;
    QTest::newRow("at") << u"@SUM(A1)"_s << true;
    QTest::newRow("tab") << u"\t=1"_s << true;
    QTest::newRow("cr") << u"\r=1"_s << true;
    QTest::newRow("spaces then equals") << u"   =1"_s << true;
    QTest::newRow("apostrophe then equals") << u"'=1"_s << true;
    QTest::newRow("apostrophes spaces plus") << u"'' +1"_s << true;
    QTest::newRow("plain text") << u"Juan"_s << false;
    QTest::newRow("apostrophe then letter") << u"'Ohana"_s << false;
    QTest::newRow("inner equals") << u"a=b"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only spaces") << u"   "_s << false;
    QTest::newRow("lf is not a trigger") << u"\nx"_s << false;
}

void TestCsvWriter::formulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(bool, guarded);
    QCOMPARE(FormulaGuard::needsGuard(cell), guarded);
    QCOMPARE(FormulaGuard::protect(cell), guarded ? u'\'' + cell : cell);
}

void TestCsvWriter::formulaGuard_roundTrip_data()
{
    formulaGuard_data();
}

void TestCsvWriter::formulaGuard_roundTrip()
{
    QFETCH(QString, cell);
    QCOMPARE(FormulaGuard::unprotect(FormulaGuard::protect(cell)), cell);
    // A guard typed by hand in a spreadsheet is removed too; a real apostrophe before a letter stays.
    if (FormulaGuard::needsGuard(cell) && !cell.startsWith(u'\''))
        QCOMPARE(FormulaGuard::unprotect(u'\'' + cell), cell);
    QCOMPARE(FormulaGuard::unprotect(u"'Ohana"_s), u"'Ohana"_s);
}

void TestCsvWriter::writeRecord_throughReader_identical_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("hostile") << QStringList{u"=cmd|'/C calc'!A0"_s, u"\"quoted\""_s, u"a\r\nb"_s, u"\u200Frtl"_s,
                                            u"e\u0301"_s,           u"😀"_s,          u"\0nul"_s,  u"\uFEFFbom"_s}
                             << QChar(u',');
    QTest::newRow("semicolon") << QStringList{u"1,5"_s, u"a;b"_s, u"+63"_s} << QChar(u';');
    QTest::newRow("tab") << QStringList{u"a\tb"_s, u"c"_s} << QChar(u'\t');
}

void TestCsvWriter::writeRecord_throughReader_identical()
{
    QFETCH(QStringList, fields);
    QFETCH(QChar, delimiter);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options options;
    options.delimiter = delimiter;
    {
        CsvWriter writer(&buffer, options);
        writer.writeRecord(fields);
        writer.writeRecord(fields);
    }
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(reader.readRecord());
        QStringList back = reader.record();
        for (QString &cell : back)
            cell = FormulaGuard::unprotect(cell);
        QCOMPARE(back, fields);
    }
    QCOMPARE(reader.delimiter(), delimiter);
    QVERIFY(reader.hadBom());
    QVERIFY(!reader.readRecord());
    QVERIFY(!reader.hasError());
}

void TestCsvWriter::flush_failingDevice_reportsError()
{
    QBuffer buffer; // never opened: writes fail
    CsvWriter writer(&buffer);
    writer.writeRecord({u"a"_s});
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasError());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
