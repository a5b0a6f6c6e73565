// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeeindex.h"

#include <QSet>

#include <algorithm>

namespace Lesspay::Core {

namespace {

// Letters and digits only, lower case, accents dropped: "José  Dela-Cruz" -> "josedelacruz".
QString fold(QStringView text, bool keepSpaces)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    const auto append = [&](QChar c) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(u' ');
            pendingSpace = false;
            out.append(c.toCaseFolded());
        } else if (keepSpaces && (c.isSpace() || c.isPunct())) {
            pendingSpace = true;
        }
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            append(c);
            continue;
        }
        // Decompose (é -> e + ´) and keep the base letters only.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing && d.category() != QChar::Mark_SpacingCombining
                && d.category() != QChar::Mark_Enclosing)
                append(d);
        }
    }
    return out;
}

// Spacing, dashes and case do not make another account (as RecipientKey).
QString squeeze(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'@' || c == u'.' || c == u'+')
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QString PayeeIndex::nameKey(QStringView name)
{
    return fold(name, false);
}

QString PayeeIndex::holderName(const PayoutDetail &detail)
{
    return detail.isWallet() ? detail.value(Field::WalletAccountName) : detail.value(Field::BankAccountName);
}

QString PayeeIndex::accountKey(const PayoutDetail &a)
{
    if (a.isWallet())
        return QStringLiteral("w|") + squeeze(a.value(Field::WalletProvider)) + u'|'
               + squeeze(a.value(Field::WalletAccountNumber)) + u'|' + squeeze(a.value(Field::WalletDepositKeyType))
               + u'|' + squeeze(a.value(Field::WalletDepositKey));
    return QStringLiteral("b|") + squeeze(a.value(Field::BankSwiftCode).left(8)) + u'|'
           + squeeze(a.value(Field::BankAccountNo));
}

PayeeIndex::Entry PayeeIndex::entryFor(const Payee &payee)
{
    Entry e;
    e.payee = payee;
    QStringList words{payee.name, payee.reference, payee.tags.join(u' '), payee.notes};
    e.nameKeys.append(nameKey(payee.name));
    for (const PayeeAccount &account : payee.accounts) {
        const QString holder = holderName(account.detail);
        const QString key = nameKey(holder);
        if (!key.isEmpty() && !e.nameKeys.contains(key)) {
            e.nameKeys.append(key);
            words.append(holder);
        }
        e.accountKeys.append(accountKey(account.detail));
    }
    e.haystack = fold(words.join(u' '), true);
    return e;
}

void PayeeIndex::link(int slot)
{
    const Entry &e = m_entries[std::size_t(slot)];
    m_byId.insert(e.payee.id, slot);
    for (const QString &key : e.nameKeys) {
        if (!key.isEmpty())
            m_byName.insert(key, slot);
    }
}

void PayeeIndex::unlink(int slot)
{
    Entry &e = m_entries[std::size_t(slot)];
    m_byId.remove(e.payee.id);
    for (const QString &key : std::as_const(e.nameKeys))
        m_byName.remove(key, slot);
    e.alive = false;
}

void PayeeIndex::reset(const QList<Payee> &payees)
{
    m_entries.clear();
    m_byId.clear();
    m_byName.clear();
    m_entries.reserve(std::size_t(payees.size()));
    m_byId.reserve(payees.size());
    m_byName.reserve(payees.size() * 2);
    for (const Payee &payee : payees) {
        m_entries.push_back(entryFor(payee));
        link(int(m_entries.size()) - 1);
    }
}

void PayeeIndex::upsert(const Payee &payee)
{
    const auto it = m_byId.constFind(payee.id);
    if (it != m_byId.constEnd()) {
        const int slot = *it;
        unlink(slot);
        m_entries[std::size_t(slot)] = entryFor(payee);
        link(slot);
        return;
    }
    m_entries.push_back(entryFor(payee));
    link(int(m_entries.size()) - 1);
}

void PayeeIndex::remove(qint64 payeeId)
{
    const auto it = m_byId.constFind(payeeId);
    if (it != m_byId.constEnd())
        unlink(*it);
}

const Payee *PayeeIndex::payee(qint64 payeeId) const
{
    const auto it = m_byId.constFind(payeeId);
    return it == m_byId.constEnd() ? nullptr : &m_entries[std::size_t(*it)].payee;
}

QList<qint64> PayeeIndex::ids() const
{
    QList<qint64> out;
    out.reserve(m_byId.size());
    for (const Entry &e : m_entries) {
        if (e.alive)
            out.append(e.payee.id);
    }
    return out;
}

PayeeMatch PayeeIndex::match(const PayoutDetail &detail, qint64 changedSince) const
{
    PayeeMatch result;
    const QString name = nameKey(holderName(detail));
    if (name.isEmpty())
        return result;
    auto range = m_byName.equal_range(name);
    if (range.first == range.second)
        return result;
    const QString account = accountKey(detail);
    // Of several payees with this name, the one whose saved account the row pays decides.
    const Entry *first = nullptr;
    for (auto it = range.first; it != range.second; ++it) {
        const Entry &e = m_entries[std::size_t(*it)];
        if (!first || e.payee.id < first->payee.id)
            first = &e;
        const qsizetype i = e.accountKeys.indexOf(account);
        if (i < 0)
            continue;
        const PayeeAccount &saved = e.payee.accounts.at(i);
        result.payeeId = e.payee.id;
        result.payeeName = e.payee.name;
        result.accountId = saved.id;
        result.changedAt = saved.changedAt;
        result.status = saved.changedAt > 0 && saved.changedAt >= changedSince ? PayeeMatch::Status::RecentlyChanged
                                                                               : PayeeMatch::Status::KnownAccount;
        return result;
    }
    result.status = PayeeMatch::Status::ChangedAccount;
    result.payeeId = first->payee.id;
    result.payeeName = first->payee.name;
    return result;
}

QList<qint64> PayeeIndex::search(QStringView text, const QString &tag, int limit) const
{
    QList<qint64> out;
    const QStringList words = fold(text, true).split(u' ', Qt::SkipEmptyParts);
    for (const Entry &e : m_entries) {
        if (limit >= 0 && out.size() >= limit)
            break;
        if (!e.alive)
            continue;
        if (!tag.isEmpty() && !e.payee.tags.contains(tag, Qt::CaseInsensitive))
            continue;
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return e.haystack.contains(w); }))
            out.append(e.payee.id);
    }
    return out;
}

QStringList PayeeIndex::tags() const
{
    QSet<QString> seen;
    for (const Entry &e : m_entries) {
        if (e.alive) {
            for (const QString &tag : e.payee.tags)
                seen.insert(tag);
        }
    }
    QStringList out(seen.cbegin(), seen.cend());
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

} // namespace Lesspay::Core
