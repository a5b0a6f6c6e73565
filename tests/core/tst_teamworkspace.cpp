// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The team workspace's rules, tried with raw SQL as each role, the way a modified client or psql
// would: every forbidden action must be refused by the server itself.
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalimport.h"
#include "journal/journalqueries.h"
#include "journal/sqldialect.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "journalconnection.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lesspay::Core;

namespace {

using Role = TeamWorkspace::Role;

QByteArray body(const QString &requestId, const QString &amount = QStringLiteral("100.00"))
{
    const QJsonObject d{{QStringLiteral("mch_order_id"), QString(requestId + QStringLiteral("-1"))},
                        {QStringLiteral("amount"), amount},
                        {QStringLiteral("destination_type"), QStringLiteral("bank")},
                        {QStringLiteral("bank_account_no"), QStringLiteral("001234567890")}};
    const QJsonObject o{{QStringLiteral("request_id"), requestId},
                        {QStringLiteral("currency"), QStringLiteral("PHP")},
                        {QStringLiteral("total_amount"), amount},
                        {QStringLiteral("payout_order_details"), QJsonArray{d}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The outcome of one statement run as one person.
struct Outcome
{
    bool ok = false;
    int rows = -1;
    QString error;
    QVariant value;
};

} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void install_twice_sameWorkspace();
    void freeze_asPreparer_stampedAndAudited();
    void freeze_asViewer_refused();
    void requestApproval_otherBodyOrOtherPerson_refused();
    void approve_ownBatch_refused();
    void approve_asPreparer_refused();
    void approve_twiceBySamePerson_refused();
    void approve_otherBody_refused();
    void change_afterApproval_refused_data();
    void change_afterApproval_refused();
    void send_unapproved_refused();
    void send_asPreparer_refused();
    void send_approved_allowedForApprover();
    void send_policyGrownSinceApproval_refusedUntilApprovedAgain();
    void send_bodyNotTheApprovedOne_refused();
    void auditLog_change_refused_data();
    void auditLog_change_refused();
    void draft_ofSomeoneElse_cannotChange();
    void draftStore_renameRemove_onlyByItsPreparer();
    void policy_belowAmount_noApprovalNeeded();
    void import_personalJournal_sentBatchesApprovedFrozenWait();
    void hasRole_members_theirGroupsOnly();

private:
    QString urlAs(const QString &user) const;
    Outcome run(const QString &user, const QString &sql, const QVariantList &binds = {});
    qint64 freezeAs(const QString &user, const QString &requestId, const QString &amount = QStringLiteral("100.00"));
    Outcome request(const QString &user, const QString &requestId);
    Outcome decide(const QString &user, const QString &function, const QString &requestId, const QString &hash = {});
    QString approvalState(const QString &requestId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Journal> m_owner;
    QStringList m_connections;
};

void TestTeamWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(JournalBackend::isPostgres(), "tst_teamworkspace runs under with-postgres.sh only");
    m_location = JournalBackend::location(m_dir->filePath(QStringLiteral("team")));
    QString error;
    m_owner = Journal::open(m_location, &error);
    QVERIFY2(m_owner, qPrintable(error));
    QVERIFY(!TeamWorkspace::isInstalled(*m_owner));
    QVERIFY2(TeamWorkspace::install(*m_owner, &error), qPrintable(error));
    QVERIFY(TeamWorkspace::isInstalled(*m_owner));
    // pat prepares and approves, to show that nobody approves their own batch.
    const QList<std::pair<QString, Role>> members{
        {QStringLiteral("alice"), Role::Preparer}, {QStringLiteral("pat"), Role::Preparer},
        {QStringLiteral("pat"), Role::Approver},   {QStringLiteral("bob"), Role::Approver},
        {QStringLiteral("carol"), Role::Approver}, {QStringLiteral("vera"), Role::Viewer},
        {QStringLiteral("adam"), Role::Admin}};
    for (const auto &[user, role] : members)
        QVERIFY2(TeamWorkspace::addMember(*m_owner, user, role, {}, &error), qPrintable(error));
}

void TestTeamWorkspace::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_owner.reset();
}

QString TestTeamWorkspace::urlAs(const QString &user) const
{
    QUrl url(m_location);
    url.setUserName(user);
    return url.toString();
}

Outcome TestTeamWorkspace::run(const QString &user, const QString &sql, const QVariantList &binds)
{
    const QString name = QStringLiteral("team-") + user;
    if (!m_connections.contains(name)) {
        QSqlDatabase db = SqlDialect::addServerConnection(urlAs(user), name);
        if (!db.open())
            return {false, -1, db.lastError().text(), {}};
        m_connections.append(name);
    }
    QSqlQuery q(QSqlDatabase::database(name, false));
    Outcome o;
    if (binds.isEmpty()) {
        o.ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        o.ok = q.exec();
    }
    o.error = q.lastError().text();
    o.rows = q.numRowsAffected();
    if (o.ok && q.isSelect() && q.next())
        o.value = q.value(0);
    return o;
}

qint64 TestTeamWorkspace::freezeAs(const QString &user, const QString &requestId, const QString &amount)
{
    QString error;
    auto journal = Journal::open(urlAs(user), &error);
    if (!journal) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    const auto frozen = journal->freeze(0, QStringLiteral("p"), body(requestId, amount), &error);
    if (!frozen)
        qWarning("%s", qPrintable(error));
    return frozen ? frozen->batch.id : 0;
}

Outcome TestTeamWorkspace::request(const QString &user, const QString &requestId)
{
    return run(user, QStringLiteral("SELECT lesspay_request_approval(?, ?)"), {requestId, sha256(body(requestId))});
}

Outcome TestTeamWorkspace::decide(const QString &user, const QString &function, const QString &requestId,
                                  const QString &hash)
{
    return run(user, QStringLiteral("SELECT ") + function + QStringLiteral("(?, ?, ?)"),
               {requestId, hash.isEmpty() ? sha256(body(requestId)) : hash, QStringLiteral("looked at it")});
}

QString TestTeamWorkspace::approvalState(const QString &requestId)
{
    return run(QStringLiteral("vera"), QStringLiteral("SELECT approval_state FROM batches WHERE request_id = ?"),
               {requestId})
        .value.toString();
}

void TestTeamWorkspace::install_twice_sameWorkspace()
{
    QString error;
    QVERIFY2(TeamWorkspace::install(*m_owner, &error), qPrintable(error));
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("R1")) > 0);
    QVERIFY2(TeamWorkspace::install(*m_owner, &error), qPrintable(error));
    QCOMPARE(run(QStringLiteral("vera"), QStringLiteral("SELECT count(*) FROM approval_policy")).value.toInt(), 1);
    QCOMPARE(JournalQueries(*m_owner).listBatches().size(), 1);
}

