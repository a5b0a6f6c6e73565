// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchoverview.h"

#include "journal/journalqueries.h"
#include "money/amount.h"
#include "money/currencytable.h"

#include <QMap>

#include <numeric>

namespace Lesspay::Core {

int BatchOverview::total() const
{
    return std::accumulate(batches.begin(), batches.end(), 0);
}

BatchOverview BatchOverview::compute(const Journal &journal, qint64 sinceMs)
{
    BatchOverview o;
    const JournalQueries queries(journal);
    for (const JournalQueries::StateCount &c : queries.stateCounts(sinceMs))
        o.batches[std::size_t(BatchPhases::of(c.state, c.orderStatus))] += c.count;

    // Amounts are strings with at most the currency's decimals; they are summed exactly.
    static const CurrencyTable currencies = CurrencyTable::builtin();
    QMap<QString, Paid> paid;
    queries.forEachPaidAmount(sinceMs, [&paid](const QString &currency, const QString &amount) {
        Paid &p = paid[currency];
        if (p.currency.isEmpty()) {
            p.currency = currency;
            p.decimals = currencies.decimals(currency).value_or(2);
        }
        const Amount::ParseResult r = Amount::parse(amount, p.decimals);
        if (!r.ok())
            return;
        if (const std::optional<qint64> sum = Amount::checkedAdd(p.minor, r.minor))
            p.minor = *sum;
        ++p.payouts;
    });
    o.paid = paid.values();
    return o;
}

} // namespace Lesspay::Core
