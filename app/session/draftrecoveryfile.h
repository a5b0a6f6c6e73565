// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QString>

#include <optional>

namespace Lesspay::Core {

// The open draft's edits that the team database could not take, kept in a private file on this
// computer (mode 0600, like the journal: it holds account numbers) until they are written, so
// that a crash or a quit while the database is out of reach loses nothing. One file per journal
// location; removed once the edits are in the journal.
class DraftRecoveryFile
{
public:
    struct Entry
    {
        DraftRecord draft;           // id: the draft the edits belong to (0: never saved)
        qint64 journalUpdatedAt = 0; // when the journal last had that draft from this console
    };

    explicit DraftRecoveryFile(QString path);

    // <dir>/<a hash of the journal's location>.json; dir empty: <AppDataLocation>/recovery.
    static QString pathFor(const QString &journalLocation, const QString &dir = {});

    QString path() const { return m_path; }
    bool exists() const;
    // error: what failed (the folder that could not be made, or the file's error), for the log.
    bool write(const DraftRecord &draft, qint64 journalUpdatedAt, QString *error = nullptr) const;
    // Nothing when there is no file, or it cannot be read.
    std::optional<Entry> read() const;
    void remove() const;

private:
    QString m_path;
};

} // namespace Lesspay::Core
