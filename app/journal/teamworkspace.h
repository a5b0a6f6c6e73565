// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lesspay::Core {

class Journal;

// The team layer of a journal on PostgreSQL: who may do what is enforced by the server, not by
// the console. Four group roles (lesspay_viewer, lesspay_preparer, lesspay_approver,
// lesspay_admin) that people's login roles are granted into; grants per table and per column,
// row-level security on drafts, batches and their details, SECURITY DEFINER functions for
// requesting approval, approving, rejecting and marking a batch sending, guard triggers that
// keep a frozen batch as it was frozen and an unapproved one unsent, and an append-only audit
// log written by triggers with session_user and the server's clock. Installed by
// `lesspay-cli workspace init`; a journal without it is a personal journal.
class TeamWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(TeamWorkspace)

public:
    static constexpr int LayerVersion = 2;

    enum class Role { Viewer, Preparer, Approver, Admin };
    static QString roleName(Role role); // the PostgreSQL group role: "lesspay_preparer", ...

    // Creates (or brings up to date) the roles, tables, functions, policies and grants on the
    // journal's database. Needs a user that may create roles (the database's owner with
    // CREATEROLE, or a superuser). Idempotent.
    static bool install(Journal &journal, QString *error = nullptr);
    static bool isInstalled(const Journal &journal);
    // Whether the person logged in holds the group role (directly or through another role); the
    // console asks it to offer only what the server will allow. False in a personal journal.
    static bool hasRole(const Journal &journal, Role role);

    // Creates the login role `user` when it does not exist (with `password` when given) and
    // grants it the group role. An admin also gets CREATEROLE, to add the next members.
    static bool addMember(Journal &journal, const QString &user, Role role, const QString &password = {},
                          QString *error = nullptr);
};

} // namespace Lesspay::Core
