// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the Batches view over a journal of a few realistic batches (paid, partly paid, failed,
// paying, in review, unknown, needing a person), for looking at it and for screenshots:
//   xvfb-run -s "-screen 0 1400x900x24" lesspay-batches-demo [--quit-after MS]
#include "batchesview.h"
#include "batchjournalfixture.h"
#include "domain/batch.h"
#include "journal/journal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;
using namespace BatchJournalFixture;

namespace {

struct Demo
{
    Journal &journal;
    qint64 &now;

    // Records a batch the way the engine does: freeze, send, the answers, the polls.
    QString batch(const QList<Payout> &payouts, const QStringList &statuses, const QString &profile,
                  const QString &currency = QStringLiteral("PHP"), BatchState end = BatchState::Accepted,
                  const QString &lastError = {})
    {
        const QString requestId = RequestId::generate();
        const QByteArray body = createBody(requestId, payouts, currency);
        const qint64 id = journal.freeze(0, profile, body)->batch.id;
        now += 400;
        journal.markSending(id);
        journal.logEvent(id, {0, now, QStringLiteral("request"), QStringLiteral("create"), 0, -1,
                              QStringLiteral("POST create-order"), body});
        now += 900;
        if (end != BatchState::Accepted) {
            journal.logEvent(id, {0, now, QStringLiteral("response"), QStringLiteral("create"), 0, -1, lastError, {}});
            journal.setState(id, end, {}, lastError);
            return requestId;
        }
        journal.logEvent(id, {0, now, QStringLiteral("response"), QStringLiteral("create"), 200, 0,
                              QStringLiteral("accepted"), QByteArrayLiteral("{\"code\":0,\"msg\":\"SUCCESS\"}")});
        journal.setState(id, BatchState::Accepted);
        QList<Payout> pending = payouts;
        for (Payout &p : pending) {
            p.status.clear();
            p.failReason.clear();
        }
        journal.applyRemote(id, remote(requestId, QStringLiteral("PENDING_CONFIRM"), pending));
        for (const QString &status : statuses) {
            now += 45'000;
            const bool last = status == statuses.last();
            journal.logEvent(
                id, {0, now, QStringLiteral("request"), QStringLiteral("query"), 0, -1, QStringLiteral("POST query"),
                     QByteArrayLiteral("{\"request_id\":\"") + requestId.toUtf8() + QByteArrayLiteral("\"}")});
            journal.logEvent(id,
                             {0, now + 120, QStringLiteral("response"), QStringLiteral("query"), 200, 0, status, {}});
            journal.applyRemote(id, remote(requestId, status, last ? payouts : pending));
        }
        return requestId;
    }
};

QList<Payout> mixed(const QString &prefix, int count, const QStringList &failing)
{
    QList<Payout> out;
    for (int i = 1; i <= count; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        const QString amount =
            QStringLiteral("%1.%2").arg(250 * i + 37 * (i % 5)).arg((i * 25) % 100, 2, 10, QLatin1Char('0'));
        const bool fails = failing.contains(id);
        out.append(Payout{id, amount, fails ? QStringLiteral("FAILED") : QStringLiteral("SUCCEED"),
                          fails ? (i % 2 ? QStringLiteral("Beneficiary account is closed")
                                         : QStringLiteral("Insufficient channel funds"))
                                : QString()});
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lesspay Payout Console"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QStringLiteral("Quit after MS milliseconds."),
                                       QStringLiteral("MS"));
    parser.addOption(quitAfter);
    const QCommandLineOption detailTab(QStringLiteral("detail-tab"),
                                       QStringLiteral("Show this tab of the batch detail (0: payouts)."),
                                       QStringLiteral("N"));
    parser.addOption(detailTab);
    parser.process(app);

    QTemporaryDir dir;
    qint64 now = QDateTime(QDate::currentDate(), QTime(8, 30)).toMSecsSinceEpoch();
    std::unique_ptr<Journal> journal =
        Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), nullptr, [&now] { return now; });
    if (!journal)
        return 1;
    Demo demo{*journal, now};
    const QString payroll = QStringLiteral("payroll-ph");
    const QString vendors = QStringLiteral("vendors");
    demo.batch(mixed(QStringLiteral("SAL"), 24, {}), {QStringLiteral("PENDING_PAY"), QStringLiteral("SUCCEED")},
               payroll);
    const QString partial =
        demo.batch(mixed(QStringLiteral("VEN"), 12, {QStringLiteral("VEN-003"), QStringLiteral("VEN-008")}),
                   {QStringLiteral("PENDING_PAY"), QStringLiteral("PARTIAL_SUCCESS")}, vendors);
    QList<Payout> paying = mixed(QStringLiteral("IDR"), 8, {});
    for (int i = 5; i < paying.size(); ++i)
        paying[i].status.clear();
    demo.batch(paying, {QStringLiteral("PENDING_PAY")}, vendors, QStringLiteral("IDR"));
    demo.batch(mixed(QStringLiteral("REF"), 5,
                     {QStringLiteral("REF-001"), QStringLiteral("REF-002"), QStringLiteral("REF-003"),
                      QStringLiteral("REF-004"), QStringLiteral("REF-005")}),
               {QStringLiteral("FAILED")}, vendors, QStringLiteral("USD"));
    demo.batch(mixed(QStringLiteral("BON"), 30, {}), {}, payroll);
    demo.batch(mixed(QStringLiteral("CSH"), 3, {}), {}, payroll, QStringLiteral("PHP"), BatchState::Reconciling,
               QStringLiteral("The connection was closed before Lesspay answered"));
    demo.batch(mixed(QStringLiteral("ADJ"), 2, {}), {}, vendors, QStringLiteral("PHP"), BatchState::NeedsAttention,
               QStringLiteral("Lesspay reports this request_id was used with different contents (30010)."));
    now += 60'000;

    BatchesView view(*journal);
    view.setProfileNames({{payroll, QStringLiteral("Payroll PH")}, {vendors, QStringLiteral("Vendors")}});
    view.setWindowTitle(QStringLiteral("Batches – Lesspay Payout Console"));
    view.resize(1400, 900);
    view.move(0, 0);
    view.show();
    view.selectBatch(partial);
    if (auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("detailTabs")); tabs && parser.isSet(detailTab))
        tabs->setCurrentIndex(parser.value(detailTab).toInt());
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return QApplication::exec();
}
