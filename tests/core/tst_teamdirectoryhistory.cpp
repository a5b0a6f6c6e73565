// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The recipient directory's history in a team workspace, tried with raw SQL as each role the way a
// modified client or psql would: the server writes every entry, and nobody skips, forges, edits
// or backdates one.
#include "directory/payeedirectory.h"
#include "journal/journal.h"
#include "journal/sqldialect.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "payeeaccounts.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lesspay::Core;

namespace {

using PayeeAccounts::bank;

using Role = TeamWorkspace::Role;

struct Outcome
{
    bool ok = false;
    QString error;
    QVariant value;
};

} // namespace

class tst_TeamDirectoryHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clientEdits_historyWrittenByServer_withLoginAndServerTime();
    void history_changedDirectly_refused_data();
    void history_changedDirectly_refused();
    void rawSqlEdits_historyStillWritten_andChangeTimeNotBackdated();
    void viewer_writesPayee_refused();

private:
    QString urlAs(const QString &user) const;
    Outcome run(const QString &user, const QString &sql);
    qint64 serverNowMs();
    QStringList history(qint64 payeeId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Journal> m_owner;
    QStringList m_connections;
};

void tst_TeamDirectoryHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(JournalBackend::isPostgres(), "tst_teamdirectoryhistory runs under with-postgres.sh only");
    m_location = JournalBackend::location(m_dir->filePath(QStringLiteral("team")));
    QString error;
    m_owner = Journal::open(m_location, &error);
    QVERIFY2(m_owner, qPrintable(error));
    QVERIFY2(TeamWorkspace::install(*m_owner, &error), qPrintable(error));
    QVERIFY2(TeamWorkspace::install(*m_owner, &error), qPrintable(error)); // idempotent
    for (const auto &[user, role] : QList<std::pair<QString, Role>>{{QStringLiteral("alice"), Role::Preparer},
                                                                    {QStringLiteral("bob"), Role::Approver},
                                                                    {QStringLiteral("vera"), Role::Viewer},
                                                                    {QStringLiteral("adam"), Role::Admin}})
        QVERIFY2(TeamWorkspace::addMember(*m_owner, user, role, {}, &error), qPrintable(error));
}

void tst_TeamDirectoryHistory::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_owner.reset();
}

QString tst_TeamDirectoryHistory::urlAs(const QString &user) const
{
    QUrl url(m_location);
    url.setUserName(user);
    return url.toString();
}

Outcome tst_TeamDirectoryHistory::run(const QString &user, const QString &sql)
{
    const QString name = QStringLiteral("dirhist-") + (user.isEmpty() ? QStringLiteral("owner") : user);
    if (!m_connections.contains(name)) {
        QSqlDatabase db = SqlDialect::addServerConnection(user.isEmpty() ? m_location : urlAs(user), name);
        if (!db.open())
            return {false, db.lastError().text(), {}};
        m_connections.append(name);
    }
    QSqlQuery q(QSqlDatabase::database(name, false));
    Outcome o;
    o.ok = q.exec(sql);
    o.error = q.lastError().text();
    if (o.ok && q.isSelect() && q.next())
        o.value = q.value(0);
    return o;
}

qint64 tst_TeamDirectoryHistory::serverNowMs()
{
    return run({}, QStringLiteral("SELECT lesspay_ms(clock_timestamp())")).value.toLongLong();
}

// "who what old→new" of a payee's history, oldest first.
QStringList tst_TeamDirectoryHistory::history(qint64 payeeId)
{
    QStringList out;
    run({}, QStringLiteral("SELECT 1")); // opens the owner's connection
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("dirhist-owner"), false));
    q.exec(QStringLiteral("SELECT who, what, old_value, new_value FROM payee_changes WHERE payee_id = %1 ORDER BY id")
               .arg(payeeId));
    while (q.next())
        out.append(
            QStringLiteral("%1 %2 %3\u2192%4")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    return out;
}

