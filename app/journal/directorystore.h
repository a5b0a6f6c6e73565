// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/payeerecords.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class QSqlQuery;

namespace Lesspay::Core {

class Journal;

// The recipient directory's tables in the journal (schema 4): payees, their payout accounts and
// the history of every change (who, when, old and new value; numbers masked). Every write is one
// transaction with its history rows, so no change is stored without its trace. The SQL is plain
// (BIGINT keys allocated here, bound parameters, no engine-specific function) so that it runs
// unchanged on SQLite and PostgreSQL.
class DirectoryStore
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryStore)

public:
    explicit DirectoryStore(Journal &journal);

    // Inserts the payee and its accounts; returns the payee with the ids and times it got.
    std::optional<Payee> addPayee(const Payee &payee, const QString &who, QString *error = nullptr);
    // Name, reference, notes and tags (the accounts are left alone).
    bool updatePayee(const Payee &payee, const QString &who, QString *error = nullptr);
    bool removePayee(qint64 payeeId, const QString &who, QString *error = nullptr);
    std::optional<PayeeAccount> addAccount(qint64 payeeId, const PayoutDetail &account, const QString &who,
                                           QString *error = nullptr);
    // Records one history entry per field that differs and marks the account changed now.
    std::optional<PayeeAccount> updateAccount(qint64 accountId, const PayoutDetail &account, const QString &who,
                                              QString *error = nullptr);
    bool removeAccount(qint64 accountId, const QString &who, QString *error = nullptr);

    QList<Payee> payees() const; // every payee with its accounts, by id
    std::optional<Payee> payee(qint64 payeeId) const;
    QList<PayeeChange> changes(qint64 payeeId) const; // newest first

    // Payouts in the journal to any of these recipient keys (RecipientKey::of), newest first.
    QList<PayeePayout> payouts(const QStringList &recipientKeys, int limit = 200) const;
    // The latest paid (SUCCEED) payout per recipient key.
    QHash<QString, LastPayment> lastPayments() const;

    // The fields an account carries: destination type and the bank and e-wallet fields.
    static QList<Field> accountFields();
    // The account fields whose values the history and lists show masked.
    static bool isSensitive(Field field);
    // The payee_accounts column of each of accountFields(), in the same order.
    static const QStringList &accountColumns();

private:
    bool addChange(QSqlQuery &q, const PayeeChange &change);
    std::optional<qint64> nextId(QSqlQuery &q, const QString &table);
    bool insertAccount(QSqlQuery &q, qint64 payeeId, PayeeAccount &account);
    static QString summary(const PayoutDetail &account);

    Journal &m_journal;
    // In a team workspace the server writes the history (TeamDirectoryHistory): the client does not.
    bool m_serverHistory = false;
};

} // namespace Lesspay::Core
