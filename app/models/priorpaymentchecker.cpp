// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "priorpaymentchecker.h"

#include "journal/batchstate.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "models/samepaymentindex.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace Lesspay::Core {

namespace {

QString describe(const DuplicateHit &hit)
{
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(hit.createdAt).toLocalTime().date(), QLocale::ShortFormat);
    const bool paid = hit.status == u"SUCCEED" || hit.status == u"SUCCESS";
    if (!hit.preparedBy.isEmpty()) {
        // A team workspace: the most common double payment is two people paying one invoice.
        if (paid)
            return PriorPaymentChecker::tr(
                       "Already paid to this recipient with the same amount in batch %1 (%2, prepared by %3).")
                .arg(hit.requestId, when, hit.preparedBy);
        return PriorPaymentChecker::tr(
                   "The same recipient and amount are pending in batch %1 (%2, %3, prepared by %4).")
            .arg(hit.requestId, when, BatchStates::label(hit.state), hit.preparedBy);
    }
    if (paid)
        return PriorPaymentChecker::tr("Already paid to this recipient with the same amount in batch %1 (%2).")
            .arg(hit.requestId, when);
    return PriorPaymentChecker::tr("The same recipient and amount are pending in batch %1 (%2, %3).")
        .arg(hit.requestId, when, BatchStates::label(hit.state));
}

} // namespace

PriorPaymentChecker::PriorPaymentChecker(const Journal &journal, const DetailValidator &validator, int windowDays,
                                         QString excludeRequestId, Clock clock)
    : m_journal(journal)
    , m_validator(validator)
    , m_windowDays(windowDays)
    , m_excludeRequestId(std::move(excludeRequestId))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

qint64 PriorPaymentChecker::since() const
{
    return m_clock() - qint64(m_windowDays) * 24 * 60 * 60 * 1000;
}

std::optional<PriorPaymentChecker::Key> PriorPaymentChecker::keyOf(const PayoutDetail &detail,
                                                                   const QString &currency) const
{
    // Only a payable row can have been paid before; the journal holds the wire form.
    return SamePaymentIndex::keyOf(m_validator, detail, m_validator.contextFor(currency));
}

void PriorPaymentChecker::prime(const QList<PayoutDetail> &details, const QString &currency)
{
    QList<std::optional<Key>> keys;
    keys.reserve(details.size());
    for (const PayoutDetail &detail : details)
        keys.append(keyOf(detail, currency));
    prime(keys);
}

void PriorPaymentChecker::prime(const QList<std::optional<Key>> &keys)
{
    QList<JournalQueries::Probe> probes;
    QList<Key> asked;
    QSet<Key> seen; // a 10,000-row draft: no quadratic search for repeats
    seen.reserve(keys.size());
    for (const std::optional<Key> &key : keys) {
        if (!key || m_cache.contains(*key) || seen.contains(*key))
            continue;
        seen.insert(*key);
        probes.append({key->recipient, key->amount});
        asked.append(*key);
    }
    if (probes.isEmpty())
        return;
    // The warning names one earlier payment: the one recorded last.
    const QHash<int, DuplicateHit> hits =
        JournalQueries(m_journal).latestSamePayments(probes, since(), m_excludeRequestId);
    m_cache.reserve(m_cache.size() + asked.size());
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const auto found = hits.constFind(int(i));
        m_cache.insert(asked.at(i), found == hits.cend() ? QString() : describe(*found));
    }
}

QString PriorPaymentChecker::check(const std::optional<Key> &key)
{
    if (!key)
        return {};
    const auto it = m_cache.constFind(*key);
    if (it != m_cache.cend())
        return it.value();
    const QList<DuplicateHit> found =
        JournalQueries(m_journal).recentSamePayments(key->recipient, key->amount, since(), m_excludeRequestId);
    const QString text = found.isEmpty() ? QString() : describe(found.first());
    m_cache.insert(*key, text);
    return text;
}

QString PriorPaymentChecker::check(const PayoutDetail &detail, const QString &currency)
{
    return check(keyOf(detail, currency));
}

} // namespace Lesspay::Core
