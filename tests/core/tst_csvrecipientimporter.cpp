// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/columnmappingstore.h"
#include "csv/recipientimporter.h"
#include "domain/batch.h"

#include <QBuffer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Lesspay::Core;
using namespace Qt::StringLiterals;
using Separator = Amount::DecimalSeparator;

namespace {

const DetailValidator &validator()
{
    static const DetailValidator v(ReferenceData::builtin());
    return v;
}

BatchHeader header(const QString &currency)
{
    BatchHeader h;
    h.requestId = RequestId::generate();
    h.currency = currency;
    h.wayType = u"BANK_TRANSFER"_s;
    h.wayCode = u"TAZAPAY_PAYOUT"_s;
    h.notifyUrl = u"https://example.com/notify"_s;
    return h;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/csv/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

struct Run
{
    bool windows1252 = false;
    bool header = false;
    bool imported = false;
    ImportIssues issues;
    QList<int> unmapped;
    CsvError error;
};

Run import(const QByteArray &bytes, Batch &batch, RecipientImporter::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    RecipientImporter importer(validator(), options);
    Run run;
    run.header = importer.readHeader(&buffer);
    run.unmapped = importer.unmappedColumns();
    if (run.header)
        run.imported = importer.importInto(batch);
    run.issues = importer.issues();
    run.error = importer.readError();
    run.windows1252 = importer.suggestsWindows1252();
    return run;
}

const ImportIssue *findIssue(const ImportIssues &issues, const QString &code, qint64 row = -1)
{
    for (const ImportIssue &issue : issues) {
        if (issue.code == code && (row < 0 || issue.row == row))
            return &issue;
    }
    return nullptr;
}

QString describe(const ImportIssues &issues)
{
    QStringList lines;
    for (const ImportIssue &i : issues)
        lines.append(u"row %1 col %2 %3: %4"_s.arg(i.row).arg(i.column).arg(i.code, i.message));
    return lines.join(u'\n');
}

} // namespace

class TestCsvRecipientImporter : public QObject
{
    Q_OBJECT

private slots:
    void importInto_canonicalFile_validRowsKeptAsText();
    void importInto_semicolonDecimalComma_amountsInApiForm();
    void importInto_decimalCommaNotChosen_reportedNotGuessed();
    void readSample_decimalCommaFile_failsWithPointReadsWithComma();
    void importInto_decimalPointAmounts_apiFormOrAsWritten_data();
    void importInto_decimalPointAmounts_apiFormOrAsWritten();
    void importInto_excelMangled_damageReported();
    void importInto_raggedRowsAndDuplicates_reported();
    void importInto_utf16UnicodeText_chineseHeadersMapped();
    void readHeader_windows1252_reportsLineThenRereads();
    void importInto_unterminatedQuote_importsNothing();
    void readHeader_overSizeLimit_refused();
    void readHeader_unknownHeaders_userMappingRemembered();
    void importInto_parallelAndSerial_sameBatch();
    void importInto_readerAheadJudgesRows_sameResultsAsSerial();
    void importInto_emptyFile_noHeader();
    void importInto_progressCanceled_importsNothing_data();
    void importInto_progressCanceled_importsNothing();
};

void TestCsvRecipientImporter::importInto_canonicalFile_validRowsKeptAsText()
{
    Batch batch(validator(), header(u"PHP"_s));
    const Run run = import(fixture("canonical.csv"), batch);
    QVERIFY(run.imported);
    QVERIFY2(run.issues.isEmpty(), qPrintable(describe(run.issues)));
    QVERIFY(run.unmapped.isEmpty());
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.errorCount(), 0);
    QCOMPARE(batch.detail(0).value(Field::BankAccountNo), u"001234567890"_s);
    QCOMPARE(batch.detail(1).value(Field::WalletDepositKey), u"+639171234567"_s); // guard removed
    QCOMPARE(batch.detail(2).value(Field::BankAccountName), u"Santos, Ana \"Annie\""_s);
    QCOMPARE(batch.detail(2).value(Field::BankAccountNo), u"000000012345"_s);
    QCOMPARE(batch.totalString(), u"1850.49"_s);
}

