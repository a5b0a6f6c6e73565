// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/payeematch.h"
#include "journal/payeerecords.h"

#include <QHash>
#include <QList>

#include <vector>

namespace Lesspay::Core {

// The directory in memory, for the questions asked while typing: which payee a row's holder
// name belongs to and whether the row pays one of its saved accounts (PayeeMatch), and which
// payees a search text finds. Names are compared folded (case, accents, spacing and punctuation
// do not make another person); accounts by bank (first 8 characters of the SWIFT code) and
// number, or provider, number and deposit key. No I/O: PayeeDirectory keeps it in step with
// the journal.
class PayeeIndex
{
public:
    void reset(const QList<Payee> &payees);
    void upsert(const Payee &payee); // adds or replaces by id
    void remove(qint64 payeeId);

    int size() const { return int(m_byId.size()); }
    const Payee *payee(qint64 payeeId) const;
    QList<qint64> ids() const; // in the order they were added

    // `changedSince`: a saved account whose details changed at or after this time (Unix ms) is
    // RecentlyChanged rather than KnownAccount.
    PayeeMatch match(const PayoutDetail &detail, qint64 changedSince) const;

    // Payees whose name, reference, tags, notes or holder names contain every word of `text`
    // (folded), and that carry `tag` when one is given; at most `limit` (all when negative).
    QList<qint64> search(QStringView text, const QString &tag = {}, int limit = -1) const;
    QStringList tags() const; // every tag in use, sorted

    static QString nameKey(QStringView name);
    static QString accountKey(const PayoutDetail &account);
    static QString holderName(const PayoutDetail &detail); // bank or e-wallet holder

private:
    struct Entry
    {
        Payee payee;
        QString haystack;        // folded words of everything search() looks at
        QStringList nameKeys;    // the payee's name and its accounts' holder names
        QStringList accountKeys; // parallel to payee.accounts
        bool alive = true;
    };
    static Entry entryFor(const Payee &payee);
    void link(int slot);
    void unlink(int slot);
    void rebuildBlob() const;

    std::vector<Entry> m_entries;
    // Every entry's haystack in one string, each followed by '\n', with the entries' start
    // offsets: a search word is found with one vectorised scan instead of 100,000 small ones.
    // Built at reset(), grown by new payees, rebuilt on the first search after a payee changed.
    mutable QString m_blob;
    mutable std::vector<qsizetype> m_starts; // parallel to m_entries
    mutable bool m_blobDirty = true;
    QHash<qint64, int> m_byId;
    QMultiHash<QString, int> m_byName;
};

} // namespace Lesspay::Core
