// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalimport.h"

#include "journal/directoryimport.h"
#include "journal/journal.h"
#include "journal/sqldialect.h"
#include "journal/sqltransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Lesspay::Core {

namespace {

const QString BatchCopyColumns = QStringLiteral(
    "request_id, draft_id, profile_id, body, state, order_status, pay_order_id, currency, total_amount, "
    "detail_count, fail_reason, last_error, send_count, not_found_since, not_found_count, created_at, updated_at, "
    "last_sent_at");

// The rows of one batch in one table, copied in their order with the new batch id.
struct ChildTable
{
    QString table;
    QString columns; // without batch_id
    QString order;
};

const QList<ChildTable> &childTables()
{
    static const QList<ChildTable> t{
        {QStringLiteral("batch_details"),
         QStringLiteral("mch_order_id, amount, amount_key, recipient_key, masked_account, status, fail_reason, "
                        "detail_id, channel_order_no, updated_at"),
         QStringLiteral("rowid")},
        {QStringLiteral("events"), QStringLiteral("at, kind, endpoint, http_status, code, summary, body"),
         QStringLiteral("id")},
        {QStringLiteral("batch_snapshots"), QStringLiteral("at, state, order_status, note"), QStringLiteral("id")},
        {QStringLiteral("detail_snapshots"), QStringLiteral("mch_order_id, at, status, fail_reason"),
         QStringLiteral("id")},
    };
    return t;
}

QString marks(int count)
{
    QStringList m;
    for (int i = 0; i < count; ++i)
        m.append(QStringLiteral("?"));
    return m.join(QStringLiteral(", "));
}

} // namespace

