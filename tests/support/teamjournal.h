// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace TeamJournal
