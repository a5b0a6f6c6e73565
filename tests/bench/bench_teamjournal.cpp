// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_teamjournal [BATCHES=100000] [PAYOUTS=100] [DRAFT=10000]: a large journal on both
// backends, printed side by side. Fills a SQLite file and, when LESSPAY_TEST_PG names a server
// (run it under tests/support/with-postgres.sh), a PostgreSQL team workspace with BATCHES batches
// of PAYOUTS payouts spread over 60 days, then times what people wait for: the Batches view
// opening and filtering (goal 200 ms), the duplicate-payment check of a DRAFT-row draft against
// 30 days of history (goal 1 s) and, in the team workspace, an approver's queue (goal 100 ms).
// The journal is filled with set-based INSERT ... SELECT statements on the server side (a
// recursive CTE on SQLite, generate_series on PostgreSQL), not through Journal::freeze: on
// SQLite in one transaction, on PostgreSQL in one transaction per 10,000 batches, with the
// payouts' secondary indexes dropped during the fill and created again from the schema's own
// definitions afterwards (as a bulk load does). The fill is timed apart and counts in no goal.
// Build it in the relwithtests preset; the figures of a debug build say little.
#include "batchesview.h"
#include "domain/detailvalidator.h"
#include "domain/referencedata.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/recipientkey.h"
#include "journal/sqldialect.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalconnection.h"
#include "models/batchfilterproxymodel.h"
#include "models/batchlistmodel.h"
#include "models/batchmodel.h"
#include "models/batchoverview.h"
#include "models/priorpaymentchecker.h"
#include "models/samepaymentindex.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <iterator>
#include <optional>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

constexpr int KeyPool = 20000; // distinct recipients
constexpr qint64 Day = 24LL * 3600 * 1000;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QString account(int n)
{
    return QStringLiteral("00%1").arg(n, 10, 10, QLatin1Char('0'));
}

PayoutDetail bankDetail(const QString &id, const QString &amount, const QString &accountNo)
{
    PayoutDetail d = BatchModel::blankDetail(PayoutDetail::Bank);
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, accountNo);
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

// The payout (x, i) of the fill: its recipient from the pool and its amount in whole pesos.
QString amountSql(const QString &x, const QString &i)
{
    return QStringLiteral("(1 + (%1 * 7 + %2 * 13) % 2000)").arg(x, i);
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n  in %s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(300)));
    return false;
}

// The Batches view's filters, in the order the benchmark applies them.
const char *const FilterLabels[] = {
    "  typing \"lpb9999\" (worst key)", "  text cleared",      "  status: needs attention", "  status: all",
    "  created: last 7 days",           "  created: any time",
};
constexpr int FilterCount = int(std::size(FilterLabels));

struct Results
{
    double fill = -1;
    double open = -1;
    double listQuery = -1;
    double overview = -1;
    int rowsShown = 0;
    double filters[FilterCount] = {-1, -1, -1, -1, -1, -1};
    double filterWorst = -1;
    double keys = -1;
    double duplicates = -1;
    int duplicateHits = 0;
    int duplicatesExpected = 0;
    double queue = -1;
    int queueSize = 0;
};