std::optional<JournalImport::Result> JournalImport::run(const Journal &from, Journal &to, QString *error)
{
    const auto fail = [error](const QString &what, const QSqlQuery &q) -> std::optional<Result> {
        if (error)
            *error = tr("The import stopped (%1): %2").arg(what, q.lastError().text());
        return std::nullopt;
    };
    Result result;
    QSqlDatabase target = to.database();
    SqlTransaction tx(target);
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery src(from.database());
    QSqlQuery dst(target);
    src.setForwardOnly(true);

    // Drafts first: batches and links refer to them.
    QHash<qint64, qint64> draftIds;
    if (!src.exec(QStringLiteral("SELECT id, profile_id, title, header, rows, row_count, created_at, updated_at FROM "
                                 "drafts ORDER BY id")))
        return fail(QStringLiteral("drafts"), src);
    while (src.next()) {
        dst.prepare(QStringLiteral("SELECT id FROM drafts WHERE profile_id = ? AND title = ? AND created_at = ?"));
        dst.addBindValue(src.value(1));
        dst.addBindValue(src.value(2));
        dst.addBindValue(src.value(6));
        if (!dst.exec())
            return fail(QStringLiteral("drafts"), dst);
        if (dst.next()) {
            draftIds.insert(src.value(0).toLongLong(), dst.value(0).toLongLong());
            ++result.draftsSkipped;
            continue;
        }
        dst.prepare(QStringLiteral("INSERT INTO drafts (profile_id, title, header, rows, row_count, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (int c = 1; c <= 7; ++c)
            dst.addBindValue(src.value(c));
        if (!dst.exec() || !dst.next())
            return fail(QStringLiteral("drafts"), dst);
        draftIds.insert(src.value(0).toLongLong(), dst.value(0).toLongLong());
        ++result.drafts;
    }

    const bool team = to.isTeamWorkspace();
    // The body where the source keeps it (SqlDialect::batchBody); the target holds it in its row,
    // which SQLite reads as well.
    const QString sourceColumns =
        QString(BatchCopyColumns)
            .replace(QStringLiteral(", body,"),
                     QStringLiteral(", ")
                         + SqlDialect::batchBody(SqlDialect::of(from.database()), QStringLiteral("batches"))
                         + QStringLiteral(" AS body,"));
    if (!src.exec(QStringLiteral("SELECT id, ") + sourceColumns + QStringLiteral(" FROM batches ORDER BY id")))
        return fail(QStringLiteral("batches"), src);
    QList<std::pair<qint64, qint64>> copied; // source id, target id
    while (src.next()) {
        dst.prepare(QStringLiteral("SELECT 1 FROM batches WHERE request_id = ?"));
        dst.addBindValue(src.value(1));
        if (!dst.exec())
            return fail(QStringLiteral("batches"), dst);
        if (dst.next()) {
            ++result.batchesSkipped;
            continue;
        }
        dst.prepare(QStringLiteral("INSERT INTO batches (") + BatchCopyColumns + QStringLiteral(") VALUES (")
                    + marks(18) + QStringLiteral(") RETURNING id"));
        for (int c = 1; c <= 18; ++c) {
            if (c == 2) {
                const QVariant draft = src.value(2);
                dst.addBindValue(draft.isNull() || !draftIds.contains(draft.toLongLong())
                                     ? QVariant(QMetaType::fromType<qint64>())
                                     : QVariant(draftIds.value(draft.toLongLong())));
                continue;
            }
            dst.addBindValue(src.value(c));
        }
        if (!dst.exec() || !dst.next())
            return fail(QStringLiteral("batches"), dst);
        const qint64 id = dst.value(0).toLongLong();
        copied.append({src.value(0).toLongLong(), id});
        if (team && src.value(5).toString() != QLatin1String("frozen")) {
            dst.prepare(QStringLiteral("UPDATE batches SET approval_state = 'approved', body_sha256 = "
                                       "encode(sha256(body), 'hex'), approvals_required = 0 WHERE id = ?"));
            dst.addBindValue(id);
            if (!dst.exec())
                return fail(QStringLiteral("batches"), dst);
        }
        ++result.batches;
    }

    QSqlQuery rows(from.database());
    rows.setForwardOnly(true);
    for (const ChildTable &t : childTables()) {
        const int columns = int(t.columns.count(u',')) + 1;
        dst.prepare(QStringLiteral("INSERT INTO ") + t.table + QStringLiteral(" (batch_id, ") + t.columns
                    + QStringLiteral(") VALUES (") + marks(columns + 1) + u')');
        for (const auto &[sourceId, targetId] : std::as_const(copied)) {
            rows.prepare(QStringLiteral("SELECT ") + t.columns + QStringLiteral(" FROM ") + t.table
                         + QStringLiteral(" WHERE batch_id = ? ORDER BY ") + t.order);
            rows.addBindValue(sourceId);
            if (!rows.exec())
                return fail(t.table, rows);
            while (rows.next()) {
                dst.addBindValue(targetId);
                for (int c = 0; c < columns; ++c)
                    dst.addBindValue(rows.value(c));
                if (!dst.exec())
                    return fail(t.table, dst);
            }
        }
    }

    // A draft's link to the batch it was made from, for the drafts copied now.
    if (!src.exec(QStringLiteral("SELECT draft_id, origin_request_id, kind, created_at FROM draft_origins")))
        return fail(QStringLiteral("draft_origins"), src);
    while (src.next()) {
        const qint64 draft = draftIds.value(src.value(0).toLongLong());
        dst.prepare(QStringLiteral("SELECT 1 FROM draft_origins WHERE draft_id = ?"));
        dst.addBindValue(draft);
        if (draft == 0 || !dst.exec())
            continue;
        if (dst.next())
            continue;
        dst.prepare(QStringLiteral(
            "INSERT INTO draft_origins (draft_id, origin_request_id, kind, created_at) VALUES (?, ?, ?, ?)"));
        dst.addBindValue(draft);
        for (int c = 1; c <= 3; ++c)
            dst.addBindValue(src.value(c));
        if (!dst.exec())
            return fail(QStringLiteral("draft_origins"), dst);
    }
    src.finish();
    dst.finish();

    // The recipient directory, in the same transaction.
    DirectoryImport::Result directory;
    QString table;
    QString message;
    if (!DirectoryImport::run(from.database(), target, team, &directory, &table, &message)) {
        if (error)
            *error = tr("The import stopped (%1): %2").arg(table, message);
        return std::nullopt;
    }
    result.payees = directory.payees;
    result.payeesSkipped = directory.payeesSkipped;
    result.payeeAccounts = directory.accounts;
    result.payeeChanges = directory.changes;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    return result;
}

} // namespace Lesspay::Core
