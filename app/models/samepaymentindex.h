// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/detailvalidator.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Lesspay::Core {

// "Does another row of this draft pay the same account the same amount?": the in-batch twin of
// PriorPaymentChecker, kept row by row as the draft changes. Rows are keyed like the journal's
// duplicate-payment index (a hash of the recipient's wire form, and the amount), so a row with
// errors has no key and is never reported.
class SamePaymentIndex
{
public:
    struct Key
    {
        QString recipient;
        qint64 amount = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.recipient, key.amount); }
    };

    // The key of a payable detail, nullopt for a row with errors.
    static std::optional<Key> keyOf(const DetailValidator &validator, const PayoutDetail &detail,
                                    const DetailValidator::Context &context);

    void insert(int row, const std::optional<Key> &key);
    void remove(int row);
    void replace(int row, const std::optional<Key> &key);
    void clear();

    bool isShared(int row) const;
    // The first other row with the same key, or -1.
    int otherRow(int row) const;
    // Rows that share their key with another row.
    int sharedRowCount() const { return m_sharedRows; }
    // Each row's key, in row order.
    const QList<std::optional<Key>> &keys() const { return m_rows; }

private:
    void count(const std::optional<Key> &key, int delta);

    QList<std::optional<Key>> m_rows;
    QHash<Key, int> m_counts;
    int m_sharedRows = 0;
};

} // namespace Lesspay::Core
