// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorystore.h"

#include "journal/journal.h"
#include "journal/logmasker.h"
#include "journal/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lesspay::Core {

const QStringList &DirectoryStore::accountColumns()
{
    static const QStringList columns{QStringLiteral("destination_type"),
                                     QStringLiteral("bank_account_name"),
                                     QStringLiteral("bank_account_no"),
                                     QStringLiteral("bank_account_type"),
                                     QStringLiteral("bank_name"),
                                     QStringLiteral("bank_country_code"),
                                     QStringLiteral("bank_swift_code"),
                                     QStringLiteral("wallet_account_name"),
                                     QStringLiteral("wallet_account_number"),
                                     QStringLiteral("wallet_account_type"),
                                     QStringLiteral("wallet_provider"),
                                     QStringLiteral("wallet_deposit_key_type"),
                                     QStringLiteral("wallet_deposit_key")};
    return columns;
}

namespace {

QString accountSelect()
{
    return QStringLiteral("SELECT id, payee_id, ") + DirectoryStore::accountColumns().join(QStringLiteral(", "))
           + QStringLiteral(", created_at, changed_at FROM payee_accounts ");
}

PayeeAccount readAccount(const QSqlQuery &q, qint64 *payeeId)
{
    PayeeAccount a;
    a.id = q.value(0).toLongLong();
    *payeeId = q.value(1).toLongLong();
    const QList<Field> fields = DirectoryStore::accountFields();
    for (int i = 0; i < fields.size(); ++i)
        a.detail.setValue(fields.at(i), q.value(2 + i).toString());
    a.createdAt = q.value(2 + int(fields.size())).toLongLong();
    a.changedAt = q.value(3 + int(fields.size())).toLongLong();
    return a;
}

const QString PayeeSelect =
    QStringLiteral("SELECT id, name, reference, notes, tags, created_at, updated_at FROM payees ");

Payee readPayee(const QSqlQuery &q)
{
    Payee p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.reference = q.value(2).toString();
    p.notes = q.value(3).toString();
    const QString tags = q.value(4).toString();
    if (!tags.isEmpty())
        p.tags = tags.split(u',');
    p.createdAt = q.value(5).toLongLong();
    p.updatedAt = q.value(6).toLongLong();
    return p;
}

// Tags are stored comma-separated: each one trimmed, without commas, no empty ones, no repeats.
QString tagText(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        QString t = tag;
        t.replace(u',', u' ');
        t = t.simplified();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean.append(t);
    }
    return clean.join(u',');
}

QString shown(Field field, const QString &value)
{
    return DirectoryStore::isSensitive(field) && !value.isEmpty() ? LogMasker::maskValue(value) : value;
}

} // namespace

DirectoryStore::DirectoryStore(Journal &journal)
    : m_journal(journal)
    , m_serverHistory(journal.isTeamWorkspace())
{}

QList<Field> DirectoryStore::accountFields()
{
    return {Field::DestinationType,   Field::BankAccountName,   Field::BankAccountNo,
            Field::BankAccountType,   Field::BankName,          Field::BankCountryCode,
            Field::BankSwiftCode,     Field::WalletAccountName, Field::WalletAccountNumber,
            Field::WalletAccountType, Field::WalletProvider,    Field::WalletDepositKeyType,
            Field::WalletDepositKey};
}

bool DirectoryStore::isSensitive(Field field)
{
    return field == Field::BankAccountNo || field == Field::WalletAccountNumber || field == Field::WalletDepositKey;
}

QString DirectoryStore::summary(const PayoutDetail &account)
{
    if (account.isWallet())
        return account.value(Field::WalletProvider) + u' '
               + shown(Field::WalletAccountNumber, account.value(Field::WalletAccountNumber));
    return account.value(Field::BankSwiftCode) + u' '
           + shown(Field::BankAccountNo, account.value(Field::BankAccountNo));
}

