// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "csv/recipientexporter.h"
#include "csv/recipientimporter.h"
#include "domain/batch.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Lesspay::Core;
using namespace Qt::StringLiterals;

namespace {

const DetailValidator &validator()
{
    static const DetailValidator v(ReferenceData::builtin());
    return v;
}

BatchHeader phpHeader()
{
    BatchHeader h;
    h.requestId = RequestId::generate();
    h.currency = u"PHP"_s;
    return h;
}

QByteArray exportBatch(const Batch &batch)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!RecipientExporter::writeBatch(batch, &buffer))
        qFatal("export failed");
    return buffer.data();
}

bool importBytes(const QByteArray &bytes, Batch &batch, ImportIssues *issues = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    RecipientImporter importer(validator());
    const bool ok = importer.readHeader(&buffer) && importer.importInto(batch);
    if (issues)
        *issues = importer.issues();
    return ok;
}

QList<QStringList> readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    while (reader.readRecord())
        records.append(reader.record());
    return records;
}

PayoutDetail bankRow(const QString &id, const QString &amount)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, u"Juan Dela Cruz"_s);
    d.setValue(Field::BankAccountNo, u"001234567890"_s);
    d.setValue(Field::BankAccountType, u"individual"_s);
    d.setValue(Field::BankName, u"BDO Unibank"_s);
    d.setValue(Field::BankCountryCode, u"PH"_s);
    d.setValue(Field::BankSwiftCode, u"BNORPHMM"_s);
    return d;
}

// Text that has broken CSV tools: bidi controls, emoji and ZWJ sequences, combining marks,
// NUL, CJK, quotes and separators, line breaks of every kind, and cells a spreadsheet runs.
const QStringList &hostilePieces()
{
    static const QStringList pieces{
        u"\u200F\u05E9\u05DC\u05D5\u05DD"_s, // RLM + Hebrew
        u"\u202Eevil\u202C"_s,               // right-to-left override
        u"😀"_s,
        u"👩‍👩‍👧‍👦"_s,
        u"e\u0301\u0302\u0303"_s, // stacked combining marks
        u"a\0b"_s,
        u"名前テスト"_s,
        u"مرحبا"_s,
        u"\"quoted\""_s,
        u","_s,
        u";"_s,
        u"|"_s,
        u"\r\n"_s,
        u"\n"_s,
        u"\r"_s,
        u"\t"_s,
        u"  "_s,
        u"=1+2"_s,
        u"+639171234567"_s,
        u"-5"_s,
        u"@SUM(A1)"_s,
        u"'=HYPERLINK(\"http://x\")"_s,
        u"''+1"_s,
        u" =cmd|' /C calc'!A0"_s,
        u"\t=1"_s,
        u"\r=1"_s,
        u"'Ohana"_s,
        u"a\uFEFF"_s,
        u"\uFEFF\uFEFFx"_s, // leading byte order marks must survive the Batch's UTF-8 storage
        u"\u00A0"_s,
        u"\U0001F3F3\uFE0F\u200D\U0001F308"_s,
        u"Ω≈ç√∫"_s,
        u"0012"_s,
    };
    return pieces;
}

QString hostileText(QRandomGenerator &random)
{
    QString text;
    const int parts = int(random.bounded(4));
    for (int i = 0; i < parts; ++i)
        text += hostilePieces().at(int(random.bounded(int(hostilePieces().size()))));
    return text;
}

} // namespace

class TestCsvRecipientExporter : public QObject
{
    Q_OBJECT

private slots:
    void writeBatch_canonicalBytes();
    void writeTemplate_importsWithoutErrors();
    void writeResults_joinedByOrderId();
    void writeResults_failedOnly_importsAgain();
    void writeIssues_reportColumns();
    void roundTrip_10000HostileRows_identical();
};

void TestCsvRecipientExporter::writeBatch_canonicalBytes()
{
    Batch batch(validator(), phpHeader());
    PayoutDetail wallet;
    wallet.setValue(Field::MchOrderId, u"W1"_s);
    wallet.setValue(Field::Amount, u"5.00"_s);
    wallet.setValue(Field::DestinationType, PayoutDetail::EWallet);
    wallet.setValue(Field::WalletAccountName, u"Ana, \"Annie\""_s);
    wallet.setValue(Field::WalletDepositKey, u"+639171234567"_s);
    batch.append(wallet);
    const QByteArray bytes = exportBatch(batch);
    QCOMPARE(bytes,
             QByteArray("\xEF\xBB\xBFmch_order_id,amount,destination_type,bank_account_name,bank_account_no,"
                        "bank_account_type,bank_name,bank_country_code,bank_swift_code,e_wallet.account_name,"
                        "e_wallet.account_number,e_wallet.account_type,e_wallet.provider,e_wallet.deposit_key_type,"
                        "e_wallet.deposit_key\r\n"
                        "W1,5.00,ewallet,,,,,,,\"Ana, \"\"Annie\"\"\",,,,,'+639171234567\r\n"));
}

void TestCsvRecipientExporter::writeTemplate_importsWithoutErrors()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(RecipientExporter::writeTemplate(&buffer));
    const QList<QStringList> records = readAll(buffer.data());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), RecipientExporter::canonicalHeader());

    Batch batch(validator(), phpHeader());
    ImportIssues issues;
    QVERIFY(importBytes(buffer.data(), batch, &issues));
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.errorCount(), 0);
    QCOMPARE(batch.detail(1).value(Field::WalletDepositKey), u"+639171234567"_s);
    QCOMPARE(batch.detail(0).value(Field::BankAccountNo), u"001234567890"_s);
}