void TestCsvRecipientImporter::readSample_decimalCommaFile_failsWithPointReadsWithComma()
{
    QBuffer buffer;
    buffer.setData(fixture("semicolon_decimal_comma.csv"));
    buffer.open(QIODevice::ReadOnly);
    RecipientImporter importer(validator());
    QVERIFY(importer.readHeader(&buffer));
    const QList<QStringList> sample = importer.readSample(2);
    QCOMPARE(sample.size(), 2);
    QCOMPARE(sample.at(0).size(), importer.headers().size());
    QCOMPARE(sample.at(0).at(7), u"1.234,50"_s);
    const RecipientImporter::SeparatorFit fit = RecipientImporter::separatorFit(sample, 7, 2);
    QCOMPARE(fit.amounts, 2);
    QCOMPARE(fit.point, 0);
    QCOMPARE(fit.comma, 2);
    QVERIFY(fit.failsWith(Separator::Point));
    QVERIFY(!fit.failsWith(Separator::Comma));
    // Amounts that read either way ("10", "1.250") are no reason to say anything.
    const QList<QStringList> plain = {{u"10"_s}, {u"1.250"_s}, {u"7"_s}};
    QVERIFY(!RecipientImporter::separatorFit(plain, 0, 2).failsWith(Separator::Point));
    QVERIFY(!RecipientImporter::separatorFit(plain, 0, 2).failsWith(Separator::Comma));
    QCOMPARE(RecipientImporter::separatorFit(sample, -1, 2).amounts, 0); // no amount column
}

void TestCsvRecipientImporter::importInto_semicolonDecimalComma_amountsInApiForm()
{
    Batch batch(validator(), header(u"PHP"_s));
    RecipientImporter::Options options;
    options.decimalSeparator = Separator::Comma;
    const Run run = import(fixture("semicolon_decimal_comma.csv"), batch, options);
    QVERIFY(run.imported);
    QVERIFY2(run.issues.isEmpty(), qPrintable(describe(run.issues)));
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.detail(0).amount(), u"1234.50"_s);
    QCOMPARE(batch.detail(1).amount(), u"75.00"_s);
    QCOMPARE(batch.detail(2).amount(), u"10.00"_s);
    QCOMPARE(batch.detail(0).destinationType(), PayoutDetail::Bank); // bank-only sheet
    QCOMPARE(batch.detail(1).value(Field::BankAccountNo), u"009876543210"_s);
    QCOMPARE(batch.totalString(), u"1319.50"_s);
}

void TestCsvRecipientImporter::importInto_decimalPointAmounts_apiFormOrAsWritten_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("stored");
    QTest::newRow("api form") << u"PHP"_s << u"1500.25"_s << u"1500.25"_s;
    QTest::newRow("leading zeros kept") << u"PHP"_s << u"007.50"_s << u"007.50"_s;
    QTest::newRow("no decimals") << u"PHP"_s << u"1500"_s << u"1500.00"_s;
    QTest::newRow("one decimal") << u"PHP"_s << u"1500.5"_s << u"1500.50"_s;
    QTest::newRow("grouped") << u"PHP"_s << u"1,500.00"_s << u"1500.00"_s;
    QTest::newRow("too many decimals") << u"PHP"_s << u"1.005"_s << u"1.005"_s;
    QTest::newRow("point without digits") << u"PHP"_s << u"15."_s << u"15."_s;
    QTest::newRow("overflow") << u"PHP"_s << u"99999999999999999999.00"_s << u"99999999999999999999.00"_s;
    QTest::newRow("sign") << u"PHP"_s << u"-5.00"_s << u"-5.00"_s;
    QTest::newRow("IDR (ISO 4217: 2 decimals)") << u"IDR"_s << u"25000"_s << u"25000.00"_s;
    QTest::newRow("no decimals: whole") << u"CLP"_s << u"25000"_s << u"25000"_s;
    QTest::newRow("no decimals: a point") << u"CLP"_s << u"25000.00"_s << u"25000.00"_s;
    QTest::newRow("three decimals") << u"BHD"_s << u"1.250"_s << u"1.250"_s;
    QTest::newRow("three decimals: two written") << u"BHD"_s << u"1.25"_s << u"1.250"_s;
}

