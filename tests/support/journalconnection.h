// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

// The journal keeps its connection to itself (SQL lives in app/journal/). Tests that must reach
// under it (to break a statement on purpose, to look at a pragma, to fill a benchmark file without
// waiting for the disk) find the connection the journal opened on its file or database.
namespace JournalConnection {

inline QSqlDatabase of(const Lesspay::Core::Journal &journal)
{
    const QString name = journal.isServer() ? QUrl(journal.path()).path().mid(1) : journal.path();
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &connection : names) {
        if (!connection.startsWith(QLatin1String("lesspay-journal-")))
            continue;
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.databaseName() == name)
            return db;
    }
    return {};
}

} // namespace JournalConnection
