// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samepaymentindex.h"

#include "journal/recipientkey.h"

#include <algorithm>

namespace Lesspay::Core {

std::optional<SamePaymentIndex::Key> SamePaymentIndex::keyOf(const DetailValidator &validator,
                                                             const PayoutDetail &detail,
                                                             const DetailValidator::Context &context)
{
    const DetailValidator::Summary summary = validator.summarize(detail, context);
    if (summary.errors > 0)
        return std::nullopt;
    const PayoutDetail wire = validator.normalized(detail, context);
    const std::optional<qint64> amount = RecipientKey::amountKey(wire.amount());
    if (!amount)
        return std::nullopt;
    return Key{RecipientKey::of(context.currency, wire), *amount};
}

void SamePaymentIndex::count(const std::optional<Key> &key, int delta)
{
    if (!key)
        return;
    int &n = m_counts[*key];
    const auto shared = [](int c) { return c > 1 ? c : 0; };
    m_sharedRows -= shared(n);
    n += delta;
    m_sharedRows += shared(n);
    if (n == 0)
        m_counts.remove(*key);
}

void SamePaymentIndex::insert(int row, const std::optional<Key> &key)
{
    m_rows.insert(row, key);
    count(key, +1);
}

void SamePaymentIndex::remove(int row)
{
    count(m_rows.at(row), -1);
    m_rows.removeAt(row);
}

void SamePaymentIndex::replace(int row, const std::optional<Key> &key)
{
    count(m_rows.at(row), -1);
    m_rows[row] = key;
    count(key, +1);
}

void SamePaymentIndex::clear()
{
    m_rows.clear();
    m_counts.clear();
    m_sharedRows = 0;
}

bool SamePaymentIndex::isShared(int row) const
{
    const std::optional<Key> &key = m_rows.at(row);
    return key && m_counts.value(*key) > 1;
}

int SamePaymentIndex::otherRow(int row) const
{
    if (!isShared(row))
        return -1;
    const std::optional<Key> &key = m_rows.at(row);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != row && m_rows.at(i) == key)
            return i;
    }
    return -1;
}

} // namespace Lesspay::Core