// An amount already in the API form is kept exactly as written; another one is converted when
// the chosen decimal point reads it, and kept as written (for the validator to report) when not.
void TestCsvRecipientImporter::importInto_decimalPointAmounts_apiFormOrAsWritten()
{
    QFETCH(QString, currency);
    QFETCH(QString, cell);
    QFETCH(QString, stored);
    Batch batch(validator(), header(currency));
    const QByteArray csv = "mch_order_id,amount,destination_type\r\nA1,\"" + cell.toUtf8() + "\",bank\r\n";
    import(csv, batch);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.detail(0).amount(), stored);
}

void TestCsvRecipientImporter::importInto_decimalCommaNotChosen_reportedNotGuessed()
{
    Batch batch(validator(), header(u"PHP"_s));
    const Run run = import(fixture("semicolon_decimal_comma.csv"), batch);
    QVERIFY(run.imported);
    QCOMPARE(batch.detail(0).amount(), u"1.234,50"_s); // as written, not reinterpreted
    QCOMPARE(batch.detail(1).amount(), u"75,00"_s);
    const ImportIssue *issue = nullptr;
    for (const ImportIssue &i : run.issues) {
        if (i.row == 2 && i.column == 8 && i.isError())
            issue = &i;
    }
    QVERIFY2(issue, qPrintable(describe(run.issues)));
    QCOMPARE(issue->header, u"Amount (PHP)"_s);
    QCOMPARE(issue->batchRow, 0);
    QVERIFY(issue->code.startsWith(u"amount."));
    QCOMPARE(batch.detail(2).amount(), u"10.00"_s);
}

void TestCsvRecipientImporter::importInto_excelMangled_damageReported()
{
    Batch batch(validator(), header(u"PHP"_s));
    const Run run = import(fixture("excel_mangled.csv"), batch);
    QVERIFY(run.imported);
    QCOMPARE(batch.size(), 4);
    const ImportIssue *scientific = findIssue(run.issues, u"spreadsheet.scientific_notation"_s);
    QVERIFY2(scientific, qPrintable(describe(run.issues)));
    QCOMPARE(scientific->row, 2);
    QCOMPARE(scientific->column, 5);
    QCOMPARE(scientific->header, u"bank_account_no"_s);
    const ImportIssue *date = findIssue(run.issues, u"spreadsheet.date"_s);
    QVERIFY(date);
    QCOMPARE(date->row, 3);
    QCOMPARE(date->column, 2);
    const ImportIssue *zero = findIssue(run.issues, u"spreadsheet.leading_zero"_s);
    QVERIFY(zero);
    QCOMPARE(zero->row, 4);
    QCOMPARE(zero->column, 11);
    QVERIFY(!zero->isError());
    // Nothing repaired: the damaged text is what the batch holds.
    QCOMPARE(batch.detail(0).value(Field::BankAccountNo), u"1.23457E+11"_s);
    QCOMPARE(batch.detail(2).value(Field::WalletAccountNumber), u"9171234567"_s);
    QVERIFY(!findIssue(run.issues, u"spreadsheet.scientific_notation"_s, 5));
    QVERIFY(batch.issues(3).isEmpty());
}

void TestCsvRecipientImporter::importInto_raggedRowsAndDuplicates_reported()
{
    Batch batch(validator(), header(u"PHP"_s));
    const Run run = import(fixture("ragged_duplicates.csv"), batch);
    QVERIFY(run.imported);
    QCOMPARE(batch.size(), 3); // the all-empty row is skipped
    const ImportIssue *extra = findIssue(run.issues, u"csv.extra_cells"_s);
    QVERIFY2(extra, qPrintable(describe(run.issues)));
    QCOMPARE(extra->row, 4);
    QCOMPARE(extra->column, 16);
    QCOMPARE(extra->line, 5);
    QVERIFY(!findIssue(run.issues, u"csv.extra_cells"_s, 2)); // a trailing delimiter is no data
    const ImportIssue *missing = findIssue(run.issues, u"csv.missing_cells"_s);
    QVERIFY(missing);
    QCOMPARE(missing->row, 5);
    QVERIFY(!missing->isError());
    const ImportIssue *first = findIssue(run.issues, u"mch_order_id.duplicate"_s, 2);
    const ImportIssue *second = findIssue(run.issues, u"mch_order_id.duplicate"_s, 5);
    QVERIFY2(first && second, qPrintable(describe(run.issues)));
    QCOMPARE(first->column, 1);
    QCOMPARE(second->batchRow, 2);
    QVERIFY(batch.isDuplicate(0));
    QVERIFY(!batch.isSendable());
}

