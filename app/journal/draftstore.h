// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QCoreApplication>

#include <optional>

namespace Lesspay::Core {

class Journal;

// Autosaved drafts in the journal. A draft that was submitted (frozen) is read-only: saving
// it again is refused, and it cannot be deleted while its batch exists.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(Journal &journal);

    // Inserts (id 0) or updates; returns the draft id.
    std::optional<qint64> save(const DraftRecord &draft, QString *error = nullptr);
    std::optional<DraftRecord> load(qint64 id) const;
    QList<DraftRecord> list() const; // without the rows blob
    bool remove(qint64 id);

private:
    Journal &m_journal;
};

} // namespace Lesspay::Core
