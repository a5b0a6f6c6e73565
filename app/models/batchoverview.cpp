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

    // Amounts are strings with at most the currency's decimals; they are summed exactly, by the
    // database from their amount keys (a day of a large team is a hundred thousand payouts), or
    // here one by one when the database cannot (a sum beyond 64 bits on SQLite, or an amount
    // with more decimals than its currency has).
    static const CurrencyTable currencies = CurrencyTable::builtin();
    QMap<QString, Paid> paid;
    bool summed = true;
    if (const auto totals = queries.paidTotals(sinceMs)) {
        for (const JournalQueries::PaidTotal &t : *totals) {
            Paid p;
            p.currency = t.currency;
            p.decimals = currencies.decimals(t.currency).value_or(2);
            p.payouts = t.payouts;
            bool ok = false;
            const qint64 keys = t.amountKeySum.isEmpty() ? 0 : t.amountKeySum.toLongLong(&ok);
            qint64 unit = 1;
            for (int d = p.decimals; d < Amount::MaxDecimals; ++d)
                unit *= 10;
            if ((!ok && !t.amountKeySum.isEmpty()) || keys % unit != 0) {
                summed = false;
                break;
            }
            p.minor = keys / unit;
            paid.insert(p.currency, p);
        }
    } else {
        summed = false;
    }
    if (!summed) {
        paid.clear();
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
    }
    o.paid = paid.values();
    return o;
}

} // namespace Lesspay::Core
