// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console through a team database's bad day: the private PostgreSQL (with-postgres.sh)
// stopped in the middle of editing. The editor stays editable, the status bar says what is wrong,
// Request approval, Approve and Send are disabled with the reason; once the server is back the
// typed rows are in the journal and the actions come back.
#include "batcheditor.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalconnectionmonitor.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "mainwindow.h"
#include "models/batchmodel.h"
#include "privatepostgres.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "session/draftsession.h"
#include "settings/localsandboxlauncher.h"
#include "settings/sandboxprocess.h"
#include "teamjournal.h"
#include "workspace/approvalspage.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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

} // namespace

class TestConsoleOutage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void serverStoppedMidEdit_stateShownActionsDisabledRowsWrittenWhenBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    MemorySecretStore m_secrets;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    ApprovalsPage *m_approvals = nullptr;
    bool m_serverStopped = false;
};

void TestConsoleOutage::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_consoleoutage runs under with-postgres.sh only");
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = JournalBackend::location(m_dir->filePath(QStringLiteral("team")));
    std::unique_ptr<Journal> owner = Journal::open(m_location);
    QVERIFY(owner);
    QString error;
    QVERIFY2(TeamWorkspace::install(*owner, &error), qPrintable(error));
    // carol prepares her own batches and approves her colleagues'.
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("carol"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*owner, QStringLiteral("carol"), TeamWorkspace::Role::Approver));
}

void TestConsoleOutage::cleanup()
{
    if (std::exchange(m_serverStopped, false))
        QVERIFY(PrivatePostgres::start());
    m_window.reset();
    if (m_services) {
        QSignalSpy stopped(m_services->launcher().process(), &SandboxProcess::stopped);
        const bool running = m_services->launcher().process()->isRunning();
        m_services->launcher().stop();
        if (running)
            QVERIFY(stopped.wait(5000));
    }
    m_services.reset();
}

void TestConsoleOutage::serverStoppedMidEdit_stateShownActionsDisabledRowsWrittenWhenBack()
{
    // alice's batch waits for carol's approval.
    {
        std::unique_ptr<Journal> alice = TeamJournal::openAs(m_location, QStringLiteral("alice"));
        QVERIFY(alice);
        QVERIFY(alice->freeze(0, QStringLiteral("{00000000-0000-0000-0000-00000000000a}"),
                              TeamJournal::batchBody(QStringLiteral("REQ-ALICE"))));
        QVERIFY(TeamApprovals(*alice).request(QStringLiteral("REQ-ALICE")));
    }

    // carol's console, as ui/main.cpp assembles it for a team workspace.
    QUrl url(m_location);
    url.setUserName(QStringLiteral("carol"));
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = url.toString();
    options.recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    options.secrets = &m_secrets;
    options.sandboxExecutable = QStringLiteral(LESSPAY_BINARY_DIR "/app/sandbox/lesspay-sandbox");
    options.sandboxStateFile = m_dir->filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = m_dir->filePath(QStringLiteral("sandbox.log"));
    QString error;
    m_services = ConsoleServices::create(options, &error);
    QVERIFY2(m_services, qPrintable(error));
    JournalConnectionMonitor &monitor = m_services->connectionMonitor();
    monitor.setRetryDelays(50, 400);
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->setDialogs(&m_dialogs);
    m_approvals = new ApprovalsPage(*m_services, &m_dialogs, m_window.get());
    m_window->addPage(m_approvals, QIcon(), ApprovalsPage::tabTitle());
    m_window->show();
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_services->launcher().state(), LocalSandboxLauncher::State::Running, SandboxTimeoutMs);
    m_window->autosaver()->setDelay(20);

    auto *status = m_window->findChild<QLabel *>(QStringLiteral("workspaceStatusLabel"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Team database: connected"));
    auto *request = m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    QVERIFY(request->text().startsWith(QLatin1String("Request &approval")));
    auto *approve = m_approvals->findChild<QPushButton *>(QStringLiteral("approveButton"));
    m_approvals->reload();
    QTRY_VERIFY(approve->isEnabled());

    BatchEditor *editor = m_window->editor();
    editor->pasteText(Header + bankLine(QStringLiteral("C1"), QStringLiteral("100.00")));
    QTRY_VERIFY(request->isEnabled());
    QTRY_VERIFY(m_window->currentDraftId() > 0 && !m_window->autosaver()->isPending());
    const qint64 draftId = m_window->currentDraftId();

    // The server goes down in the middle of editing.
    QVERIFY(PrivatePostgres::stop());
    m_serverStopped = true;
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Team database: unreachable, reconnecting")),
                             5000);
    QVERIFY2(status->text().contains(QLatin1String("(since ")), qPrintable(status->text()));
    QVERIFY(!request->isEnabled());
    QCOMPARE(request->toolTip(), JournalConnectionMonitor::reason(JournalConnectionMonitor::State::Reconnecting));
    QVERIFY(!approve->isEnabled());
    QCOMPARE(approve->toolTip(), request->toolTip());
    // The editor stays editable: rows typed now are kept.
    QVERIFY(!editor->isReadOnly());
    editor->pasteText(Header + bankLine(QStringLiteral("C2"), QStringLiteral("200.00"))
                      + bankLine(QStringLiteral("C3"), QStringLiteral("300.00")));
    QCOMPARE(editor->model()->rowCount(), 3);
    QTRY_VERIFY(m_window->autosaver()->hasUnsavedChanges());
    QVERIFY(QFileInfo::exists(m_services->recoveryFilePath()));
    QVERIFY(!request->isEnabled());
    // Triggered anyway (a shortcut, a script): nothing happens.
    request->trigger();
    QVERIFY(!m_window->session()->isFreezing());

    QVERIFY(PrivatePostgres::start());
    m_serverStopped = false;
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Team database: connected"), 5000);
    QTRY_VERIFY(!m_window->autosaver()->isPending());
    QTRY_VERIFY(request->isEnabled());
    QTRY_VERIFY(approve->isEnabled());
    QCOMPARE(m_window->currentDraftId(), draftId);
    QVERIFY(!QFileInfo::exists(m_services->recoveryFilePath()));
    const std::optional<DraftRecord> saved = DraftStore(m_services->journal()).load(draftId);
    QVERIFY(saved);
    QStringList ids;
    for (const PayoutDetail &d : DraftCodec::decodeRows(saved->rows).value_or(QList<PayoutDetail>()))
        ids.append(d.mchOrderId());
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")}));
}

QTEST_MAIN(TestConsoleOutage)
#include "tst_consoleoutage.moc"
