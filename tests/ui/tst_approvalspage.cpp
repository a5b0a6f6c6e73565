// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Approvals page as an approver uses it, on a private PostgreSQL (with-postgres.sh): the
// review before an approval, a rejection with its reason, and the server's word when it refuses.
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journal/teamaudit.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "models/approvalqueuemodel.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "submitreviewdialog.h"
#include "teamjournal.h"
#include "workspace/approvalspage.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

class TestApprovalsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reject_withReason_leavesQueueAndPreparerReadsWhy();
    void approve_reviewCancelled_nothingDecided();
    void approve_profileUnknownHere_reviewAsksControlTotals();
    void approve_decidedMeanwhile_serverRefusalShownAndRowGone();
    void send_preparersPage_notOffered();

private:
    std::unique_ptr<Journal> openAs(const QString &user);
    void requestByAlice(const QString &requestId);
    QPushButton *button(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Journal> m_alice;
    MemorySecretStore m_secrets;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<ConsoleServices> m_bob;
    std::unique_ptr<ApprovalsPage> m_page;
};

void TestApprovalsPage::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_approvalspage runs under with-postgres.sh only");
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = JournalBackend::location(m_dir->filePath(QStringLiteral("team")));
    {
        std::unique_ptr<Journal> owner = Journal::open(m_location);
        QVERIFY(owner);
        QString error;
        QVERIFY2(TeamWorkspace::install(*owner, &error), qPrintable(error));
        QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
        QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
        QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("carol"), TeamWorkspace::Role::Approver));
    }
    m_alice = openAs(QStringLiteral("alice"));
    QVERIFY(m_alice);
    QUrl bob(m_location);
    bob.setUserName(QStringLiteral("bob"));
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = bob.toString();
    options.secrets = &m_secrets;
    options.sandboxExecutable = m_dir->filePath(QStringLiteral("no-sandbox")); // nothing is sent here
    options.sandboxStateFile = m_dir->filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = m_dir->filePath(QStringLiteral("sandbox.log"));
    QString error;
    m_bob = ConsoleServices::create(options, &error);
    QVERIFY2(m_bob, qPrintable(error));
    m_dialogs.seen.clear();
    m_dialogs.answer = [](QDialog &) { return int(QDialog::Rejected); };
    m_page = std::make_unique<ApprovalsPage>(*m_bob, &m_dialogs);
}

void TestApprovalsPage::cleanup()
{
    m_page.reset();
    m_bob.reset();
    m_alice.reset();
}

std::unique_ptr<Journal> TestApprovalsPage::openAs(const QString &user)
{
    return TeamJournal::openAs(m_location, user);
}

void TestApprovalsPage::requestByAlice(const QString &requestId)
{
    QVERIFY(m_alice->freeze(0, QStringLiteral("{00000000-0000-0000-0000-00000000000a}"),
                            TeamJournal::batchBody(requestId)));
    QVERIFY(TeamApprovals(*m_alice).request(requestId));
}

QPushButton *TestApprovalsPage::button(const char *name) const
{
    return m_page->findChild<QPushButton *>(QLatin1StringView(name));
}