void TestTeamWorkspace::freeze_asPreparer_stampedAndAudited()
{
    const qint64 id = freezeAs(QStringLiteral("alice"), QStringLiteral("R1"));
    QVERIFY(id > 0);
    QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("SELECT prepared_by FROM batches WHERE id = %1").arg(id))
                 .value.toString(),
             QStringLiteral("alice"));
    const Outcome audit = run(QStringLiteral("bob"), QStringLiteral("SELECT actor || '/' || action FROM audit_log "
                                                                    "WHERE batch_id = %1 AND at > now() - interval "
                                                                    "'1 minute' AND at <= now()")
                                                         .arg(id));
    QCOMPARE(audit.value.toString(), QStringLiteral("alice/frozen"));
}

void TestTeamWorkspace::freeze_asViewer_refused()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("permission denied|violates")));
    QCOMPARE(freezeAs(QStringLiteral("vera"), QStringLiteral("R1")), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("permission denied|violates")));
    QCOMPARE(freezeAs(QStringLiteral("bob"), QStringLiteral("R2")), 0);
    const Outcome forged = run(QStringLiteral("alice"),
                               QStringLiteral("INSERT INTO batches (request_id, profile_id, body, state, currency, "
                                              "total_amount, detail_count, created_at, updated_at, prepared_by) "
                                              "VALUES ('R3', 'p', 'x', 'frozen', 'PHP', '1', 1, 1, 1, 'bob')"));
    QVERIFY2(!forged.ok && forged.error.contains(QLatin1String("row-level security")), qPrintable(forged.error));
}