void TestCsvRecipientImporter::importInto_utf16UnicodeText_chineseHeadersMapped()
{
    BatchHeader h = header(u"CNY"_s);
    Batch batch(validator(), h);
    QBuffer buffer;
    buffer.setData(fixture("utf16le_unicode_text.txt"));
    buffer.open(QIODevice::ReadOnly);
    RecipientImporter importer(validator());
    QVERIFY(importer.readHeader(&buffer));
    QCOMPARE(importer.encoding(), CsvReader::Encoding::Utf16LE);
    QCOMPARE(importer.delimiter(), QChar(u'\t'));
    QVERIFY(importer.unmappedColumns().isEmpty());
    QVERIFY(importer.importInto(batch));
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.detail(0).value(Field::BankAccountName), u"张伟"_s);
    QCOMPARE(batch.detail(1).amount(), u"2500.50"_s);
    QCOMPARE(batch.detail(1).value(Field::BankAccountNo), u"0012345678901234"_s);
    QCOMPARE(batch.detail(0).destinationType(), PayoutDetail::Bank);
}

void TestCsvRecipientImporter::readHeader_windows1252_reportsLineThenRereads()
{
    Batch batch(validator(), header(u"BRL"_s));
    const Run first = import(fixture("windows1252.csv"), batch);
    QVERIFY(first.header);
    QVERIFY(!first.imported);
    QCOMPARE(first.error.code, CsvError::Code::InvalidUtf8);
    QCOMPARE(first.error.line, 2);
    QCOMPARE(first.error.column, 18); // the é of José
    QVERIFY(first.error.message.contains(u"Windows-1252"));
    QVERIFY(first.windows1252);
    QCOMPARE(batch.size(), 0);

    RecipientImporter::Options options;
    options.encoding = CsvReader::Encoding::Windows1252;
    options.decimalSeparator = Separator::Comma;
    const Run second = import(fixture("windows1252.csv"), batch, options);
    QVERIFY(second.imported);
    QVERIFY(!second.windows1252);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.detail(0).value(Field::BankAccountName), u"José Muñoz"_s);
    QCOMPARE(batch.detail(0).value(Field::BankName), u"Banco do Brasil €"_s);
    QCOMPARE(batch.detail(0).amount(), u"10.00"_s);
}

void TestCsvRecipientImporter::importInto_unterminatedQuote_importsNothing()
{
    Batch batch(validator(), header(u"PHP"_s));
    QByteArray bytes = fixture("canonical.csv");
    bytes += "D0004,1.00,bank,\"Never closed,001,individual,BDO Unibank,PH,BNORPHMM,,,,,,\r\n";
    const Run run = import(bytes, batch);
    QVERIFY(run.header);
    QVERIFY(!run.imported);
    QCOMPARE(batch.size(), 0);
    QCOMPARE(run.error.code, CsvError::Code::UnterminatedQuote);
    QCOMPARE(run.error.line, 5);
    QCOMPARE(run.error.column, 17);
    const ImportIssue *issue = findIssue(run.issues, u"csv.read_error"_s);
    QVERIFY(issue);
    QCOMPARE(issue->line, 5);
}

void TestCsvRecipientImporter::readHeader_overSizeLimit_refused()
{
    Batch batch(validator(), header(u"PHP"_s));
    RecipientImporter::Options options;
    options.maxFileBytes = 100;
    const Run run = import(fixture("canonical.csv"), batch, options);
    QVERIFY(!run.header);
    QCOMPARE(run.error.code, CsvError::Code::FileTooLarge);
    QCOMPARE(run.issues.size(), 1);
    QVERIFY(run.issues.at(0).message.contains(u"limit"));
}

