// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Lesspay::Core {

// The recipient directory's part of JournalImport: payees, their accounts and their history,
// copied with the times they have (created, updated, changed: the changed-account warning
// depends on them) inside the import's transaction on the target. New ids are allocated on the
// target; a history entry keeps pointing at its payee and account. Idempotent: a payee already
// there (same name, reference and creation time), an account already there (same payee,
// creation time, type and numbers) and a history entry already there (same payee, time, person,
// change and values) are left as they are. In a team workspace the server normally stamps and
// records every directory write itself (TeamDirectoryHistory); the import copies what the
// personal journal recorded instead, so its triggers are off for this transaction only, which
// only the tables' owner (the workspace's admin who ran init) may do.
class DirectoryImport
{
public:
    struct Result
    {
        int payees = 0;
        int payeesSkipped = 0;
        int accounts = 0;
        int changes = 0;
    };

    // On failure returns false with the table it stopped at and the database's message.
    static bool run(const QSqlDatabase &from, const QSqlDatabase &to, bool teamWorkspace, Result *result,
                    QString *failedTable, QString *message);
};

} // namespace Lesspay::Core
