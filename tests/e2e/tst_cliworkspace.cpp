// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// lesspay-cli's team workspace commands against a private PostgreSQL (with-postgres.sh).
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "sandboxrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lesspay::Core;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray body(const QString &requestId)
{
    const QJsonObject d{{QStringLiteral("mch_order_id"), QStringLiteral("m1")},
                        {QStringLiteral("amount"), QStringLiteral("75.00")},
                        {QStringLiteral("destination_type"), QStringLiteral("bank")},
                        {QStringLiteral("bank_account_no"), QStringLiteral("001234567890")}};
    const QJsonObject o{{QStringLiteral("request_id"), requestId},
                        {QStringLiteral("currency"), QStringLiteral("PHP")},
                        {QStringLiteral("total_amount"), QStringLiteral("75.00")},
                        {QStringLiteral("payout_order_details"), QJsonArray{d}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void init_emptyDatabase_schemaRolesAndAdmin();
    void approve_flow_preparerRequestsOtherApproves();
    void submit_teamWorkspace_sentOnlyByApproverAfterApproval();
    void status_frozenInTeamWorkspace_awaitingApprovalOrRejectedNeverSending();

private:
    QString urlAs(const QString &user) const;
    Run cli(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void TestCliWorkspace::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_cliworkspace runs under with-postgres.sh only");
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = JournalBackend::location(m_dir->filePath(QStringLiteral("team")));
}

QString TestCliWorkspace::urlAs(const QString &user) const
{
    QUrl url(m_location);
    url.setUserName(user);
    return url.toString();
}

Run TestCliWorkspace::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LESSPAY_TEST_ADMIN_PASSWORD"), QStringLiteral("s3cret"));
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("sandbox-demo-secret"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LESSPAY_CLI_EXECUTABLE), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCliWorkspace::init_emptyDatabase_schemaRolesAndAdmin()
{
    const QStringList args{QStringLiteral("workspace"),
                           QStringLiteral("init"),
                           QStringLiteral("--db"),
                           m_location,
                           QStringLiteral("--admin"),
                           QStringLiteral("adam"),
                           QStringLiteral("--admin-password-env"),
                           QStringLiteral("LESSPAY_TEST_ADMIN_PASSWORD")};
    const Run first = cli(args);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("Team workspace ready")), qPrintable(first.out));
    const Run again = cli(args);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));

    std::unique_ptr<Journal> owner = Journal::open(m_location);
    QVERIFY(owner);
    QVERIFY(owner->isTeamWorkspace());
    QCOMPARE(owner->schemaVersion(), Journal::SchemaVersion);
    // The admin adds the next member: a preparer who can then open the workspace.
    std::unique_ptr<Journal> adam = Journal::open(urlAs(QStringLiteral("adam")));
    QVERIFY(adam);
    QString error;
    QVERIFY2(TeamWorkspace::addMember(*adam, QStringLiteral("alice"), TeamWorkspace::Role::Preparer, {}, &error),
             qPrintable(error));
    QVERIFY(Journal::open(urlAs(QStringLiteral("alice"))));

    // A personal journal copied in, twice: the second run copies nothing.
    {
        std::unique_ptr<Journal> personal = Journal::open(m_dir->filePath(QStringLiteral("personal.sqlite")));
        QVERIFY(personal && personal->freeze(0, QStringLiteral("p"), body(QStringLiteral("OLD"))));
    }
    const QStringList import{QStringLiteral("workspace"), QStringLiteral("import"),
                             QStringLiteral("--from"),    m_dir->filePath(QStringLiteral("personal.sqlite")),
                             QStringLiteral("--db"),      m_location};
    const Run imported = cli(import);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("Imported 1 batch(es) and 0 draft(s); 0 batch(es)")),
             qPrintable(imported.out));
    const Run importedAgain = cli(import);
    QVERIFY2(importedAgain.out.contains(QLatin1String("Imported 0 batch(es) and 0 draft(s); 1 batch(es)")),
             qPrintable(importedAgain.out));
    QVERIFY(owner->batch(QStringLiteral("OLD")));
}

