// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two people, two console windows, one team workspace on a private PostgreSQL (with-postgres.sh):
// alice prepares and asks for approval, bob approves and sends to the local sandbox, and both
// read the batch's final state.
#include "batchdetailwidget.h"
#include "batcheditor.h"
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journal/teamaudit.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "mainwindow.h"
#include "models/approvalqueuemodel.h"
#include "models/batchmodel.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "settings/localsandboxlauncher.h"
#include "settings/sandboxprocess.h"
#include "settings/settings.h"
#include "submitreviewdialog.h"
#include "workspace/approvalspage.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

constexpr int SandboxTimeoutMs = 30000;

const QString Header = QStringLiteral(
    "mch_order_id\tamount\tdestination_type\tbank_account_name\tbank_account_no\tbank_account_type\tbank_name\t"
    "bank_country_code\tbank_swift_code\te_wallet.account_name\te_wallet.account_number\te_wallet.account_type\t"
    "e_wallet.provider\te_wallet.deposit_key_type\te_wallet.deposit_key\n");

QString bankLine(const QString &id, const QString &amount)
{
    return id + u'\t' + amount
           + QStringLiteral(
               "\tbank\tJuan Dela Cruz\t001234567890\tindividual\tBDO Unibank\tPH\tBNORPHMM\t\t\t\t\t\t\n");
}

// One person's console: their own keychain and dialogs, their own login to the shared database.
struct Console
{
    MemorySecretStore secrets;
    ScriptedDialogs dialogs;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<MainWindow> window;
    ApprovalsPage *approvals = nullptr;
};

// What the PostgreSQL driver says when a statement is freed inside a transaction that had failed:
// the sign of a query outliving its transaction, or of a transaction left open after an error.
QStringList sqlWarnings;
QtMessageHandler previousHandler = nullptr;

void catchSqlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("current transaction is aborted"))
        || message.contains(QLatin1String("Unable to free statement"))) {
        sqlWarnings.append(message);
    }
    previousHandler(type, context, message);
}

} // namespace

class TestTeamConsoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void twoConsoles_prepareApproveSend_bothSeeFinalState();

private:
    bool open(Console &console, const QString &user);
    void close(Console &console);
    QString urlAs(const QString &user) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    Console m_alice;
    Console m_bob;
};

void TestTeamConsoles::initTestCase()
{
    previousHandler = qInstallMessageHandler(catchSqlWarnings);
}

void TestTeamConsoles::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestTeamConsoles::init()
{
    sqlWarnings.clear();
    QVERIFY2(JournalBackend::isPostgres(), "tst_teamconsoles runs under with-postgres.sh only");
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = JournalBackend::location(m_dir->filePath(QStringLiteral("team")));
    std::unique_ptr<Journal> owner = Journal::open(m_location);
    QVERIFY(owner);
    QString error;
    QVERIFY2(TeamWorkspace::install(*owner, &error), qPrintable(error));
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
}

void TestTeamConsoles::cleanup()
{
    close(m_alice);
    close(m_bob);
    QVERIFY2(sqlWarnings.isEmpty(), qPrintable(sqlWarnings.join(u'\n')));
}

QString TestTeamConsoles::urlAs(const QString &user) const
{
    QUrl url(m_location);
    url.setUserName(user);
    return url.toString();
}

// The console as ui/main.cpp assembles it for a team workspace (the pages the test needs).
bool TestTeamConsoles::open(Console &console, const QString &user)
{
    ConsoleServices::Options options;
    // One settings file: the same computer's local sandbox profile for both people.
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = urlAs(user);
    options.secrets = &console.secrets;
    options.sandboxExecutable = QStringLiteral(LESSPAY_BINARY_DIR "/app/sandbox/lesspay-sandbox");
    options.sandboxArguments = {QStringLiteral("--review-delay-ms"), QStringLiteral("50"),
                                QStringLiteral("--pay-delay-ms"), QStringLiteral("50")};
    options.sandboxStateFile = m_dir->filePath(user + QStringLiteral("-sandbox-state.json"));
    options.sandboxLogFile = m_dir->filePath(user + QStringLiteral("-sandbox.log"));
    options.engine.pollInitial = std::chrono::milliseconds(100);
    options.engine.backoffBase = std::chrono::milliseconds(50);
    QString error;
    console.services = ConsoleServices::create(options, &error);
    if (!console.services) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    console.window = std::make_unique<MainWindow>(*console.services);
    console.window->setDialogs(&console.dialogs);
    console.approvals = new ApprovalsPage(*console.services, &console.dialogs, console.window.get());
    console.window->addPage(console.approvals, QIcon(), ApprovalsPage::tabTitle());
    console.window->show();
    console.window->start();
    return true;
}

void TestTeamConsoles::close(Console &console)
{
    console.window.reset();
    if (console.services) {
        QSignalSpy stopped(console.services->launcher().process(), &SandboxProcess::stopped);
        const bool running = console.services->launcher().process()->isRunning();
        console.services->launcher().stop();
        if (running)
            QVERIFY(stopped.wait(5000));
    }
    console.services.reset();
}

