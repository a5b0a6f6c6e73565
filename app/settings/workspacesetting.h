// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lesspay::Core {

// Where the console keeps its journal: on this computer (a SQLite file, the default for one
// person) or in a team's database on PostgreSQL. The password of a team database is never part
// of this value: it lives in the SecretStore under secretKey(), like a profile's appSecret.
struct WorkspaceSetting
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSetting)

public:
    enum class Kind { ThisComputer, TeamDatabase };
    static constexpr int DefaultPort = 5432;

    Kind kind = Kind::ThisComputer;
    QString host; // a name or address (TLS with certificate checks), or a Unix socket folder (/...)
    int port = DefaultPort;
    QString database;
    QString user;
    QString caFile; // PEM of the CA that signed the server's certificate; empty: the system's

    bool isTeam() const { return kind == Kind::TeamDatabase; }
    bool isLocalSocket() const { return host.startsWith(u'/'); }
    // The postgresql:// URL the journal opens, with the password when given (never stored).
    // Over TCP: sslmode=verify-full, and sslrootcert when a CA file is set.
    QString journalUrl(const QString &password = {}) const;
    // The URL without a password, for messages.
    QString displayUrl() const { return journalUrl(); }
    // The SecretStore key of the password: "workspace:<user>@<host>:<port>/<database>".
    QString secretKey() const;
    // What stops a team database from being used, in words; empty when it is usable.
    QStringList problems() const;

    friend bool operator==(const WorkspaceSetting &, const WorkspaceSetting &) = default;
};

} // namespace Lesspay::Core
