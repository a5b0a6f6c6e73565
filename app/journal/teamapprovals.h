// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Lesspay::Core {

class Journal;

// Four-eyes approval of frozen batches in a team workspace (TeamWorkspace), asked of the server's
// functions as the person logged in: the server decides who may request, approve, reject and
// send, so this class only asks and reports. An approval is bound to the SHA-256 of the exact
// frozen body; a batch needs approval per the workspace's policy (always, or above an amount
// per currency; one or two approvers).
class TeamApprovals
{
    Q_DECLARE_TR_FUNCTIONS(TeamApprovals)

public:
    enum class State {
        Open,      // frozen, approval not requested yet
        Requested, // waiting for approvers
        Approved,  // may be sent
        Rejected
    };
    static QString key(State state); // "open", "requested", ...
    static std::optional<State> fromKey(const QString &key);

    struct Decision
    {
        QString approver;
        bool approved = false;
        QString comment;
        qint64 at = 0; // server time, ms since the epoch
    };
    struct Status
    {
        QString requestId;
        QString profileId;
        QString preparedBy;
        State state = State::Open;
        int approvalsRequired = 0;
        QString currency;
        QString totalAmount;
        int detailCount = 0;
        QList<Decision> decisions;
    };

    explicit TeamApprovals(Journal &journal);

    // Lowercase hex SHA-256 of a frozen body: what an approval is bound to.
    static QString bodySha256(const QByteArray &body);

    // The person logged in (session_user).
    QString currentUser() const;

    // Asks for approval of a batch this person froze; returns the new state (Approved at once
    // when the policy asks for none).
    std::optional<State> request(const QString &requestId, QString *error = nullptr);
    // bodySha256: the digest of the body the approver reviewed; the server refuses another.
    std::optional<State> approve(const QString &requestId, const QString &bodySha256, const QString &comment,
                                 QString *error = nullptr);
    std::optional<State> reject(const QString &requestId, const QString &bodySha256, const QString &comment,
                                QString *error = nullptr);

    std::optional<Status> status(const QString &requestId) const;
    // Batches waiting for approval that this person did not prepare and has not decided on yet.
    QList<Status> waitingForMe() const;

private:
    std::optional<State> call(const QString &function, const QStringList &args, QString *error);
    QList<Status> statuses(const QString &where, const QStringList &binds) const;

    Journal &m_journal;
};

} // namespace Lesspay::Core
