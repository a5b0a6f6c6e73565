// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who did what to a batch, from a team workspace's audit log on a private PostgreSQL
// (with-postgres.sh), and the results export that carries it.
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journal/teamaudit.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "models/batchresultsexport.h"
#include "teamjournal.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

class TestTeamAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void people_preparedApprovedSent_namesEachPerson();
    void people_rejected_namesRejecterAndComment();
    void resultsExport_teamBatch_peopleColumnsOnEveryRow();
    void people_personalJournal_emptyAndExportUnchanged();

private:
    std::unique_ptr<TeamJournal::Workspace> m_team;
};

void TestTeamAudit::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_teamaudit runs under with-postgres.sh only");
    m_team = std::make_unique<TeamJournal::Workspace>();
    QString error;
    QVERIFY2(m_team->create(&error), qPrintable(error));
}

void TestTeamAudit::cleanup()
{
    m_team.reset();
}

void TestTeamAudit::people_preparedApprovedSent_namesEachPerson()
{
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R1"))));
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R1")));
    const FrozenBatch batch = *m_team->bob->batch(QStringLiteral("R1"));
    QVERIFY(TeamApprovals(*m_team->bob)
                .approve(QStringLiteral("R1"), TeamApprovals::bodySha256(batch.body),
                         QStringLiteral("matches the invoices")));
    QVERIFY(m_team->bob->markSending(batch.id));

    const QList<TeamAudit::Entry> entries = TeamAudit(*m_team->owner).entries(QStringLiteral("R1"));
    QStringList lines;
    for (const TeamAudit::Entry &e : entries) {
        QVERIFY(e.at > 0);
        lines.append(TeamAudit::describe(e));
    }
    QVERIFY2(lines.contains(QStringLiteral("alice froze the batch")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("alice asked for approval")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("bob approved it: matches the invoices")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("bob sent it")), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.indexOf(QStringLiteral("alice froze the batch")) < lines.indexOf(QStringLiteral("bob sent it")));

    const TeamAudit::People people = TeamAudit(*m_team->alice).people(QStringLiteral("R1"));
    QCOMPARE(people.preparedBy, QStringLiteral("alice"));
    QCOMPARE(people.approvedBy, QStringList{QStringLiteral("bob")});
    QCOMPARE(people.sentBy, QStringLiteral("bob"));
    QVERIFY(people.rejectedBy.isEmpty());
    QCOMPARE(TeamAudit::summary(people), QStringLiteral("Prepared by alice \u00b7 approved by bob \u00b7 sent by bob"));
}

void TestTeamAudit::people_rejected_namesRejecterAndComment()
{
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R2"))));
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R2")));
    const FrozenBatch batch = *m_team->bob->batch(QStringLiteral("R2"));
    QVERIFY(TeamApprovals(*m_team->bob)
                .reject(QStringLiteral("R2"), TeamApprovals::bodySha256(batch.body), QStringLiteral("wrong account")));
    const TeamAudit::People people = TeamAudit(*m_team->bob).people(QStringLiteral("R2"));
    QCOMPARE(people.preparedBy, QStringLiteral("alice"));
    QCOMPARE(people.rejectedBy, QStringLiteral("bob"));
    QCOMPARE(people.rejectComment, QStringLiteral("wrong account"));
    QVERIFY(people.sentBy.isEmpty());
    QCOMPARE(TeamAudit::summary(people), QStringLiteral("Prepared by alice \u00b7 rejected by bob (wrong account)"));
}

void TestTeamAudit::resultsExport_teamBatch_peopleColumnsOnEveryRow()
{
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("R3"))));
    QVERIFY(TeamApprovals(*m_team->alice).request(QStringLiteral("R3")));
    const FrozenBatch batch = *m_team->bob->batch(QStringLiteral("R3"));
    QVERIFY(TeamApprovals(*m_team->bob).approve(QStringLiteral("R3"), TeamApprovals::bodySha256(batch.body), {}));
    QVERIFY(m_team->bob->markSending(batch.id));

    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(
        BatchResultsExport(*m_team->alice).write(QStringLiteral("R3"), &csv, BatchResultsExport::Rows::All, &error),
        qPrintable(error));
    const QList<QByteArray> lines = csv.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).trimmed().endsWith(",prepared_by,approved_by,rejected_by,sent_by"), lines.at(0).constData());
    QVERIFY2(lines.at(1).trimmed().endsWith(",alice,bob,,bob"), lines.at(1).constData());

    QBuffer xlsx;
    QVERIFY(xlsx.open(QIODevice::WriteOnly));
    QVERIFY2(BatchResultsExport(*m_team->alice)
                 .write(QStringLiteral("R3"), &xlsx, BatchResultsExport::Rows::All, &error,
                        BatchResultsExport::Format::Xlsx),
             qPrintable(error));
    QVERIFY(xlsx.data().startsWith("PK"));
}

void TestTeamAudit::people_personalJournal_emptyAndExportUnchanged()
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> personal = Journal::open(dir.filePath(QStringLiteral("personal.sqlite")));
    QVERIFY(personal && personal->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(QStringLiteral("P1"))));
    QVERIFY(TeamAudit(*personal).entries(QStringLiteral("P1")).isEmpty());
    QVERIFY(TeamAudit(*personal).people(QStringLiteral("P1")).isEmpty());
    QVERIFY(TeamAudit::summary(TeamAudit(*personal).people(QStringLiteral("P1"))).isEmpty());
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(BatchResultsExport(*personal).write(QStringLiteral("P1"), &csv, BatchResultsExport::Rows::All));
    QVERIFY(!csv.data().contains("prepared_by"));
}

QTEST_GUILESS_MAIN(TestTeamAudit)
#include "tst_teamaudit.moc"
