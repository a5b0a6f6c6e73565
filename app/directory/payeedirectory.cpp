// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeedirectory.h"

#include "domain/detailvalidator.h"
#include "journal/journal.h"
#include "journal/recipientkey.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace Lesspay::Core {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

PayeeDirectory::PayeeDirectory(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(journal)
    , m_who(systemUser())
{
    reload();
}

PayeeDirectory::~PayeeDirectory() = default;

void PayeeDirectory::reload()
{
    m_index.reset(m_store.payees());
    refreshPayments();
    Q_EMIT reloaded();
}

QList<Payee> PayeeDirectory::payees() const
{
    QList<Payee> out;
    const QList<qint64> ids = m_index.ids();
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out.append(*m_index.payee(id));
    return out;
}

void PayeeDirectory::setChangeWindowDays(int days)
{
    days = std::max(0, days);
    if (days == m_windowDays)
        return;
    m_windowDays = days;
    Q_EMIT changeWindowDaysChanged(days);
}

PayeeMatch PayeeDirectory::match(const PayoutDetail &detail) const
{
    return m_index.match(detail, m_journal.now() - qint64(m_windowDays) * DayMs);
}

PayoutDetail PayeeDirectory::accountOf(const PayoutDetail &row)
{
    PayoutDetail account;
    for (const Field f : DirectoryStore::accountFields())
        account.setValue(f, row.value(f).trimmed());
    return account;
}

PayoutDetail PayeeDirectory::withAccount(const PayoutDetail &row, const PayoutDetail &account)
{
    PayoutDetail out = accountOf(account);
    out.setValue(Field::MchOrderId, row.mchOrderId());
    out.setValue(Field::Amount, row.amount());
    return out;
}

ValidationIssues PayeeDirectory::accountIssues(const DetailValidator &validator, const PayoutDetail &account,
                                               const QString &currency)
{
    PayoutDetail probe = accountOf(account);
    probe.setValue(Field::MchOrderId, QStringLiteral("P1"));
    probe.setValue(Field::Amount, QStringLiteral("1"));
    ValidationIssues out;
    const ValidationIssues all = validator.validate(probe, validator.contextFor(currency));
    for (const ValidationIssue &issue : all) {
        if (issue.field != Field::MchOrderId && issue.field != Field::Amount)
            out.append(issue);
    }
    return out;
}

std::optional<Payee> PayeeDirectory::addPayee(const Payee &payee, QString *error)
{
    std::optional<Payee> saved = m_store.addPayee(payee, m_who, error);
    if (!saved)
        return std::nullopt;
    m_index.upsert(*saved);
    Q_EMIT payeeAdded(saved->id);
    return saved;
}

bool PayeeDirectory::updatePayee(const Payee &payee, QString *error)
{
    if (!m_store.updatePayee(payee, m_who, error))
        return false;
    refreshPayee(payee.id);
    return true;
}

bool PayeeDirectory::removePayee(qint64 payeeId, QString *error)
{
    if (!m_store.removePayee(payeeId, m_who, error))
        return false;
    m_index.remove(payeeId);
    Q_EMIT payeeRemoved(payeeId);
    return true;
}

std::optional<PayeeAccount> PayeeDirectory::addAccount(qint64 payeeId, const PayoutDetail &account, QString *error)
{
    std::optional<PayeeAccount> saved = m_store.addAccount(payeeId, accountOf(account), m_who, error);
    if (saved)
        refreshPayee(payeeId);
    return saved;
}

std::optional<PayeeAccount> PayeeDirectory::updateAccount(qint64 accountId, const PayoutDetail &account, QString *error)
{
    std::optional<PayeeAccount> saved = m_store.updateAccount(accountId, accountOf(account), m_who, error);
    if (!saved)
        return std::nullopt;
    for (const qint64 id : m_index.ids()) {
        const Payee *p = m_index.payee(id);
        if (std::any_of(p->accounts.cbegin(), p->accounts.cend(),
                        [accountId](const PayeeAccount &a) { return a.id == accountId; })) {
            refreshPayee(id);
            break;
        }
    }
    return saved;
}

bool PayeeDirectory::removeAccount(qint64 accountId, QString *error)
{
    qint64 owner = 0;
    for (const qint64 id : m_index.ids()) {
        const Payee *p = m_index.payee(id);
        if (std::any_of(p->accounts.cbegin(), p->accounts.cend(),
                        [accountId](const PayeeAccount &a) { return a.id == accountId; }))
            owner = id;
    }
    if (!m_store.removeAccount(accountId, m_who, error))
        return false;
    if (owner)
        refreshPayee(owner);
    return true;
}

qint64 PayeeDirectory::savePayee(const Payee &edited, QString *error)
{
    if (edited.id == 0) {
        Payee fresh = edited;
        for (PayeeAccount &account : fresh.accounts)
            account.detail = accountOf(account.detail);
        const std::optional<Payee> saved = addPayee(fresh, error);
        return saved ? saved->id : 0;
    }
    const Payee *current = m_index.payee(edited.id);
    if (!current) {
        if (error)
            *error = tr("The payee no longer exists.");
        return 0;
    }
    const Payee before = *current; // the index changes under us as the writes go
    if (before.name != edited.name.simplified() || before.reference != edited.reference.trimmed()
        || before.notes != edited.notes || before.tags != edited.tags) {
        if (!updatePayee(edited, error))
            return 0;
    }
    QSet<qint64> kept;
    for (const PayeeAccount &account : edited.accounts) {
        if (account.id == 0) {
            if (!addAccount(edited.id, account.detail, error))
                return 0;
            continue;
        }
        kept.insert(account.id);
        const auto old = std::find_if(before.accounts.cbegin(), before.accounts.cend(),
                                      [&account](const PayeeAccount &a) { return a.id == account.id; });
        if (old != before.accounts.cend() && !(accountOf(old->detail) == accountOf(account.detail))
            && !updateAccount(account.id, account.detail, error))
            return 0;
    }
    for (const PayeeAccount &account : before.accounts) {
        if (!kept.contains(account.id) && !removeAccount(account.id, error))
            return 0;
    }
    return edited.id;
}

void PayeeDirectory::refreshPayee(qint64 payeeId)
{
    const std::optional<Payee> fresh = m_store.payee(payeeId);
    if (!fresh) {
        m_index.remove(payeeId);
        Q_EMIT payeeRemoved(payeeId);
        return;
    }
    m_index.upsert(*fresh);
    Q_EMIT payeeChanged(payeeId);
}

QList<PayoutDetail> PayeeDirectory::rowsFor(const QList<qint64> &payeeIds, const QString &currency) const
{
    QList<PayoutDetail> rows;
    for (const qint64 id : payeeIds) {
        const Payee *p = m_index.payee(id);
        if (!p || p->accounts.isEmpty())
            continue;
        PayoutDetail row = accountOf(p->accounts.first().detail);
        // The amount last paid to that account in the draft's currency: the usual amount again.
        const auto last = m_payments.constFind(RecipientKey::of(currency, row));
        if (last != m_payments.constEnd())
            row.setValue(Field::Amount, last->amount);
        rows.append(row);
    }
    return rows;
}

QList<PayeeChange> PayeeDirectory::changes(qint64 payeeId) const
{
    return m_store.changes(payeeId);
}

QStringList PayeeDirectory::recipientKeys(const Payee &payee) const
{
    // The journal keys a payout by currency, bank and account: one key per account and currency paid.
    QStringList keys;
    for (const PayeeAccount &account : payee.accounts) {
        for (const QString &currency : m_currencies)
            keys.append(RecipientKey::of(currency, account.detail));
    }
    return keys;
}

QList<PayeePayout> PayeeDirectory::payouts(qint64 payeeId, int limit) const
{
    const Payee *p = m_index.payee(payeeId);
    return p ? m_store.payouts(recipientKeys(*p), limit) : QList<PayeePayout>();
}

std::optional<LastPayment> PayeeDirectory::lastPaid(qint64 payeeId) const
{
    const Payee *p = m_index.payee(payeeId);
    if (!p)
        return std::nullopt;
    std::optional<LastPayment> best;
    for (const QString &key : recipientKeys(*p)) {
        const auto it = m_payments.constFind(key);
        if (it != m_payments.constEnd() && (!best || it->at > best->at))
            best = *it;
    }
    return best;
}

QString PayeeDirectory::lastPaidText(qint64 payeeId) const
{
    const Payee *p = m_index.payee(payeeId);
    const std::optional<LastPayment> last = lastPaid(payeeId);
    if (!p)
        return {};
    if (!last)
        return tr("%1 is a saved payee, not paid yet.").arg(p->name);
    return tr("%1 was last paid %2 %3 on %4.")
        .arg(p->name, last->amount, last->currency,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(last->at).date(), QLocale::ShortFormat));
}

void PayeeDirectory::refreshPayments()
{
    m_payments = m_store.lastPayments();
    QSet<QString> currencies;
    for (const LastPayment &p : std::as_const(m_payments))
        currencies.insert(p.currency);
    m_currencies = QStringList(currencies.cbegin(), currencies.cend());
}

} // namespace Lesspay::Core
