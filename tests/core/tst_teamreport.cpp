// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The printed batch report of a team workspace (a private PostgreSQL, with-postgres.sh) names the
// people who prepared, approved or rejected, and sent the batch, read back from the PDF's text.
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journalbackend.h"
#include "pdftools.h"
#include "printing/pdfexport.h"
#include "reports/batchreportbuilder.h"
#include "teamjournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using Lesspay::Printing::PdfExport;

class TestTeamReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writeReport_approvedAndSent_namesPreparerApproverSender();
    void writeReport_rejected_namesRejecterAndComment();
    void writeReport_waitingForApproval_saysNoneYet();

private:
    // The report of `requestId` as alice's console prints it; its text, or empty on failure.
    QString reportText(const QString &requestId, BatchReport *report = nullptr);
    void freezeAndRequest(const QString &requestId);

    std::unique_ptr<TeamJournal::Workspace> m_team;
    QTemporaryDir m_dir;
};

void TestTeamReport::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_teamreport runs under with-postgres.sh only");
    QVERIFY(m_dir.isValid());
    m_team = std::make_unique<TeamJournal::Workspace>();
    QString error;
    QVERIFY2(m_team->create(&error), qPrintable(error));
}

void TestTeamReport::cleanup()
{
    m_team.reset();
}

void TestTeamReport::freezeAndRequest(const QString &requestId)
{
    QVERIFY(m_team->alice->freeze(0, QStringLiteral("p"), TeamJournal::batchBody(requestId)));
    QVERIFY(TeamApprovals(*m_team->alice).request(requestId));
}

QString TestTeamReport::reportText(const QString &requestId, BatchReport *out)
{
    Profile profile = Profile::create(QStringLiteral("Acme PH"), Profile::Environment::LocalSandbox);
    QString error;
    const std::optional<BatchReport> report =
        BatchReportBuilder(*m_team->alice).fromJournal(requestId, profile, &error);
    if (!report) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (out)
        *out = *report;
    const QString pdf = m_dir.filePath(requestId + QStringLiteral(".pdf"));
    if (PdfExport::writeReport(*report, pdf, {}, &error) != PdfExport::Result::Written) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return PdfTools::text(pdf);
}

void TestTeamReport::writeReport_approvedAndSent_namesPreparerApproverSender()
{
    freezeAndRequest(QStringLiteral("R1"));
    const FrozenBatch batch = *m_team->bob->batch(QStringLiteral("R1"));
    QVERIFY(TeamApprovals(*m_team->bob)
                .approve(QStringLiteral("R1"), TeamApprovals::bodySha256(batch.body),
                         QStringLiteral("matches the invoices")));
    QVERIFY(m_team->bob->markSending(batch.id));

    BatchReport report;
    const QString text = reportText(QStringLiteral("R1"), &report);
    QVERIFY(report.teamWorkspace);
    QVERIFY(report.approvalsRecorded);
    QStringList who;
    for (const BatchReport::Event &e : std::as_const(report.trail))
        who.append(e.who);
    QCOMPARE(who, (QStringList{QStringLiteral("alice"), QStringLiteral("alice"), QStringLiteral("bob"),
                               QStringLiteral("bob")}));
    for (const QString &expected :
         {QStringLiteral("Prepared by alice \u00b7 approved by bob \u00b7 sent by bob"),
          QStringLiteral("Prepared: frozen in the journal with the exact request body (by alice)"),
          QStringLiteral("Approval requested (by alice)"), QStringLiteral("Approved: matches the invoices (by bob)"),
          QStringLiteral("Sent to Lesspay (by bob)")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text.left(3000)));
    // People, not the profile, and no claim that the console has no approval step.
    QVERIFY2(!text.contains(QStringLiteral("(profile")), qPrintable(text.left(3000)));
    QVERIFY2(!text.contains(QStringLiteral("No approval")), qPrintable(text.left(3000)));
}

void TestTeamReport::writeReport_rejected_namesRejecterAndComment()
{
    freezeAndRequest(QStringLiteral("R2"));
    const FrozenBatch batch = *m_team->bob->batch(QStringLiteral("R2"));
    QVERIFY(TeamApprovals(*m_team->bob)
                .reject(QStringLiteral("R2"), TeamApprovals::bodySha256(batch.body), QStringLiteral("wrong account")));
    const QString text = reportText(QStringLiteral("R2"));
    for (const QString &expected : {QStringLiteral("Prepared by alice \u00b7 rejected by bob (wrong account)"),
                                    QStringLiteral("Rejected: wrong account (by bob)")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text.left(3000)));
    QVERIFY2(!text.contains(QStringLiteral("Sent to Lesspay")), qPrintable(text.left(3000)));
}

void TestTeamReport::writeReport_waitingForApproval_saysNoneYet()
{
    freezeAndRequest(QStringLiteral("R3"));
    BatchReport report;
    const QString text = reportText(QStringLiteral("R3"), &report);
    QVERIFY(report.teamWorkspace);
    QVERIFY(!report.approvalsRecorded);
    QVERIFY2(text.contains(QStringLiteral("No approval is recorded for this batch yet.")), qPrintable(text.left(3000)));
    QVERIFY2(text.contains(QStringLiteral("Approval requested (by alice)")), qPrintable(text.left(3000)));
    QVERIFY2(!text.contains(QStringLiteral("has no approval step")), qPrintable(text.left(3000)));
}

QTEST_MAIN(TestTeamReport)
#include "tst_teamreport.moc"
