// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Lesspay::Core;
using Encoding = CsvReader::Encoding;
using Code = CsvError::Code;
using Records = QList<QStringList>;
using namespace Qt::StringLiterals;

namespace {

Records R(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Records records;
    for (const auto &row : rows) {
        QStringList fields;
        for (const char *field : row)
            fields.append(QString::fromUtf8(field));
        records.append(fields);
    }
    return records;
}

// Hands out at most one byte per read, so that every BOM, UTF-8 sequence, UTF-16 code unit
// and CRLF is split across reads somewhere.
class TricklingDevice : public QIODevice
{
public:
    explicit TricklingDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pos >= m_data.size() || maxSize <= 0)
            return 0;
        *data = m_data.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

struct Result
{
    Records records;
    QList<qint64> lines;
    CsvError error;
    QChar delimiter;
    Encoding encoding = Encoding::Auto;
    bool bom = false;
};

Result readAll(QIODevice *device, const CsvReader::Options &options)
{
    CsvReader reader(device, options);
    Result result;
    while (reader.readRecord()) {
        result.records.append(reader.record());
        result.lines.append(reader.recordLine());
    }
    result.error = reader.error();
    result.delimiter = reader.delimiter();
    result.encoding = reader.encoding();
    result.bom = reader.hadBom();
    return result;
}

Result readBytes(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readRecord_data();
    void readRecord();
    void readRecord_tricklingDevice_sameRecords_data();
    void readRecord_tricklingDevice_sameRecords();
    void delimiter_data();
    void delimiter();
    void encoding_data();
    void encoding();
    void error_data();
    void error();
    void invalidUtf8_rereadAsWindows1252_decodes();
    void recordLine_multilineFields_countsPhysicalLines();
    void maxFileBytes_largerFile_refused();
    void maxFileBytes_sequentialDevice_refused();
    void readRecord_manyChunks_noRecordLost();
    void field_viewsIntoRecord_matchRecord();
    void readRecord_randomRecords_matchWrittenOnes_data();
    void readRecord_randomRecords_matchWrittenOnes();
    void readRecord_limits_reported_data();
    void readRecord_limits_reported();
};

void TestCsvReader::readRecord_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("no final line end") << QByteArray("a,b\r\n1,2") << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << R({{"a"}, {"b"}, {"c"}, {"d"}});
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << R({{"a,b", "c"}});
    QTest::newRow("escaped quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << R({{"say \"hi\"", "x"}});
    QTest::newRow("only escaped quote") << QByteArray("\"\"\"\"\n") << R({{"\""}});
    QTest::newRow("crlf inside quotes") << QByteArray("\"l1\r\nl2\",x\r\n") << R({{"l1\r\nl2", "x"}});
    QTest::newRow("lf inside quotes") << QByteArray("\"l1\nl2\"\n") << R({{"l1\nl2"}});
    QTest::newRow("cr inside quotes") << QByteArray("\"l1\rl2\"\r") << R({{"l1\rl2"}});
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n") << R({{"", ""}});
    QTest::newRow("lone empty quoted field") << QByteArray("\"\"\r\na\r\n") << R({{""}, {"a"}});
    QTest::newRow("trailing delimiter") << QByteArray("a,b,\n1,2,\n") << R({{"a", "b", ""}, {"1", "2", ""}});
    QTest::newRow("trailing delimiter at eof") << QByteArray("a,") << R({{"a", ""}});
    QTest::newRow("blank lines skipped") << QByteArray("\r\n\r\na\r\n\r\n\nb\r\n\r\n") << R({{"a"}, {"b"}});
    QTest::newRow("only delimiters kept") << QByteArray("a,b\n,\n") << R({{"a", "b"}, {"", ""}});
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4\n")
                                 << R({{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}});
    QTest::newRow("stray quote in unquoted field") << QByteArray("5\"2,x\n") << R({{"5\"2", "x"}});
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << R({{" a ", " b "}});
    QTest::newRow("quoted then crlf at eof") << QByteArray("\"a\"\r\n") << R({{"a"}});
    QTest::newRow("nul byte kept") << QByteArray("a\0b,c\n", 6)
                                   << Records{{QStringView(u"a\0b", 3).toString(), u"c"_s}};
    QTest::newRow("utf8 text") << QByteArray("名前,Café 😀\n") << R({{"名前", "Café 😀"}});
    QTest::newRow("empty file") << QByteArray() << Records{};
    QTest::newRow("only bom") << QByteArray("\xEF\xBB\xBF") << Records{};
}

