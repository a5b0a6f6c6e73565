// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lesspay::Core {

class Journal;

// Copies one journal into another (a personal SQLite journal into a team workspace, or between
// any two journals): every batch with its payouts, timeline and request history, every draft
// with its link to the batch it came from, and the recipient directory (DirectoryImport). Idempotent: a batch already
// there (same request_id) and a draft already there (same profile, title and creation time) are left as they are, so a
// second run copies nothing. One transaction on the target: all of it or nothing. In a team
// workspace a batch that was already sent counts as approved (it left before the team existed);
// one that was only frozen waits for approval like any other.
class JournalImport
{
    Q_DECLARE_TR_FUNCTIONS(JournalImport)

public:
    struct Result
    {
        int batches = 0;
        int batchesSkipped = 0;
        int drafts = 0;
        int draftsSkipped = 0;
        int payees = 0;
        int payeesSkipped = 0;
        int payeeAccounts = 0;
        int payeeChanges = 0; // history entries
    };

    static std::optional<Result> run(const Journal &from, Journal &to, QString *error = nullptr);
};

} // namespace Lesspay::Core