void TestTeamWorkspace::requestApproval_otherBodyOrOtherPerson_refused()
{
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("R1")) > 0);
    const Outcome otherBody = run(QStringLiteral("alice"), QStringLiteral("SELECT lesspay_request_approval(?, ?)"),
                                  {QStringLiteral("R1"), sha256(body(QStringLiteral("R1"), QStringLiteral("999.00")))});
    QVERIFY2(!otherBody.ok && otherBody.error.contains(QLatin1String("not the body")), qPrintable(otherBody.error));
    const Outcome otherPerson = request(QStringLiteral("pat"), QStringLiteral("R1"));
    QVERIFY2(!otherPerson.ok && otherPerson.error.contains(QLatin1String("only alice")), qPrintable(otherPerson.error));
    const Outcome approver = request(QStringLiteral("bob"), QStringLiteral("R1"));
    QVERIFY2(!approver.ok && approver.error.contains(QLatin1String("permission denied")), qPrintable(approver.error));
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("open"));
    QVERIFY2(request(QStringLiteral("alice"), QStringLiteral("R1")).ok, "the preparer requests approval");
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("requested"));
}

void TestTeamWorkspace::approve_ownBatch_refused()
{
    QVERIFY(freezeAs(QStringLiteral("pat"), QStringLiteral("R1")) > 0);
    QVERIFY(request(QStringLiteral("pat"), QStringLiteral("R1")).ok);
    const Outcome own = decide(QStringLiteral("pat"), QStringLiteral("lesspay_approve"), QStringLiteral("R1"));
    QVERIFY2(!own.ok && own.error.contains(QLatin1String("own batch")), qPrintable(own.error));
    // Nor straight into the table.
    const Outcome forged =
        run(QStringLiteral("pat"), QStringLiteral("INSERT INTO approvals (batch_id, approver, decision, body_sha256) "
                                                  "SELECT id, 'bob', 'approve', body_sha256 FROM batches"));
    QVERIFY2(!forged.ok && forged.error.contains(QLatin1String("permission denied")), qPrintable(forged.error));
    const Outcome state = run(QStringLiteral("pat"), QStringLiteral("UPDATE batches SET approval_state = 'approved'"));
    QVERIFY2(!state.ok && state.error.contains(QLatin1String("permission denied")), qPrintable(state.error));
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("requested"));
}

void TestTeamWorkspace::approve_asPreparer_refused()
{
    QVERIFY(freezeAs(QStringLiteral("pat"), QStringLiteral("R1")) > 0);
    QVERIFY(request(QStringLiteral("pat"), QStringLiteral("R1")).ok);
    for (const QString &user : {QStringLiteral("alice"), QStringLiteral("vera"), QStringLiteral("adam")}) {
        const Outcome o = decide(user, QStringLiteral("lesspay_approve"), QStringLiteral("R1"));
        QVERIFY2(!o.ok && o.error.contains(QLatin1String("permission denied")), qPrintable(user + o.error));
        // The inner function checks the role itself, for whoever reaches it.
        const Outcome inner = run(user, QStringLiteral("SELECT lesspay_decide(?, ?, 'approve', '')"),
                                  {QStringLiteral("R1"), sha256(body(QStringLiteral("R1")))});
        QVERIFY2(!inner.ok, qPrintable(user));
    }
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("requested"));
}

