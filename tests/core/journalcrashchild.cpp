// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_journal: commits one batch, then stops in the middle of a write transaction
// and waits there to be killed with SIGKILL.
#include "journal/journal.h"
#include "journal/sqltransaction.h"
#include "journalconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace Lesspay::Core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    auto journal = Journal::open(args.at(1));
    if (!journal)
        return 3;
    if (!journal->freeze(0, QStringLiteral("p"), args.at(2).toUtf8()))
        return 4;
    SqlTransaction tx(JournalConnection::of(*journal));
    if (!tx.begin())
        return 5;
    QSqlQuery q(JournalConnection::of(*journal));
    q.prepare(QStringLiteral("INSERT INTO batches (request_id, profile_id, body, state, currency, total_amount, "
                             "detail_count, created_at, updated_at) VALUES (?, 'p', ?, 'frozen', 'PHP', '1.00', 1, 1, "
                             "1)"));
    for (int i = 0; i < 2000; ++i) {
        q.addBindValue(QString(args.at(3) + QString::number(i)));
        q.addBindValue(QByteArray(4096, 'x')); // enough to spill pages into the WAL before commit
        if (!q.exec())
            return 6;
    }
    std::fputs("inside-transaction\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