void TestCsvReader::readRecord()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    const Result result = readBytes(input);
    QCOMPARE(result.error.code, Code::None);
    QCOMPARE(result.records, expected);
}

void TestCsvReader::readRecord_tricklingDevice_sameRecords_data()
{
    readRecord_data();
}

void TestCsvReader::readRecord_tricklingDevice_sameRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    TricklingDevice device(input);
    const Result result = readAll(&device, {});
    QCOMPARE(result.error.code, Code::None);
    QCOMPARE(result.records, expected);
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("expected");
    QTest::addColumn<Records>("records");

    QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << QChar(u',') << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("semicolon with decimal comma")
        << QByteArray("name;amount\nAna;1.234,50\n") << QChar(u';') << R({{"name", "amount"}, {"Ana", "1.234,50"}});
    QTest::newRow("tab") << QByteArray("a\tb\n1,5\t2\n") << QChar(u'\t') << R({{"a", "b"}, {"1,5", "2"}});
    QTest::newRow("pipe") << QByteArray("a|b|c\n") << QChar(u'|') << R({{"a", "b", "c"}});
    QTest::newRow("quoted commas do not count")
        << QByteArray("\"a,b,c\";d\n1;2\n") << QChar(u';') << R({{"a,b,c", "d"}, {"1", "2"}});
    QTest::newRow("single column defaults to comma")
        << QByteArray("amount\n1\n") << QChar(u',') << R({{"amount"}, {"1"}});
    QTest::newRow("leading blank lines") << QByteArray("\r\n\r\nx;y\r\n") << QChar(u';') << R({{"x", "y"}});
    QTest::newRow("header without line end") << QByteArray("a|b") << QChar(u'|') << R({{"a", "b"}});
    QTest::newRow("tie prefers comma") << QByteArray("a,b;c\n") << QChar(u',') << R({{"a", "b;c"}});
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, expected);
    QFETCH(Records, records);
    const Result result = readBytes(input);
    QCOMPARE(result.error.code, Code::None);
    QCOMPARE(result.delimiter, expected);
    QCOMPARE(result.records, records);
}

void TestCsvReader::encoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("bom");

    const QString text = u"名前\tCafé 😀\r\nJuan\tD00001\r\n"_s;
    QTest::newRow("utf8 no bom") << text.toUtf8() << Encoding::Utf8 << false;
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << Encoding::Utf8 << true;
    QTest::newRow("utf16le bom") << utf16(text, QStringConverter::Utf16LE, true) << Encoding::Utf16LE << true;
    QTest::newRow("utf16be bom") << utf16(text, QStringConverter::Utf16BE, true) << Encoding::Utf16BE << true;
    const QString ascii = u"name\tamount\r\nJuan\t100.00\r\n"_s;
    QTest::newRow("utf16le no bom") << utf16(ascii, QStringConverter::Utf16LE, false) << Encoding::Utf16LE << false;
    QTest::newRow("utf16be no bom") << utf16(ascii, QStringConverter::Utf16BE, false) << Encoding::Utf16BE << false;
}

void TestCsvReader::encoding()
{
    QFETCH(QByteArray, input);
    QFETCH(Encoding, encoding);
    QFETCH(bool, bom);
    const Result result = readBytes(input);
    QCOMPARE(result.error.code, Code::None);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.bom, bom);
    QCOMPARE(result.delimiter, QChar(u'\t'));
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records.at(1).size(), 2);
    QVERIFY(!result.records.at(0).at(0).startsWith(QChar(0xFEFF)));
    if (input.contains("\xE5\x90\x8D") || input.size() > 60)
        QCOMPARE(result.records.at(0), (QStringList{u"名前"_s, u"Café 😀"_s}));

    TricklingDevice device(input);
    const Result trickled = readAll(&device, {});
    QCOMPARE(trickled.error.code, Code::None);
    QCOMPARE(trickled.records, result.records);
}