void TestCsvRecipientExporter::writeResults_joinedByOrderId()
{
    Batch batch(validator(), phpHeader());
    batch.append(bankRow(u"A"_s, u"1.00"_s));
    batch.append(bankRow(u"B"_s, u"2.00"_s));
    batch.append(bankRow(u"C"_s, u"3.00"_s));
    const QList<DetailResult> results{{u"C"_s, u"FAILED"_s, u"=account closed"_s, QString()},
                                      {u"A"_s, u"SUCCEED"_s, QString(), u"CH-1"_s}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(RecipientExporter::writeResults(batch, results, &buffer));
    const QList<QStringList> records = readAll(buffer.data());
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), RecipientExporter::resultsHeader());
    QCOMPARE(records.at(1).mid(FieldCount), (QStringList{u"SUCCEED"_s, QString(), u"CH-1"_s}));
    QCOMPARE(records.at(2).mid(FieldCount), (QStringList{QString(), QString(), QString()}));
    QCOMPARE(records.at(3).mid(FieldCount), (QStringList{u"FAILED"_s, u"'=account closed"_s, QString()}));
    QCOMPARE(records.at(3).at(0), u"C"_s);
}

void TestCsvRecipientExporter::writeResults_failedOnly_importsAgain()
{
    Batch batch(validator(), phpHeader());
    batch.append(bankRow(u"A"_s, u"1.00"_s));
    batch.append(bankRow(u"B"_s, u"2.00"_s));
    batch.append(bankRow(u"C"_s, u"3.00"_s));
    const QList<DetailResult> results{{u"A"_s, u"FAILED"_s, u"closed"_s, QString()},
                                      {u"B"_s, u"SUCCESS"_s, QString(), QString()},
                                      {u"C"_s, u"failed"_s, u"limit"_s, QString()}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(RecipientExporter::writeResults(batch, results, &buffer, RecipientExporter::Rows::FailedOnly));

    Batch retry(validator(), phpHeader());
    ImportIssues issues;
    QVERIFY(importBytes(buffer.data(), retry, &issues));
    QVERIFY(issues.isEmpty()); // the result columns are known and skipped
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.detail(0), batch.detail(0));
    QCOMPARE(retry.detail(1), batch.detail(2));
}

void TestCsvRecipientExporter::writeIssues_reportColumns()
{
    ImportIssue issue;
    issue.row = 4;
    issue.line = 5;
    issue.column = 2;
    issue.header = u"Amount"_s;
    issue.code = u"amount.grouping"_s;
    issue.message = u"-bad, \"very\""_s;
    ImportIssue warning;
    warning.severity = ValidationIssue::Severity::Warning;
    warning.code = u"csv.no_header"_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(RecipientExporter::writeIssues({issue, warning}, &buffer));
    const QList<QStringList> records = readAll(buffer.data());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0),
             (QStringList{u"row"_s, u"line"_s, u"column"_s, u"header"_s, u"severity"_s, u"code"_s, u"message"_s}));
    QCOMPARE(records.at(1), (QStringList{u"4"_s, u"5"_s, u"2"_s, u"Amount"_s, u"error"_s, u"amount.grouping"_s,
                                         u"'-bad, \"very\""_s}));
    QCOMPARE(records.at(2),
             (QStringList{QString(), QString(), QString(), QString(), u"warning"_s, u"csv.no_header"_s, QString()}));
}

void TestCsvRecipientExporter::roundTrip_10000HostileRows_identical()
{
    QRandomGenerator random(20260401);
    Batch original(validator(), phpHeader());
    original.reserve(10000);
    for (int row = 0; row < 10000; ++row) {
        PayoutDetail detail;
        for (int f = 0; f < FieldCount; ++f)
            detail.setValue(Field(f), hostileText(random));
        // Unique and never blank, so that no row is skipped as empty.
        detail.setValue(Field::MchOrderId, u"R%1"_s.arg(row) + hostileText(random));
        // Amounts are converted to the API form on import: use that form, or text no locale reads.
        if (row % 3 == 0)
            detail.setValue(Field::Amount, u"%1.%2"_s.arg(row).arg(row % 100, 2, 10, QChar(u'0')));
        else if (row % 3 == 1)
            detail.setValue(Field::Amount, u"=%1+1"_s.arg(row));
        else
            detail.setValue(Field::Amount, u"x"_s + hostileText(random));
        original.append(detail);
    }
    const QByteArray exported = exportBatch(original);
    Batch imported(validator(), phpHeader());
    QVERIFY(importBytes(exported, imported));
    QCOMPARE(imported.size(), original.size());
    for (int row = 0; row < original.size(); ++row) {
        const PayoutDetail a = original.detail(row);
        const PayoutDetail b = imported.detail(row);
        if (a != b) {
            for (int f = 0; f < FieldCount; ++f)
                QCOMPARE(b.value(Field(f)), a.value(Field(f)));
        }
    }
    QCOMPARE(exportBatch(imported), exported);
}

QTEST_GUILESS_MAIN(TestCsvRecipientExporter)
#include "tst_csvrecipientexporter.moc"
