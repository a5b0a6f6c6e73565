// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/recipientimporter.h"
#include "domain/batch.h"
#include "zipwriter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Qt::StringLiterals;

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

const ImportIssue *findIssue(const ImportIssues &issues, const QString &code, qint64 row)
{
    for (const ImportIssue &issue : issues) {
        if (issue.code == code && issue.row == row)
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

// Debian's interpreter, which has python3-openpyxl: another python3 may come first on PATH.
bool runPython(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LESSPAY_PYTHON3), QStringList{script} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

class TestXlsxRecipientImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importInto_openpyxlWorkbook_everyDamagedCellNamed();
    void importInto_excelNoise_readAsShownAndReported();
    void importInto_parallelAndSerial_sameIssues();
    void readHeader_chosenSheet_readsThatSheet();
    void readHeader_brokenWorkbook_oneIssueNothingImported();
    void readHeader_legacyOrEncryptedWorkbook_saysWhatToSave();

private:
    QTemporaryDir m_dir;
    QString m_typed;
};

void TestXlsxRecipientImporter::initTestCase()
{
    m_typed = m_dir.filePath(u"typed.xlsx"_s);
    QVERIFY(runPython(QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/xlsx/openpyxl_typed_workbook.py"), {m_typed}));
}

void TestXlsxRecipientImporter::importInto_openpyxlWorkbook_everyDamagedCellNamed()
{
    QFile file(m_typed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RecipientImporter importer(validator());
    QVERIFY(importer.readHeader(&file));
    QVERIFY(importer.isWorkbook());
    QCOMPARE(importer.sheetNames(), (QStringList{u"Instructions"_s, u"Payouts"_s}));
    QCOMPARE(importer.sheet(), 1); // the instructions sheet has no header: the payouts sheet is proposed
    QVERIFY(importer.unmappedColumns().isEmpty());
    Batch batch(validator(), header(u"PHP"_s));
    QVERIFY2(importer.importInto(batch), qPrintable(describe(importer.issues())));
    QCOMPARE(batch.size(), 9);
    QCOMPARE(importer.skippedEmptyRows(), 0); // the blank row 10 never reaches the mapper
    const ImportIssues &issues = importer.issues();

    QVERIFY2(!findIssue(issues, u"workbook.number_cell"_s, 2), qPrintable(describe(issues)));
    QCOMPARE(batch.detail(0).value(Field::BankAccountNo), u"001234567890"_s);
    QCOMPARE(batch.detail(0).amount(), u"1500.00"_s);

    const ImportIssue *number = findIssue(issues, u"workbook.number_cell"_s, 3);
    QVERIFY2(number, qPrintable(describe(issues)));
    QCOMPARE(number->column, 5);
    QCOMPARE(number->header, u"bank_account_no"_s);
    QVERIFY(!number->isError());
    QCOMPARE(batch.detail(1).amount(), u"250.00"_s); // a number where an amount belongs is fine

    QCOMPARE(batch.detail(2).amount(), u"1500.10"_s);

    const ImportIssue *lost = findIssue(issues, u"workbook.precision_lost"_s, 5);
    QVERIFY(lost);
    QVERIFY(lost->isError());
    QCOMPARE(lost->column, 5);

    const ImportIssue *date = findIssue(issues, u"workbook.date_cell"_s, 6);
    QVERIFY(date);
    QVERIFY(date->isError());
    QCOMPARE(date->column, 2);
    QVERIFY(batch.detail(4).amount() != u"46025.00"_s); // never read as an amount (the serial)

    const ImportIssue *currency = findIssue(issues, u"workbook.currency_format"_s, 7);
    QVERIFY(currency);
    QCOMPARE(batch.detail(5).amount(), u"75.50"_s);

    const ImportIssue *formula = findIssue(issues, u"workbook.formula_without_value"_s, 8);
    QVERIFY(formula);
    QVERIFY(formula->isError());
    QCOMPARE(formula->column, 1);
    QVERIFY(batch.detail(6).value(Field::MchOrderId).isEmpty()); // never 0

    const ImportIssue *phone = findIssue(issues, u"workbook.number_cell"_s, 9);
    QVERIFY(phone);
    QCOMPARE(phone->column, 11);
    QCOMPARE(batch.detail(7).value(Field::WalletAccountNumber), u"639171234567"_s);

    QVERIFY(!findIssue(issues, u"workbook.number_cell"_s, 11));
    QCOMPARE(batch.detail(8).value(Field::MchOrderId), u"D0011"_s);
    // The row numbers are the sheet's: the blank row 10 is skipped, not renumbered.
    for (const ImportIssue &issue : issues)
        QVERIFY(issue.row != 10 && issue.row != 1);
}

// Excel saves a double with 17 significant digits: 1499.9 + 0.2 is stored as 1500.1000000000001.
void TestXlsxRecipientImporter::importInto_excelNoise_readAsShownAndReported()
{
    const QString path = m_dir.filePath(u"noise.xlsx"_s);
    QVERIFY(Lesspay::Test::ZipWriter::writeWorkbook(
        path, {"<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mch_order_id</t></is></c>"
               "<c r=\"B1\" t=\"inlineStr\"><is><t>amount</t></is></c></row>"
               "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>D1</t></is></c><c r=\"B2\">"
               "<f>1499.9+0.2</f><v>1500.1000000000001</v></c></row></sheetData>"}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RecipientImporter importer(validator());
    QVERIFY(importer.readHeader(&file));
    Batch batch(validator(), header(u"PHP"_s));
    QVERIFY(importer.importInto(batch));
    QCOMPARE(batch.detail(0).amount(), u"1500.10"_s);
    const ImportIssue *noise = findIssue(importer.issues(), u"workbook.float_noise"_s, 2);
    QVERIFY2(noise, qPrintable(describe(importer.issues())));
    QCOMPARE(noise->column, 2);
    QVERIFY(!noise->isError());
    QVERIFY(noise->message.contains(u"1500.1"_s));
}

void TestXlsxRecipientImporter::importInto_parallelAndSerial_sameIssues()
{
    ImportIssues found[2];
    for (int parallel = 0; parallel < 2; ++parallel) {
        QFile file(m_typed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        RecipientImporter::Options options;
        options.parallel = parallel == 1;
        RecipientImporter importer(validator(), options);
        QVERIFY(importer.readHeader(&file));
        Batch batch(validator(), header(u"PHP"_s));
        QVERIFY(importer.importInto(batch));
        found[parallel] = importer.issues();
    }
    QCOMPARE(found[0], found[1]);
}

void TestXlsxRecipientImporter::readHeader_chosenSheet_readsThatSheet()
{
    QFile file(m_typed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RecipientImporter::Options options;
    options.sheet = 0;
    RecipientImporter importer(validator(), options);
    QVERIFY(importer.readHeader(&file));
    QCOMPARE(importer.sheet(), 0);
    QCOMPARE(importer.headers(), QStringList{u"Fill the Payouts sheet, one payout per row."_s});
}

void TestXlsxRecipientImporter::readHeader_brokenWorkbook_oneIssueNothingImported()
{
    QFile original(m_typed);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes.truncate(bytes.size() / 2); // the central directory is at the end
    const QString path = m_dir.filePath(u"cut.xlsx"_s);
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes);
    cut.close();
    QVERIFY(cut.open(QIODevice::ReadOnly));
    RecipientImporter importer(validator());
    QVERIFY(!importer.readHeader(&cut));
    QCOMPARE(importer.issues().size(), 1);
    QCOMPARE(importer.readError().code, CsvError::Code::InvalidWorkbook);
    Batch batch(validator(), header(u"PHP"_s));
    QVERIFY(!importer.importInto(batch));
    QCOMPARE(batch.size(), 0);
}

void TestXlsxRecipientImporter::readHeader_legacyOrEncryptedWorkbook_saysWhatToSave()
{
    // Excel 97-2003 workbooks and password-protected .xlsx files are OLE compound files.
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.append(QByteArray(4096, '\0'));
    const QString path = m_dir.filePath(u"old.xls"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    RecipientImporter importer(validator());
    QVERIFY(!importer.readHeader(&file));
    QCOMPARE(importer.issues().size(), 1);
    QCOMPARE(importer.readError().code, CsvError::Code::InvalidWorkbook);
    const QString message = importer.issues().constFirst().message;
    QVERIFY2(message.contains(u"97-2003"_s) && message.contains(u"password"_s) && message.contains(u".xlsx"_s),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestXlsxRecipientImporter)
#include "tst_xlsxrecipientimporter.moc"
