// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/recipientimporter.h"
#include "csv/xlsxexporter.h"
#include "domain/batch.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

bool importFile(const QString &path, Batch &batch, ImportIssues *issues = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    RecipientImporter importer(validator());
    const bool ok = importer.readHeader(&file) && importer.importInto(batch);
    if (issues)
        *issues = importer.issues();
    return ok;
}

bool save(const QString &path, const std::function<bool(QIODevice *)> &write)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && write(&file);
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

// openpyxl's view of a workbook (tests/data/xlsx/openpyxl_inspect.py).
QJsonObject inspect(const QString &path)
{
    return QJsonDocument::fromJson(
               run(QStringLiteral(LESSPAY_PYTHON3),
                   {QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/xlsx/openpyxl_inspect.py"), path}))
        .object();
}

QStringList cell(const QJsonObject &sheet, int row, int column)
{
    const QJsonArray c = sheet.value(u"cells"_s).toArray().at(row).toArray().at(column).toArray();
    return {c.at(0).toString(), c.at(1).toVariant().toString(), c.at(2).toString()};
}

} // namespace

class TestXlsxExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeBatch_readBack_identical();
    void writeBatch_openpyxl_textCellsNumbersFrozenFiltered();
    void writeBatch_xlsx2csv_accountNumbersIntact();
    void writeTemplate_instructionsAndLists();
    void writeResults_failedOnly_importsAsRetry();

private:
    QTemporaryDir m_dir;
    Batch m_batch{validator(), header(u"PHP"_s)};
    QString m_exported;
};

void TestXlsxExporter::initTestCase()
{
    QVERIFY(importFile(QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/csv/canonical.csv"), m_batch));
    QCOMPARE(m_batch.size(), 3);
    m_exported = m_dir.filePath(u"recipients.xlsx"_s);
    QVERIFY(save(m_exported, [&](QIODevice *device) { return XlsxExporter::writeBatch(m_batch, device); }));
}

void TestXlsxExporter::writeBatch_readBack_identical()
{
    Batch back(validator(), header(u"PHP"_s));
    ImportIssues issues;
    QVERIFY(importFile(m_exported, back, &issues));
    QCOMPARE(back.size(), m_batch.size());
    for (int row = 0; row < m_batch.size(); ++row) {
        for (int f = 0; f < FieldCount; ++f)
            QCOMPARE(back.detail(row).value(Field(f)), m_batch.detail(row).value(Field(f)));
    }
    for (const ImportIssue &issue : issues)
        QVERIFY2(!issue.code.startsWith(u"workbook."_s), qPrintable(issue.message)); // no damage of its own
}

void TestXlsxExporter::writeBatch_openpyxl_textCellsNumbersFrozenFiltered()
{
    const QJsonObject book = inspect(m_exported);
    QVERIFY(!book.isEmpty());
    const QJsonObject sheet = book.value(u"Payouts"_s).toObject();
    QCOMPARE(sheet.value(u"freeze"_s).toString(), u"A2"_s);
    QCOMPARE(sheet.value(u"filter"_s).toString(), u"A1:O4"_s);
    QCOMPARE(cell(sheet, 1, int(Field::BankAccountNo)), (QStringList{u"s"_s, u"001234567890"_s, u"@"_s}));
    QCOMPARE(cell(sheet, 1, int(Field::MchOrderId)), (QStringList{u"s"_s, u"D0001"_s, u"@"_s}));
    QCOMPARE(cell(sheet, 2, int(Field::WalletDepositKey)).at(1), m_batch.detail(1).value(Field::WalletDepositKey));
    QCOMPARE(cell(sheet, 1, int(Field::Amount)), (QStringList{u"n"_s, u"1500"_s, u"#,##0.00"_s}));
    QCOMPARE(cell(sheet, 2, int(Field::Amount)), (QStringList{u"n"_s, u"250.5"_s, u"#,##0.00"_s}));
    // The sum sits below the data after an empty row, outside the autofilter's range.
    QCOMPARE(cell(sheet, 5, 0).at(1), u"Total"_s);
    QCOMPARE(cell(sheet, 5, int(Field::Amount)), (QStringList{u"f"_s, u"=SUM(B2:B4)"_s, u"#,##0.00"_s}));
    QVERIFY(sheet.value(u"widths"_s).toObject().value(u"E"_s).toDouble() >= 14);
}

void TestXlsxExporter::writeBatch_xlsx2csv_accountNumbersIntact()
{
    const QString csv = QString::fromUtf8(run(QStringLiteral("/usr/bin/xlsx2csv"), {m_exported}));
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 4, qPrintable(csv));
    QVERIFY(lines.at(0).startsWith(u"mch_order_id,amount,destination_type"_s));
    QVERIFY2(lines.at(1).startsWith(u"D0001,"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u",001234567890,"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(3).contains(u",000000012345,"_s), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(2).contains(u"+639171234567"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(1).section(u',', 1, 2).contains(u"1500"_s), qPrintable(lines.at(1)));
    // The total, as saved with the formula for readers that do not calculate.
    QVERIFY2(lines.last().startsWith(u"Total,"_s) && lines.last().contains(m_batch.totalString().left(4)),
             qPrintable(lines.last()));
}

void TestXlsxExporter::writeTemplate_instructionsAndLists()
{
    const QString path = m_dir.filePath(u"template.xlsx"_s);
    QVERIFY(save(path, [](QIODevice *device) {
        return XlsxExporter::writeTemplate(u"PHP"_s, 2, {u"GCash"_s, u"Maya"_s}, device);
    }));
    const QJsonObject book = inspect(path);
    QCOMPARE(book.keys(), (QStringList{u"Instructions"_s, u"Lists"_s, u"Payouts"_s}));
    QCOMPARE(book.value(u"Lists"_s).toObject().value(u"state"_s).toString(), u"hidden"_s);
    const QJsonArray validations = book.value(u"Payouts"_s).toObject().value(u"validations"_s).toArray();
    QCOMPARE(validations.size(), 5);
    QStringList formulas;
    for (const QJsonValue &v : validations)
        formulas.append(v.toArray().at(0).toString() + u' ' + v.toArray().at(2).toString());
    QVERIFY2(formulas.contains(u"C2:C100001 Lists!$A$2:$A$3"_s), qPrintable(formulas.join(u'|')));
    QVERIFY2(formulas.contains(u"M2:M100001 Lists!$D$2:$D$3"_s), qPrintable(formulas.join(u'|')));
    const QJsonArray lists = book.value(u"Lists"_s).toObject().value(u"cells"_s).toArray();
    QCOMPARE(lists.at(1).toArray().at(3).toArray().at(1).toString(), u"GCash"_s);

    // The template imports as it is: its example rows are valid payouts.
    Batch batch(validator(), header(u"PHP"_s));
    ImportIssues issues;
    QVERIFY(importFile(path, batch, &issues));
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.detail(1).value(Field::WalletAccountNumber), u"09171234567"_s);
    QCOMPARE(batch.errorCount(), 0);
}

void TestXlsxExporter::writeResults_failedOnly_importsAsRetry()
{
    const QList<DetailResult> results{{u"D0001"_s, u"SUCCEED"_s, {}, u"C1"_s},
                                      {u"D0002"_s, u"FAILED"_s, u"Beneficiary account is closed"_s, u"C2"_s}};
    const QString path = m_dir.filePath(u"failed.xlsx"_s);
    QVERIFY(save(path, [&](QIODevice *device) {
        return XlsxExporter::writeResults(m_batch, results, device, RecipientExporter::Rows::FailedOnly);
    }));
    const QJsonObject sheet = inspect(path).value(u"Results"_s).toObject();
    QCOMPARE(cell(sheet, 1, FieldCount).at(1), u"FAILED"_s);
    QCOMPARE(cell(sheet, 1, FieldCount + 1).at(1), u"Beneficiary account is closed"_s);
    Batch retry(validator(), header(u"PHP"_s));
    QVERIFY(importFile(path, retry));
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.detail(0).mchOrderId(), u"D0002"_s);
}

QTEST_GUILESS_MAIN(TestXlsxExporter)
#include "tst_xlsxexporter.moc"
