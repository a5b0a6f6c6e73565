// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a recipient CSV into a Batch with full validation and prints the rate and the peak
// memory, in the same shape as ../shared/bench/py_import_baseline.py.
#include "csv/csvreader.h"
#include "csv/headeraliases.h"
#include "csv/recipientimporter.h"
#include "csv/recipientrowmapper.h"
#include "domain/batch.h"
#include "domain/detailblock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>

using namespace Lesspay::Core;

namespace {

// Peak resident set size of this process in KiB (Linux), 0 when unknown.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// CPU seconds used by this process so far (user + system, all threads): comparable even when
// other work shares the machine.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Times the stages one by one: reading, reading + mapping, reading + mapping + validating
// (without a Batch). The full import minus these is what the Batch adds.
int stages(const QString &path, const DetailValidator &validator, const QString &currency)
{
    QTextStream out(stdout);
    const DetailValidator::Context context = validator.contextFor(currency);
    for (int stage = 0; stage < 3; ++stage) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuSeconds();
        CsvReader reader(&file);
        if (!reader.readRecord())
            return 1;
        RecipientRowMapper::Settings settings;
        settings.headers = reader.record();
        settings.mapping = HeaderAliases::map(settings.headers);
        settings.decimals = context.decimals;
        settings.currency = currency;
        RecipientRowMapper mapper(settings);
        qint64 rows = 0;
        qint64 issues = 0;
        DetailBlock rowsBuffer;
        ImportIssues found;
        while (reader.readRecord()) {
            ++rows;
            if (stage == 0)
                continue;
            if (rowsBuffer.size() == 1024) {
                rowsBuffer = DetailBlock();
                rowsBuffer.reserve(1024, 1024 * 128);
            }
            if (mapper.map(reader, rowsBuffer, found) && stage == 2)
                issues += validator.validate(rowsBuffer.view(rowsBuffer.size() - 1), context).size();
        }
        static const char *const names[] = {"read", "read+map", "read+map+validate"};
        out << "stage " << names[stage] << ": rows=" << rows
            << " seconds=" << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 3)
            << " cpu_seconds=" << QString::number(cpuSeconds() - cpuStart, 'f', 3) << " issues=" << issues << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString currency = QStringLiteral("PHP");
    bool parallel = true;
    bool stageTimes = false;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--currency" && i + 1 < args.size())
            currency = args.at(++i);
        else if (args.at(i) == u"--serial")
            parallel = false;
        else if (args.at(i) == u"--stages")
            stageTimes = true;
        else
            path = args.at(i);
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_csv_import FILE.csv [--currency PHP] [--serial] [--stages]\n");
        return 2;
    }

    const DetailValidator validator(ReferenceData::builtin());
    if (stageTimes)
        return stages(path, validator, currency);
    BatchHeader header;
    header.requestId = RequestId::generate();
    header.currency = currency;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    Batch batch(validator, header);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 2;
    }
    RecipientImporter::Options options;
    options.parallel = parallel;
    options.maxFileBytes = qint64(4) << 30;
    RecipientImporter importer(validator, options);
    if (!importer.readHeader(&file) || !importer.importInto(batch)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(importer.issues().value(0).message));
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const qint64 rss = peakRssKiB();
    const qint64 fileKiB = QFileInfo(path).size() / 1024;

    QTextStream out(stdout);
    out << "rows=" << batch.size() << " invalid=" << batch.rowsWithErrors() << " total=" << batch.totalString()
        << " seconds=" << QString::number(seconds, 'f', 3) << " cpu_seconds=" << QString::number(cpu, 'f', 3)
        << " threads=" << (parallel ? 2 : 1) << '\n';
    out << "peak_rss_kib=" << rss << " file_kib=" << fileKiB
        << " rss_per_file=" << QString::number(fileKiB > 0 ? double(rss) / double(fileKiB) : 0.0, 'f', 2) << '\n';
    out << "issues=" << importer.issueCount();
    for (const ImportIssue &issue : importer.issues().mid(0, 3))
        out << " [row " << issue.row << ' ' << issue.code << ": " << issue.message << ']';
    out << '\n';
    out << "rows_per_second=" << qint64(double(batch.size()) / seconds) << '\n';
    return 0;
}