bool fill(Journal &journal, int batches, int perBatch, const DetailValidator &validator, qint64 now)
{
    QSqlDatabase db = JournalConnection::of(journal);
    const bool pg = SqlDialect::of(db) == SqlDialect::Backend::Postgres;
    QSqlQuery q(db);
    // Setup only: no durability, and on the server no triggers (audit, guards, notifications).
    if (pg) {
        if (!exec(q, QStringLiteral("SET session_replication_role = replica")))
            return false;
    } else {
        exec(q, QStringLiteral("PRAGMA synchronous=OFF"));
        exec(q, QStringLiteral("PRAGMA cache_size=-1000000")); // 1 GB while filling
    }
    // The payouts' secondary indexes, as the migrations made them, are built once after the
    // fill rather than row by row.
    QStringList indexes;
    if (!exec(q, pg ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'batch_details' "
                                     "AND indexname NOT LIKE '%_pkey'")
                    : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                     "'batch_details' AND sql IS NOT NULL")))
        return false;
    QStringList dropped;
    while (q.next()) {
        dropped.append(q.value(0).toString());
        indexes.append(q.value(1).toString());
    }
    for (const QString &name : std::as_const(dropped)) {
        if (!exec(q, QStringLiteral("DROP INDEX ") + name))
            return false;
    }
    const auto begin = [&] { return exec(q, pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); };
    const auto commit = [&] { return exec(q, QStringLiteral("COMMIT")); };
    if (!begin())
        return false;
    if (!exec(q, QStringLiteral("CREATE TEMPORARY TABLE bench_keys (n INTEGER PRIMARY KEY, k TEXT NOT NULL)")))
        return false;
    const DetailValidator::Context context = validator.contextFor(QStringLiteral("PHP"));
    for (int from = 0; from < KeyPool; from += 1000) {
        QStringList values;
        for (int n = from; n < from + 1000; ++n) {
            const auto key = SamePaymentIndex::keyOf(
                validator, bankDetail(QStringLiteral("K"), QStringLiteral("1.00"), account(n)), context);
            values.append(QStringLiteral("(%1, '%2')").arg(n).arg(key ? key->recipient : QString()));
        }
        if (!exec(q, QStringLiteral("INSERT INTO bench_keys (n, k) VALUES ") + values.join(u',')))
            return false;
    }
    const auto series = [pg](const QString &name, int last) {
        return pg ? QStringLiteral("generate_series(0, %1) AS %2(v)").arg(last).arg(name)
                  : QStringLiteral("(WITH RECURSIVE s(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM s WHERE v < %1) "
                                   "SELECT v FROM s) AS %2")
                        .arg(last)
                        .arg(name);
    };
    const qint64 span = 60 * Day;
    const QString createdAt =
        QStringLiteral("(%1 - (%2 - CAST(x.v AS BIGINT)) * %3)").arg(now).arg(batches).arg(span / batches);
    const QString orderStatus = QStringLiteral("CASE x.v % 10 WHEN 0 THEN 'PARTIAL_SUCCESS' WHEN 1 THEN 'PENDING_PAY' "
                                               "WHEN 2 THEN 'FAILED' ELSE 'SUCCEED' END");
    if (!exec(q,
              QStringLiteral("INSERT INTO batches (id, request_id, profile_id, body, state, order_status, "
                             "pay_order_id, currency, total_amount, detail_count, send_count, created_at, "
                             "updated_at) SELECT x.v + 1, 'LPB' || x.v, CASE x.v % 3 WHEN 0 THEN 'payroll' ELSE "
                             "'vendors' END, %1, 'accepted', %2, 'PO' || x.v, 'PHP', '5050.00', %3, 1, %4, %4 FROM %5")
                  .arg(pg ? QStringLiteral("CAST('' AS BYTEA)") : QStringLiteral("zeroblob(0)"), orderStatus)
                  .arg(perBatch)
                  .arg(createdAt, series(QStringLiteral("x"), batches - 1))))
        return false;
    const QString amount = amountSql(QStringLiteral("x.v"), QStringLiteral("i.v"));
    const QString status =
        QStringLiteral("CASE WHEN x.v % 10 = 2 THEN 'FAILED' WHEN x.v % 10 = 1 AND i.v >= %1 THEN '' WHEN x.v % 10 = "
                       "0 AND i.v % 7 = 0 THEN 'FAILED' ELSE 'SUCCEED' END")
            .arg(perBatch / 2);
    // One statement per 1,000 batches: the SQLite CTE stays small. On the server a commit every
    // 10,000 batches keeps the transaction's footprint bounded.
    for (int from = 0; from < batches; from += 1000) {
        if (pg && from > 0 && from % 10000 == 0 && !(commit() && begin()))
            return false;
        const int to = std::min(batches, from + 1000) - 1;
        const QString xs =
            pg ? QStringLiteral("generate_series(%1, %2) AS x(v)").arg(from).arg(to)
               : QStringLiteral("(WITH RECURSIVE s(v) AS (SELECT %1 UNION ALL SELECT v + 1 FROM s WHERE v < %2) SELECT "
                                "v FROM s) AS x")
                     .arg(from)
                     .arg(to);
        if (!exec(q, QStringLiteral("INSERT INTO batch_details (batch_id, mch_order_id, amount, amount_key, "
                                    "recipient_key, masked_account, status, updated_at) SELECT x.v + 1, 'M' || i.v, "
                                    "%1 || '.00', %1 * %8, k.k, '******7890', %2, %3 FROM %4 CROSS JOIN %5 JOIN "
                                    "bench_keys k ON k.n = (x.v * %6 + i.v) % %7")
                         .arg(amount, status, createdAt, xs, series(QStringLiteral("i"), perBatch - 1))
                         .arg(perBatch)
                         .arg(KeyPool)
                         .arg(RecipientKey::amountKey(QStringLiteral("1")).value_or(0))))
            return false;
    }
    if (!commit())
        return false;
    for (const QString &index : std::as_const(indexes)) {
        if (!exec(q, index))
            return false;
    }
    if (pg) {
        exec(q, QStringLiteral("SELECT setval(pg_get_serial_sequence('batches', 'id'), %1)").arg(batches));
        exec(q, QStringLiteral("SET session_replication_role = origin"));
    } else {
        exec(q, QStringLiteral("PRAGMA synchronous=FULL"));
        exec(q, QStringLiteral("PRAGMA cache_size=-2000")); // back to SQLite's default
    }
    exec(q, QStringLiteral("DROP TABLE bench_keys"));
    // As autovacuum leaves a table that has settled: the visibility map lets PostgreSQL count
    // from the index alone.
    if (pg)
        exec(q, QStringLiteral("VACUUM"));
    return exec(q, QStringLiteral("ANALYZE"));
}

