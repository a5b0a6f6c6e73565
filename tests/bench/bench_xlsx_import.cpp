// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Imports the same recipients as CSV and as an .xlsx workbook (the CSV's rows written by the
// console's own workbook export) with full validation, and prints both times side by side.
//   usage: bench_xlsx_import FILE.csv [--currency PHP] [--runs 3]
#include "csv/recipientimporter.h"
#include "csv/xlsxexporter.h"
#include "csv/xlsxreader.h"
#include "domain/batch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Lesspay::Core;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing
{
    double seconds = 0;
    double cpu = 0;
    int rows = 0;
    qint64 issues = 0;
};

bool importOnce(const QString &path, const DetailValidator &validator, const BatchHeader &header, Timing &timing,
                Batch *keep = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    Batch batch(validator, header);
    RecipientImporter::Options options;
    options.maxFileBytes = qint64(4) << 30;
    RecipientImporter importer(validator, options);
    if (!importer.readHeader(&file) || !importer.importInto(batch)) {
        std::fprintf(stderr, "import of %s failed: %s\n", qPrintable(path),
                     qPrintable(importer.issues().value(0).message));
        return false;
    }
    timing.seconds = double(timer.nsecsElapsed()) / 1e9;
    timing.cpu = cpuSeconds() - cpuStart;
    timing.rows = batch.size();
    timing.issues = importer.issueCount();
    if (keep)
        *keep = std::move(batch);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString currency = QStringLiteral("PHP");
    QString csvPath;
    int runs = 3;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--currency" && i + 1 < args.size())
            currency = args.at(++i);
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else
            csvPath = args.at(i);
    }
    if (csvPath.isEmpty()) {
        std::fprintf(stderr, "usage: bench_xlsx_import FILE.csv [--currency PHP] [--runs 3]\n");
        return 2;
    }
    const DetailValidator validator(ReferenceData::builtin());
    BatchHeader header;
    header.requestId = RequestId::generate();
    header.currency = currency;

    // The same rows as a workbook, written by the console's export (untimed).
    Timing csvBest;
    Batch batch(validator, header);
    if (!importOnce(csvPath, validator, header, csvBest, &batch))
        return 1;
    QTemporaryDir dir;
    const QString xlsxPath = dir.filePath(QStringLiteral("recipients.xlsx"));
    {
        QFile out(xlsxPath);
        QString error;
        if (!out.open(QIODevice::WriteOnly) || !XlsxExporter::writeBatch(batch, &out, &error)) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    Timing xlsxBest;
    xlsxBest.seconds = 1e9;
    for (int run = 0; run < runs; ++run) {
        Timing csv;
        Timing xlsx;
        if (!importOnce(csvPath, validator, header, csv) || !importOnce(xlsxPath, validator, header, xlsx))
            return 1;
        if (csv.seconds < csvBest.seconds)
            csvBest = csv;
        if (xlsx.seconds < xlsxBest.seconds)
            xlsxBest = xlsx;
    }
    QTextStream out(stdout);
    {
        // The reader alone: the package, shared strings and styles, then the rows without mapping.
        QFile file(xlsxPath);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuSeconds();
        XlsxReader reader(&file);
        if (!reader.open() || !reader.selectSheet(0))
            return 1;
        const double opened = double(timer.nsecsElapsed()) / 1e9;
        const double openedCpu = cpuSeconds() - cpuStart;
        qint64 cells = 0;
        while (reader.readRecord())
            cells += reader.fieldCount();
        out << "xlsx reader alone: open=" << QString::number(opened, 'f', 3)
            << " rows=" << QString::number(double(timer.nsecsElapsed()) / 1e9 - opened, 'f', 3)
            << " open_cpu=" << QString::number(openedCpu, 'f', 3)
            << " rows_cpu=" << QString::number(cpuSeconds() - cpuStart - openedCpu, 'f', 3) << " cells=" << cells
            << '\n';
    }
    const auto line = [&](const char *name, const Timing &t, const QString &path) {
        out << name << ": rows=" << t.rows << " issues=" << t.issues << " bytes=" << QFileInfo(path).size()
            << " seconds=" << QString::number(t.seconds, 'f', 3) << " cpu_seconds=" << QString::number(t.cpu, 'f', 3)
            << " rows_per_second=" << qint64(t.rows / std::max(t.seconds, 1e-9)) << '\n';
    };
    out << "best of " << runs << " alternating runs, full validation (" << currency << ")\n";
    line("csv ", csvBest, csvPath);
    line("xlsx", xlsxBest, xlsxPath);
    out << "xlsx_over_csv=" << QString::number(xlsxBest.seconds / std::max(csvBest.seconds, 1e-9), 'f', 2) << '\n';
    return xlsxBest.rows == csvBest.rows ? 0 : 1;
}