void TestCsvRecipientImporter::readHeader_unknownHeaders_userMappingRemembered()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ColumnMappingStore store(settings);
    const QByteArray bytes = "Kode,Penerima Dana,Rek,Notes,Bank,SWIFT,Country,Amount,Account type\n"
                             "K1,Juan Dela Cruz,001234567890,first,BDO Unibank,BNORPHMM,PH,10.00,individual\n";
    const RecipientImporter::Mapping wanted{Field::MchOrderId,      Field::BankAccountName, Field::BankAccountNo,
                                            std::nullopt,           Field::BankName,        Field::BankSwiftCode,
                                            Field::BankCountryCode, Field::Amount,          Field::BankAccountType};
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        RecipientImporter importer(validator());
        QVERIFY(importer.readHeader(&buffer));
        QCOMPARE(importer.unmappedColumns(), (QList<int>{0, 1, 2, 3}));
        QVERIFY(importer.missingFields().contains(Field::MchOrderId));
        QVERIFY(!store.mapping(importer.headers()));
        importer.setColumnField(0, Field::MchOrderId);
        importer.setColumnField(1, Field::BankAccountName);
        importer.setColumnField(2, Field::BankAccountNo);
        importer.setColumnField(3, Field::BankName); // already taken by column 4: refused
        QCOMPARE(importer.mapping(), wanted);
        QCOMPARE(importer.unmappedColumns(), (QList<int>{3}));
        store.remember(importer.headers(), {importer.mapping(), Amount::DecimalSeparator::Point});
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    RecipientImporter importer(validator());
    QVERIFY(importer.readHeader(&buffer));
    const std::optional<ColumnMappingStore::ImportMapping> stored = store.mapping(importer.headers());
    QVERIFY(stored);
    importer.setMapping(stored->columns);
    QCOMPARE(importer.mapping(), wanted);
    Batch batch(validator(), header(u"PHP"_s));
    QVERIFY(importer.importInto(batch));
    QVERIFY2(importer.issues().isEmpty(), qPrintable(describe(importer.issues())));
    QCOMPARE(batch.detail(0).mchOrderId(), u"K1"_s);
    QCOMPARE(batch.detail(0).value(Field::BankAccountNo), u"001234567890"_s);
}

void TestCsvRecipientImporter::importInto_parallelAndSerial_sameBatch()
{
    QByteArray bytes = fixture("canonical.csv");
    for (int i = 0; i < 5000; ++i) {
        bytes += "P" + QByteArray::number(i) + ",1." + QByteArray::number(i % 100).rightJustified(2, '0')
                 + ",bank,Name " + QByteArray::number(i) + ",00" + QByteArray::number(100000000 + i)
                 + ",individual,BDO Unibank,PH,BNORPHMM,,,,,,\r\n";
        if (i % 997 == 0)
            bytes += "P1,oops,bank\r\n";
    }
    Batch serial(validator(), header(u"PHP"_s));
    Batch parallel(validator(), header(u"PHP"_s));
    RecipientImporter::Options options;
    options.parallel = false;
    const Run a = import(bytes, serial, options);
    options.parallel = true;
    const Run b = import(bytes, parallel, options);
    QVERIFY(a.imported && b.imported);
    QCOMPARE(serial.size(), 3 + 5000 + 6);
    QCOMPARE(parallel.size(), serial.size());
    for (int row = 0; row < serial.size(); ++row)
        QCOMPARE(parallel.detail(row), serial.detail(row));
    QCOMPARE(b.issues, a.issues);
    QVERIFY(findIssue(a.issues, u"mch_order_id.duplicate"_s));
    QCOMPARE(serial.totalString(), parallel.totalString());
}