// On the server: the team layer, and one batch in a hundred prepared by alice and waiting for approval.
bool makeTeam(Journal &owner, int batches)
{
    QString error;
    if (!TeamWorkspace::install(owner, &error)) {
        std::fprintf(stderr, "team workspace: %s\n", qPrintable(error));
        return false;
    }
    TeamWorkspace::addMember(owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer);
    TeamWorkspace::addMember(owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver);
    QSqlQuery q(JournalConnection::of(owner));
    return exec(q, QStringLiteral("SET session_replication_role = replica"))
           && exec(q,
                   QStringLiteral("UPDATE batches SET prepared_by = 'alice', approval_state = CASE WHEN id % 100 = 0 "
                                  "THEN 'requested' ELSE 'approved' END WHERE id <= %1")
                       .arg(batches))
           && exec(q, QStringLiteral("SET session_replication_role = origin")) && exec(q, QStringLiteral("ANALYZE"));
}

Results run(const QString &location, const QString &memberLocation, int batches, int perBatch, int draftRows)
{
    Results r;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const DetailValidator validator(ReferenceData::builtin());
    QString error;
    {
        std::unique_ptr<Journal> owner = Journal::open(location, &error);
        if (!owner) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location), qPrintable(error));
            return r;
        }
        QElapsedTimer t;
        t.start();
        if (!fill(*owner, batches, perBatch, validator, now))
            return r;
        if (owner->isServer() && !makeTeam(*owner, batches))
            return r;
        r.fill = ms(t);
    }
    // What a member sees and waits for (on the server: bob, under the workspace's rules).
    std::unique_ptr<Journal> journal = Journal::open(memberLocation, &error);
    if (!journal) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(memberLocation), qPrintable(error));
        return r;
    }
    {
        // Where the opening's time goes: the two journal questions it asks, on their own (a
        // first run warms the caches as the view's own opening would find them).
        JournalQueries(*journal).listBatches(1000);
        QElapsedTimer q;
        q.start();
        JournalQueries(*journal).listBatches(1000);
        r.listQuery = ms(q);
        q.start();
        BatchOverview::compute(*journal, QDate::currentDate().startOfDay().toMSecsSinceEpoch());
        r.overview = ms(q);
    }
    {
        QElapsedTimer t;
        t.start();
        BatchesView view(*journal);
        view.resize(1400, 900);
        view.show();
        settle();
        r.open = ms(t);
        r.rowsShown = view.model()->rowCount();
        BatchFilterProxyModel *proxy = view.proxy();
        const auto timed = [&](int filter, const std::function<void()> &step) {
            QElapsedTimer s;
            s.start();
            step();
            settle();
            r.filters[filter] = std::max(r.filters[filter], ms(s));
            r.filterWorst = std::max(r.filterWorst, ms(s));
        };
        const QString typed = QStringLiteral("lpb9999");
        for (int i = 1; i <= typed.size(); ++i)
            timed(0, [&] { proxy->setText(typed.left(i)); });
        timed(1, [&] { proxy->setText({}); });
        timed(2, [&] { proxy->setStatusFilter(BatchFilterProxyModel::StatusFilter::NeedsAttention); });
        timed(3, [&] { proxy->setStatusFilter(BatchFilterProxyModel::StatusFilter::All); });
        const QDate today = QDate::currentDate();
        timed(4, [&] { proxy->setDateRange(today.addDays(-7), today); });
        timed(5, [&] { proxy->setDateRange({}, {}); });
    }
    {
        // A draft of draftRows payouts: every other row pays again a payout of the last 30 days
        // (the fill's recipient and amount of payout i of batch x), the others an amount the
        // fill never uses.
        QList<PayoutDetail> rows;
        rows.reserve(draftRows);
        for (int j = 0; j < draftRows; ++j) {
            const int x = batches - 1 - (j / 2) % std::max(1, batches / 3);
            const int i = (j / 2) % perBatch;
            const int n = int((qint64(x) * perBatch + i) % KeyPool);
            const int amount = j % 2 == 0 ? 1 + (x * 7 + i * 13) % 2000 : 2001 + j % 1000;
            rows.append(bankDetail(QStringLiteral("D%1").arg(j), QStringLiteral("%1.00").arg(amount), account(n)));
            // Warned: a repeat whose earlier payout did not fail (the fill's statuses).
            const bool failed = x % 10 == 2 || (x % 10 == 0 && i % 7 == 0);
            r.duplicatesExpected += j % 2 == 0 && !failed ? 1 : 0;
        }
        // As DraftSession::show opens a draft: the model validates and keys every row once as
        // the rows go in (timed apart: opening any draft does it, journal or not), then the
        // checker asks the journal once for all keys and each row looks its key up.
        QElapsedTimer k;
        k.start();
        const BatchHeader header{QStringLiteral("LP-NEW-DRAFT"), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                                 QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")};
        BatchModel model(validator, header);
        model.insertDetails(0, rows);
        r.keys = ms(k);
        QElapsedTimer t;
        t.start();
        PriorPaymentChecker checker(*journal, validator, 30, header.requestId);
        checker.prime(model.samePaymentKeys());
        model.setPriorPaymentLookup(
            [&checker](const std::optional<SamePaymentIndex::Key> &key) { return checker.check(key); });
        r.duplicates = ms(t);
        r.duplicateHits = model.priorPaymentCount();
    }
    if (journal->isTeamWorkspace()) {
        QElapsedTimer t;
        t.start();
        const QList<TeamApprovals::Status> waiting = TeamApprovals(*journal).waitingForMe();
        r.queue = ms(t);
        r.queueSize = int(waiting.size());
    }
    return r;
}

