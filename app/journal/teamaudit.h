// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lesspay::Core {

class Journal;

// Who did what to a batch in a team workspace, read from the server's append-only audit log
// (TeamWorkspace): who froze it, asked for approval, approved or rejected it (with the comment)
// and sent it, each with the login and the server's time. A personal journal records no people:
// every answer is empty there.
class TeamAudit
{
    Q_DECLARE_TR_FUNCTIONS(TeamAudit)

public:
    struct Entry
    {
        qint64 at = 0;  // server time, ms since the epoch
        QString actor;  // the login (session_user)
        QString action; // frozen, approval_requested, approve, reject, state_sending, ...
        QString detail; // the comment of a decision
    };
    struct People
    {
        QString preparedBy;
        qint64 preparedAt = 0;
        QStringList approvedBy; // in order
        QString rejectedBy;
        QString rejectComment;
        QString sentBy; // who first marked it sending
        qint64 sentAt = 0;

        bool isEmpty() const { return preparedBy.isEmpty(); }
    };

    explicit TeamAudit(const Journal &journal);

    // Oldest first; empty in a personal journal.
    QList<Entry> entries(const QString &requestId) const;
    People people(const QString &requestId) const;
    static People people(const QList<Entry> &entries);
    // "Prepared by alice · approved by bob · sent by bob" (what is known so far); empty when nobody is recorded.
    static QString summary(const People &people);
    // One line per entry for a person: "alice froze the batch", "bob approved it: matches", ...
    static QString describe(const Entry &entry);

private:
    const Journal &m_journal;
};

} // namespace Lesspay::Core