void TestCsvReader::error_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Code>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<int>("recordsBefore");

    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << Code::UnterminatedQuote << qint64(2)
                                        << qint64(3) << 1;
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\r\n\"x\"y,2\r\n") << Code::TextAfterClosingQuote << qint64(2) << qint64(4) << 1;
    QTest::newRow("invalid utf8 latin1 e acute")
        << QByteArray("name,city\r\nJuan,Caf\xE9\r\n") << Code::InvalidUtf8 << qint64(2) << qint64(9) << 1;
    QTest::newRow("invalid utf8 first line") << QByteArray("\x80") << Code::InvalidUtf8 << qint64(1) << qint64(1) << 0;
    QTest::newRow("overlong utf8") << QByteArray("a\n\xC0\xAF\n") << Code::InvalidUtf8 << qint64(2) << qint64(1) << 1;
    QTest::newRow("utf8 surrogate") << QByteArray("ab\xED\xA0\x80\n") << Code::InvalidUtf8 << qint64(1) << qint64(3)
                                    << 0;
    QTest::newRow("truncated utf8 at eof")
        << QByteArray("a\n\xE5\x90") << Code::InvalidUtf8 << qint64(2) << qint64(1) << 1;
    QTest::newRow("invalid utf8 inside quotes after newline")
        << QByteArray("\"a\nb\xFF\"\n") << Code::InvalidUtf8 << qint64(2) << qint64(2) << 0;
    QTest::newRow("odd utf16 byte count") << QByteArray("\xFF\xFE"
                                                        "a\0\n\0b",
                                                        7)
                                          << Code::InvalidUtf16 << qint64(2) << qint64(1) << 1;
    QTest::newRow("lone utf16 surrogate") << QByteArray("\xFF\xFE"
                                                        "a\0\n\0\x00\xDC"
                                                        "b\0",
                                                        10)
                                          << Code::InvalidUtf16 << qint64(2) << qint64(1) << 1;
}

void TestCsvReader::error()
{
    QFETCH(QByteArray, input);
    QFETCH(Code, code);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(int, recordsBefore);
    for (bool trickle : {false, true}) {
        TricklingDevice device(input);
        const Result result = trickle ? readAll(&device, {}) : readBytes(input);
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.line, line);
        QCOMPARE(result.error.column, column);
        QCOMPARE(result.records.size(), recordsBefore);
        QVERIFY(result.error.message.contains(QString::number(line)));
    }
}

void TestCsvReader::invalidUtf8_rereadAsWindows1252_decodes()
{
    const QByteArray input("name;city;amount\r\nJos\xE9;Caf\xE9 \x80;1.234,50\r\n");
    const Result first = readBytes(input);
    QCOMPARE(first.error.code, Code::InvalidUtf8);

    CsvReader::Options options;
    options.encoding = Encoding::Windows1252;
    const Result second = readBytes(input, options);
    QCOMPARE(second.error.code, Code::None);
    QCOMPARE(second.encoding, Encoding::Windows1252);
    QCOMPARE(second.records.at(1), (QStringList{u"José"_s, u"Café €"_s, u"1.234,50"_s}));
}

void TestCsvReader::recordLine_multilineFields_countsPhysicalLines()
{
    const Result result = readBytes("h1,h2\r\n\"a\r\nb\r\nc\",x\r\n\r\nlast,y\r\n");
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 6}));
}

void TestCsvReader::maxFileBytes_largerFile_refused()
{
    CsvReader::Options options;
    options.maxFileBytes = 10;
    const Result result = readBytes("a,b\n1234567890\n", options);
    QCOMPARE(result.error.code, Code::FileTooLarge);
    QVERIFY(result.records.isEmpty());
    QVERIFY(!result.error.message.isEmpty());
}

void TestCsvReader::maxFileBytes_sequentialDevice_refused()
{
    CsvReader::Options options;
    options.maxFileBytes = 10;
    TricklingDevice device("a,b\n1234567890\n");
    const Result result = readAll(&device, options);
    QCOMPARE(result.error.code, Code::FileTooLarge);
}

void TestCsvReader::readRecord_manyChunks_noRecordLost()
{
    // Several 64 KiB chunks with multi-byte text and quoted line breaks crossing the chunk edges.
    QByteArray input("\xEF\xBB\xBFid,text\r\n");
    Records expected;
    for (int i = 0; i < 20000; ++i) {
        const QString text = i % 7 == 0 ? u"line\r\nbreak \"q\" 😀"_s : u"名前 %1"_s.arg(i);
        expected.append({QString::number(i), text});
        QString quoted = text;
        quoted.replace(u'"', u"\"\""_s);
        input += QByteArray::number(i) + ",\"" + quoted.toUtf8() + "\"\r\n";
    }
    QVERIFY(input.size() > 6 * 64 * 1024);
    const Result result = readBytes(input);
    QCOMPARE(result.error.code, Code::None);
    QCOMPARE(result.records.size(), expected.size() + 1);
    QCOMPARE(result.records.mid(1), expected);
}

