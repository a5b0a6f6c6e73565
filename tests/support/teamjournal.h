// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// What the team-workspace tests share: the batch a preparer freezes, and the workspace opened as
// one of its members (a login the owner added, on the test's private PostgreSQL server).
namespace TeamJournal {

// The body of a batch of one bank payout in PHP.
inline QByteArray batchBody(const QString &requestId, const QString &amount = QStringLiteral("250.00"))
{
    const QJsonObject detail{{QStringLiteral("mch_order_id"), QString(requestId + QStringLiteral("-1"))},
                             {QStringLiteral("amount"), amount},
                             {QStringLiteral("destination_type"), QStringLiteral("bank")},
                             {QStringLiteral("bank_account_no"), QStringLiteral("001234567890")}};
    const QJsonObject body{{QStringLiteral("request_id"), requestId},
                           {QStringLiteral("currency"), QStringLiteral("PHP")},
                           {QStringLiteral("total_amount"), amount},
                           {QStringLiteral("payout_order_details"), QJsonArray{detail}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The workspace at `location` (a postgresql:// URL), opened as `user`; null with a warning when
// it cannot be.
inline std::unique_ptr<Lesspay::Core::Journal> openAs(const QString &location, const QString &user)
{
    QUrl url(location);
    url.setUserName(user);
    QString error;
    std::unique_ptr<Lesspay::Core::Journal> journal = Lesspay::Core::Journal::open(url.toString(), &error);
    if (!journal)
        qWarning("%s", qPrintable(error));
    return journal;
}

// A team workspace of its own on the test's server: the owner who installed it, and alice
// (preparer) and bob (approver) signed in as themselves.
class Workspace
{
public:
    bool create(QString *error)
    {
        location = JournalBackend::location(m_dir.filePath(QStringLiteral("team")));
        owner = Lesspay::Core::Journal::open(location, error);
        using Lesspay::Core::TeamWorkspace;
        if (!owner || !TeamWorkspace::install(*owner, error))
            return false;
        if (!TeamWorkspace::addMember(*owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer)
            || !TeamWorkspace::addMember(*owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver)) {
            *error = QStringLiteral("alice or bob could not be added");
            return false;
        }
        alice = openAs(location, QStringLiteral("alice"));
        bob = openAs(location, QStringLiteral("bob"));
        if (!alice || !bob)
            *error = QStringLiteral("alice or bob could not sign in");
        return alice && bob;
    }

    QString location;
    std::unique_ptr<Lesspay::Core::Journal> owner;
    std::unique_ptr<Lesspay::Core::Journal> alice;
    std::unique_ptr<Lesspay::Core::Journal> bob;

private:
    QTemporaryDir m_dir;
};

} // namespace TeamJournal
