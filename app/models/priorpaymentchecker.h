// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/detailvalidator.h"
#include "models/samepaymentindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

namespace Lesspay::Core {

class Journal;

// "Was this person already paid this amount?" for the draft editor: looks up payouts to the
// same recipient of the same amount in other batches of the journal (paid, or possibly still
// being paid) within a window of days, and words the warning naming that batch. The most
// common way money goes out twice is a person, not a network. Answers are cached per
// recipient and amount for the life of the checker (one per opened draft).
class PriorPaymentChecker
{
    Q_DECLARE_TR_FUNCTIONS(PriorPaymentChecker)

public:
    using Clock = std::function<qint64()>; // Unix time in milliseconds

    PriorPaymentChecker(const Journal &journal, const DetailValidator &validator, int windowDays,
                        QString excludeRequestId, Clock clock = {});

    using Key = SamePaymentIndex::Key;

    // Warms the cache for many rows with one journal question (opening a large draft). The
    // keys are the rows' SamePaymentIndex keys, which the draft's model holds already: a
    // 10,000-row draft is validated and hashed once, not once more here and again per check.
    void prime(const QList<std::optional<Key>> &keys);
    // The same from the rows themselves (computes their keys).
    void prime(const QList<PayoutDetail> &details, const QString &currency);
    // The warning for a row with this key (nullopt: a row with errors), or an empty string: a
    // hash lookup once primed.
    QString check(const std::optional<Key> &key);
    // The warning for one detail (computes its key).
    QString check(const PayoutDetail &detail, const QString &currency);

private:
    std::optional<Key> keyOf(const PayoutDetail &detail, const QString &currency) const;
    qint64 since() const;

    const Journal &m_journal;
    const DetailValidator &m_validator;
    int m_windowDays;
    QString m_excludeRequestId;
    Clock m_clock;
    QHash<Key, QString> m_cache;
};

} // namespace Lesspay::Core