void tst_TeamDirectoryHistory::clientEdits_historyWrittenByServer_withLoginAndServerTime()
{
    QString error;
    std::unique_ptr<Journal> alice = Journal::open(urlAs(QStringLiteral("alice")), &error);
    QVERIFY2(alice, qPrintable(error));
    PayeeDirectory directory(*alice);
    directory.setWho(QStringLiteral("mallory")); // what the client claims counts for nothing
    const qint64 before = serverNowMs();
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.accounts.append({0, bank(juan.name, QStringLiteral("001234567890")), 0, 0});
    const std::optional<Payee> saved = directory.addPayee(juan, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY2(
        directory.updateAccount(saved->accounts.first().id, bank(juan.name, QStringLiteral("009988776655")), &error),
        qPrintable(error));
    Payee edited = *directory.payee(saved->id);
    edited.tags = {QStringLiteral("suppliers")};
    QVERIFY2(directory.updatePayee(edited, &error), qPrintable(error));
    const qint64 after = serverNowMs();

    QCOMPARE(history(saved->id), (QStringList{QStringLiteral("alice payee.created \u2192Juan Dela Cruz"),
                                              QStringLiteral("alice account.added \u2192BNORPHMM ****7890"),
                                              QStringLiteral("alice bank_account_no ****7890\u2192****6655"),
                                              QStringLiteral("alice payee.tags \u2192suppliers")}));
    // The console reads the server's entries like its own.
    const QList<PayeeChange> changes = directory.changes(saved->id);
    QCOMPARE(changes.size(), 4);
    for (const PayeeChange &c : changes) {
        QCOMPARE(c.who, QStringLiteral("alice"));
        QVERIFY2(c.at >= before && c.at <= after,
                 qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(c.at).arg(before).arg(after)));
    }
    // Saved with its payee: not a change. Edited later: changed at the server's time.
    const Outcome changedAt =
        run({}, QStringLiteral("SELECT changed_at FROM payee_accounts WHERE id = %1").arg(saved->accounts.first().id));
    QVERIFY(changedAt.value.toLongLong() >= before && changedAt.value.toLongLong() <= after);
}

void tst_TeamDirectoryHistory::history_changedDirectly_refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    for (const char *user : {"alice", "bob", "adam", ""}) {
        const QByteArray who = *user ? QByteArray(user) : QByteArray("owner");
        QTest::newRow(QByteArray(who + " updates").constData()) << user << "UPDATE payee_changes SET who = 'nobody'";
        QTest::newRow(QByteArray(who + " deletes").constData()) << user << "DELETE FROM payee_changes";
        QTest::newRow(QByteArray(who + " truncates").constData()) << user << "TRUNCATE payee_changes";
        if (*user) {
            QTest::newRow(QByteArray(who + " inserts").constData())
                << user
                << "INSERT INTO payee_changes (payee_id, at, who, what, old_value, new_value) VALUES (1, 0, 'x', "
                   "'payee.created', '', 'forged')";
            QTest::newRow(QByteArray(who + " calls the writer").constData())
                << user << "SELECT lesspay_payee_change(1, 0, 'payee.created', '', 'forged')";
        }
    }
}

void tst_TeamDirectoryHistory::history_changedDirectly_refused()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QVERIFY(run(QStringLiteral("alice"),
                QStringLiteral("INSERT INTO payees (id, name, created_at, updated_at) VALUES (1, 'Ana', 0, 0)"))
                .ok);
    const qint64 entries = run({}, QStringLiteral("SELECT COUNT(*) FROM payee_changes")).value.toLongLong();
    QCOMPARE(entries, 1);
    const Outcome o = run(user, sql);
    QVERIFY2(!o.ok, qPrintable(sql));
    QCOMPARE(run({}, QStringLiteral("SELECT COUNT(*) FROM payee_changes")).value.toLongLong(), entries);
    QCOMPARE(history(1), QStringList{QStringLiteral("alice payee.created \u2192Ana")});
}

