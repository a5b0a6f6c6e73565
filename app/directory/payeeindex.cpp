// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeeindex.h"

#include "journal/recipientkey.h"

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
        return QStringLiteral("w|") + RecipientKey::squeeze(a.value(Field::WalletProvider)) + u'|'
               + RecipientKey::squeeze(a.value(Field::WalletAccountNumber)) + u'|'
               + RecipientKey::squeeze(a.value(Field::WalletDepositKeyType)) + u'|'
               + RecipientKey::squeeze(a.value(Field::WalletDepositKey));
    return QStringLiteral("b|") + RecipientKey::squeeze(a.value(Field::BankSwiftCode).left(8)) + u'|'
           + RecipientKey::squeeze(a.value(Field::BankAccountNo));
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
    // A dead entry's text may stay in the blob: search() skips entries that are not alive.
    e.alive = false;
}

void PayeeIndex::rebuildBlob() const
{
    qsizetype size = 0;
    for (const Entry &e : m_entries)
        size += e.haystack.size() + 1;
    m_blob.clear();
    m_blob.reserve(size);
    m_starts.clear();
    m_starts.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        m_starts.push_back(m_blob.size());
        m_blob.append(e.haystack);
        m_blob.append(u'\n');
    }
    m_blobDirty = false;
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
    // Built now, at load, rather than on the first keystroke.
    rebuildBlob();
}

void PayeeIndex::upsert(const Payee &payee)
{
    const auto it = m_byId.constFind(payee.id);
    if (it != m_byId.constEnd()) {
        const int slot = *it;
        unlink(slot);
        m_entries[std::size_t(slot)] = entryFor(payee);
        link(slot);
        m_blobDirty = true; // its text changed in the middle of the blob
        return;
    }
    m_entries.push_back(entryFor(payee));
    link(int(m_entries.size()) - 1);
    if (!m_blobDirty) {
        // A new payee goes at the end: the blob grows in place.
        m_starts.push_back(m_blob.size());
        m_blob.append(m_entries.back().haystack);
        m_blob.append(u'\n');
    }
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
    QStringList words = fold(text, true).split(u' ', Qt::SkipEmptyParts);
    const auto accepts = [&](const Entry &e, qsizetype skipWord) {
        if (!e.alive || (!tag.isEmpty() && !e.payee.tags.contains(tag, Qt::CaseInsensitive)))
            return false;
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (w != skipWord && !e.haystack.contains(words.at(w)))
                return false;
        }
        return true;
    };
    if (words.isEmpty()) {
        for (const Entry &e : m_entries) {
            if (limit >= 0 && out.size() >= limit)
                break;
            if (accepts(e, -1))
                out.append(e.payee.id);
        }
        return out;
    }
    if (m_blobDirty)
        rebuildBlob();
    // The longest word is the rarest: scan for it, then check the others on the entries it hits.
    const qsizetype longest = std::max_element(words.cbegin(), words.cend(),
                                               [](const QString &a, const QString &b) { return a.size() < b.size(); })
                              - words.cbegin();
    const QString &needle = words.at(longest);
    qsizetype from = 0;
    while (limit < 0 || out.size() < limit) {
        const qsizetype hit = m_blob.indexOf(needle, from);
        if (hit < 0)
            break;
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), hit);
        const std::size_t slot = std::size_t(next - m_starts.cbegin()) - 1;
        if (accepts(m_entries[slot], longest))
            out.append(m_entries[slot].payee.id);
        // On to the next entry: each payee is listed once.
        from = next == m_starts.cend() ? m_blob.size() : *next;
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
