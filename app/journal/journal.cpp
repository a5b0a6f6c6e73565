// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "domain/batch.h"
#include "journal/draftcodec.h"
#include "journal/journalnotifier.h"
#include "journal/logmasker.h"
#include "journal/recipientkey.h"
#include "journal/sqldialect.h"
#include "journal/sqltransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace Lesspay::Core {

namespace {

const QString BatchColumns = QStringLiteral(
    "id, request_id, draft_id, profile_id, body, state, order_status, pay_order_id, currency, total_amount, "
    "detail_count, fail_reason, last_error, send_count, not_found_since, not_found_count, created_at, updated_at, "
    "last_sent_at");
// The same columns with an empty body in its place (readBatch reads both).
const QString BatchColumnsWithoutBody =
    QString(BatchColumns).replace(QStringLiteral(", body,"), QStringLiteral(", '' AS body,"));

// The columns with the body where the backend keeps it (SqlDialect::batchBody).
QString batchColumns(const QSqlDatabase &db)
{
    return QString(BatchColumns)
        .replace(QStringLiteral(", body,"), QStringLiteral(", ")
                                                + SqlDialect::batchBody(SqlDialect::of(db), QStringLiteral("batches"))
                                                + QStringLiteral(" AS body,"));
}

FrozenBatch readBatch(const QSqlQuery &q)
{
    FrozenBatch b;
    b.id = q.value(0).toLongLong();
    b.requestId = q.value(1).toString();
    b.draftId = q.value(2).toLongLong();
    b.profileId = q.value(3).toString();
    b.body = q.value(4).toByteArray();
    b.state = BatchStates::fromKey(q.value(5).toString()).value_or(BatchState::NeedsAttention);
    b.orderStatus = q.value(6).toString();
    b.payOrderId = q.value(7).toString();
    b.currency = q.value(8).toString();
    b.totalAmount = q.value(9).toString();
    b.detailCount = q.value(10).toInt();
    b.failReason = q.value(11).toString();
    b.lastError = q.value(12).toString();
    b.sendCount = q.value(13).toInt();
    b.notFoundSince = q.value(14).toLongLong();
    b.notFoundCount = q.value(15).toInt();
    b.createdAt = q.value(16).toLongLong();
    b.updatedAt = q.value(17).toLongLong();
    b.lastSentAt = q.value(18).toLongLong();
    return b;
}

// Schema history: entry i brings the schema version from i to i + 1. Never edit a released
// entry. Written in SQLite's words and SQL both backends understand; SqlDialect::ddl() gives
// PostgreSQL its types.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> m{
        {
            QStringLiteral("CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL, "
                           "title TEXT NOT NULL, header BLOB NOT NULL, rows BLOB NOT NULL, row_count INTEGER NOT "
                           "NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE batches (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT NOT NULL "
                           "UNIQUE, draft_id INTEGER UNIQUE, profile_id TEXT NOT NULL, body BLOB NOT NULL, state "
                           "TEXT NOT NULL, order_status TEXT NOT NULL DEFAULT '', pay_order_id TEXT NOT NULL DEFAULT "
                           "'', currency TEXT NOT NULL, total_amount TEXT NOT NULL, detail_count INTEGER NOT NULL, "
                           "fail_reason TEXT NOT NULL DEFAULT '', last_error TEXT NOT NULL DEFAULT '', send_count "
                           "INTEGER NOT NULL DEFAULT 0, not_found_since INTEGER NOT NULL DEFAULT 0, not_found_count "
                           "INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                           "last_sent_at INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX batches_state ON batches(state)"),
            QStringLiteral("CREATE TABLE batch_details (batch_id INTEGER NOT NULL REFERENCES batches(id), "
                           "mch_order_id TEXT NOT NULL, amount TEXT NOT NULL, amount_key INTEGER, recipient_key "
                           "TEXT NOT NULL, masked_account TEXT NOT NULL, status TEXT NOT NULL DEFAULT '', "
                           "fail_reason TEXT NOT NULL DEFAULT '', detail_id TEXT NOT NULL DEFAULT '', "
                           "channel_order_no TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL, "
                           "PRIMARY KEY (batch_id, mch_order_id))"),
            QStringLiteral("CREATE INDEX batch_details_recipient ON batch_details(recipient_key, amount_key)"),
            QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id INTEGER NOT NULL, at "
                           "INTEGER NOT NULL, kind TEXT NOT NULL, endpoint TEXT NOT NULL, http_status INTEGER NOT "
                           "NULL, code INTEGER NOT NULL, summary TEXT NOT NULL, body BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX events_batch ON events(batch_id, id)"),
            QStringLiteral("CREATE TABLE batch_snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id INTEGER NOT "
                           "NULL, at INTEGER NOT NULL, state TEXT NOT NULL, order_status TEXT NOT NULL, note TEXT "
                           "NOT NULL)"),
            QStringLiteral("CREATE INDEX batch_snapshots_batch ON batch_snapshots(batch_id, id)"),
            QStringLiteral("CREATE TABLE detail_snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id INTEGER "
                           "NOT NULL, mch_order_id TEXT NOT NULL, at INTEGER NOT NULL, status TEXT NOT NULL, "
                           "fail_reason TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX detail_snapshots_batch ON detail_snapshots(batch_id, id)"),
        },
        {
            // A draft made from another batch (e.g. its failed payouts) remembers where it came from,
            // so that the same failures are not drafted, and paid, twice.
            QStringLiteral(
                "CREATE TABLE draft_origins (draft_id INTEGER PRIMARY KEY REFERENCES drafts(id) ON DELETE "
                "CASCADE, origin_request_id TEXT NOT NULL, kind TEXT NOT NULL, created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX draft_origins_origin ON draft_origins(origin_request_id)"),
        },
        {
            // One reconciler per batch on one journal (BatchLease): the holder and until when.
            QStringLiteral("CREATE TABLE batch_leases (batch_id INTEGER PRIMARY KEY REFERENCES batches(id), holder "
                           "TEXT NOT NULL, acquired_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)"),
        },
        {
            // The recipient directory (DirectoryStore): payees, their accounts and the history of
            // every change. Plain SQL that PostgreSQL runs unchanged: BIGINT keys the store
            // allocates, BIGINT times, TEXT values, no engine-specific function.
            QStringLiteral("CREATE TABLE payees (id BIGINT PRIMARY KEY, name TEXT NOT NULL, reference TEXT NOT NULL "
                           "DEFAULT '', notes TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '', created_at "
                           "BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE payee_accounts (id BIGINT PRIMARY KEY, payee_id BIGINT NOT NULL REFERENCES "
                           "payees(id) ON DELETE CASCADE, destination_type TEXT NOT NULL CHECK (destination_type IN "
                           "('bank', 'ewallet')), bank_account_name TEXT NOT NULL DEFAULT '', bank_account_no TEXT "
                           "NOT NULL DEFAULT '', bank_account_type TEXT NOT NULL DEFAULT '', bank_name TEXT NOT NULL "
                           "DEFAULT '', bank_country_code TEXT NOT NULL DEFAULT '', bank_swift_code TEXT NOT NULL "
                           "DEFAULT '', wallet_account_name TEXT NOT NULL DEFAULT '', wallet_account_number TEXT NOT "
                           "NULL DEFAULT '', wallet_account_type TEXT NOT NULL DEFAULT '', wallet_provider TEXT NOT "
                           "NULL DEFAULT '', wallet_deposit_key_type TEXT NOT NULL DEFAULT '', wallet_deposit_key "
                           "TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, changed_at BIGINT NOT NULL DEFAULT "
                           "0)"),
            QStringLiteral("CREATE INDEX payee_accounts_payee ON payee_accounts(payee_id)"),
            // The history outlives the payee it describes: no foreign key, nothing cascades into it.
            QStringLiteral("CREATE TABLE payee_changes (id BIGINT PRIMARY KEY, payee_id BIGINT NOT NULL, account_id "
                           "BIGINT NOT NULL DEFAULT 0, at BIGINT NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL, "
                           "old_value TEXT NOT NULL, new_value TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX payee_changes_payee ON payee_changes(payee_id, at)"),
        },
        {
            // The batch list counts each batch's paid and failed payouts: from the index alone,
            // not by reading every payout (100,000 batches of 100 payouts, bench_teamjournal).
            QStringLiteral("CREATE INDEX batch_details_status ON batch_details(batch_id, status)"),
        },
        {
            // SQLite keeps the body of a batch frozen from now on apart from its row, which every
            // state change rewrites (SqlDialect::batchBody); PostgreSQL leaves this table empty.
            QStringLiteral("CREATE TABLE batch_bodies (batch_id INTEGER PRIMARY KEY REFERENCES batches(id) ON DELETE "
                           "CASCADE, body BLOB NOT NULL)"),
        },
        {
            // At 100,000 batches of 100 payouts (bench_teamjournal) the questions asked most are
            // answered from indexes alone. The Batches page's overview finds today's batches by
            // their creation time and sums what they paid from batch_details_paid; the duplicate
            // check reads each earlier payment to the same recipient and amount from
            // batch_details_same_payment without visiting the payouts' rows. Each of the two
            // replaces an index that is a prefix of it.
            QStringLiteral("CREATE INDEX batches_created ON batches(created_at)"),
            QStringLiteral("CREATE INDEX batch_details_paid ON batch_details(batch_id, status, amount_key)"),
            QStringLiteral("DROP INDEX batch_details_status"),
            QStringLiteral("CREATE INDEX batch_details_same_payment ON batch_details(recipient_key, amount_key, "
                           "batch_id, status, mch_order_id, amount)"),
            QStringLiteral("DROP INDEX batch_details_recipient"),
        },
    };
    return m;
}

} // namespace

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