void TestTeamConsoles::twoConsoles_prepareApproveSend_bothSeeFinalState()
{
    // alice prepares: her console asks for approval instead of submitting.
    QVERIFY(open(m_alice, QStringLiteral("alice")));
    QTRY_COMPARE_WITH_TIMEOUT(m_alice.services->launcher().state(), LocalSandboxLauncher::State::Running,
                              SandboxTimeoutMs);
    QVERIFY(m_alice.services->journal().isTeamWorkspace());
    auto *request = m_alice.window->findChild<QAction *>(QStringLiteral("submitAction"));
    QVERIFY(request->text().startsWith(QLatin1String("Request &approval")));
    m_alice.window->editor()->pasteText(Header + bankLine(QStringLiteral("T1"), QStringLiteral("100.00"))
                                        + bankLine(QStringLiteral("T2"), QStringLiteral("250.50")));
    QTRY_VERIFY(request->isEnabled());
    const QString requestId = m_alice.window->editor()->model()->batch().header().requestId;
    m_alice.dialogs.answer = [](QDialog &dialog) {
        auto *review = qobject_cast<SubmitReviewDialog *>(&dialog);
        return review
                       && review->findChild<QPushButton *>(QStringLiteral("submitButton"))->text()
                              == QLatin1String("Request &approval")
                   ? int(QDialog::Accepted)
                   : int(QDialog::Rejected);
    };
    QSignalSpy requested(m_alice.window.get(), &MainWindow::approvalRequested);
    request->trigger();
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), requestId);
    QCOMPARE(TeamApprovals(m_alice.services->journal()).status(requestId)->state, TeamApprovals::State::Requested);
    QCOMPARE(m_alice.services->journal().batch(requestId)->sendCount, 0);
    // Nothing waits for alice herself.
    m_alice.approvals->reload();
    QCOMPARE(m_alice.approvals->waitingModel()->rowCount(), 0);

    // bob approves in his console after the same review, then sends.
    QVERIFY(open(m_bob, QStringLiteral("bob")));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob.services->launcher().state(), LocalSandboxLauncher::State::Running,
                              SandboxTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob.services->secretState(m_bob.services->settings().currentProfileId()),
                              ConsoleServices::SecretState::InMemoryOnly, SandboxTimeoutMs);
    m_bob.approvals->reload();
    QCOMPARE(m_bob.approvals->waitingModel()->rowCount(), 1);
    QCOMPARE(m_bob.approvals->waitingModel()->status(0).requestId, requestId);
    QCOMPARE(m_bob.approvals->waitingModel()->status(0).preparedBy, QStringLiteral("alice"));
    QStringList reviewed;
    m_bob.dialogs.answer = [&reviewed](QDialog &dialog) {
        if (auto *review = qobject_cast<SubmitReviewDialog *>(&dialog)) {
            reviewed.append(review->totalText());
            return int(QDialog::Accepted);
        }
        if (auto *comment = qobject_cast<QInputDialog *>(&dialog)) {
            comment->setTextValue(QStringLiteral("matches the invoices"));
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    };
    auto *approve = m_bob.approvals->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(reviewed.size(), 1);
    QVERIFY2(reviewed.first().contains(QLatin1String("350.50")), qPrintable(reviewed.first()));
    QCOMPARE(m_bob.approvals->waitingModel()->rowCount(), 0);
    QCOMPARE(m_bob.approvals->readyModel()->rowCount(), 1);
    QCOMPARE(TeamApprovals(m_bob.services->journal()).status(requestId)->state, TeamApprovals::State::Approved);

    auto *send = m_bob.approvals->findChild<QPushButton *>(QStringLiteral("sendApprovedButton"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    // Both consoles read the final state from the shared journal.
    const auto finalState = [&requestId](Console &console) {
        const std::optional<FrozenBatch> b = console.services->journal().batch(requestId);
        return b && b->state == BatchState::Accepted && b->orderStatus == QLatin1String("SUCCEED");
    };
    QTRY_VERIFY_WITH_TIMEOUT(finalState(m_bob), SandboxTimeoutMs);
    QVERIFY(finalState(m_alice));
    QCOMPARE(m_alice.services->journal().batch(requestId)->sendCount, 1);
    const TeamAudit::People people = TeamAudit(m_alice.services->journal()).people(requestId);
    QCOMPARE(people.preparedBy, QStringLiteral("alice"));
    QCOMPARE(people.approvedBy, QStringList{QStringLiteral("bob")});
    QCOMPARE(people.sentBy, QStringLiteral("bob"));

    // alice's batch detail names them, and her timeline lists each step with the login.
    BatchDetailWidget detail(m_alice.services->journal());
    detail.setRequestId(requestId);
    QCOMPARE(detail.findChild<QLabel *>(QStringLiteral("batchPeopleLabel"))->text(),
             QStringLiteral("Prepared by alice \u00b7 approved by bob \u00b7 sent by bob"));
    QStringList steps;
    const QTreeWidget *timeline = detail.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        steps.append(timeline->topLevelItem(i)->text(1));
    QVERIFY2(steps.contains(QStringLiteral("alice froze the batch")), qPrintable(steps.join(u'\n')));
    QVERIFY2(steps.contains(QStringLiteral("bob approved it: matches the invoices")), qPrintable(steps.join(u'\n')));
    QVERIFY2(steps.indexOf(QStringLiteral("alice asked for approval")) < steps.indexOf(QStringLiteral("bob sent it")),
             qPrintable(steps.join(u'\n')));
}

QTEST_MAIN(TestTeamConsoles)
#include "tst_teamconsoles.moc"
