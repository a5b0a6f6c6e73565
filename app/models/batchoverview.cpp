// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchoverview.h"

#include "journal/journal.h"
#include "money/amount.h"
#include "money/currencytable.h"

#include <QMap>
#include <QSqlQuery>

#include <numeric>

namespace Lesspay::Core {

int BatchOverview::total() const
{
    return std::accumulate(batches.begin(), batches.end(), 0);
}

BatchOverview BatchOverview::compute(const Journal &journal, qint64 sinceMs)
{
    BatchOverview o;
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral("SELECT state, order_status, COUNT(*) FROM batches WHERE created_at >= ? GROUP BY state, "
                             "order_status"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            const BatchState state = BatchStates::fromKey(q.value(0).toString()).value_or(BatchState::NeedsAttention);
            o.batches[std::size_t(BatchPhases::of(state, q.value(1).toString()))] += q.value(2).toInt();
        }
    }

    // Amounts are strings with at most the currency's decimals; they are summed exactly.
    static const CurrencyTable currencies = CurrencyTable::builtin();
    QMap<QString, Paid> paid;
    q.prepare(QStringLiteral("SELECT b.currency, d.amount FROM batch_details d JOIN batches b ON b.id = d.batch_id "
                             "WHERE b.created_at >= ? AND d.status = 'SUCCEED'"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            const QString currency = q.value(0).toString();
            Paid &p = paid[currency];
            if (p.currency.isEmpty()) {
                p.currency = currency;
                p.decimals = currencies.decimals(currency).value_or(2);
            }
            const Amount::ParseResult r = Amount::parse(q.value(1).toString(), p.decimals);
            if (!r.ok())
                continue;
            if (const std::optional<qint64> sum = Amount::checkedAdd(p.minor, r.minor))
                p.minor = *sum;
            ++p.payouts;
        }
    }
    o.paid = paid.values();
    return o;
}

} // namespace Lesspay::Core