void TestCsvReader::field_viewsIntoRecord_matchRecord()
{
    QBuffer buffer;
    buffer.setData("plain,\"quo\"\"ted\",\"x\ny\"\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fieldCount(), 3);
    QCOMPARE(reader.field(0), u"plain");
    QCOMPARE(reader.field(1), u"quo\"ted");
    QCOMPARE(reader.field(2), u"x\ny");
    QVERIFY(!reader.readRecord());
    QVERIFY(reader.atEnd());
    QVERIFY(!reader.hasError());
}

void TestCsvReader::readRecord_limits_reported_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Code>("code");
    QTest::addColumn<qint64>("line");

    // A quote that is never closed swallows the rest of the file: the record limit stops it.
    QByteArray runaway = "a,b\n1,\"";
    for (int i = 0; i < 20000; ++i)
        runaway += "filler text, more filler\n";
    QTest::newRow("record too long") << runaway << Code::RecordTooLong << qint64(2);
    QTest::newRow("too many fields") << QByteArray("a\n" + QByteArray(40, ',') + "\n") << Code::TooManyFields
                                     << qint64(2);
}

void TestCsvReader::readRecord_limits_reported()
{
    QFETCH(QByteArray, input);
    QFETCH(Code, code);
    QFETCH(qint64, line);
    CsvReader::Options options;
    options.maxRecordChars = 100000;
    options.maxFields = 32;
    options.delimiter = u',';
    const Result result = readBytes(input, options);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.records.size(), 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
void TestCsvReader::readRecord_randomRecords_matchWrittenOnes_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("trickle");
    QTest::newRow("comma") << QChar(u',') << false;
    QTest::newRow("semicolon") << QChar(u';') << false;
    QTest::newRow("tab") << QChar(u'\t') << false;
    QTest::newRow("comma, one byte per read") << QChar(u',') << true;
}

// Random records (delimiters, quotes, CR, LF, non-ASCII and long fields that span several
// eight-unit blocks of the fast split), quoted where RFC 4180 requires it and ended by random
// line ends: the reader must give back exactly the records written, whichever path parsed them.
void TestCsvReader::readRecord_randomRecords_matchWrittenOnes()
{
    QFETCH(QChar, delimiter);
    QFETCH(bool, trickle);
    QRandomGenerator random(20261125);
    const QString alphabet = u"abcXYZ019 .-+'\"\r\n,;\t|é名😀"_s;
    const QStringList lineEnds = {u"\r\n"_s, u"\n"_s, u"\r"_s};
    Records written;
    QString text;
    const int count = trickle ? 300 : 3000;
    for (int r = 0; r < count; ++r) {
        QStringList record;
        const int fields = 1 + int(random.bounded(20));
        for (int f = 0; f < fields; ++f) {
            QString field;
            const int length = random.bounded(4) == 0 ? 0 : int(random.bounded(random.bounded(5) == 0 ? 40 : 10));
            for (int i = 0; i < length; ++i) {
                // Plain letters most of the time, so that most records take the fast path.
                const qsizetype pick = random.bounded(10) < 8 ? random.bounded(6) : random.bounded(alphabet.size());
                QChar c = alphabet.at(pick);
                if (c.isHighSurrogate() || c.isLowSurrogate()) {
                    field += u"😀"_s;
                    continue;
                }
                field += c;
            }
            record.append(field);
        }
        if (record.size() == 1 && record.front().isEmpty())
            record.front() = u"x"_s; // a lone empty field is a blank line, which the reader skips
        written.append(record);
        for (qsizetype f = 0; f < record.size(); ++f) {
            if (f > 0)
                text += delimiter;
            const QString &field = record.at(f);
            const bool quote =
                field.contains(delimiter) || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
            if (quote)
                text += u'"' + QString(field).replace(u'"', u"\"\""_s) + u'"';
            else
                text += field;
        }
        text += lineEnds.at(random.bounded(lineEnds.size()));
    }
    CsvReader::Options options;
    options.delimiter = delimiter;
    Result result;
    if (trickle) {
        TricklingDevice device(text.toUtf8());
        result = readAll(&device, options);
    } else {
        result = readBytes(text.toUtf8(), options);
    }
    QCOMPARE(result.error.code, Code::None);
    QCOMPARE(result.records.size(), written.size());
    for (qsizetype r = 0; r < written.size(); ++r) {
        if (result.records.at(r) != written.at(r))
            QFAIL(qPrintable(u"record %1 differs: %2 instead of %3"_s.arg(r).arg(result.records.at(r).join(u'|'),
                                                                                 written.at(r).join(u'|'))));
    }
}

#include "tst_csvreader.moc"