void TestCliWorkspace::approve_flow_preparerRequestsOtherApproves()
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--db"), m_location}).exitCode,
             0);
    std::unique_ptr<Journal> owner = Journal::open(m_location);
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
    {
        std::unique_ptr<Journal> alice = Journal::open(urlAs(QStringLiteral("alice")));
        QVERIFY(alice && alice->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1"))));
    }
    const QString alice = urlAs(QStringLiteral("alice"));
    const QString bob = urlAs(QStringLiteral("bob"));

    const Run nothing = cli({QStringLiteral("approvals"), QStringLiteral("--db"), bob});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.contains(QLatin1String("Nothing waits")), qPrintable(nothing.out));

    const Run requested =
        cli({QStringLiteral("request-approval"), QStringLiteral("R1"), QStringLiteral("--db"), alice});
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    QVERIFY2(requested.out.contains(QLatin1String("waits for approval")), qPrintable(requested.out));

    const Run waiting = cli({QStringLiteral("approvals"), QStringLiteral("--db"), bob});
    QVERIFY2(waiting.out.contains(QLatin1String("R1  PHP 75.00  1 payout(s)  prepared by alice")),
             qPrintable(waiting.out));

    const Run own = cli({QStringLiteral("approve"), QStringLiteral("R1"), QStringLiteral("--db"), alice});
    QCOMPARE(own.exitCode, 4);
    QVERIFY2(own.err.contains(QLatin1String("permission denied")), qPrintable(own.err));

    const Run approved = cli({QStringLiteral("approve"), QStringLiteral("R1"), QStringLiteral("--db"), bob,
                              QStringLiteral("--comment"), QStringLiteral("checked")});
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QVERIFY2(approved.out.contains(QLatin1String("R1 approved")), qPrintable(approved.out));
    const Run twice = cli({QStringLiteral("approve"), QStringLiteral("R1"), QStringLiteral("--db"), bob});
    QCOMPARE(twice.exitCode, 4);
    QCOMPARE(TeamApprovals(*owner).status(QStringLiteral("R1"))->state, TeamApprovals::State::Approved);
    QCOMPARE(TeamApprovals(*owner).status(QStringLiteral("R1"))->decisions.first().comment, QStringLiteral("checked"));
}

// The whole team flow on the real sandbox: alice submits (frozen, not sent), asks for approval;
// bob approves and sends with resume; the batch is paid once.
void TestCliWorkspace::submit_teamWorkspace_sentOnlyByApproverAfterApproval()
{
    SandboxRunner sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--db"), m_location}).exitCode,
             0);
    std::unique_ptr<Journal> owner = Journal::open(m_location);
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
    const QStringList connection{QStringLiteral("--profile"),  QStringLiteral("cli-e2e"),
                                 QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
                                 QStringLiteral("--appid"),    QStringLiteral("sandbox-demo"),
                                 QStringLiteral("--settings"), m_dir->filePath(QStringLiteral("settings.ini")),
                                 QStringLiteral("--poll-ms"),  QStringLiteral("50"),
                                 QStringLiteral("--wait"),     QStringLiteral("30")};
    const QStringList submit{
        QStringLiteral("submit"),       QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/csv/canonical.csv"),
        QStringLiteral("--currency"),   QStringLiteral("PHP"),
        QStringLiteral("--way-type"),   QStringLiteral("BANK_TRANSFER"),
        QStringLiteral("--way-code"),   QStringLiteral("TAZAPAY_PAYOUT"),
        QStringLiteral("--notify-url"), QStringLiteral("http://127.0.0.1:9/notify"),
        QStringLiteral("--journal"),    urlAs(QStringLiteral("alice"))};
    const Run submitted = cli(submit + connection);
    QCOMPARE(submitted.exitCode, 4);
    QVERIFY2(submitted.err.contains(QLatin1String("not approved yet")), qPrintable(submitted.err));
    QCOMPARE(owner->unresolvedBatches().size(), 1);
    const FrozenBatch batch = owner->unresolvedBatches().first();
    QCOMPARE(batch.state, BatchState::Frozen);
    QCOMPARE(batch.sendCount, 0);

    // bob cannot send it before it is approved either.
    const QStringList resume = QStringList{QStringLiteral("resume"), QStringLiteral("--journal"),
                                           urlAs(QStringLiteral("bob")), QStringLiteral("--follow")}
                               + connection;
    QCOMPARE(cli(resume).exitCode, 5);
    QCOMPARE(owner->batchById(batch.id)->sendCount, 0);
    QVERIFY(sandbox.batches().isEmpty());

    QCOMPARE(cli({QStringLiteral("request-approval"), batch.requestId, QStringLiteral("--db"),
                  urlAs(QStringLiteral("alice"))})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("approve"), batch.requestId, QStringLiteral("--db"), urlAs(QStringLiteral("bob"))})
                 .exitCode,
             0);
    const Run sent = cli(resume);
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
    QVERIFY2(sent.out.contains(QLatin1String("order_status: SUCCEED")), qPrintable(sent.out));
    QCOMPARE(sandbox.batches().size(), 1);
    QCOMPARE(owner->batchById(batch.id)->sendCount, 1);
}