void TestTeamWorkspace::approve_twiceBySamePerson_refused()
{
    QVERIFY(run(QStringLiteral("adam"), QStringLiteral("UPDATE approval_policy SET approvers = 2")).ok);
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("R1")) > 0);
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    const Outcome first = decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1"));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.value.toString(), QStringLiteral("requested"));
    const Outcome twice = decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1"));
    QVERIFY2(!twice.ok && twice.error.contains(QLatin1String("already decided")), qPrintable(twice.error));
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("requested"));
    const Outcome second = decide(QStringLiteral("carol"), QStringLiteral("lesspay_approve"), QStringLiteral("R1"));
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("approved"));
    QCOMPARE(run(QStringLiteral("vera"), QStringLiteral("SELECT string_agg(actor || ':' || action, ',' ORDER BY id) "
                                                        "FROM audit_log WHERE action IN ('approve', "
                                                        "'approval_approved')"))
                 .value.toString(),
             QStringLiteral("bob:approve,carol:approve,carol:approval_approved"));
}

void TestTeamWorkspace::approve_otherBody_refused()
{
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("R1")) > 0);
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    const Outcome o = decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1"),
                             sha256(body(QStringLiteral("R1"), QStringLiteral("1.00"))));
    QVERIFY2(!o.ok && o.error.contains(QLatin1String("another body")), qPrintable(o.error));
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("requested"));
}

void TestTeamWorkspace::change_afterApproval_refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    QTest::newRow("preparer changes the total") << "alice"
                                                << "UPDATE batches SET total_amount = '1.00'";
    QTest::newRow("approver changes the body") << "bob"
                                               << "UPDATE batches SET body = 'x'";
    QTest::newRow("owner changes the body") << ""
                                            << "UPDATE batches SET body = 'x'";
    QTest::newRow("preparer adds a payout")
        << "alice"
        << "INSERT INTO batch_details (batch_id, mch_order_id, amount, recipient_key, masked_account, updated_at) "
           "SELECT id, 'extra', '5.00', 'k', '****', 1 FROM batches";
    QTest::newRow("approver changes an amount") << "bob"
                                                << "UPDATE batch_details SET amount = '1.00'";
    QTest::newRow("preparer deletes a payout") << "alice"
                                               << "DELETE FROM batch_details";
    QTest::newRow("owner deletes the batch") << ""
                                             << "DELETE FROM batches";
}

void TestTeamWorkspace::change_afterApproval_refused()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("R1")) > 0);
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    QVERIFY(decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1")).ok);
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("approved"));
    Outcome o;
    if (user.isEmpty()) {
        QSqlQuery q(JournalConnection::of(*m_owner));
        o.ok = q.exec(sql);
        o.error = q.lastError().text();
    } else {
        o = run(user, sql);
    }
    QVERIFY2(!o.ok || o.rows == 0, qPrintable(o.error));
    const Outcome stored = run(QStringLiteral("vera"), QStringLiteral("SELECT encode(sha256(body), 'hex') || '/' || "
                                                                      "total_amount || '/' || (SELECT count(*) FROM "
                                                                      "batch_details) || '/' || (SELECT "
                                                                      "min(amount) FROM batch_details) FROM batches"));
    QCOMPARE(stored.value.toString(), sha256(body(QStringLiteral("R1"))) + QStringLiteral("/100.00/1/100.00"));
}