QString cell(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int batches = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int perBatch = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    const int draftRows = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 10000;
    // LESSPAY_BENCH_KEEP=FOLDER keeps the SQLite journal there, to look at its query plans after
    // the run (the PostgreSQL database lp_bench lives as long as its server).
    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("LESSPAY_BENCH_KEEP");
    const QString file = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/bench-journal.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
    std::printf("%d batches x %d payouts, a draft of %d rows\n", batches, perBatch, draftRows);
    std::fflush(stdout);
    const Results sqlite = run(file, file, batches, perBatch, draftRows);

    Results postgres;
    const QString server = qEnvironmentVariable("LESSPAY_TEST_PG");
    if (!server.isEmpty()) {
        {
            QSqlDatabase admin = SqlDialect::addServerConnection(server, QStringLiteral("bench-admin"));
            if (!admin.open()) {
                std::fprintf(stderr, "cannot reach %s\n", qPrintable(server));
                return 1;
            }
            QSqlQuery q(admin);
            exec(q, QStringLiteral("DROP DATABASE IF EXISTS lp_bench"));
            exec(q, QStringLiteral("CREATE DATABASE lp_bench"));
            // LESSPAY_BENCH_EXPLAIN=1: every statement over 50 ms goes to the server's log with its
            // plan and timings (auto_explain), for the members' sessions too.
            if (qEnvironmentVariableIntValue("LESSPAY_BENCH_EXPLAIN") == 1) {
                for (const char *setting :
                     {"session_preload_libraries = 'auto_explain'", "auto_explain.log_min_duration = '50ms'",
                      "auto_explain.log_analyze = on", "auto_explain.log_nested_statements = on"})
                    exec(q, QStringLiteral("ALTER DATABASE lp_bench SET ") + QLatin1String(setting));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        QUrl url(server);
        url.setPath(QStringLiteral("/lp_bench"));
        QUrl member = url;
        member.setUserName(QStringLiteral("bob"));
        postgres = run(url.toString(), member.toString(), batches, perBatch, draftRows);
    }

    std::printf("%-36s %14s %14s %10s\n", "", "SQLite", "PostgreSQL", "goal");
    const auto line = [](const char *label, double a, double b, const char *goal) {
        std::printf("%-36s %14s %14s %10s\n", label, qPrintable(cell(a)), qPrintable(cell(b)), goal);
    };
    const auto count = [](const char *label, int a, int b, const QString &goal) {
        std::printf("%-36s %14d %14d %10s\n", label, a, b, qPrintable(goal));
    };
    line("fill (set-based, not in any goal)", sqlite.fill, postgres.fill, "");
    line("Batches view: open", sqlite.open, postgres.open, "200 ms");
    count("  rows loaded", sqlite.rowsShown, postgres.rowsShown, QString());
    line("  of which the list's query", sqlite.listQuery, postgres.listQuery, "");
    line("  of which today's overview", sqlite.overview, postgres.overview, "");
    for (int f = 0; f < FilterCount; ++f)
        line(FilterLabels[f], sqlite.filters[f], postgres.filters[f], "200 ms");
    line("draft rows keyed (model, once)", sqlite.keys, postgres.keys, "");
    line("duplicate check, 30 days", sqlite.duplicates, postgres.duplicates, "1000 ms");
    count("  rows warned", sqlite.duplicateHits, postgres.duplicateHits,
          QString::number(sqlite.duplicatesExpected) + QStringLiteral(" due"));
    line("approval queue (approver)", sqlite.queue, postgres.queue, "100 ms");
    count("  batches waiting", 0, postgres.queueSize, QString());
    return 0;
}