// A frozen batch that is not approved is not on its way: status and list say what it waits for.
void TestCliWorkspace::status_frozenInTeamWorkspace_awaitingApprovalOrRejectedNeverSending()
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--db"), m_location}).exitCode,
             0);
    std::unique_ptr<Journal> owner = Journal::open(m_location);
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
    const QString alice = urlAs(QStringLiteral("alice"));
    const QString bob = urlAs(QStringLiteral("bob"));
    {
        std::unique_ptr<Journal> journal = Journal::open(alice);
        QVERIFY(journal && journal->freeze(0, QStringLiteral("p"), body(QStringLiteral("R1"))));
    }
    const auto status = [this](const QString &url, bool json) {
        QStringList args{QStringLiteral("status"), QStringLiteral("R1"), QStringLiteral("--journal"), url};
        if (json)
            args.append(QStringLiteral("--json"));
        return cli(args);
    };
    const Run frozen = status(alice, false);
    QVERIFY2(frozen.out.contains(QLatin1String("state: awaiting_approval (Awaiting approval (not requested yet))")),
             qPrintable(frozen.out + frozen.err));
    QVERIFY2(!frozen.out.contains(QLatin1String("sending")), qPrintable(frozen.out));

    QCOMPARE(cli({QStringLiteral("request-approval"), QStringLiteral("R1"), QStringLiteral("--db"), alice}).exitCode,
             0);
    const Run requested = status(bob, true);
    const QJsonObject batch = QJsonDocument::fromJson(requested.out.toUtf8())
                                  .object()
                                  .value(QLatin1String("batches"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(batch.value(QLatin1String("state")).toString(), QStringLiteral("awaiting_approval"));
    QCOMPARE(batch.value(QLatin1String("approval")).toString(), QStringLiteral("requested"));
    const Run listed = cli({QStringLiteral("list"), QStringLiteral("--journal"), bob});
    QVERIFY2(listed.out.contains(QLatin1String("R1\tawaiting_approval\t")), qPrintable(listed.out));

    QCOMPARE(cli({QStringLiteral("reject"), QStringLiteral("R1"), QStringLiteral("--comment"),
                  QStringLiteral("wrong account"), QStringLiteral("--db"), bob})
                 .exitCode,
             0);
    const Run rejected = status(alice, false);
    QVERIFY2(rejected.out.contains(QLatin1String("state: rejected (Rejected by an approver: not sent)")),
             qPrintable(rejected.out));
    QVERIFY2(!rejected.out.contains(QLatin1String("sending")), qPrintable(rejected.out));

    // A personal journal is unchanged: a frozen batch there is on its way.
    std::unique_ptr<Journal> personal = Journal::open(m_dir->filePath(QStringLiteral("personal.sqlite")));
    QVERIFY(personal && personal->freeze(0, QStringLiteral("p"), body(QStringLiteral("P1"))));
    const Run own = cli({QStringLiteral("status"), QStringLiteral("P1"), QStringLiteral("--journal"),
                         m_dir->filePath(QStringLiteral("personal.sqlite"))});
    QVERIFY2(own.out.contains(QLatin1String("state: sending")), qPrintable(own.out));
}

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cliworkspace.moc"