void TestCsvRecipientImporter::importInto_readerAheadJudgesRows_sameResultsAsSerial()
{
    // Enough rows for the reading thread to fill its queue while the first progress call holds
    // the batch thread: it then judges rows of queued chunks, which must change nothing.
    QByteArray bytes = fixture("canonical.csv");
    for (int i = 0; i < 40000; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray id = "Q" + QByteArray::number(i % 9973 == 0 ? 7 : i);
        if (i % 3 == 0) {
            bytes += id + ",1" + n + ".5,ewallet,,,,,,,Ana " + n + ",09" + n.rightJustified(9, '1')
                     + ",individual,GCash,phone," + (i % 7 == 0 ? "+63980" : "+63917") + n.rightJustified(7, '0')
                     + "\r\n";
        } else {
            bytes += id + ",1." + QByteArray::number(i % 100).rightJustified(2, '0') + ",bank,Name " + n + ",00"
                     + QByteArray::number(100000000 + i) + ",individual,BDO Unibank,PH,"
                     + (i % 11 == 0 ? "BNORPHM" : "BNORPHMM") + ",,,,,,\r\n";
        }
    }
    Batch serial(validator(), header(u"PHP"_s));
    Batch parallel(validator(), header(u"PHP"_s));
    RecipientImporter::Options options;
    options.parallel = false;
    const Run a = import(bytes, serial, options);
    bool first = true;
    options.parallel = true;
    options.progress = [&first](qint64) {
        if (std::exchange(first, false))
            QTest::qSleep(50);
        return true;
    };
    const Run b = import(bytes, parallel, options);
    QVERIFY(a.imported && b.imported);
    QCOMPARE(serial.size(), 3 + 40000);
    QCOMPARE(parallel.size(), serial.size());
    for (int row = 0; row < serial.size(); ++row)
        QCOMPARE(parallel.detail(row), serial.detail(row));
    QCOMPARE(b.issues, a.issues);
    QVERIFY(findIssue(a.issues, u"mch_order_id.duplicate"_s));
    QVERIFY(serial.errorCount() > 0 && serial.warningCount() > 0);
    QCOMPARE(parallel.errorCount(), serial.errorCount());
    QCOMPARE(parallel.warningCount(), serial.warningCount());
    QCOMPARE(parallel.rowsWithErrors(), serial.rowsWithErrors());
    QCOMPARE(parallel.invalidAmountCount(), serial.invalidAmountCount());
    QCOMPARE(parallel.totalString(), serial.totalString());
}

void TestCsvRecipientImporter::importInto_emptyFile_noHeader()
{
    Batch batch(validator(), header(u"PHP"_s));
    const Run run = import(QByteArray("\xEF\xBB\xBF\r\n\r\n"), batch);
    QVERIFY(!run.header);
    QCOMPARE(run.issues.size(), 1);
    QCOMPARE(run.issues.at(0).code, u"csv.no_header"_s);
}

void TestCsvRecipientImporter::importInto_progressCanceled_importsNothing_data()
{
    QTest::addColumn<bool>("parallel");
    QTest::newRow("serial") << false;
    QTest::newRow("parallel") << true;
}

void TestCsvRecipientImporter::importInto_progressCanceled_importsNothing()
{
    QFETCH(bool, parallel);
    QByteArray bytes = fixture("canonical.csv");
    for (int i = 0; i < 5000; ++i)
        bytes += "P" + QByteArray::number(i) + ",1.00,bank,Name,001234567890,individual,BDO Unibank,PH,BNORPHMM\r\n";
    QList<qint64> seen;
    RecipientImporter::Options options;
    options.parallel = parallel;
    options.progress = [&seen](qint64 bytesRead) {
        seen.append(bytesRead);
        return seen.size() < 3;
    };
    Batch batch(validator(), header(u"PHP"_s));
    batch.append(PayoutDetail()); // rows already there stay
    const Run run = import(bytes, batch, options);
    QVERIFY(run.header);
    QVERIFY(!run.imported);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(seen.size(), 3);
    QVERIFY(seen.at(0) > 0 && seen.at(0) <= seen.at(1) && seen.at(1) <= seen.at(2));
    QVERIFY(findIssue(run.issues, u"csv.canceled"_s));

    options.progress = [](qint64) { return true; };
    Batch full(validator(), header(u"PHP"_s));
    QVERIFY(import(bytes, full, options).imported);
    QCOMPARE(full.size(), 5003);
}

QTEST_GUILESS_MAIN(TestCsvRecipientImporter)
#include "tst_csvrecipientimporter.moc"