std::optional<qint64> DirectoryStore::nextId(QSqlQuery &q, const QString &table)
{
    // Inside the write transaction, so two writers cannot take the same id.
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table) || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool DirectoryStore::addChange(QSqlQuery &q, const PayeeChange &change)
{
    if (m_serverHistory)
        return true; // the server's triggers write it, with the login and the server's clock

    const std::optional<qint64> id = nextId(q, QStringLiteral("payee_changes"));
    if (!id)
        return false;
    q.prepare(QStringLiteral("INSERT INTO payee_changes (id, payee_id, account_id, at, who, what, old_value, "
                             "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(*id);
    q.addBindValue(change.payeeId);
    q.addBindValue(change.accountId);
    q.addBindValue(change.at);
    q.addBindValue(nonNull(change.who));
    q.addBindValue(nonNull(change.what));
    q.addBindValue(nonNull(change.oldValue));
    q.addBindValue(nonNull(change.newValue));
    return q.exec();
}

bool DirectoryStore::insertAccount(QSqlQuery &q, qint64 payeeId, PayeeAccount &account)
{
    const std::optional<qint64> id = nextId(q, QStringLiteral("payee_accounts"));
    if (!id)
        return false;
    const QStringList &columns = DirectoryStore::accountColumns();
    QStringList marks(columns.size() + 4, QStringLiteral("?"));
    q.prepare(QStringLiteral("INSERT INTO payee_accounts (id, payee_id, ") + columns.join(QStringLiteral(", "))
              + QStringLiteral(", created_at, changed_at) VALUES (") + marks.join(QStringLiteral(", "))
              + QStringLiteral(")"));
    q.addBindValue(*id);
    q.addBindValue(payeeId);
    for (const Field f : accountFields())
        q.addBindValue(nonNull(account.detail.value(f).trimmed()));
    q.addBindValue(account.createdAt);
    q.addBindValue(account.changedAt);
    if (!q.exec())
        return false;
    account.id = *id;
    return true;
}

std::optional<Payee> DirectoryStore::addPayee(const Payee &payee, const QString &who, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Payee> {
        if (error)
            *error = tr("The payee could not be saved: %1").arg(why);
        return std::nullopt;
    };
    if (payee.name.trimmed().isEmpty())
        return fail(tr("the name is empty."));
    SqlTransaction tx(m_journal.database());
    if (!tx.begin())
        return fail(tx.error());
    QSqlQuery q(m_journal.database());
    const std::optional<qint64> id = nextId(q, QStringLiteral("payees"));
    if (!id)
        return fail(q.lastError().text());
    Payee saved = payee;
    saved.id = *id;
    saved.name = payee.name.simplified();
    saved.createdAt = saved.updatedAt = m_journal.now();
    q.prepare(QStringLiteral("INSERT INTO payees (id, name, reference, notes, tags, created_at, updated_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(saved.id);
    q.addBindValue(saved.name);
    q.addBindValue(nonNull(saved.reference.trimmed()));
    q.addBindValue(nonNull(saved.notes));
    q.addBindValue(nonNull(tagText(saved.tags)));
    q.addBindValue(saved.createdAt);
    q.addBindValue(saved.updatedAt);
    if (!q.exec())
        return fail(q.lastError().text());
    saved.tags = tagText(saved.tags).split(u',', Qt::SkipEmptyParts);
    if (!addChange(q, {0, saved.id, 0, saved.createdAt, who, QStringLiteral("payee.created"), {}, saved.name}))
        return fail(q.lastError().text());
    for (PayeeAccount &account : saved.accounts) {
        account.createdAt = saved.createdAt;
        account.changedAt = 0; // saved with the payee: nothing changed yet
        if (!insertAccount(q, saved.id, account)
            || !addChange(q, {0,
                              saved.id,
                              account.id,
                              saved.createdAt,
                              who,
                              QStringLiteral("account.added"),
                              {},
                              summary(account.detail)}))
            return fail(q.lastError().text());
    }
    q.finish();
    if (!tx.commit())
        return fail(tx.error());
    return saved;
}

bool DirectoryStore::updatePayee(const Payee &payee, const QString &who, QString *error)
{
    const std::optional<Payee> before = this->payee(payee.id);
    if (!before) {
        if (error)
            *error = tr("The payee no longer exists.");
        return false;
    }
    SqlTransaction tx(m_journal.database());
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_journal.database());
    const qint64 at = m_journal.now();
    const QString tags = tagText(payee.tags);
    const QList<std::pair<QString, std::pair<QString, QString>>> fields{
        {QStringLiteral("payee.name"), {before->name, payee.name.simplified()}},
        {QStringLiteral("payee.reference"), {before->reference, payee.reference.trimmed()}},
        {QStringLiteral("payee.notes"), {before->notes, payee.notes}},
        {QStringLiteral("payee.tags"), {before->tags.join(u','), tags}}};
    for (const auto &[what, values] : fields) {
        if (values.first != values.second
            && !addChange(q, {0, payee.id, 0, at, who, what, values.first, values.second})) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    q.prepare(QStringLiteral("UPDATE payees SET name = ?, reference = ?, notes = ?, tags = ?, updated_at = ? WHERE id "
                             "= ?"));
    q.addBindValue(payee.name.simplified());
    q.addBindValue(nonNull(payee.reference.trimmed()));
    q.addBindValue(nonNull(payee.notes));
    q.addBindValue(nonNull(tags));
    q.addBindValue(at);
    q.addBindValue(payee.id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.finish();
    return tx.commit();
}

bool DirectoryStore::removePayee(qint64 payeeId, const QString &who, QString *error)
{
    SqlTransaction tx(m_journal.database());
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT name FROM payees WHERE id = ?"));
    q.addBindValue(payeeId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The payee no longer exists.");
        return false;
    }
    const QString name = q.value(0).toString();
    q.finish();
    // Accounts are deleted explicitly: SQLite enforces ON DELETE CASCADE only with foreign keys on.
    for (const QString &statement : {QStringLiteral("DELETE FROM payee_accounts WHERE payee_id = ?"),
                                     QStringLiteral("DELETE FROM payees WHERE id = ?")}) {
        q.prepare(statement);
        q.addBindValue(payeeId);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    if (!addChange(q, {0, payeeId, 0, m_journal.now(), who, QStringLiteral("payee.removed"), name, {}})) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.finish();
    return tx.commit();
}

std::optional<PayeeAccount> DirectoryStore::addAccount(qint64 payeeId, const PayoutDetail &account, const QString &who,
                                                       QString *error)
{
    SqlTransaction tx(m_journal.database());
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(m_journal.database());
    PayeeAccount saved;
    saved.detail = account;
    saved.createdAt = saved.changedAt = m_journal.now(); // a new account of a known payee is a change
    if (!insertAccount(q, payeeId, saved)
        || !addChange(
            q, {0, payeeId, saved.id, saved.createdAt, who, QStringLiteral("account.added"), {}, summary(account)})) {
        if (error)
            *error = tr("The account could not be saved: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    q.finish();
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    return saved;
}

std::optional<PayeeAccount> DirectoryStore::updateAccount(qint64 accountId, const PayoutDetail &account,
                                                          const QString &who, QString *error)
{
    SqlTransaction tx(m_journal.database());
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(m_journal.database());
    q.prepare(accountSelect() + QStringLiteral("WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The account no longer exists.");
        return std::nullopt;
    }
    qint64 payeeId = 0;
    PayeeAccount saved = readAccount(q, &payeeId);
    q.finish();
    const qint64 at = m_journal.now();
    const QList<Field> fields = accountFields();
    const QStringList &columns = DirectoryStore::accountColumns();
    QStringList sets;
    QList<QString> values;
    for (int i = 0; i < fields.size(); ++i) {
        const Field f = fields.at(i);
        const QString now = account.value(f).trimmed();
        if (saved.detail.value(f) == now)
            continue;
        if (!addChange(q,
                       {0, payeeId, accountId, at, who, fieldKey(f), shown(f, saved.detail.value(f)), shown(f, now)})) {
            if (error)
                *error = q.lastError().text();
            return std::nullopt;
        }
        sets.append(columns.at(i) + QStringLiteral(" = ?"));
        values.append(now);
        saved.detail.setValue(f, now);
    }
    if (sets.isEmpty())
        return saved;
    q.prepare(QStringLiteral("UPDATE payee_accounts SET ") + sets.join(QStringLiteral(", "))
              + QStringLiteral(", changed_at = ? WHERE id = ?"));
    for (const QString &v : values)
        q.addBindValue(nonNull(v));
    q.addBindValue(at);
    q.addBindValue(accountId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    q.finish();
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    saved.changedAt = at;
    return saved;
}

bool DirectoryStore::removeAccount(qint64 accountId, const QString &who, QString *error)
{
    SqlTransaction tx(m_journal.database());
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_journal.database());
    q.prepare(accountSelect() + QStringLiteral("WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The account no longer exists.");
        return false;
    }
    qint64 payeeId = 0;
    const PayeeAccount before = readAccount(q, &payeeId);
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM payee_accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec()
        || !addChange(q, {0,
                          payeeId,
                          accountId,
                          m_journal.now(),
                          who,
                          QStringLiteral("account.removed"),
                          summary(before.detail),
                          {}})) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.finish();
    return tx.commit();
}

QList<Payee> DirectoryStore::payees() const
{
    QList<Payee> out;
    QHash<qint64, qsizetype> at;
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    if (!q.exec(PayeeSelect + QStringLiteral("ORDER BY id")))
        return out;
    while (q.next()) {
        at.insert(q.value(0).toLongLong(), out.size());
        out.append(readPayee(q));
    }
    if (!q.exec(accountSelect() + QStringLiteral("ORDER BY id")))
        return out;
    while (q.next()) {
        qint64 payeeId = 0;
        PayeeAccount account = readAccount(q, &payeeId);
        const auto it = at.constFind(payeeId);
        if (it != at.constEnd())
            out[*it].accounts.append(std::move(account));
    }
    return out;
}

std::optional<Payee> DirectoryStore::payee(qint64 payeeId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(PayeeSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(payeeId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Payee p = readPayee(q);
    q.prepare(accountSelect() + QStringLiteral("WHERE payee_id = ? ORDER BY id"));
    q.addBindValue(payeeId);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        qint64 ignored = 0;
        p.accounts.append(readAccount(q, &ignored));
    }
    return p;
}

QList<PayeeChange> DirectoryStore::changes(qint64 payeeId) const
{
    QList<PayeeChange> out;
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT id, payee_id, account_id, at, who, what, old_value, new_value FROM payee_changes "
                             "WHERE payee_id = ? ORDER BY at DESC, id DESC"));
    q.addBindValue(payeeId);
    if (!q.exec())
        return out;
    while (q.next()) {
        PayeeChange c;
        c.id = q.value(0).toLongLong();
        c.payeeId = q.value(1).toLongLong();
        c.accountId = q.value(2).toLongLong();
        c.at = q.value(3).toLongLong();
        c.who = q.value(4).toString();
        c.what = q.value(5).toString();
        c.oldValue = q.value(6).toString();
        c.newValue = q.value(7).toString();
        out.append(c);
    }
    return out;
}

QList<PayeePayout> DirectoryStore::payouts(const QStringList &recipientKeys, int limit) const
{
    QList<PayeePayout> out;
    if (recipientKeys.isEmpty())
        return out;
    QSqlQuery q(m_journal.database());
    const QStringList marks(recipientKeys.size(), QStringLiteral("?"));
    q.prepare(QStringLiteral("SELECT b.request_id, d.mch_order_id, d.amount, b.currency, d.status, d.masked_account, "
                             "b.created_at FROM batch_details d JOIN batches b ON b.id = d.batch_id WHERE "
                             "d.recipient_key IN (")
              + marks.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY b.created_at DESC, b.id DESC LIMIT ?"));
    for (const QString &key : recipientKeys)
        q.addBindValue(key);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        PayeePayout p;
        p.requestId = q.value(0).toString();
        p.mchOrderId = q.value(1).toString();
        p.amount = q.value(2).toString();
        p.currency = q.value(3).toString();
        p.status = q.value(4).toString();
        p.maskedAccount = q.value(5).toString();
        p.at = q.value(6).toLongLong();
        out.append(p);
    }
    return out;
}

QHash<QString, LastPayment> DirectoryStore::lastPayments() const
{
    QHash<QString, LastPayment> out;
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT d.recipient_key, b.request_id, d.amount, b.currency, b.created_at FROM "
                               "batch_details d JOIN batches b ON b.id = d.batch_id WHERE d.status IN ('SUCCEED', "
                               "'SUCCESS') ORDER BY b.created_at, b.id")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    return out;
}

} // namespace Lesspay::Core