void tst_TeamDirectoryHistory::rawSqlEdits_historyStillWritten_andChangeTimeNotBackdated()
{
    // psql, not the console: the history is written all the same.
    QVERIFY(run(QStringLiteral("alice"),
                QStringLiteral("INSERT INTO payees (id, name, created_at, updated_at) VALUES (7, 'Rosa Lim', 0, 0)"))
                .ok);
    const Outcome added = run(
        QStringLiteral("alice"),
        QStringLiteral("INSERT INTO payee_accounts (id, payee_id, destination_type, bank_account_no, bank_swift_code, "
                       "created_at, changed_at) VALUES (70, 7, 'bank', '001122334455', 'BNORPHMM', 0, 0)"));
    QVERIFY2(added.ok, qPrintable(added.error));
    // A new account of a payee saved earlier is a change now, whatever the client says.
    const qint64 before = serverNowMs();
    QVERIFY(run(QStringLiteral("alice"), QStringLiteral("UPDATE payee_accounts SET bank_account_no = '009999999999', "
                                                        "changed_at = 1, created_at = 1 WHERE id = 70"))
                .ok);
    const qint64 after = serverNowMs();
    const qint64 changedAt =
        run({}, QStringLiteral("SELECT changed_at FROM payee_accounts WHERE id = 70")).value.toLongLong();
    QVERIFY2(changedAt >= before && changedAt <= after, qPrintable(QString::number(changedAt)));
    QVERIFY(run({}, QStringLiteral("SELECT created_at FROM payee_accounts WHERE id = 70")).value.toLongLong() > 1);
    // Only the timestamps: not a change of the details, so the time stays.
    QVERIFY(run(QStringLiteral("alice"), QStringLiteral("UPDATE payee_accounts SET changed_at = 0 WHERE id = 70")).ok);
    QCOMPARE(run({}, QStringLiteral("SELECT changed_at FROM payee_accounts WHERE id = 70")).value.toLongLong(),
             changedAt);
    // An account stays with its payee.
    QVERIFY(run(QStringLiteral("alice"),
                QStringLiteral("INSERT INTO payees (id, name, created_at, updated_at) VALUES (8, 'Other', 0, 0)"))
                .ok);
    QVERIFY(!run(QStringLiteral("alice"), QStringLiteral("UPDATE payee_accounts SET payee_id = 8 WHERE id = 70")).ok);
    QVERIFY(run(QStringLiteral("alice"), QStringLiteral("DELETE FROM payee_accounts WHERE id = 70")).ok);
    QVERIFY(run(QStringLiteral("alice"), QStringLiteral("DELETE FROM payees WHERE id = 7")).ok);

    QCOMPARE(history(7), (QStringList{QStringLiteral("alice payee.created \u2192Rosa Lim"),
                                      QStringLiteral("alice account.added \u2192BNORPHMM ****4455"),
                                      QStringLiteral("alice bank_account_no ****4455\u2192****9999"),
                                      QStringLiteral("alice account.removed BNORPHMM ****9999\u2192"),
                                      QStringLiteral("alice payee.removed Rosa Lim\u2192")}));
    // No full number anywhere in the history.
    QCOMPARE(run({}, QStringLiteral("SELECT COUNT(*) FROM payee_changes WHERE old_value LIKE '%0011%' OR new_value "
                                    "LIKE '%0099%'"))
                 .value.toLongLong(),
             0);
}

void tst_TeamDirectoryHistory::viewer_writesPayee_refused()
{
    QVERIFY(!run(QStringLiteral("vera"),
                 QStringLiteral("INSERT INTO payees (id, name, created_at, updated_at) VALUES (9, 'X', 0, 0)"))
                 .ok);
    QVERIFY(run(QStringLiteral("vera"), QStringLiteral("SELECT COUNT(*) FROM payee_changes")).ok);
}

QTEST_GUILESS_MAIN(tst_TeamDirectoryHistory)
#include "tst_teamdirectoryhistory.moc"