void TestTeamWorkspace::send_unapproved_refused()
{
    const qint64 id = freezeAs(QStringLiteral("alice"), QStringLiteral("R1"));
    QVERIFY(id > 0);
    for (bool requested : {false, true}) {
        if (requested)
            QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
        const Outcome viaFunction =
            run(QStringLiteral("bob"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(id));
        QVERIFY2(!viaFunction.ok && viaFunction.error.contains(QLatin1String("not approved")),
                 qPrintable(viaFunction.error));
        const Outcome direct = run(QStringLiteral("bob"), QStringLiteral("UPDATE batches SET state = 'sending'"));
        QVERIFY2(!direct.ok || direct.rows == 0, qPrintable(direct.error));
        QSqlQuery owner(JournalConnection::of(*m_owner));
        QVERIFY(!owner.exec(QStringLiteral("UPDATE batches SET state = 'sending'")));
        QVERIFY2(owner.lastError().text().contains(QLatin1String("not approved")),
                 qPrintable(owner.lastError().text()));
    }
    // Rejected: never sent either.
    QVERIFY(decide(QStringLiteral("bob"), QStringLiteral("lesspay_reject"), QStringLiteral("R1")).ok);
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("rejected"));
    QVERIFY(!run(QStringLiteral("carol"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(id)).ok);
    QCOMPARE(m_owner->batchById(id)->state, BatchState::Frozen);
    QCOMPARE(m_owner->batchById(id)->sendCount, 0);
}

void TestTeamWorkspace::send_asPreparer_refused()
{
    const qint64 id = freezeAs(QStringLiteral("alice"), QStringLiteral("R1"));
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    QVERIFY(decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1")).ok);
    const Outcome viaFunction =
        run(QStringLiteral("alice"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(id));
    QVERIFY2(!viaFunction.ok && viaFunction.error.contains(QLatin1String("permission denied")),
             qPrintable(viaFunction.error));
    const Outcome direct = run(QStringLiteral("alice"), QStringLiteral("UPDATE batches SET state = 'sending'"));
    QVERIFY2(!direct.ok && direct.error.contains(QLatin1String("permission denied")), qPrintable(direct.error));
    const Outcome lease = run(QStringLiteral("alice"), QStringLiteral("INSERT INTO batch_leases (batch_id, holder, "
                                                                      "acquired_at, expires_at) VALUES (%1, 'x', 0, "
                                                                      "1)")
                                                           .arg(id));
    QVERIFY2(!lease.ok, "a preparer takes no sending lease");
    QCOMPARE(m_owner->batchById(id)->state, BatchState::Frozen);
}

void TestTeamWorkspace::send_approved_allowedForApprover()
{
    const qint64 id = freezeAs(QStringLiteral("alice"), QStringLiteral("R1"));
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    QVERIFY(decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1")).ok);
    const Outcome o = run(QStringLiteral("carol"), QStringLiteral("SELECT lesspay_mark_sending(%1, 5)").arg(id));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(m_owner->batchById(id)->state, BatchState::Sending);
    QCOMPARE(m_owner->batchById(id)->sendCount, 1);
    QCOMPARE(run(QStringLiteral("vera"), QStringLiteral("SELECT actor FROM audit_log WHERE action = 'state_sending'"))
                 .value.toString(),
             QStringLiteral("carol"));
}

void TestTeamWorkspace::send_policyGrownSinceApproval_refusedUntilApprovedAgain()
{
    const qint64 id = freezeAs(QStringLiteral("alice"), QStringLiteral("R1"));
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    QVERIFY(decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1")).ok);
    QCOMPARE(approvalState(QStringLiteral("R1")), QStringLiteral("approved"));
    // The admin asks two approvers for every PHP batch after bob approved this one alone.
    QVERIFY(run(QStringLiteral("adam"), QStringLiteral("INSERT INTO approval_policy (currency, approvers) VALUES "
                                                       "('PHP', 2)"))
                .ok);
    const Outcome refused = run(QStringLiteral("carol"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(id));
    QVERIFY2(!refused.ok && refused.error.contains(QLatin1String("current policy")), qPrintable(refused.error));
    QCOMPARE(m_owner->batchById(id)->state, BatchState::Frozen);
    // The second approval the policy now asks for; bob's own does not count twice.
    QVERIFY(!decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1")).ok);
    const Outcome second = decide(QStringLiteral("carol"), QStringLiteral("lesspay_approve"), QStringLiteral("R1"));
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.value.toString(), QStringLiteral("approved"));
    const Outcome sent = run(QStringLiteral("carol"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(id));
    QVERIFY2(sent.ok, qPrintable(sent.error));
    QCOMPARE(m_owner->batchById(id)->state, BatchState::Sending);
    // Fully approved now: no third decision is taken.
    QVERIFY(!decide(QStringLiteral("pat"), QStringLiteral("lesspay_approve"), QStringLiteral("R1")).ok);
}

void TestTeamWorkspace::send_bodyNotTheApprovedOne_refused()
{
    const qint64 id = freezeAs(QStringLiteral("alice"), QStringLiteral("R1"));
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    QVERIFY(decide(QStringLiteral("bob"), QStringLiteral("lesspay_approve"), QStringLiteral("R1")).ok);
    // Someone with the owner's rights swaps the frozen body behind the guard's back, or the
    // recorded approval's hash: either way the bytes are not the ones approved.
    QSqlQuery owner(JournalConnection::of(*m_owner));
    QVERIFY(owner.exec(QStringLiteral("ALTER TABLE batches DISABLE TRIGGER batches_guard")));
    owner.prepare(QStringLiteral("UPDATE batches SET body = ? WHERE id = ?"));
    owner.addBindValue(body(QStringLiteral("R1"), QStringLiteral("900.00")));
    owner.addBindValue(id);
    QVERIFY2(owner.exec(), qPrintable(owner.lastError().text()));
    const Outcome swappedBody =
        run(QStringLiteral("carol"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(id));
    QVERIFY2(!swappedBody.ok && swappedBody.error.contains(QLatin1String("not the body that was approved")),
             qPrintable(swappedBody.error));

    // The body back, the batch's hash moved to match another body: still not what was approved.
    owner.prepare(QStringLiteral("UPDATE batches SET body = ?, body_sha256 = ? WHERE id = ?"));
    owner.addBindValue(body(QStringLiteral("R1"), QStringLiteral("900.00")));
    owner.addBindValue(sha256(body(QStringLiteral("R1"), QStringLiteral("900.00"))));
    owner.addBindValue(id);
    QVERIFY2(owner.exec(), qPrintable(owner.lastError().text()));
    QVERIFY(owner.exec(QStringLiteral("ALTER TABLE batches ENABLE TRIGGER batches_guard")));
    const Outcome otherHash =
        run(QStringLiteral("carol"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(id));
    QVERIFY2(!otherHash.ok && otherHash.error.contains(QLatin1String("current policy")), qPrintable(otherHash.error));
    QCOMPARE(m_owner->batchById(id)->state, BatchState::Frozen);
    QCOMPARE(m_owner->batchById(id)->sendCount, 0);
}

void TestTeamWorkspace::auditLog_change_refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    for (const char *user : {"alice", "bob", "adam", ""}) {
        const QByteArray who = *user ? QByteArray(user) : QByteArray("owner");
        QTest::newRow(QByteArray(who + " updates").constData()) << user << "UPDATE audit_log SET actor = 'nobody'";
        QTest::newRow(QByteArray(who + " deletes").constData()) << user << "DELETE FROM audit_log";
        QTest::newRow(QByteArray(who + " truncates").constData()) << user << "TRUNCATE audit_log";
        if (*user)
            QTest::newRow(QByteArray(who + " inserts").constData())
                << user << "INSERT INTO audit_log (action) VALUES ('forged')";
    }
}

void TestTeamWorkspace::auditLog_change_refused()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("R1")) > 0);
    QVERIFY(request(QStringLiteral("alice"), QStringLiteral("R1")).ok);
    const Outcome before = run(QStringLiteral("vera"), QStringLiteral("SELECT string_agg(actor || action || at, ',' "
                                                                      "ORDER BY id) FROM audit_log"));
    QVERIFY(!before.value.toString().isEmpty());
    Outcome o;
    if (user.isEmpty()) {
        QSqlQuery q(JournalConnection::of(*m_owner));
        o.ok = q.exec(sql);
        o.error = q.lastError().text();
    } else {
        o = run(user, sql);
    }
    QVERIFY2(!o.ok, qPrintable(sql));
    QVERIFY2(o.error.contains(QLatin1String("permission denied")) || o.error.contains(QLatin1String("append-only")),
             qPrintable(o.error));
    const Outcome after = run(QStringLiteral("vera"), QStringLiteral("SELECT string_agg(actor || action || at, ',' "
                                                                     "ORDER BY id) FROM audit_log"));
    QCOMPARE(after.value.toString(), before.value.toString());
}

void TestTeamWorkspace::draft_ofSomeoneElse_cannotChange()
{
    QVERIFY(run(QStringLiteral("alice"), QStringLiteral("INSERT INTO drafts (profile_id, title, header, rows, "
                                                        "row_count, created_at, updated_at) VALUES ('p', 'June', "
                                                        "'', '', 0, 1, 1)"))
                .ok);
    const Outcome update = run(QStringLiteral("pat"), QStringLiteral("UPDATE drafts SET title = 'Mine'"));
    QVERIFY2(update.ok && update.rows == 0, qPrintable(update.error));
    const Outcome remove = run(QStringLiteral("pat"), QStringLiteral("DELETE FROM drafts"));
    QVERIFY2(remove.ok && remove.rows == 0, qPrintable(remove.error));
    const Outcome viewer = run(QStringLiteral("vera"), QStringLiteral("UPDATE drafts SET title = 'Mine'"));
    QVERIFY2(!viewer.ok && viewer.error.contains(QLatin1String("permission denied")), qPrintable(viewer.error));
    QCOMPARE(run(QStringLiteral("pat"), QStringLiteral("SELECT title || created_by FROM drafts")).value.toString(),
             QStringLiteral("Junealice"));
}

void TestTeamWorkspace::draftStore_renameRemove_onlyByItsPreparer()
{
    QString error;
    std::unique_ptr<Journal> alice = Journal::open(urlAs(QStringLiteral("alice")), &error);
    std::unique_ptr<Journal> pat = Journal::open(urlAs(QStringLiteral("pat")), &error);
    std::unique_ptr<Journal> vera = Journal::open(urlAs(QStringLiteral("vera")), &error);
    QVERIFY2(alice && pat && vera, qPrintable(error));
    DraftRecord draft;
    draft.profileId = QStringLiteral("p");
    draft.title = QStringLiteral("June");
    const qint64 id = DraftStore(*alice).save(draft).value_or(0);
    QVERIFY(id > 0);
    // Another preparer sees the draft but the server lets them change none of it.
    QVERIFY(!DraftStore(*pat).rename(id, QStringLiteral("Mine"), &error));
    QCOMPARE(error, QStringLiteral("Only the person who prepared this draft can rename or delete it."));
    QVERIFY(!DraftStore(*pat).remove(id, &error));
    QCOMPARE(error, QStringLiteral("Only the person who prepared this draft can rename or delete it."));
    // A viewer may not write drafts at all.
    QVERIFY(!DraftStore(*vera).remove(id, &error));
    QVERIFY2(error.startsWith(QLatin1String("The draft could not be deleted:")), qPrintable(error));
    QCOMPARE(DraftStore(*pat).load(id)->title, QStringLiteral("June"));
    // Its preparer renames and deletes it.
    QVERIFY2(DraftStore(*alice).rename(id, QStringLiteral("July"), &error), qPrintable(error));
    QCOMPARE(DraftStore(*pat).load(id)->title, QStringLiteral("July"));
    QVERIFY2(DraftStore(*alice).remove(id, &error), qPrintable(error));
    QVERIFY(!DraftStore(*pat).load(id));
}

void TestTeamWorkspace::policy_belowAmount_noApprovalNeeded()
{
    QVERIFY(run(QStringLiteral("adam"), QStringLiteral("UPDATE approval_policy SET above_amount = '500.00'")).ok);
    QVERIFY(run(QStringLiteral("adam"), QStringLiteral("INSERT INTO approval_policy (currency, above_amount, "
                                                       "approvers) VALUES ('PHP', '10000.00', 2)"))
                .ok);
    const Outcome bad = run(QStringLiteral("alice"), QStringLiteral("UPDATE approval_policy SET approvers = 1"));
    QVERIFY2(!bad.ok && bad.error.contains(QLatin1String("permission denied")), qPrintable(bad.error));
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("SMALL"), QStringLiteral("500.00")) > 0);
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("MID"), QStringLiteral("500.01")) > 0);
    QVERIFY(freezeAs(QStringLiteral("alice"), QStringLiteral("BIG"), QStringLiteral("10000.01")) > 0);
    const auto requestBody = [this](const QString &id, const QString &amount) {
        return run(QStringLiteral("alice"), QStringLiteral("SELECT lesspay_request_approval(?, ?)"),
                   {id, sha256(body(id, amount))});
    };
    QCOMPARE(requestBody(QStringLiteral("SMALL"), QStringLiteral("500.00")).value.toString(),
             QStringLiteral("approved"));
    QCOMPARE(requestBody(QStringLiteral("MID"), QStringLiteral("500.01")).value.toString(),
             QStringLiteral("requested"));
    QCOMPARE(requestBody(QStringLiteral("BIG"), QStringLiteral("10000.01")).value.toString(),
             QStringLiteral("requested"));
    QCOMPARE(run(QStringLiteral("vera"),
                 QStringLiteral("SELECT string_agg(request_id || approvals_required, ',' ORDER BY id) FROM batches"))
                 .value.toString(),
             QStringLiteral("SMALL0,MID1,BIG2"));
}

void TestTeamWorkspace::import_personalJournal_sentBatchesApprovedFrozenWait()
{
    QString error;
    auto personal = Journal::open(m_dir->filePath(QStringLiteral("personal.sqlite")), &error);
    QVERIFY2(personal, qPrintable(error));
    const qint64 sent = personal->freeze(0, QStringLiteral("p"), body(QStringLiteral("SENT")))->batch.id;
    QVERIFY(personal->markSending(sent));
    QVERIFY(personal->setState(sent, BatchState::Accepted));
    QVERIFY(personal->freeze(0, QStringLiteral("p"), body(QStringLiteral("WAITS"))));
    const auto r = JournalImport::run(*personal, *m_owner, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->batches, 2);
    QCOMPARE(approvalState(QStringLiteral("SENT")), QStringLiteral("approved"));
    QCOMPARE(approvalState(QStringLiteral("WAITS")), QStringLiteral("open"));
    // An approver can go on reconciling the sent batch; the frozen one is not sent unapproved.
    const qint64 sentHere = m_owner->batch(QStringLiteral("SENT"))->id;
    const qint64 waitsHere = m_owner->batch(QStringLiteral("WAITS"))->id;
    QVERIFY(run(QStringLiteral("bob"),
                QStringLiteral("UPDATE batches SET order_status = 'SUCCEED' WHERE id = %1").arg(sentHere))
                .rows
            == 1);
    QVERIFY(!run(QStringLiteral("bob"), QStringLiteral("SELECT lesspay_mark_sending(%1, 1)").arg(waitsHere)).ok);
    QCOMPARE(JournalImport::run(*personal, *m_owner)->batches, 0);
}

void TestTeamWorkspace::hasRole_members_theirGroupsOnly()
{
    const auto has = [this](const QString &user, Role role) {
        std::unique_ptr<Journal> journal = Journal::open(urlAs(user));
        return journal && TeamWorkspace::hasRole(*journal, role);
    };
    QVERIFY(has(QStringLiteral("alice"), Role::Preparer));
    QVERIFY(!has(QStringLiteral("alice"), Role::Approver));
    QVERIFY(has(QStringLiteral("bob"), Role::Approver));
    QVERIFY(!has(QStringLiteral("bob"), Role::Preparer));
    QVERIFY(has(QStringLiteral("pat"), Role::Preparer) && has(QStringLiteral("pat"), Role::Approver));
    QVERIFY(has(QStringLiteral("vera"), Role::Viewer) && !has(QStringLiteral("vera"), Role::Approver));
    // Preparers and approvers read everything: they are viewers too.
    QVERIFY(has(QStringLiteral("alice"), Role::Viewer));
    std::unique_ptr<Journal> personal = Journal::open(m_dir->filePath(QStringLiteral("personal.sqlite")));
    QVERIFY(personal && !TeamWorkspace::hasRole(*personal, Role::Viewer));
}

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