Journal::Journal(QString location, QString connection, Clock clock)
    : m_location(std::move(location))
    , m_path(SqlDialect::displayLocation(m_location))
    , m_connection(std::move(connection))
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentMSecsSinceEpoch))
{}

Journal::~Journal()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Journal> Journal::open(const QString &path, QString *error, Clock clock)
{
    const QString connection = QStringLiteral("lesspay-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Journal> journal(new Journal(path, connection, std::move(clock)));
    if (!journal->initialize(error))
        return nullptr;
    return journal;
}

bool Journal::initialize(QString *error)
{
    if (SqlDialect::isServerUrl(m_location)) {
        QSqlDatabase db = SqlDialect::addServerConnection(m_location, m_connection);
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open the journal %1: %2").arg(m_path, db.lastError().text());
            return false;
        }
        if (!migrate(error))
            return false;
        JournalNotifier::ensureTriggers(*this);
        return true;
    }
    const QFileInfo info(m_path);
    const bool folderExisted = QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    if (!folderExisted) {
        // A folder the journal creates is private too (an existing one is left as it is).
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!info.exists()) {
        // Create the file ourselves so that it is private from its first byte; SQLite gives
        // the -wal and -shm files the mode of the database file.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot create %1: %2").arg(m_path, file.errorString());
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the journal %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // A page cache of 64 MB rather than SQLite's 2 MB: the duplicate check of a large draft looks
    // up thousands of payouts in an index of millions (bench_teamjournal).
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                              QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=15000"),
                              QStringLiteral("PRAGMA cache_size=-65536")};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            if (error)
                *error = tr("Cannot prepare the journal %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    q.finish();
    if (!migrate(error))
        return false;
    restrictPermissions();
    return true;
}

bool Journal::migrate(QString *error)
{
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return false;
    }
    const int from = schemaVersion();
    if (from > SchemaVersion) {
        if (error)
            *error = tr("The journal was written by a newer version of the console (schema %1).").arg(from);
        return false;
    }
    const SqlDialect::Backend backend = SqlDialect::of(db);
    QSqlQuery q(db);
    for (int v = from; v < SchemaVersion; ++v) {
        for (const QString &statement : migrations().at(v)) {
            if (!q.exec(SqlDialect::ddl(backend, statement))) {
                if (error)
                    *error = tr("Cannot upgrade the journal: %1").arg(q.lastError().text());
                return false;
            }
        }
    }
    q.finish();
    if (from != SchemaVersion && !SqlDialect::setSchemaVersion(db, SchemaVersion, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

void Journal::restrictPermissions() const
{
    if (SqlDialect::isServerUrl(m_location))
        return;
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_path + suffix);
        if (file.exists())
            file.setPermissions(mode);
    }
}

int Journal::schemaVersion() const
{
    return SqlDialect::schemaVersion(database());
}

bool Journal::isServer() const
{
    return SqlDialect::isServerUrl(m_location);
}

bool Journal::integrityOk() const
{
    QSqlQuery q(database());
    // A server checks its own pages; the question there is only whether it answers.
    if (isServer())
        return q.exec(QStringLiteral("SELECT 1")) && q.next();
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() && q.value(0).toString() == QLatin1String("ok");
}

std::optional<Journal::FreezeResult> Journal::freeze(qint64 draftId, const QString &profileId, const QByteArray &body,
                                                     QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray details = o.value(QLatin1String("payout_order_details")).toArray();
    BatchRow row;
    row.draftId = draftId;
    row.profileId = profileId;
    row.requestId = o.value(QLatin1String("request_id")).toString();
    row.currency = o.value(QLatin1String("currency")).toString();
    row.totalAmount = o.value(QLatin1String("total_amount")).toString();
    row.detailCount = int(details.size());
    const auto detailAt = [&details, &row](int i) {
        const QJsonObject d = details.at(i).toObject();
        DetailRow out;
        out.mchOrderId = d.value(QLatin1String("mch_order_id")).toString();
        out.amount = d.value(QLatin1String("amount")).toString();
        out.recipientKey = RecipientKey::of(row.currency, d);
        out.account = d.value(QLatin1String("bank_account_no")).toString();
        if (out.account.isEmpty())
            out.account =
                d.value(QLatin1String("e_wallet")).toObject().value(QLatin1String("account_number")).toString();
        return out;
    };
    return insertFrozen(row, body, detailAt, {}, error);
}

std::optional<Journal::FreezeResult> Journal::freeze(const FreezeInput &input, QString *error)
{
    if (!input.batch) {
        if (error)
            *error = tr("The batch body has no request_id or no details.");
        return std::nullopt;
    }
    const Batch &batch = *input.batch;
    BatchRow row;
    row.draftId = input.draftId;
    row.profileId = input.profileId;
    row.requestId = input.requestId;
    row.currency = batch.header().currency;
    row.totalAmount = batch.totalString();
    row.detailCount = batch.size();
    // The body holds each row's normalized values (Batch::wireText); so do the keys.
    const auto detailAt = [&batch, &row](int i) {
        const PayoutDetail d = batch.normalizedDetail(i);
        DetailRow out;
        out.mchOrderId = d.value(Field::MchOrderId);
        out.amount = d.value(Field::Amount);
        out.recipientKey = RecipientKey::of(row.currency, d);
        out.account = d.isWallet() ? d.value(Field::WalletAccountNumber) : d.value(Field::BankAccountNo);
        return out;
    };
    return insertFrozen(row, input.body, detailAt, input.progress, error);
}

std::unique_ptr<Journal> Journal::openAgain(QString *error) const
{
    return open(m_location, error, m_clock);
}

bool Journal::checkpoint()
{
    if (isServer())
        return true;
    // PASSIVE never waits: a frame a reader still needs stays in the log for the next checkpoint.
    // The answer is (busy, frames in the log, frames copied).
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.value(0).toInt() == 0 && q.value(1).toInt() == q.value(2).toInt();
}

std::optional<Journal::FreezeResult> Journal::insertFrozen(const BatchRow &row, const QByteArray &body,
                                                           const std::function<DetailRow(int)> &detailAt,
                                                           const std::function<bool(int, int)> &progress,
                                                           QString *error)
{
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(db);
    if (row.draftId > 0) {
        q.prepare(QStringLiteral("SELECT ") + batchColumns(db) + QStringLiteral(" FROM batches WHERE draft_id = ?"));
        q.addBindValue(row.draftId);
        if (q.exec() && q.next()) {
            FreezeResult existing{readBatch(q), false};
            q.finish();
            tx.commit();
            return existing;
        }
    }

    if (row.requestId.isEmpty() || row.detailCount == 0) {
        if (error)
            *error = tr("The batch body has no request_id or no details.");
        return std::nullopt;
    }
    const qint64 at = now();
    // On SQLite the body goes to batch_bodies (SqlDialect::batchBody), the row holds an empty one.
    const bool bodyApart = SqlDialect::of(db) == SqlDialect::Backend::Sqlite;
    q.prepare(QStringLiteral("INSERT INTO batches (request_id, draft_id, profile_id, body, state, currency, "
                             "total_amount, detail_count, created_at, updated_at) VALUES (?, ?, ?, ")
              + (bodyApart ? QStringLiteral("X''") : QStringLiteral("?"))
              + QStringLiteral(", ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(row.requestId);
    q.addBindValue(row.draftId > 0 ? QVariant(row.draftId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nonNull(row.profileId));
    if (!bodyApart)
        q.addBindValue(body);
    q.addBindValue(BatchStates::key(BatchState::Frozen));
    q.addBindValue(nonNull(row.currency));
    q.addBindValue(nonNull(row.totalAmount));
    q.addBindValue(row.detailCount);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The batch could not be recorded: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    const qint64 batchId = q.value(0).toLongLong();
    q.finish();
    if (bodyApart) {
        q.prepare(QStringLiteral("INSERT INTO batch_bodies (batch_id, body) VALUES (?, ?)"));
        q.addBindValue(batchId);
        q.addBindValue(body);
        if (!q.exec()) {
            if (error)
                *error = tr("The batch could not be recorded: %1").arg(q.lastError().text());
            return std::nullopt;
        }
        q.finish();
    }

    q.prepare(QStringLiteral("INSERT INTO batch_details (batch_id, mch_order_id, amount, amount_key, recipient_key, "
                             "masked_account, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < row.detailCount; ++i) {
        if (progress && i % 500 == 0 && !progress(i, row.detailCount)) {
            tx.rollback();
            if (error)
                *error = tr("Cancelled: nothing was recorded or sent.");
            return std::nullopt;
        }
        const DetailRow d = detailAt(i);
        const std::optional<qint64> amountKey = RecipientKey::amountKey(d.amount);
        q.addBindValue(batchId);
        q.addBindValue(nonNull(d.mchOrderId));
        q.addBindValue(nonNull(d.amount));
        q.addBindValue(amountKey ? QVariant(*amountKey) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(d.recipientKey);
        q.addBindValue(nonNull(LogMasker::maskValue(d.account)));
        q.addBindValue(at);
        if (!q.exec()) {
            if (error)
                *error = tr("The batch could not be recorded: %1").arg(q.lastError().text());
            return std::nullopt;
        }
    }
    q.finish();
    if (progress && !progress(row.detailCount, row.detailCount)) {
        tx.rollback();
        if (error)
            *error = tr("Cancelled: nothing was recorded or sent.");
        return std::nullopt;
    }
    if (!addSnapshot(batchId, BatchStates::key(BatchState::Frozen), QString(), tr("Frozen for sending"))) {
        if (error)
            *error = m_lastError;
        return std::nullopt;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    restrictPermissions();
    std::optional<FrozenBatch> frozen = batchById(batchId);
    if (!frozen)
        return std::nullopt;
    return FreezeResult{*frozen, true};
}

std::optional<FrozenBatch> Journal::selectBatch(const QString &where, const QVariant &key, bool withBody) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + (withBody ? batchColumns(database()) : BatchColumnsWithoutBody)
              + QStringLiteral(" FROM batches WHERE ") + where + QStringLiteral(" = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readBatch(q);
}

std::optional<FrozenBatch> Journal::batch(const QString &requestId) const
{
    return selectBatch(QStringLiteral("request_id"), requestId, true);
}

std::optional<FrozenBatch> Journal::batchById(qint64 id) const
{
    return selectBatch(QStringLiteral("id"), id, true);
}

std::optional<FrozenBatch> Journal::batchWithoutBody(const QString &requestId) const
{
    return selectBatch(QStringLiteral("request_id"), requestId, false);
}

std::optional<FrozenBatch> Journal::batchByIdWithoutBody(qint64 id) const
{
    return selectBatch(QStringLiteral("id"), id, false);
}

QList<FrozenBatch> Journal::unresolvedBatches() const
{
    QList<FrozenBatch> out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT ") + BatchColumnsWithoutBody
                + QStringLiteral(" FROM batches WHERE state IN ('frozen', 'sending', 'unknown', 'reconciling') "
                                 "ORDER BY id")))
        return out;
    while (q.next())
        out.append(readBatch(q));
    return out;
}

QList<FrozenBatch> Journal::batchesToPoll() const
{
    QList<FrozenBatch> out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT ") + BatchColumnsWithoutBody
                + QStringLiteral(" FROM batches WHERE state = 'accepted' AND order_status NOT IN ('SUCCEED', "
                                 "'FAILED', 'PARTIAL_SUCCESS') ORDER BY id")))
        return out;
    while (q.next())
        out.append(readBatch(q));
    return out;
}

bool Journal::addSnapshot(qint64 batchId, const QString &state, const QString &status, const QString &note)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO batch_snapshots (batch_id, at, state, order_status, note) VALUES (?, ?, ?, "
                             "?, ?)"));
    q.addBindValue(batchId);
    q.addBindValue(now());
    q.addBindValue(nonNull(state));
    q.addBindValue(nonNull(status));
    q.addBindValue(nonNull(note));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Journal::isTeamWorkspace() const
{
    if (!isServer())
        return false;
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT to_regclass('lesspay_team') IS NOT NULL")) && q.next() && q.value(0).toBool();
}

QString Journal::sendRefusal(qint64 batchId) const
{
    if (!m_offlineReason.isEmpty())
        return m_offlineReason;
    if (!isTeamWorkspace())
        return {};
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT request_id, approval_state FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return tr("The batch cannot be read from the team workspace: %1").arg(q.lastError().text());
    const QString state = q.value(1).toString();
    if (state == QLatin1String("approved"))
        return {};
    if (state == QLatin1String("rejected"))
        return tr("Batch %1 was rejected by an approver: it is not sent.").arg(q.value(0).toString());
    return tr("Batch %1 is not approved yet: in a team workspace a batch is sent only once approved.")
        .arg(q.value(0).toString());
}

bool Journal::markSending(qint64 batchId)
{
    if (!m_offlineReason.isEmpty()) {
        m_lastError = m_offlineReason;
        return false;
    }
    SqlTransaction tx(database());
    if (!tx.begin())
        return false;
    QSqlQuery q(database());
    const qint64 at = now();
    if (isTeamWorkspace()) {
        q.prepare(QStringLiteral("SELECT lesspay_mark_sending(?, ?)"));
        q.addBindValue(batchId);
        q.addBindValue(at);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            tx.rollback();
            return false;
        }
        q.finish();
        if (!addSnapshot(batchId, BatchStates::key(BatchState::Sending), QString(), QString()))
            return false;
        return tx.commit();
    }
    q.prepare(QStringLiteral("UPDATE batches SET state = 'sending', send_count = send_count + 1, last_sent_at = ?, "
                             "not_found_since = 0, not_found_count = 0, updated_at = ? WHERE id = ?"));
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(batchId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.finish();
    if (!addSnapshot(batchId, BatchStates::key(BatchState::Sending), QString(), QString()))
        return false;
    return tx.commit();
}

bool Journal::setState(qint64 batchId, BatchState state, const QString &note, const QString &lastError)
{
    SqlTransaction tx(database());
    if (!tx.begin())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT state, order_status FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return false;
    const QString previous = q.value(0).toString();
    const QString status = q.value(1).toString();
    q.finish();
    q.prepare(QStringLiteral("UPDATE batches SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(BatchStates::key(state));
    q.addBindValue(nonNull(lastError));
    q.addBindValue(now());
    q.addBindValue(batchId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.finish();
    // The timeline shows transitions, not every retry that left the state as it was.
    if ((previous != BatchStates::key(state) || !note.isEmpty())
        && !addSnapshot(batchId, BatchStates::key(state), status, note))
        return false;
    return tx.commit();
}

bool Journal::markNotSent(qint64 batchId, const QString &reason)
{
    SqlTransaction tx(database());
    if (!tx.begin())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE batches SET state = 'not_sent', send_count = CASE WHEN send_count > 0 THEN send_count - 1 ELSE 0 END, "
        "last_error = ?, updated_at = ? WHERE id = ? AND state = 'sending'"));
    q.addBindValue(nonNull(reason));
    q.addBindValue(now());
    q.addBindValue(batchId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.finish();
    if (!addSnapshot(batchId, BatchStates::key(BatchState::NotSent), QString(), reason))
        return false;
    return tx.commit();
}

Journal::NotFound Journal::recordNotFound(qint64 batchId)
{
    NotFound nf;
    SqlTransaction tx(database());
    if (!tx.begin())
        return nf;
    QSqlQuery q(database());
    const qint64 at = now();
    q.prepare(
        QStringLiteral("UPDATE batches SET not_found_since = CASE WHEN not_found_since = 0 THEN ? ELSE "
                       "not_found_since END, not_found_count = not_found_count + 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(batchId);
    if (!q.exec())
        return nf;
    q.prepare(QStringLiteral("SELECT not_found_since, not_found_count FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (q.exec() && q.next()) {
        nf.since = q.value(0).toLongLong();
        nf.count = q.value(1).toInt();
    }
    q.finish();
    tx.commit();
    return nf;
}

Journal::RemoteChanges Journal::applyRemote(qint64 batchId, const RemoteBatch &remote)
{
    RemoteChanges changes;
    SqlTransaction tx(database());
    if (!tx.begin())
        return changes;
    QSqlQuery q(database());
    const qint64 at = now();
    q.prepare(QStringLiteral("SELECT state, order_status, pay_order_id, fail_reason FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return changes;
    const QString state = q.value(0).toString();
    const QString oldStatus = q.value(1).toString();
    const QString oldPayOrderId = q.value(2).toString();
    const QString oldFailReason = q.value(3).toString();
    q.finish();

    // An answer without a field does not erase what an earlier answer said.
    const QString status = remote.status.text().isEmpty() ? oldStatus : remote.status.text();
    const QString payOrderId = remote.payOrderId.isEmpty() ? oldPayOrderId : remote.payOrderId;
    const QString failReason = remote.failReason.isEmpty() ? oldFailReason : remote.failReason;
    if (status != oldStatus || payOrderId != oldPayOrderId || failReason != oldFailReason) {
        q.prepare(QStringLiteral("UPDATE batches SET order_status = ?, pay_order_id = ?, fail_reason = ?, "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(nonNull(status));
        q.addBindValue(nonNull(payOrderId));
        q.addBindValue(nonNull(failReason));
        q.addBindValue(at);
        q.addBindValue(batchId);
        if (!q.exec())
            return changes;
        q.finish();
        if (status != oldStatus && !addSnapshot(batchId, state, status, failReason))
            return changes;
        changes.batchChanged = true;
    }

    QHash<QString, std::pair<QString, QString>> known;
    q.prepare(QStringLiteral("SELECT mch_order_id, status, fail_reason FROM batch_details WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return {};
    while (q.next())
        known.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    q.finish();

    QSqlQuery update(database());
    update.prepare(QStringLiteral("UPDATE batch_details SET status = ?, fail_reason = ?, detail_id = ?, "
                                  "channel_order_no = ?, updated_at = ? WHERE batch_id = ? AND mch_order_id = ?"));
    QSqlQuery snapshot(database());
    snapshot.prepare(QStringLiteral("INSERT INTO detail_snapshots (batch_id, mch_order_id, at, status, fail_reason) "
                                    "VALUES (?, ?, ?, ?, ?)"));
    for (const RemoteDetail &d : remote.details) {
        const auto it = known.constFind(d.mchOrderId);
        if (it == known.constEnd() || d.status.isEmpty())
            continue;
        if (it->first == d.status && it->second == d.failReason)
            continue;
        for (const QVariant &v :
             {QVariant(nonNull(d.status)), QVariant(nonNull(d.failReason)), QVariant(nonNull(d.detailId)),
              QVariant(nonNull(d.channelOrderNo)), QVariant(at), QVariant(batchId), QVariant(d.mchOrderId)})
            update.addBindValue(v);
        if (!update.exec())
            return {};
        for (const QVariant &v : {QVariant(batchId), QVariant(d.mchOrderId), QVariant(at), QVariant(nonNull(d.status)),
                                  QVariant(nonNull(d.failReason))})
            snapshot.addBindValue(v);
        if (!snapshot.exec())
            return {};
        changes.details.append(d.mchOrderId);
    }
    update.finish();
    snapshot.finish();
    if (!tx.commit())
        return {};
    return changes;
}

void Journal::logEvent(qint64 batchId, const EventEntry &event)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO events (batch_id, at, kind, endpoint, http_status, code, summary, body) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(batchId);
    q.addBindValue(event.at > 0 ? event.at : now());
    q.addBindValue(nonNull(event.kind));
    q.addBindValue(nonNull(event.endpoint));
    q.addBindValue(event.httpStatus);
    q.addBindValue(event.code);
    q.addBindValue(nonNull(event.summary));
    q.addBindValue(event.body.isEmpty() ? QByteArray("") : LogMasker::maskBody(event.body));
    if (!q.exec())
        m_lastError = q.lastError().text();
}

} // namespace Lesspay::Core
