// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/payeeindex.h"
#include "domain/validationissue.h"
#include "journal/directorystore.h"

#include <QObject>

#include <optional>

namespace Lesspay::Core {

class DetailValidator;
class Journal;

// The recipient directory, the one home every front end asks: the payees saved in the journal,
// kept in memory for matching and searching while the user types, every change written with its
// history first and then announced. A row whose holder name is a payee's but whose account is
// none of the saved ones, or whose saved account changed within the window, is a warning
// (PayeeMatch) that a person must confirm before Production.
class PayeeDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayeeDirectory)

public:
    static constexpr int DefaultChangeWindowDays = 30;

    explicit PayeeDirectory(Journal &journal, QObject *parent = nullptr);
    ~PayeeDirectory() override;

    void reload(); // reads every payee from the journal again
    const PayeeIndex &index() const { return m_index; }
    const Payee *payee(qint64 payeeId) const { return m_index.payee(payeeId); }
    QList<Payee> payees() const; // every payee, in the order they were saved

    // A saved account changed within this many days is flagged even though it is saved.
    int changeWindowDays() const { return m_windowDays; }
    void setChangeWindowDays(int days);
    PayeeMatch match(const PayoutDetail &detail) const;

    // Who the history names: the operating-system user running the console.
    QString who() const { return m_who; }
    void setWho(const QString &who) { m_who = who; }

    // A batch row's account: its destination type and bank or e-wallet fields only.
    static PayoutDetail accountOf(const PayoutDetail &row);
    // The row paying this account instead: order ID and amount kept, every account field the account's.
    static PayoutDetail withAccount(const PayoutDetail &row, const PayoutDetail &account);
    // The issues of an account under the payout rules of `currency` (order ID and amount aside).
    static ValidationIssues accountIssues(const DetailValidator &validator, const PayoutDetail &account,
                                          const QString &currency);

    std::optional<Payee> addPayee(const Payee &payee, QString *error = nullptr);
    bool updatePayee(const Payee &payee, QString *error = nullptr);
    bool removePayee(qint64 payeeId, QString *error = nullptr);
    std::optional<PayeeAccount> addAccount(qint64 payeeId, const PayoutDetail &account, QString *error = nullptr);
    std::optional<PayeeAccount> updateAccount(qint64 accountId, const PayoutDetail &account, QString *error = nullptr);
    bool removeAccount(qint64 accountId, QString *error = nullptr);
    // What the payee form saves: a new payee (id 0) with its accounts, or an edited one whose
    // fields and accounts are compared with the saved ones; each difference is written through
    // the calls above, so every change leaves its history. Returns the payee's id, or 0.
    qint64 savePayee(const Payee &edited, QString *error = nullptr);

    // Draft rows paying these payees again: each payee's first account, with the amount last paid
    // to it in `currency` (empty when it was never paid in that currency); order IDs left empty.
    QList<PayoutDetail> rowsFor(const QList<qint64> &payeeIds, const QString &currency) const;

    QList<PayeeChange> changes(qint64 payeeId) const;
    QList<PayeePayout> payouts(qint64 payeeId, int limit = 200) const;
    // The latest paid payout to any of the payee's accounts, from the journal (cached; refreshed
    // by refreshPayments()).
    std::optional<LastPayment> lastPaid(qint64 payeeId) const;
    void refreshPayments();
    // lastPaid() in words for the editor: "Juan Dela Cruz was last paid 150.00 PHP on 02/11/2026."
    QString lastPaidText(qint64 payeeId) const;

Q_SIGNALS:
    void payeeAdded(qint64 payeeId);
    void payeeChanged(qint64 payeeId); // its fields, accounts or last payment
    void payeeRemoved(qint64 payeeId);
    void reloaded();
    // The window of changeWindowDays() changed: every row's warning may have changed.
    void changeWindowDaysChanged(int days);

private:
    void refreshPayee(qint64 payeeId);
    QStringList recipientKeys(const Payee &payee) const;

    Journal &m_journal;
    DirectoryStore m_store;
    PayeeIndex m_index;
    int m_windowDays = DefaultChangeWindowDays;
    QString m_who;
    QHash<QString, LastPayment> m_payments; // by RecipientKey
    QStringList m_currencies;               // of the payments, for the recipient keys
};

} // namespace Lesspay::Core
