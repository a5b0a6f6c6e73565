// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lesspay::Core {

// The recipient directory's part of the team workspace: in a shared PostgreSQL journal the
// history of every payee and account change is written by the server, not by the console.
// Triggers on payees and payee_accounts add the entries (SECURITY DEFINER, session_user, the
// server's clock, numbers masked as LogMasker masks them), payee_changes is append-only for
// everyone and insertable by nobody, and the times that decide the changed-account warning
// (created_at, changed_at) are stamped by the server, so a client can neither skip, forge nor
// backdate a change. Preparers write payees and accounts; everyone reads them.
class TeamDirectoryHistory
{
public:
    // Statements TeamWorkspace::install() runs after its own; each may run again.
    static QStringList statements();
    // Turn the stamping and history triggers off, and on again, inside one transaction of the
    // tables' owner: `workspace import` copies a personal journal's directory with the times and
    // the history it recorded (DirectoryImport). Other sessions wait for that transaction.
    static QStringList suspendForImport();
    static QStringList resumeAfterImport();
};

} // namespace Lesspay::Core
