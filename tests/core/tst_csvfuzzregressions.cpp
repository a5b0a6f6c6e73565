// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../fuzz/fuzzharness.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Every input in tests/fuzz/regressions/ (and the seed corpus) runs through the fuzz harnesses
// of the CSV reader, the workbook reader and the recipient import: an input that once crashed must never crash again.
// The harnesses abort on a broken invariant, which fails this test.
class TestCsvFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void harness_data();
    void harness();
};

void TestCsvFuzzRegressions::harness_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(LESSPAY_SOURCE_DIR "/tests/fuzz/");
    int regressions = 0;
    for (const QString &folder : {QStringLiteral("regressions"), QStringLiteral("corpus/reader"),
                                  QStringLiteral("corpus/import"), QStringLiteral("corpus/xlsx")}) {
        const QDir dir(root + folder);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QTest::newRow(qPrintable(folder + u'/' + file)) << dir.filePath(file);
            regressions += folder == u"regressions";
        }
    }
    QVERIFY2(regressions > 0, "tests/fuzz/regressions/ is empty or missing");
}

void TestCsvFuzzRegressions::harness()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    Lesspay::Fuzz::csvReader(input);
    Lesspay::Fuzz::recipientImport(input);
    Lesspay::Fuzz::xlsxReader(input);
}

QTEST_GUILESS_MAIN(TestCsvFuzzRegressions)
#include "tst_csvfuzzregressions.moc"
