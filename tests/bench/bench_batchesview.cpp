// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_batchesview [BATCHES] [PAYOUTS] [JOURNAL]: fills a journal with submitted batches (by
// default 1,000 batches of 100 payouts, partly paid, failed, in progress and unknown), then
// opens the Batches view on it and times opening, filtering, sorting, showing a batch in
// detail and a live update. An existing JOURNAL file is used as it is.
#include "batchdetailwidget.h"
#include "batchesview.h"
#include "batchjournalfixture.h"
#include "journal/journal.h"
#include "journalconnection.h"
#include "models/batchfilterproxymodel.h"
#include "models/batchlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;
using namespace BatchJournalFixture;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void fill(Journal &journal, int batches, int perBatch, qint64 &now)
{
    // Durability is not what is measured here: fill the file fast.
    QSqlQuery(JournalConnection::of(journal)).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const qint64 start = now;
    for (int b = 0; b < batches; ++b) {
        // Spread over the last 30 days, newest last, as a journal grows.
        now = start - qint64(batches - b) * 30LL * 24 * 3600 * 1000 / batches;
        const QString prefix = QStringLiteral("b%1").arg(b);
        QList<Payout> p = payouts(prefix, perBatch, QStringLiteral("SUCCEED"));
        QString status = QStringLiteral("SUCCEED");
        BatchState state = BatchState::Accepted;
        switch (b % 10) {
        case 0:
            status = QStringLiteral("PARTIAL_SUCCESS");
            for (int i = 0; i < perBatch; i += 7) {
                p[i].status = QStringLiteral("FAILED");
                p[i].failReason = QStringLiteral("Beneficiary account is closed");
            }
            break;
        case 1:
            status = QStringLiteral("PENDING_PAY");
            for (int i = perBatch / 2; i < perBatch; ++i)
                p[i].status.clear();
            break;
        case 2:
            status = QStringLiteral("FAILED");
            for (Payout &x : p)
                x.status = QStringLiteral("FAILED");
            break;
        case 3:
            state = b % 30 == 3 ? BatchState::Unknown : BatchState::Accepted;
            break;
        default:
            break;
        }
        addBatch(journal, QStringLiteral("LPBENCH%1").arg(b, 6, 10, QLatin1Char('0')), p, status, state,
                 b % 3 == 0 ? QStringLiteral("payroll") : QStringLiteral("vendors"));
    }
    now = start;
    QSqlQuery(JournalConnection::of(journal)).exec(QStringLiteral("PRAGMA synchronous=FULL"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int batches = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int perBatch = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    QTemporaryDir dir;
    const QString path =
        argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("bench-journal.sqlite"));
    const bool existing = QFileInfo::exists(path);

    qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    std::unique_ptr<Journal> journal = Journal::open(path, &error, [&now] { return now; });
    if (!journal) {
        std::fprintf(stderr, "cannot open the journal: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer t;
    if (!existing) {
        t.start();
        fill(*journal, batches, perBatch, now);
        std::printf("fill journal          %8.1f ms (%d batches x %d payouts)\n", ms(t), batches, perBatch);
    }

    t.start();
    BatchesView view(*journal);
    const double construct = ms(t);
    view.resize(1400, 900);
    view.show();
    settle();
    const double open = ms(t);
    std::printf("open view             %8.1f ms (model, overview and first paint; construct %.1f ms, %d rows)\n", open,
                construct, view.model()->rowCount());

    t.start();
    view.model()->reload();
    std::printf("reload, no change     %8.1f ms\n", ms(t));

    BatchFilterProxyModel *proxy = view.proxy();
    double worst = 0;
    const auto timed = [&](const char *label, const std::function<void()> &step) {
        QElapsedTimer s;
        s.start();
        step();
        settle();
        const double e = ms(s);
        worst = std::max(worst, e);
        std::printf("%-21s %8.1f ms (%d rows shown)\n", label, e, proxy->rowCount());
    };
    // Typing "lpbench0001" one key at a time, as the search field does after its short delay.
    const QString typed = QStringLiteral("lpbench0001");
    for (int i = 1; i <= typed.size(); i += 5)
        timed(qPrintable(QStringLiteral("filter text \"%1\"").arg(typed.left(i))),
              [&] { proxy->setText(typed.left(i)); });
    timed("filter text cleared", [&] { proxy->setText({}); });
    timed("filter attention", [&] { proxy->setStatusFilter(BatchFilterProxyModel::StatusFilter::NeedsAttention); });
    timed("filter unknown", [&] { proxy->setStatusFilter(BatchFilterProxyModel::StatusFilter::Unknown); });
    timed("filter all statuses", [&] { proxy->setStatusFilter(BatchFilterProxyModel::StatusFilter::All); });
    const QDate today = QDate::currentDate();
    timed("filter last 7 days", [&] { proxy->setDateRange(today.addDays(-7), today); });
    timed("filter dates cleared", [&] { proxy->setDateRange({}, {}); });
    timed("sort by total", [&] { view.table()->sortByColumn(BatchListModel::TotalColumn, Qt::DescendingOrder); });
    timed("sort by status", [&] { view.table()->sortByColumn(BatchListModel::StatusColumn, Qt::AscendingOrder); });
    timed("sort by created", [&] { view.table()->sortByColumn(BatchListModel::CreatedColumn, Qt::DescendingOrder); });
    std::printf("worst filter/sort     %8.1f ms\n", worst);

    const QString shown = view.model()->summary(0).batch.requestId;
    t.start();
    view.selectBatch(shown);
    settle();
    std::printf("open batch detail     %8.1f ms (%d payouts)\n", ms(t), perBatch);

    t.start();
    view.model()->refreshBatch(shown);
    view.detail()->refresh();
    settle();
    std::printf("live update, 1 batch  %8.1f ms\n", ms(t));
    return 0;
}
