// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryimport.h"

#include "journal/directorystore.h"
#include "journal/teamdirectoryhistory.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Lesspay::Core {

namespace {

qint64 maxOf(QSqlQuery &q, const QString &sql)
{
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool DirectoryImport::run(const QSqlDatabase &from, const QSqlDatabase &to, bool teamWorkspace, Result *result,
                          QString *failedTable, QString *message)
{
    QSqlQuery src(from);
    QSqlQuery dst(to);
    src.setForwardOnly(true);
    const auto fail = [failedTable, message](const QString &table, const QSqlQuery &q) {
        *failedTable = table;
        *message = q.lastError().text();
        return false;
    };
    if (teamWorkspace) {
        for (const QString &statement : TeamDirectoryHistory::suspendForImport()) {
            if (!dst.exec(statement))
                return fail(QStringLiteral("payees"), dst);
        }
    }

    QHash<qint64, qint64> payeeIds; // source id -> target id
    qint64 nextPayee = maxOf(dst, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM payees")) + 1;
    if (!src.exec(QStringLiteral("SELECT id, name, reference, notes, tags, created_at, updated_at FROM payees ORDER BY "
                                 "id")))
        return fail(QStringLiteral("payees"), src);
    while (src.next()) {
        dst.prepare(QStringLiteral("SELECT id FROM payees WHERE name = ? AND reference = ? AND created_at = ?"));
        dst.addBindValue(src.value(1));
        dst.addBindValue(src.value(2));
        dst.addBindValue(src.value(5));
        if (!dst.exec())
            return fail(QStringLiteral("payees"), dst);
        if (dst.next()) {
            payeeIds.insert(src.value(0).toLongLong(), dst.value(0).toLongLong());
            ++result->payeesSkipped;
            continue;
        }
        dst.prepare(QStringLiteral("INSERT INTO payees (id, name, reference, notes, tags, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        dst.addBindValue(nextPayee);
        for (int c = 1; c <= 6; ++c)
            dst.addBindValue(src.value(c));
        if (!dst.exec())
            return fail(QStringLiteral("payees"), dst);
        payeeIds.insert(src.value(0).toLongLong(), nextPayee++);
        ++result->payees;
    }

    const QStringList &columns = DirectoryStore::accountColumns();
    const QString accountColumns = columns.join(QStringLiteral(", "));
    QHash<qint64, qint64> accountIds;
    qint64 nextAccount = maxOf(dst, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM payee_accounts")) + 1;
    if (!src.exec(QStringLiteral("SELECT id, payee_id, ") + accountColumns
                  + QStringLiteral(", created_at, changed_at FROM payee_accounts ORDER BY id")))
        return fail(QStringLiteral("payee_accounts"), src);
    const int createdColumn = int(columns.size()) + 2;
    const int typeColumn = 2 + int(columns.indexOf(QStringLiteral("destination_type")));
    const int bankNoColumn = 2 + int(columns.indexOf(QStringLiteral("bank_account_no")));
    const int walletNoColumn = 2 + int(columns.indexOf(QStringLiteral("wallet_account_number")));
    while (src.next()) {
        const qint64 payee = payeeIds.value(src.value(1).toLongLong());
        if (payee == 0)
            continue; // an account's payee is always there (ON DELETE CASCADE)
        dst.prepare(QStringLiteral("SELECT id FROM payee_accounts WHERE payee_id = ? AND created_at = ? AND "
                                   "destination_type = ? AND bank_account_no = ? AND wallet_account_number = ?"));
        dst.addBindValue(payee);
        for (const int c : {createdColumn, typeColumn, bankNoColumn, walletNoColumn})
            dst.addBindValue(src.value(c));
        if (!dst.exec())
            return fail(QStringLiteral("payee_accounts"), dst);
        if (dst.next()) {
            accountIds.insert(src.value(0).toLongLong(), dst.value(0).toLongLong());
            continue;
        }
        QStringList marks(columns.size() + 4, QStringLiteral("?"));
        dst.prepare(QStringLiteral("INSERT INTO payee_accounts (id, payee_id, ") + accountColumns
                    + QStringLiteral(", created_at, changed_at) VALUES (") + marks.join(QStringLiteral(", ")) + u')');
        dst.addBindValue(nextAccount);
        dst.addBindValue(payee);
        for (int c = 2; c < createdColumn + 2; ++c)
            dst.addBindValue(src.value(c));
        if (!dst.exec())
            return fail(QStringLiteral("payee_accounts"), dst);
        accountIds.insert(src.value(0).toLongLong(), nextAccount++);
        ++result->accounts;
    }

    // The history also names payees and accounts that were removed since: they get ids of their
    // own on the target (one per removed payee or account, so its entries stay together), found
    // again on a second run through an entry already copied.
    qint64 nextOrphanPayee = std::max(nextPayee, maxOf(dst, QStringLiteral("SELECT COALESCE(MAX(payee_id), 0) FROM "
                                                                           "payee_changes"))
                                                     + 1);
    qint64 nextOrphanAccount =
        std::max(nextAccount, maxOf(dst, QStringLiteral("SELECT COALESCE(MAX(account_id), 0) FROM payee_changes")) + 1);
    qint64 nextChange = maxOf(dst, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM payee_changes")) + 1;
    if (!src.exec(QStringLiteral("SELECT payee_id, account_id, at, who, what, old_value, new_value FROM payee_changes "
                                 "ORDER BY id")))
        return fail(QStringLiteral("payee_changes"), src);
    while (src.next()) {
        const qint64 sourcePayee = src.value(0).toLongLong();
        const qint64 sourceAccount = src.value(1).toLongLong();
        qint64 payee = payeeIds.value(sourcePayee);
        qint64 account = sourceAccount == 0 ? 0 : accountIds.value(sourceAccount);
        dst.prepare(QStringLiteral("SELECT payee_id, account_id FROM payee_changes WHERE at = ? AND who = ? AND what = "
                                   "? AND old_value = ? AND new_value = ?")
                    + (payee != 0 ? QStringLiteral(" AND payee_id = ?") : QString()));
        for (int c = 2; c <= 6; ++c)
            dst.addBindValue(src.value(c));
        if (payee != 0)
            dst.addBindValue(payee);
        if (!dst.exec())
            return fail(QStringLiteral("payee_changes"), dst);
        if (dst.next()) {
            payeeIds.insert(sourcePayee, dst.value(0).toLongLong());
            if (sourceAccount != 0)
                accountIds.insert(sourceAccount, dst.value(1).toLongLong());
            continue;
        }
        if (payee == 0) {
            payee = nextOrphanPayee++;
            payeeIds.insert(sourcePayee, payee);
        }
        if (sourceAccount != 0 && account == 0) {
            account = nextOrphanAccount++;
            accountIds.insert(sourceAccount, account);
        }
        dst.prepare(QStringLiteral("INSERT INTO payee_changes (id, payee_id, account_id, at, who, what, old_value, "
                                   "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        dst.addBindValue(nextChange++);
        dst.addBindValue(payee);
        dst.addBindValue(account);
        for (int c = 2; c <= 6; ++c)
            dst.addBindValue(src.value(c));
        if (!dst.exec())
            return fail(QStringLiteral("payee_changes"), dst);
        ++result->changes;
    }
    src.finish();

    if (teamWorkspace) {
        for (const QString &statement : TeamDirectoryHistory::resumeAfterImport()) {
            if (!dst.exec(statement))
                return fail(QStringLiteral("payees"), dst);
        }
    }
    dst.finish();
    return true;
}

} // namespace Lesspay::Core
