// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "csv/csvreader.h"
#include "csv/xlsxreader.h"
#include "exportedcsv.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "models/batchresultsexport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

class TestBatchResultsExport : public QObject
{
    Q_OBJECT

private slots:
    void writeFile_rows_exactRowsWithResults_data();
    void writeFile_rows_exactRowsWithResults();
    void writeFile_workbookName_workbookWithResults();
    void write_unknownBatch_fails();
};

void TestBatchResultsExport::writeFile_rows_exactRowsWithResults_data()
{
    QTest::addColumn<bool>("failedOnly");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::newRow("all") << false
                         << QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-3"),
                                        QStringLiteral("m-4")};
    QTest::newRow("failed only") << true << QStringList{QStringLiteral("m-2"), QStringLiteral("m-4")};
}

void TestBatchResultsExport::writeFile_rows_exactRowsWithResults()
{
    QFETCH(bool, failedOnly);
    QFETCH(QStringList, expectedIds);
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QList<Payout> p = payouts(QStringLiteral("m"), 4, QStringLiteral("SUCCEED"));
    p[1] = Payout{QStringLiteral("m-2"), QStringLiteral("2.13"), QStringLiteral("FAILED"),
                  QStringLiteral("Beneficiary account is closed")};
    p[3] = Payout{QStringLiteral("m-4"), QStringLiteral("4.14"), QStringLiteral("FAILED"),
                  QStringLiteral("Insufficient channel funds")};
    QVERIFY(addBatch(*journal, QStringLiteral("R1"), p, QStringLiteral("PARTIAL_SUCCESS")));

    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QString error;
    QVERIFY2(BatchResultsExport(*journal).writeFile(
                 QStringLiteral("R1"), path,
                 failedOnly ? BatchResultsExport::Rows::FailedOnly : BatchResultsExport::Rows::All, &error),
             qPrintable(error));
    const QStringList lines = ExportedCsv::dataLines(path);
    QCOMPARE(lines.size(), expectedIds.size());
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(expectedIds.at(i) + QLatin1Char(',')), qPrintable(lines.at(i)));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("m-2,")))
            QVERIFY2(line.endsWith(QLatin1String(",FAILED,Beneficiary account is closed,")), qPrintable(line));
        if (line.startsWith(QLatin1String("m-1,")))
            QVERIFY2(line.endsWith(QLatin1String(",SUCCEED,,CH-m-1")), qPrintable(line));
    }
}

void TestBatchResultsExport::writeFile_workbookName_workbookWithResults()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(journal);
    QList<Payout> p = payouts(QStringLiteral("m"), 2, QStringLiteral("SUCCEED"));
    p[1] = Payout{QStringLiteral("m-2"), QStringLiteral("2.13"), QStringLiteral("FAILED"),
                  QStringLiteral("Beneficiary account is closed")};
    QVERIFY(addBatch(*journal, QStringLiteral("R1"), p, QStringLiteral("PARTIAL_SUCCESS")));
    const QString path = dir.filePath(QStringLiteral("results.xlsx"));
    QString error;
    QVERIFY2(BatchResultsExport(*journal).writeFile(QStringLiteral("R1"), path, BatchResultsExport::Rows::FailedOnly,
                                                    &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    XlsxReader reader(&file);
    QVERIFY2(reader.open() && reader.selectSheet(0), qPrintable(reader.error().message));
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.record().mid(FieldCount), (QStringList{QStringLiteral("status"), QStringLiteral("fail_reason"),
                                                           QStringLiteral("channel_order_no")}));
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.record().at(0), QStringLiteral("m-2"));
    QCOMPARE(reader.record().mid(FieldCount, 2),
             (QStringList{QStringLiteral("FAILED"), QStringLiteral("Beneficiary account is closed")}));
    QVERIFY(!reader.readRecord());
    QVERIFY(!reader.hasError());
}

void TestBatchResultsExport::write_unknownBatch_fails()
{
    QTemporaryDir dir;
    auto journal = Journal::open(JournalBackend::location(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(journal);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(
        !BatchResultsExport(*journal).write(QStringLiteral("nope"), &buffer, BatchResultsExport::Rows::All, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(buffer.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestBatchResultsExport)
#include "tst_batchresultsexport.moc"
