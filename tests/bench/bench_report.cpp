// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report [PAYOUTS=10000] [RUNS=3]: writes the batch report of one submitted batch of PAYOUTS
// payouts (every seventh failed with a reason, names and banks of several lengths) as a PDF, and
// prints the best time to read it from the journal, to lay it out and write it, its pages and size,
// how many progress calls came, and how soon a cancel in the middle returns. The goal: 10,000
// payouts written in under 3 s. Exits 1 when the report is incomplete.
#include "batchjournalfixture.h"
#include "journal/journal.h"
#include "journalconnection.h"
#include "printing/pdfexport.h"
#include "reports/batchreportbuilder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Lesspay::Core;
using namespace Lesspay::Printing;
using namespace BatchJournalFixture;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;

    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
    if (!journal)
        return 2;
    QSqlQuery(JournalConnection::of(*journal)).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    QList<Payout> p = payouts(QStringLiteral("PAY-2026"), count, QStringLiteral("SUCCEED"));
    for (qsizetype i = 6; i < p.size(); i += 7) {
        p[i].status = QStringLiteral("FAILED");
        p[i].failReason = i % 2 ? QStringLiteral("Beneficiary account is closed")
                                : QStringLiteral("Insufficient channel funds at the receiving bank for this payout");
    }
    QByteArray body = createBody(QStringLiteral("BENCH"), p);
    // Names of several lengths, some wrapping in their column.
    body.replace("\"Juan Dela Cruz\"", "\"Maria Clara de los Santos y Villanueva\"");
    const auto frozen = journal->freeze(0, QStringLiteral("bench"), body);
    if (!frozen)
        return 2;
    journal->markSending(frozen->batch.id);
    journal->setState(frozen->batch.id, BatchState::Accepted);
    journal->applyRemote(frozen->batch.id, remote(QStringLiteral("BENCH"), QStringLiteral("PARTIAL_SUCCESS"), p));

    Profile profile = Profile::create(QStringLiteral("Bench"), Profile::Environment::LocalSandbox);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    double bestRead = 1e12;
    double bestWrite = 1e12;
    double bestWriteCpu = 1e12; // the machine may be busy: CPU time says what the work itself costs
    int progressCalls = 0;
    std::optional<BatchReport> report;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        report = BatchReportBuilder(*journal).fromJournal(QStringLiteral("BENCH"), profile);
        bestRead = std::min(bestRead, ms(t));
        if (!report || report->lines.size() != count)
            return 1;
        PdfExport::Options options;
        progressCalls = 0;
        options.progress = [&progressCalls](int, int) {
            ++progressCalls;
            return true;
        };
        t.restart();
        const std::clock_t cpu = std::clock();
        if (PdfExport::writeReport(*report, pdf, options) != PdfExport::Result::Written)
            return 1;
        bestWrite = std::min(bestWrite, ms(t));
        bestWriteCpu = std::min(bestWriteCpu, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
    }

    // Cancel once half the payouts are laid out: how long until writeReport returns.
    PdfExport::Options cancelling;
    QElapsedTimer sinceCancel;
    cancelling.progress = [&](int done, int total) {
        if (done * 2 < total)
            return true;
        if (!sinceCancel.isValid())
            sinceCancel.start();
        return false;
    };
    const PdfExport::Result cancelled =
        PdfExport::writeReport(*report, dir.filePath(QStringLiteral("cancelled.pdf")), cancelling);
    const double cancelMs = sinceCancel.isValid() ? ms(sinceCancel) : -1;

    std::printf("payouts: %d\n", count);
    std::printf("read from the journal: %.1f ms (best of %d)\n", bestRead, runs);
    std::printf("laid out and written: %.1f ms (best of %d; %.1f ms of CPU)\n", bestWrite, runs, bestWriteCpu);
    std::printf("total: %.1f ms (goal for 10,000 payouts: under 3000 ms)\n", bestRead + bestWrite);
    std::printf("PDF: %lld bytes, progress calls: %d\n", qlonglong(QFileInfo(pdf).size()), progressCalls);
    std::printf("cancel at half: %s, returned %.1f ms after the cancel, file left behind: %s\n",
                cancelled == PdfExport::Result::Cancelled ? "stopped" : "NOT STOPPED", cancelMs,
                QFileInfo::exists(dir.filePath(QStringLiteral("cancelled.pdf"))) ? "yes" : "no");
    return cancelled == PdfExport::Result::Cancelled ? 0 : 1;
}