void TestApprovalsPage::reject_withReason_leavesQueueAndPreparerReadsWhy()
{
    requestByAlice(QStringLiteral("R1"));
    QVERIFY(!button("rejectButton")->isEnabled());
    m_page->reload();
    QCOMPARE(m_page->waitingModel()->rowCount(), 1);
    QVERIFY(button("rejectButton")->isEnabled());
    m_dialogs.answer = [](QDialog &dialog) {
        auto *comment = qobject_cast<QInputDialog *>(&dialog);
        if (!comment)
            return int(QDialog::Rejected);
        comment->setTextValue(QStringLiteral("  wrong account for invoice 118  "));
        return int(QDialog::Accepted);
    };
    QTest::mouseClick(button("rejectButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.seen, QStringList{QStringLiteral("approvalCommentDialog: Reject R1")});
    QCOMPARE(m_page->waitingModel()->rowCount(), 0);
    QCOMPARE(m_page->readyModel()->rowCount(), 0);
    QVERIFY(!button("rejectButton")->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("approvalsMessage"))->text().contains(QLatin1String("R1")));
    // alice, in her own journal, reads who rejected it and why.
    QCOMPARE(TeamApprovals(*m_alice).status(QStringLiteral("R1"))->state, TeamApprovals::State::Rejected);
    const TeamAudit::People people = TeamAudit(*m_alice).people(QStringLiteral("R1"));
    QCOMPARE(people.rejectedBy, QStringLiteral("bob"));
    QCOMPARE(people.rejectComment, QStringLiteral("wrong account for invoice 118"));
}

void TestApprovalsPage::approve_reviewCancelled_nothingDecided()
{
    requestByAlice(QStringLiteral("R2"));
    m_page->reload();
    QTest::mouseClick(button("approveButton"), Qt::LeftButton); // the scripted review is cancelled
    QCOMPARE(m_dialogs.seen.size(), 1);
    QVERIFY2(m_dialogs.seen.first().startsWith(QLatin1String("approvalReviewDialog: Review batch R2")),
             qPrintable(m_dialogs.seen.first()));
    QCOMPARE(m_page->waitingModel()->rowCount(), 1);
    QCOMPARE(TeamApprovals(*m_alice).status(QStringLiteral("R2"))->state, TeamApprovals::State::Requested);
    QVERIFY(TeamApprovals(*m_alice).status(QStringLiteral("R2"))->decisions.isEmpty());
}

void TestApprovalsPage::approve_profileUnknownHere_reviewAsksControlTotals()
{
    requestByAlice(QStringLiteral("R3"));
    m_page->reload();
    bool controlTotals = false;
    QString acceptText;
    QString shownBody;
    m_dialogs.answer = [&](QDialog &dialog) {
        if (auto *review = qobject_cast<SubmitReviewDialog *>(&dialog)) {
            controlTotals = review->needsControlTotals();
            acceptText = review->findChild<QPushButton *>(QStringLiteral("submitButton"))->text();
            shownBody = QString::fromUtf8(review->request().body);
        }
        return int(QDialog::Rejected);
    };
    QTest::mouseClick(button("approveButton"), Qt::LeftButton);
    // A profile this computer does not know is reviewed as Production: the totals are typed again.
    QVERIFY(controlTotals);
    QCOMPARE(acceptText, QStringLiteral("&Approve…"));
    // The review shows the frozen bytes themselves.
    QCOMPARE(shownBody.toUtf8(), TeamJournal::batchBody(QStringLiteral("R3")));
}

void TestApprovalsPage::approve_decidedMeanwhile_serverRefusalShownAndRowGone()
{
    requestByAlice(QStringLiteral("R4"));
    m_page->reload();
    QCOMPARE(m_page->waitingModel()->rowCount(), 1);
    // carol approves first, in her own console; the policy asks for one approver.
    std::unique_ptr<Journal> carol = openAs(QStringLiteral("carol"));
    QVERIFY(carol);
    QVERIFY(TeamApprovals(*carol).approve(QStringLiteral("R4"),
                                          TeamApprovals::bodySha256(TeamJournal::batchBody(QStringLiteral("R4"))),
                                          QStringLiteral("ok")));
    m_dialogs.answer = [](QDialog &dialog) {
        if (qobject_cast<SubmitReviewDialog *>(&dialog))
            return int(QDialog::Accepted);
        if (auto *comment = qobject_cast<QInputDialog *>(&dialog)) {
            comment->setTextValue(QStringLiteral("me too"));
            return int(QDialog::Accepted);
        }
        return int(QMessageBox::Ok);
    };
    QTest::mouseClick(button("approveButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.seen.size(), 3);
    QVERIFY2(m_dialogs.seen.at(2).startsWith(QLatin1String("approvalRefusedMessage: The workspace did not accept")),
             qPrintable(m_dialogs.seen.at(2)));
    QCOMPARE(m_page->waitingModel()->rowCount(), 0);
    QCOMPARE(m_page->readyModel()->rowCount(), 1);
    const QList<TeamApprovals::Decision> decisions = TeamApprovals(*m_alice).status(QStringLiteral("R4"))->decisions;
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().approver, QStringLiteral("carol"));
}

void TestApprovalsPage::send_preparersPage_notOffered()
{
    requestByAlice(QStringLiteral("R5"));
    std::unique_ptr<Journal> carol = openAs(QStringLiteral("carol"));
    QVERIFY(carol);
    QVERIFY(TeamApprovals(*carol).approve(QStringLiteral("R5"),
                                          TeamApprovals::bodySha256(TeamJournal::batchBody(QStringLiteral("R5"))),
                                          QStringLiteral("ok")));
    m_page->reload();
    QCOMPARE(m_page->readyModel()->rowCount(), 1);
    QVERIFY(button("sendApprovedButton")->isEnabled()); // bob is an approver

    // alice's page lists the approved batch but does not offer to send it: the server would refuse.
    QUrl url(m_location);
    url.setUserName(QStringLiteral("alice"));
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("alice-settings.ini"));
    options.journalPath = url.toString();
    options.secrets = &m_secrets;
    options.sandboxExecutable = m_dir->filePath(QStringLiteral("no-sandbox"));
    options.sandboxStateFile = m_dir->filePath(QStringLiteral("alice-sandbox-state.json"));
    options.sandboxLogFile = m_dir->filePath(QStringLiteral("alice-sandbox.log"));
    QString error;
    std::unique_ptr<ConsoleServices> alice = ConsoleServices::create(options, &error);
    QVERIFY2(alice, qPrintable(error));
    ApprovalsPage page(*alice, &m_dialogs);
    QCOMPARE(page.readyModel()->rowCount(), 1);
    auto *send = page.findChild<QPushButton *>(QStringLiteral("sendApprovedButton"));
    QVERIFY(!send->isEnabled());
    QVERIFY(!page.sendSelected());
    QCOMPARE(alice->journal().batch(QStringLiteral("R5"))->sendCount, 0);
}

QTEST_MAIN(TestApprovalsPage)
#include "tst_approvalspage.moc"
