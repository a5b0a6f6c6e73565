// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchdetailwidget.h"
#include "batcheditor.h"
#include "batchespage.h"
#include "batchesview.h"
#include "batchtableview.h"
#include "columnmappingdialog.h"
#include "csv/recipientexporter.h"
#include "csv/recipientimporter.h"
#include "csv/xlsxreader.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "mainwindow.h"
#include "models/batchlistmodel.h"
#include "models/batchmodel.h"
#include "models/journalsidebarmodel.h"
#include "models/retrydraftbuilder.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "session/draftsession.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"
#include "submitreviewdialog.h"
#include "testpalettes.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

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

QString walletLine(const QString &id, const QString &amount)
{
    return id + u'\t' + amount
           + QStringLiteral(
               "\tewallet\t\t\t\t\t\t\tMaria Santos\t+639171234567\tindividual\tGCash\tphone\t+639171234567\n");
}

constexpr int SandboxTimeoutMs = 20000;

// The import's questions, answered by a test.
struct ImportAnswers
{
    std::function<bool(ColumnMappingDialog &dialog)> askMapping;
    std::function<bool(QMessageBox &question)> askWindows1252;
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void start_firstRun_createsAndStartsLocalSandbox();
    void start_keychainLocked_sandboxRunsOnMemorySecretAndSaysWhy();
    void autosave_windowDestroyedWithoutSaving_draftReopensExactly();
    void autosave_processKilled_draftReopensExactly();
    void submit_localSandbox_isAcceptedOnce();
    void submit_reviewCancelled_sendsNothing();
    void submit_accepted_frozenWithoutHistoryAndCopyable();
    void newDraft_samePaymentAsSubmittedBatch_warnsNamingIt();
    void keyboardOnly_buildFixAndSubmitMixedBatch_isAccepted();
    void submit_sandboxRejectsCurrency_showsServerMessage();
    void submit_connectionDroppedAfterStore_reconcilesToAcceptedOnce();
    void switchProfile_production_isUnmistakable();
    void exportCsv_draft_writesCanonicalFile();
    void importCsv_sameHeaderSetTwice_mappingAskedOnce();
    void importCsv_windows1252File_rereadAfterAsking();
    void recentFilesMenu_importedFile_importsItAgain();
    void importCsv_workbookOfSeveralSheets_sheetAskedDamageReported();
    void exportCsv_workbookName_writesWorkbookThatImportsBack();
    void exportCsv_emptyDraftWorkbookName_writesTemplate();
    void batchActivated_sideListBatch_opensBatchesPageOnIt();
    void addPage_extraTab_isShown();
    void newDraftAndImport_fromAnotherPage_switchToTheDraft();
    void paletteChange_actionIconsRecoloured();
    void undoToolButton_namesCommandWithoutMnemonic();
    void importAction_fileChosenThroughSeam_importsIt();
    void importCsv_unreadableFile_warnsThroughSeam();
    void importCsv_reportRows_gridRowWithFileLine();
    void importCsv_decimalCommaFile_hintedAndRememberedMappingOfferedAgain();
    void exportAction_fileChosenThroughSeam_writesIt();
    void openDraft_currencyProfileNoLongerAllows_refusedWithCoreMessage();
    void toolBars_smallScreen_everyActionShownWithShortcut();
    void retryDraft_opened_headerAndSideListNameTheBatchItCameFrom();

private:
    // Types as a person does: every key goes to whatever has the focus at that moment.
    static void typeKeys(const QString &text);
    static void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void createWindow(const QStringList &sandboxArguments = {});
    void answerReview(const std::function<bool(SubmitReviewDialog &dialog)> &review);
    void answerImport(const ImportAnswers &answers);
    void submitOneRow(const QString &amount);
    void destroyWindow();
    void waitUntilReady();
    QString label(const char *name) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_dialogs = std::make_unique<ScriptedDialogs>();
    createWindow();
}

void tst_MainWindow::cleanup()
{
    destroyWindow();
    m_dialogs.reset();
    m_secrets.reset();
    m_dir.reset();
}

void tst_MainWindow::createWindow(const QStringList &sandboxArguments)
{
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    options.secrets = m_secrets.get();
    options.sandboxExecutable = QStringLiteral(LESSPAY_BINARY_DIR "/app/sandbox/lesspay-sandbox");
    options.sandboxArguments = {QStringLiteral("--review-delay-ms"), QStringLiteral("50"),
                                QStringLiteral("--pay-delay-ms"), QStringLiteral("50")};
    options.sandboxArguments += sandboxArguments;
    options.sandboxStateFile = m_dir->filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = m_dir->filePath(QStringLiteral("sandbox.log"));
    options.engine.pollInitial = std::chrono::milliseconds(100);
    options.engine.backoffBase = std::chrono::milliseconds(50);
    QString error;
    m_services = ConsoleServices::create(options, &error);
    QVERIFY2(m_services, qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->setDialogs(m_dialogs.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::answerReview(const std::function<bool(SubmitReviewDialog &dialog)> &review)
{
    m_dialogs->answer = [review](QDialog &dialog) {
        auto *submit = qobject_cast<SubmitReviewDialog *>(&dialog);
        return submit && review(*submit) ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
}

void tst_MainWindow::answerImport(const ImportAnswers &answers)
{
    m_dialogs->answer = [answers](QDialog &dialog) {
        if (auto *mapping = qobject_cast<ColumnMappingDialog *>(&dialog))
            return answers.askMapping(*mapping) ? int(QDialog::Accepted) : int(QDialog::Rejected);
        auto *box = qobject_cast<QMessageBox *>(&dialog);
        if (box && box->objectName() == u"windows1252Question")
            return answers.askWindows1252(*box) ? int(QMessageBox::Yes) : int(QMessageBox::No);
        return int(QDialog::Rejected);
    };
}

void tst_MainWindow::destroyWindow()
{
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

void tst_MainWindow::waitUntilReady()
{
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_services->launcher().state(), LocalSandboxLauncher::State::Running, SandboxTimeoutMs);
    const QUuid profile = m_services->settings().currentProfileId();
    // The test's store is in memory, so the console rightly calls the secret "in memory only".
    QTRY_COMPARE_WITH_TIMEOUT(m_services->secretState(profile), ConsoleServices::SecretState::InMemoryOnly,
                              SandboxTimeoutMs);
}

QString tst_MainWindow::label(const char *name) const
{
    auto *found = m_window->findChild<QLabel *>(QLatin1StringView(name));
    return found ? found->text() : QStringLiteral("<missing %1>").arg(QLatin1StringView(name));
}

void tst_MainWindow::start_firstRun_createsAndStartsLocalSandbox()
{
    QVERIFY(m_services->settings().profiles().isEmpty());
    waitUntilReady();
    const QList<Profile> profiles = m_services->settings().profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().environment, Profile::Environment::LocalSandbox);
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toUuid(), profiles.first().id);
    QVERIFY(label("environmentBadge").contains(QStringLiteral("SANDBOX")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("productionBanner"))->isVisible());
    QVERIFY(label("connectionStatusLabel").contains(m_services->launcher().baseUrl().toDisplayString()));
    // The new draft takes its header from the profile.
    QCOMPARE(m_window->editor()->model()->batch().header().wayType, profiles.first().wayType);
    QVERIFY(RequestId::isValid(m_window->editor()->model()->batch().header().requestId));
}

void tst_MainWindow::start_keychainLocked_sandboxRunsOnMemorySecretAndSaysWhy()
{
    waitUntilReady(); // a first run with a keyring
    const int writes = m_secrets->writeRequests();
    destroyWindow();
    m_secrets->setLocked(true);
    createWindow();
    m_window->start();
    LocalSandboxLauncher &launcher = m_services->launcher();
    // Not "waiting for its secret": running on one kept for this run, and saying why.
    QTRY_COMPARE_WITH_TIMEOUT(launcher.state(), LocalSandboxLauncher::State::Running, SandboxTimeoutMs);
    const QUuid profile = m_services->settings().currentProfileId();
    QTRY_COMPARE_WITH_TIMEOUT(m_services->secretState(profile), ConsoleServices::SecretState::InMemoryOnly,
                              SandboxTimeoutMs);
    QVERIFY(label("connectionStatusLabel").contains(launcher.baseUrl().toDisplayString()));
    const QString keychain = label("keychainStatusLabel");
    QVERIFY2(keychain.contains(QStringLiteral("no secret saved, or the keychain is locked"))
                 && keychain.contains(QStringLiteral("memory")),
             qPrintable(keychain));
    auto *retry = m_window->findChild<QToolButton *>(QStringLiteral("retrySecretButton"));
    QVERIFY(retry && retry->isVisible());
    // Drafting and sending work meanwhile.
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("M1"), QStringLiteral("10.00")));
    QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("submitAction"))->isEnabled());

    // Unlocked: Retry puts the stored secret back in use.
    m_secrets->setLocked(false);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!launcher.secretIsEphemeral() && launcher.state() == LocalSandboxLauncher::State::Running,
                             SandboxTimeoutMs);
    QTRY_VERIFY(!label("keychainStatusLabel").contains(QStringLiteral("locked")));
    QTRY_VERIFY(!retry->isVisible());
    QCOMPARE(m_secrets->writeRequests(), writes); // the keychain's secret was never replaced
}

void tst_MainWindow::autosave_windowDestroyedWithoutSaving_draftReopensExactly()
{
    m_window->start();
    BatchEditor *editor = m_window->editor();
    QSignalSpy saved(m_window->autosaver(), &DraftAutosaver::saved);
    editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("10.00"))
                      + walletLine(QStringLiteral("A2"), QStringLiteral("20.50"))
                      + bankLine(QStringLiteral("A3"), QStringLiteral("1.234")));
    editor->model()->setData(editor->model()->index(0, BatchModel::AccountNameColumn), QStringLiteral("Ana Reyes"));
    // The debounce writes on its own: nobody presses Save.
    QVERIFY(saved.wait(5000));
    QTRY_VERIFY(!m_window->autosaver()->isPending());
    const QList<PayoutDetail> rows = editor->model()->details();
    const BatchHeader header = editor->model()->batch().header();
    const qint64 draftId = m_window->currentDraftId();
    QVERIFY(draftId > 0);

    destroyWindow();
    createWindow();
    m_window->start();
    QCOMPARE(m_window->currentDraftId(), draftId);
    QCOMPARE(m_window->editor()->model()->details(), rows);
    QCOMPARE(m_window->editor()->model()->batch().header(), header);
    QCOMPARE(m_window->editor()->model()->batch().errorCount(), 1); // the 1.234 is still flagged
}

void tst_MainWindow::autosave_processKilled_draftReopensExactly()
{
    destroyWindow();
    // The draft is edited in another console process, which is killed once it said "saved".
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    const Profile profile = Profile::create(QStringLiteral("Custom"), Profile::Environment::Custom);
    settings.saveProfile(profile);
    settings.setCurrentProfileId(profile.id);
    QVERIFY(settings.sync());
    const QString rowsText = Header + bankLine(QStringLiteral("K1"), QStringLiteral("10.00"))
                             + walletLine(QStringLiteral("K2"), QStringLiteral("20.50"))
                             + bankLine(QStringLiteral("K3"), QStringLiteral("1.234"));
    QFile rows(m_dir->filePath(QStringLiteral("rows.tsv")));
    QVERIFY(rows.open(QIODevice::WriteOnly));
    rows.write(rowsText.toUtf8());
    rows.close();

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(LESSPAY_BINARY_DIR "/tests/ui/lesspay-autosave-kill-child"),
                {settings.filePath(), m_dir->filePath(QStringLiteral("journal.sqlite")), rows.fileName()});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("saved"), 15000);
    child.kill(); // SIGKILL: no destructor, no flush
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    createWindow();
    m_window->start();
    QCOMPARE(m_window->editor()->model()->rowCount(), 3);
    QCOMPARE(m_window->editor()->model()->detail(0).value(Field::BankAccountName), QStringLiteral("Ana Reyes"));
    QCOMPARE(m_window->editor()->model()->detail(1).value(Field::WalletDepositKey), QStringLiteral("+639171234567"));
    QCOMPARE(m_window->editor()->model()->detail(2).amount(), QStringLiteral("1.234"));
    QCOMPARE(m_window->editor()->model()->batch().totalMinor(), 3050);
    QCOMPARE(m_window->editor()->model()->batch().errorCount(), 1);
}

void tst_MainWindow::submit_localSandbox_isAcceptedOnce()
{
    waitUntilReady();
    BatchEditor *editor = m_window->editor();
    editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00"))
                      + bankLine(QStringLiteral("A2"), QStringLiteral("200.00"))
                      + walletLine(QStringLiteral("A3"), QStringLiteral("50.25")));
    auto *submitAction = m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    QVERIFY(submitAction);
    QTRY_VERIFY(submitAction->isEnabled());

    int reviews = 0;
    answerReview([&reviews](SubmitReviewDialog &dialog) {
        ++reviews;
        const auto value = [&dialog](const char *name) {
            return dialog.findChild<QLabel *>(QLatin1StringView(name))->text();
        };
        // What the user confirms is what goes out.
        return value("bankCountValue") == u"2" && value("walletCountValue") == u"1"
               && value("totalValue").contains(QStringLiteral("350.25")) && !dialog.needsControlTotals()
               && dialog.requestPreview().contains(QStringLiteral("\"total_amount\":\"350.25\""))
               && !dialog.requestPreview().contains(QStringLiteral("key=sandbox"));
    });
    QSignalSpy states(m_window.get(), &MainWindow::submissionStateChanged);
    submitAction->trigger();
    // The draft is saved and its request written off the GUI thread: read-only at once.
    QVERIFY(!submitAction->isEnabled());
    QVERIFY(editor->isReadOnly());
    QTRY_COMPARE(reviews, 1);
    // In flight: the action is off and the draft cannot change or go again.
    QVERIFY(!submitAction->isEnabled());
    QVERIFY(editor->isReadOnly());
    submitAction->trigger();
    m_window->submit();
    QCOMPARE(reviews, 1);

    QTRY_VERIFY_WITH_TIMEOUT(label("submitStateLabel").contains(QStringLiteral("Accepted")), SandboxTimeoutMs);
    const QList<BatchSummary> batches = JournalQueries(m_services->journal()).listBatches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().batch.state, BatchState::Accepted);
    QCOMPARE(batches.first().batch.requestId, editor->model()->batch().header().requestId);
    QVERIFY(!batches.first().batch.payOrderId.isEmpty());
    QVERIFY(!submitAction->isEnabled());
    QVERIFY(!states.isEmpty());
}

void tst_MainWindow::submit_reviewCancelled_sendsNothing()
{
    waitUntilReady();
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00")));
    auto *submitAction = m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    QTRY_VERIFY(submitAction->isEnabled());
    int reviews = 0;
    answerReview([&reviews](SubmitReviewDialog &) {
        ++reviews;
        return false;
    });
    submitAction->trigger();
    QTRY_COMPARE(reviews, 1);
    QVERIFY(submitAction->isEnabled());
    QVERIFY(!m_window->editor()->isReadOnly());
    QVERIFY(JournalQueries(m_services->journal()).listBatches().isEmpty());
}

void tst_MainWindow::submit_accepted_frozenWithoutHistoryAndCopyable()
{
    waitUntilReady();
    BatchEditor *editor = m_window->editor();
    editor->pasteText(Header + bankLine(QStringLiteral("F1"), QStringLiteral("100.00"))
                      + walletLine(QStringLiteral("F2"), QStringLiteral("50.25")));
    auto *submitAction = m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    auto *frozenBar = m_window->findChild<QWidget *>(QStringLiteral("frozenBar"));
    QVERIFY(undo && redo && frozenBar);
    QVERIFY(undo->isEnabled()); // the paste could be undone while it is a draft
    QVERIFY(!frozenBar->isVisible());
    QTRY_VERIFY(submitAction->isEnabled());
    answerReview([](SubmitReviewDialog &) { return true; });
    const QString requestId = editor->model()->batch().header().requestId;
    const qint64 frozenDraft = m_window->currentDraftId();
    submitAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(label("submitStateLabel").contains(QStringLiteral("Accepted")), SandboxTimeoutMs);
    const QList<PayoutDetail> sent = editor->model()->details();
    QCOMPARE(sent.size(), 2);

    // No history: neither Undo nor Redo can change what was sent.
    QCOMPARE(editor->undoStack()->count(), 0);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    editor->table()->setFocus();
    QTest::keyClick(editor->table(), Qt::Key_Z, Qt::ControlModifier);
    undo->trigger();
    QCOMPARE(editor->model()->details(), sent);
    QVERIFY(label("errorCountLabel").startsWith(u'0'));

    // Read-only in every way a person edits, and marked as such.
    QVERIFY(frozenBar->isVisible());
    QVERIFY(label("frozenLabel").contains(requestId));
    QAbstractItemModel *shown = editor->table()->model();
    const QModelIndex amount = shown->index(0, BatchModel::AmountColumn);
    QVERIFY(!(shown->flags(amount) & Qt::ItemIsEditable));
    QVERIFY(!shown->setData(amount, QStringLiteral("1.00")));
    editor->table()->setCurrentIndex(amount);
    QTest::keyClicks(editor->table(), QStringLiteral("9"));
    QTest::keyClick(editor->table(), Qt::Key_Delete);
    QCOMPARE(editor->model()->details(), sent);
    QVERIFY(!m_window->findChild<QComboBox *>(QStringLiteral("currencyCombo"))->isEnabled());

    // A new draft from it: the same rows, a new request ID, editable and in the journal.
    auto *copy = m_window->findChild<QPushButton *>(QStringLiteral("newDraftFromBatchButton"));
    QVERIFY(copy && copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(!editor->isReadOnly());
    QVERIFY(!frozenBar->isVisible());
    QCOMPARE(editor->model()->details(), sent);
    QVERIFY(editor->model()->batch().header().requestId != requestId);
    QVERIFY(m_window->currentDraftId() > 0);
    QVERIFY(m_window->currentDraftId() != frozenDraft);
    QVERIFY(m_window->windowTitle().contains(QString::number(m_window->currentDraftId())));
    QVERIFY(shown != editor->table()->model()
            || (editor->table()->model()->flags(editor->table()->model()->index(0, BatchModel::AmountColumn))
                & Qt::ItemIsEditable));
    QTRY_VERIFY(submitAction->isEnabled());
}

void tst_MainWindow::newDraft_samePaymentAsSubmittedBatch_warnsNamingIt()
{
    waitUntilReady();
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("75.00")));
    auto *submitAction = m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    QTRY_VERIFY(submitAction->isEnabled());
    answerReview([](SubmitReviewDialog &) { return true; });
    const QString firstRequest = m_window->editor()->model()->batch().header().requestId;
    submitAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(label("submitStateLabel").contains(QStringLiteral("Accepted")), SandboxTimeoutMs);

    m_window->findChild<QAction *>(QStringLiteral("newDraftAction"))->trigger();
    BatchEditor *editor = m_window->editor();
    QVERIFY(!editor->isReadOnly());
    QVERIFY(editor->model()->batch().header().requestId != firstRequest);
    editor->pasteText(Header + bankLine(QStringLiteral("B1"), QStringLiteral("75.00"))
                      + bankLine(QStringLiteral("B2"), QStringLiteral("76.00")));
    const QModelIndex same = editor->model()->index(0, BatchModel::AmountColumn);
    QCOMPARE(same.data(BatchModel::ValidationRole).toInt(), int(BatchModel::WarningIssue));
    QVERIFY(same.data(BatchModel::IssuesRole).toStringList().join(u' ').contains(firstRequest));
    const QModelIndex other = editor->model()->index(1, BatchModel::AmountColumn);
    QCOMPARE(other.data(BatchModel::ValidationRole).toInt(), int(BatchModel::NoIssue));
    QVERIFY(label("warningCountLabel").startsWith(u'1'));
}

void tst_MainWindow::typeKeys(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

void tst_MainWindow::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

void tst_MainWindow::keyboardOnly_buildFixAndSubmitMixedBatch_isAccepted()
{
    waitUntilReady();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    BatchEditor *editor = m_window->editor();
    editor->table()->setFocus();
    QTRY_VERIFY(editor->table()->hasFocus());

    // Ten recipients, bank and e-wallet alternating, all typed. A new row starts on its amount.
    for (int i = 0; i < 10; ++i) {
        const bool bank = i % 2 == 0;
        pressKey(bank ? Qt::Key_B : Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        const int row = editor->table()->currentIndex().row();
        QCOMPARE(editor->table()->currentIndex().column(), int(BatchModel::AmountColumn));
        typeKeys(QStringLiteral("%1.00").arg(100 + i));
        pressKey(Qt::Key_Tab); // holder
        typeKeys(QStringLiteral("Person %1").arg(i));
        pressKey(Qt::Key_Tab); // account number
        typeKeys(bank ? QStringLiteral("0012345678%1").arg(i) : QStringLiteral("+63917123456%1").arg(i));
        pressKey(Qt::Key_Tab); // account type: keep "individual"
        if (bank) {
            pressKey(Qt::Key_Tab); // bank
            typeKeys(QStringLiteral("BDO Unibank"));
            pressKey(Qt::Key_Tab); // country
            typeKeys(QStringLiteral("PH"));
            pressKey(Qt::Key_Return);
            editor->table()->setCurrentIndex(editor->table()->model()->index(row, BatchModel::SwiftColumn));
            typeKeys(i == 4 ? QStringLiteral("BNORPH") : QStringLiteral("BNORPHMM")); // row 5: a typo
            pressKey(Qt::Key_Return);
        } else {
            pressKey(Qt::Key_Escape);
            editor->table()->setCurrentIndex(editor->table()->model()->index(row, BatchModel::ProviderColumn));
            typeKeys(QStringLiteral("G")); // GCash
            pressKey(Qt::Key_Return);
            editor->table()->setCurrentIndex(editor->table()->model()->index(row, BatchModel::DepositKeyTypeColumn));
            typeKeys(QStringLiteral("p")); // phone
            pressKey(Qt::Key_Tab);         // deposit key
            typeKeys(QStringLiteral("+63917123456%1").arg(i));
            pressKey(Qt::Key_Return);
        }
        QTRY_VERIFY(editor->table()->hasFocus());
    }
    BatchModel *model = editor->model();
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->batch().totalMinor(), 104500);
    QCOMPARE(model->batch().errorCount(), 1);

    // F8 goes to the typo; the fix is typed over it.
    editor->table()->setCurrentIndex(editor->table()->model()->index(0, 0));
    pressKey(Qt::Key_F8);
    QCOMPARE(editor->table()->currentIndex(), editor->table()->model()->index(4, BatchModel::SwiftColumn));
    typeKeys(QStringLiteral("BNORPHMM"));
    pressKey(Qt::Key_Return);
    QCOMPARE(model->batch().errorCount(), 0);

    answerReview([](SubmitReviewDialog &dialog) {
        return dialog.findChild<QLabel *>(QStringLiteral("bankCountValue"))->text() == u"5";
    });
    QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("submitAction"))->isEnabled());
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(label("submitStateLabel").contains(QStringLiteral("Accepted")), SandboxTimeoutMs);
    QCOMPARE(JournalQueries(m_services->journal()).listBatches().size(), 1);
}

void tst_MainWindow::submitOneRow(const QString &amount)
{
    waitUntilReady();
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("A1"), amount));
    auto *submitAction = m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    QTRY_VERIFY(submitAction->isEnabled());
    answerReview([](SubmitReviewDialog &) { return true; });
    submitAction->trigger();
}

void tst_MainWindow::submit_sandboxRejectsCurrency_showsServerMessage()
{
    destroyWindow();
    createWindow({QStringLiteral("--currencies"), QStringLiteral("IDR")});
    submitOneRow(QStringLiteral("100.00"));
    QTRY_VERIFY_WITH_TIMEOUT(label("submitStateLabel").contains(QStringLiteral("Rejected")), SandboxTimeoutMs);
    // The server's code and words, and what to do next.
    QVERIFY2(label("submitStateLabel").contains(QStringLiteral("30001")), qPrintable(label("submitStateLabel")));
    QVERIFY(label("submitStateLabel").contains(QStringLiteral("new draft")));
    const QList<BatchSummary> batches = JournalQueries(m_services->journal()).listBatches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().batch.state, BatchState::Rejected);
}

void tst_MainWindow::submit_connectionDroppedAfterStore_reconcilesToAcceptedOnce()
{
    destroyWindow();
    createWindow({QStringLiteral("--fault"),
                  QStringLiteral("drop_after_store,count=1,path=/api/global/payout/batch/create-order")});
    QSignalSpy states(m_window.get(), &MainWindow::submissionStateChanged);
    submitOneRow(QStringLiteral("100.00"));
    QTRY_VERIFY_WITH_TIMEOUT(label("submitStateLabel").contains(QStringLiteral("Accepted")), SandboxTimeoutMs);
    bool sawUnknown = false;
    for (const QList<QVariant> &signal : std::as_const(states)) {
        const auto state = signal.at(1).value<BatchState>();
        sawUnknown = sawUnknown || state == BatchState::Unknown || state == BatchState::Reconciling;
    }
    QVERIFY(sawUnknown);
    const QList<BatchSummary> batches = JournalQueries(m_services->journal()).listBatches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().batch.state, BatchState::Accepted);
    QCOMPARE(batches.first().batch.sendCount, 1); // found by query, never sent again
}

void tst_MainWindow::switchProfile_production_isUnmistakable()
{
    waitUntilReady();
    Profile live = Profile::create(QStringLiteral("Acme live"), Profile::Environment::Production);
    live.baseUrl = QUrl(QStringLiteral("https://pay.example.com"));
    live.appId = QStringLiteral("acme");
    m_services->settings().saveProfile(live);
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    const int index = combo->findData(live.id);
    QVERIFY(index >= 0);
    // Profiles are sorted by name: "Acme live" comes before "Local sandbox".
    QCOMPARE(index, combo->currentIndex() - 1);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_services->settings().currentProfileId(), live.id);
    QVERIFY(label("environmentBadge").contains(QStringLiteral("PRODUCTION")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("productionBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Acme live")));
    // No secret saved for it: drafting works, sending is off, and Retry is offered.
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00")));
    QTRY_COMPARE(m_services->secretState(live.id), ConsoleServices::SecretState::Missing);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("submitAction"))->isEnabled());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("retrySecretButton"))->isVisible());

    // Back to the sandbox: its own draft returns, the banner goes.
    const QUuid sandbox = m_services->launcher().profileId();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_services->settings().currentProfileId(), sandbox);
    QVERIFY(!banner->isVisible());
    QVERIFY(label("environmentBadge").contains(QStringLiteral("SANDBOX")));
}

void tst_MainWindow::exportCsv_draft_writesCanonicalFile()
{
    m_window->start();
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("10.00"))
                                  + walletLine(QStringLiteral("A2"), QStringLiteral("+5.00")));
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    QVERIFY(m_window->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFmch_order_id,amount,destination_type,"));
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    QVERIFY(lines.at(1).startsWith("A1,10.00,bank,Juan Dela Cruz,001234567890,"));
    // A leading '+' would be a formula in a spreadsheet: the guard writes it with an apostrophe.
    QVERIFY(lines.at(2).contains(",'+639171234567,"));
    QCOMPARE(m_services->settings().recentFiles().value(0), path);
    // One writer of the canonical format: the console's file is byte for byte the core's.
    QBuffer expected;
    QVERIFY(expected.open(QIODevice::WriteOnly));
    QVERIFY(RecipientExporter::writeBatch(m_window->editor()->model()->batch(), &expected));
    QCOMPARE(bytes, expected.data());
}

QString tst_MainWindow::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_MainWindow::importCsv_reportRows_gridRowWithFileLine()
{
    m_window->start();
    BatchEditor *editor = m_window->editor();
    editor->pasteText(Header + bankLine(QStringLiteral("G1"), QStringLiteral("1.00"))
                      + bankLine(QStringLiteral("G2"), QStringLiteral("2.00")));
    editor->table()->setCurrentIndex(editor->table()->model()->index(1, 0)); // imports go after row 2
    const QByteArray csv = RecipientExporter::canonicalHeader().join(u',').toUtf8() + "\n"
                           + "I1,10.00,bank,Ana Reyes,001234567890,individual,BDO Unibank,PH,BNORPHMM,,,,,,\n"
                           + "I2,20.00,bank,Ben Cruz,001234567891,individual,BDO Unibank,PH,BNORPHM,,,,,,\n"
                           + "I3,30.00,bank,Cy Lim,001234567892,individual,BDO Unibank,PH,BNORPHMM,,,,,,\n";
    const QString path = writeFile(QStringLiteral("rows.csv"), csv);
    QString report;
    m_dialogs->answer = [&report](QDialog &dialog) {
        auto *box = qobject_cast<QMessageBox *>(&dialog);
        if (box && box->objectName() == u"importReportMessage")
            report = box->detailedText();
        return box ? int(QMessageBox::Ok) : int(QDialog::Accepted);
    };
    QVERIFY2(m_window->importCsv(path), qPrintable(m_dialogs->seen.join(u'|')));
    QCOMPARE(editor->model()->rowCount(), 5);
    // The bad SWIFT is on the grid's row 4 (two rows were there, I1 is row 3), the file's line 3.
    QCOMPARE(editor->model()->detail(3).mchOrderId(), QStringLiteral("I2"));
    QCOMPARE(editor->model()->index(3, BatchModel::SwiftColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::ErrorIssue));
    QVERIFY2(report.startsWith(QStringLiteral("row 4, line 3 of the file, column 9 (bank_swift_code): ")),
             qPrintable(report));
    // F8 says the same row.
    editor->table()->setCurrentIndex(editor->table()->model()->index(3, BatchModel::SwiftColumn));
    QVERIFY(label("currentProblemLabel").startsWith(QStringLiteral("Row 4, ")));
}

void tst_MainWindow::importCsv_decimalCommaFile_hintedAndRememberedMappingOfferedAgain()
{
    m_window->start();
    // A semicolon file from a spreadsheet with Indonesian number formats.
    const QByteArray csv = RecipientExporter::canonicalHeader().join(u';').toUtf8() + "\n"
                           + "D1;1.250.000,50;bank;Ana Reyes;001234567890;individual;BDO Unibank;PH;BNORPHMM;;;;;;\n"
                           + "D2;980.000,00;bank;Ben Cruz;001234567891;individual;BDO Unibank;PH;BNORPHMM;;;;;;\n"
                           + "D3;12.500,75;bank;Cy Lim;001234567892;individual;BDO Unibank;PH;BNORPHMM;;;;;;\n";
    const QString path = writeFile(QStringLiteral("komma.csv"), csv);
    const auto child = [](QDialog &dialog, const char *name) {
        return dialog.findChild<QWidget *>(QLatin1StringView(name));
    };
    int asked = 0;
    QString preview;
    QString hint;
    bool noteShown = false;
    std::optional<int> separatorChoice; // the user's choice, or keep what is preselected
    answerImport({[&](ColumnMappingDialog &dialog) {
                      ++asked;
                      auto *separator = qobject_cast<QComboBox *>(child(dialog, "decimalSeparatorCombo"));
                      auto *hintLabel = qobject_cast<QLabel *>(child(dialog, "decimalSeparatorHint"));
                      noteShown = !child(dialog, "rememberedMappingNote")->isHidden();
                      if (separatorChoice)
                          separator->setCurrentIndex(*separatorChoice);
                      hint = hintLabel->isHidden() ? QString() : hintLabel->text();
                      preview = qobject_cast<QLabel *>(child(dialog, "columnPreview1"))->text();
                      return true;
                  },
                  [](QMessageBox &) { return false; }});

    // First import: Point is preselected (never guessed), but the dialog says plainly that the
    // amounts only read with a comma, and shows them as they will be read.
    QVERIFY(m_window->importCsv(path));
    QCOMPARE(asked, 1);
    QVERIFY2(hint.contains(QStringLiteral("1.250.000,50")) && hint.contains(QStringLiteral("1250000.50")),
             qPrintable(hint));
    QVERIFY2(preview.contains(QStringLiteral("1.250.000,50 \u2192 not an amount")), qPrintable(preview));
    BatchModel *model = m_window->editor()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->batch().errorCount(), 3); // the user kept Point: every amount is red

    // Next import of such a file: that mapping is offered for change, not applied silently.
    m_window->newDraft();
    separatorChoice = 1; // Comma
    QVERIFY(m_window->importCsv(path));
    QCOMPARE(asked, 2);
    QVERIFY(noteShown);
    QVERIFY2(hint.isEmpty(), qPrintable(hint)); // gone once Comma is chosen
    QVERIFY2(preview.contains(QStringLiteral("1.250.000,50 \u2192 1250000.50")), qPrintable(preview));
    model = m_window->editor()->model();
    QCOMPARE(model->batch().errorCount(), 0);
    QCOMPARE(model->batch().totalMinor(), 224250125);

    // A remembered mapping that reads the file applies without asking.
    m_window->newDraft();
    QVERIFY(m_window->importCsv(path));
    QCOMPARE(asked, 2);
    QCOMPARE(m_window->editor()->model()->batch().errorCount(), 0);
}

void tst_MainWindow::importCsv_sameHeaderSetTwice_mappingAskedOnce()
{
    m_window->start();
    // "Kontoinhaber" is no known spelling of a field: the user maps it, and says amounts use a comma.
    const QByteArray header = "mch_order_id;amount;destination_type;Kontoinhaber;bank_account_no;bank_account_type;"
                              "bank_name;bank_country_code;bank_swift_code\r\n";
    const QString first =
        writeFile(QStringLiteral("first.csv"),
                  header + "K1;10,50;bank;Juan Dela Cruz;001234567890;individual;BDO Unibank;PH;BNORPHMM\r\n");
    const QString second =
        writeFile(QStringLiteral("second.csv"),
                  header + "K2;7,25;bank;Maria Santos;009876543210;individual;BDO Unibank;PH;BNORPHMM\r\n");
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    int asked = 0;
    ImportAnswers prompts;
    prompts.askMapping = [&asked](ColumnMappingDialog &dialog) {
        ++asked;
        auto *column = dialog.findChild<QComboBox *>(QStringLiteral("columnCombo3"));
        auto *separator = dialog.findChild<QComboBox *>(QStringLiteral("decimalSeparatorCombo"));
        if (!column || !separator)
            return false;
        column->setCurrentIndex(column->findData(int(Field::BankAccountName)));
        separator->setCurrentIndex(separator->findData(int(Amount::DecimalSeparator::Comma)));
        return true;
    };
    prompts.askWindows1252 = [](QMessageBox &) { return false; };
    answerImport(prompts);

    QVERIFY(m_window->importCsv(first));
    QCOMPARE(asked, 1);
    QVERIFY(m_window->importCsv(second));
    QCOMPARE(asked, 1);
    const Batch &batch = m_window->editor()->model()->batch();
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.detail(0).value(Field::BankAccountName), QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(batch.detail(1).value(Field::BankAccountName), QStringLiteral("Maria Santos"));
    // The comma chosen the first time read the second file's amount too.
    QCOMPARE(batch.totalMinor(), 1775);

    // A mapping chosen wrongly is not kept forever: Settings > Forget... and the next import asks.
    auto *forget = m_window->findChild<QAction *>(QStringLiteral("forgetColumnMappingsAction"));
    QVERIFY(forget);
    forget->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().contains(u'1'));
    QVERIFY(m_window->importCsv(second));
    QCOMPARE(asked, 2);
    forget->trigger();
    forget->trigger();
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty()); // "No column mapping was remembered."
}

void tst_MainWindow::importCsv_windows1252File_rereadAfterAsking()
{
    m_window->start();
    int asked = 0;
    QString question;
    ImportAnswers prompts;
    prompts.askMapping = [](ColumnMappingDialog &) { return true; };
    prompts.askWindows1252 = [&](QMessageBox &box) {
        ++asked;
        question = box.text();
        return true;
    };
    answerImport(prompts);
    // "José" as Excel writes it on Western Windows: 0xE9 is no UTF-8.
    const QString path = writeFile(QStringLiteral("excel.csv"),
                                   "mch_order_id,amount,destination_type,bank_account_name,bank_account_no,"
                                   "bank_account_type,bank_name,bank_country_code,bank_swift_code\r\n"
                                   "W1,12.00,bank,Jos\xE9 Rizal,001234567890,individual,BDO Unibank,PH,BNORPHMM\r\n");
    QVERIFY(!path.isEmpty());
    QVERIFY(m_window->importCsv(path));
    QCOMPARE(asked, 1);
    QVERIFY2(question.contains(QStringLiteral("Windows-1252")), qPrintable(question));
    const Batch &batch = m_window->editor()->model()->batch();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.detail(0).value(Field::BankAccountName), QStringLiteral("Jos\u00e9 Rizal"));
}

void tst_MainWindow::recentFilesMenu_importedFile_importsItAgain()
{
    m_window->start();
    int asked = 0;
    ImportAnswers prompts;
    prompts.askMapping = [&asked](ColumnMappingDialog &) { return ++asked > 0; };
    prompts.askWindows1252 = [](QMessageBox &) { return false; };
    answerImport(prompts);
    const QString path = writeFile(QStringLiteral("recent.csv"),
                                   (Header + bankLine(QStringLiteral("R1"), QStringLiteral("3.00"))).toUtf8());
    QVERIFY(!path.isEmpty());
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
    QVERIFY(recent);
    QVERIFY(!recent->isEnabled());
    QVERIFY(m_window->importCsv(path));
    QVERIFY(recent->isEnabled());
    const QList<QAction *> actions = recent->actions();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()->toolTip(), path);
    actions.first()->trigger();
    QCOMPARE(m_window->editor()->model()->rowCount(), 2);
    QCOMPARE(asked, 1);
}

void tst_MainWindow::importCsv_workbookOfSeveralSheets_sheetAskedDamageReported()
{
    m_window->start();
    QStringList offered;
    QString proposed;
    m_dialogs->answer = [&](QDialog &dialog) {
        auto *sheet = qobject_cast<QInputDialog *>(&dialog);
        if (sheet && sheet->objectName() == u"sheetChoiceDialog") {
            offered = sheet->comboBoxItems();
            proposed = sheet->textValue();
            return int(QDialog::Accepted);
        }
        return int(qobject_cast<ColumnMappingDialog *>(&dialog) ? QDialog::Accepted : QDialog::Rejected);
    };
    // Written by python3-openpyxl: an instructions sheet, then the payouts with typed cells.
    const QString path = QStringLiteral(LESSPAY_SOURCE_DIR "/tests/data/xlsx/typed.xlsx");
    QVERIFY(m_window->importCsv(path));
    QCOMPARE(offered, (QStringList{QStringLiteral("Instructions"), QStringLiteral("Payouts")}));
    QCOMPARE(proposed, QStringLiteral("Payouts"));
    QCOMPARE(m_window->editor()->model()->rowCount(), 9);
    const QString report = m_dialogs->seen.filter(QStringLiteral("importReportMessage")).value(0);
    QVERIFY2(!report.isEmpty(), qPrintable(m_dialogs->seen.join(u'\n')));
    QCOMPARE(m_services->settings().recentFiles().value(0), path);
}

void tst_MainWindow::exportCsv_workbookName_writesWorkbookThatImportsBack()
{
    m_window->start();
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("X1"), QStringLiteral("10.00"))
                                  + walletLine(QStringLiteral("X2"), QStringLiteral("5.00")));
    const QString path = m_dir->filePath(QStringLiteral("out.xlsx"));
    QVERIFY(m_window->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.peek(4) == QByteArray("PK\x03\x04", 4));
    const Batch &exported = m_window->editor()->model()->batch();
    Batch back(m_window->editor()->model()->validator(), exported.header());
    RecipientImporter importer(m_window->editor()->model()->validator());
    QVERIFY(importer.readHeader(&file));
    QVERIFY(importer.importInto(back));
    QCOMPARE(back.size(), 2);
    for (int row = 0; row < back.size(); ++row) {
        for (int f = 0; f < FieldCount; ++f)
            QCOMPARE(back.detail(row).value(Field(f)), exported.detail(row).value(Field(f)));
    }
}

void tst_MainWindow::exportCsv_emptyDraftWorkbookName_writesTemplate()
{
    m_window->start();
    QCOMPARE(m_window->editor()->model()->rowCount(), 0);
    const QString path = m_dir->filePath(QStringLiteral("template.xlsx"));
    QVERIFY(m_window->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    XlsxReader reader(&file);
    QVERIFY(reader.open());
    QCOMPARE(reader.sheetNames(),
             (QStringList{QStringLiteral("Instructions"), QStringLiteral("Payouts"), QStringLiteral("Lists")}));
    // The example rows are valid payouts of the draft's currency.
    Batch back(m_window->editor()->model()->validator(), m_window->editor()->model()->batch().header());
    QVERIFY(file.seek(0));
    RecipientImporter importer(m_window->editor()->model()->validator());
    QVERIFY(importer.readHeader(&file));
    QCOMPARE(importer.sheet(), 1);
    QVERIFY(importer.importInto(back));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.errorCount(), 0);
}

void tst_MainWindow::batchActivated_sideListBatch_opensBatchesPageOnIt()
{
    BatchesView *page = BatchesPage::add(*m_window, *m_services);
    submitOneRow(QStringLiteral("42.00"));
    const QString requestId = m_window->editor()->model()->batch().header().requestId;
    QTRY_VERIFY_WITH_TIMEOUT(label("submitStateLabel").contains(QStringLiteral("Accepted")), SandboxTimeoutMs);
    auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("batchesList"));
    QVERIFY(pages && list);
    QCOMPARE(pages->currentIndex(), 0);
    QTRY_COMPARE(list->model()->rowCount(list->rootIndex()), 1);
    // As a person does: the batch chosen in the side list with the keyboard, Return opens it.
    const QModelIndex item = list->model()->index(0, 0, list->rootIndex());
    QVERIFY2(item.data().toString().contains(requestId), qPrintable(item.data().toString()));
    list->setFocus();
    list->setCurrentIndex(item);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(pages->currentWidget(), page);
    QTRY_COMPARE(page->detail()->requestId(), requestId);
    const QModelIndex current = page->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(BatchListModel::RequestIdRole).toString(), requestId);
}

void tst_MainWindow::addPage_extraTab_isShown()
{
    auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    const int before = pages->count();
    auto *page = new QWidget;
    const int index = m_window->addPage(page, {}, QStringLiteral("Batches"));
    QCOMPARE(pages->count(), before + 1);
    QCOMPARE(pages->widget(index), page);
}

void tst_MainWindow::newDraftAndImport_fromAnotherPage_switchToTheDraft()
{
    m_window->start();
    auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    auto *batches = new QWidget;
    const int batchesPage = m_window->addPage(batches, {}, QStringLiteral("Batches"));
    pages->setCurrentIndex(batchesPage);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 0);

    pages->setCurrentIndex(batchesPage);
    const QString path = writeFile(QStringLiteral("switch.csv"),
                                   (Header + bankLine(QStringLiteral("S1"), QStringLiteral("4.00"))).toUtf8());
    m_dialogs->openFile = path;
    answerImport({[](ColumnMappingDialog &) { return true; }, [](QMessageBox &) { return false; }});
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 0);
    QCOMPARE(m_window->editor()->model()->rowCount(), 1);
}

// A user switching to a dark style while the console runs gets icons drawn for it, not the
// dark slate ones loaded at start.
void tst_MainWindow::paletteChange_actionIconsRecoloured()
{
    auto *save = m_window->findChild<QAction *>(QStringLiteral("saveAction"));
    QVERIFY(save);
    const QImage light = save->icon().pixmap(QSize(20, 20)).toImage();
    const QPalette original = QApplication::palette();
    QApplication::setPalette(TestPalettes::dark());
    const QImage recoloured = save->icon().pixmap(QSize(20, 20)).toImage();
    QApplication::setPalette(original);
    const QImage restored = save->icon().pixmap(QSize(20, 20)).toImage();
    QVERIFY(recoloured != light);
    QCOMPARE(restored, light);
}

// The toolbar's Undo and Redo name the command without the menu's mnemonic: "Undo Add rows",
// where a menu text such as "撤销(&U)" would have put "(U)" in the middle.
void tst_MainWindow::undoToolButton_namesCommandWithoutMnemonic()
{
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QUndoStack *stack = m_window->editor()->undoStack();
    stack->clear();
    QCOMPARE(undo->iconText(), QStringLiteral("Undo"));
    m_window->editor()->pasteText(QStringLiteral("mch_order_id\tamount\nU1\t5.00\n"));
    QVERIFY(!stack->undoText().isEmpty());
    QCOMPARE(undo->iconText(), QStringLiteral("Undo ") + stack->undoText());
    QCOMPARE(undo->text(), QStringLiteral("&Undo ") + stack->undoText()); // the menu keeps its mnemonic
    stack->undo();
    QCOMPARE(undo->iconText(), QStringLiteral("Undo"));
    QCOMPARE(redo->iconText(), QStringLiteral("Redo ") + stack->redoText());
}

void tst_MainWindow::openDraft_currencyProfileNoLongerAllows_refusedWithCoreMessage()
{
    waitUntilReady();
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("P0001"), QStringLiteral("10.00")));
    QCOMPARE(m_window->editor()->model()->batch().header().currency, QStringLiteral("PHP"));
    QVERIFY(m_window->saveDraft());
    const qint64 draft = m_window->currentDraftId();
    QVERIFY(draft > 0);

    // The profile stops offering PHP; the draft opened again is refused in the batch itself,
    // with the words lesspay-cli prints for the same profile (tst_cli checks that side).
    std::optional<Profile> profile = m_services->settings().profile(m_services->settings().currentProfileId());
    QVERIFY(profile);
    profile->allowedCurrencies = {QStringLiteral("IDR")};
    m_services->settings().saveProfile(*profile);
    m_window->newDraft();
    QCOMPARE(m_window->editor()->model()->batch().header().currency, QStringLiteral("IDR"));
    m_window->openDraft(draft);
    QCOMPARE(m_window->currentDraftId(), draft);
    auto *problems = m_window->findChild<QLabel *>(QStringLiteral("headerProblemsLabel"));
    QVERIFY(problems && problems->isVisible());
    QCOMPARE(problems->text(), QStringLiteral("PHP payouts are not enabled for this profile."));
    QVERIFY(!m_window->editor()->model()->batch().isSendable());
}

void tst_MainWindow::importAction_fileChosenThroughSeam_importsIt()
{
    m_window->start();
    const QString path = writeFile(QStringLiteral("chosen.csv"),
                                   (Header + bankLine(QStringLiteral("C1"), QStringLiteral("4.00"))).toUtf8());
    QVERIFY(!path.isEmpty());
    m_dialogs->openFile = path;
    answerImport({[](ColumnMappingDialog &) { return true; }, [](QMessageBox &) { return false; }});
    m_window->findChild<QAction *>(QStringLiteral("importCsvAction"))->trigger();
    QVERIFY(m_dialogs->seen.contains(QStringLiteral("openFile: Import recipients")));
    QTRY_COMPARE(m_window->editor()->model()->rowCount(), 1);
    QCOMPARE(m_window->editor()->model()->detail(0).mchOrderId(), QStringLiteral("C1"));

    // Cancelled: nothing is asked or imported.
    m_dialogs->openFile.clear();
    m_window->findChild<QAction *>(QStringLiteral("importCsvAction"))->trigger();
    QCOMPARE(m_window->editor()->model()->rowCount(), 1);
}

void tst_MainWindow::importCsv_unreadableFile_warnsThroughSeam()
{
    m_window->start();
    QVERIFY(!m_window->importCsv(m_dir->filePath(QStringLiteral("missing.csv"))));
    QCOMPARE(m_dialogs->seen.size(), 1);
    QVERIFY2(m_dialogs->seen.first().startsWith(QStringLiteral("importFailedMessage: missing.csv")),
             qPrintable(m_dialogs->seen.first()));
}

void tst_MainWindow::exportAction_fileChosenThroughSeam_writesIt()
{
    m_window->start();
    m_window->editor()->pasteText(Header + bankLine(QStringLiteral("E1"), QStringLiteral("9.00")));
    m_dialogs->saveFile = m_dir->filePath(QStringLiteral("exported.csv"));
    m_window->findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
    QVERIFY(m_dialogs->seen.contains(QStringLiteral("saveFile: Export recipients")));
    QFile file(m_dialogs->saveFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("E1,9.00,bank"));
    // Full account numbers: only its owner may read it (0600), and the console says so.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                                            | QFileDevice::ExeOwner;
    QCOMPARE(file.permissions() & others, QFileDevice::Permissions());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("readable only by you")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // A place that cannot be written: its own title, and the place named.
    m_dialogs->saveFile = m_dir->filePath(QStringLiteral("no-such-folder/exported.csv"));
    QString title;
    QString text;
    m_dialogs->answer = [&](QDialog &dialog) {
        title = dialog.windowTitle();
        text = qobject_cast<QMessageBox *>(&dialog)->text();
        return int(QMessageBox::Ok);
    };
    m_window->findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
    QVERIFY(m_dialogs->seen.last().startsWith(QStringLiteral("exportFailedMessage: ")));
    QCOMPARE(title, QStringLiteral("Export not saved"));
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_dialogs->saveFile)), qPrintable(text));
}

void tst_MainWindow::toolBars_smallScreen_everyActionShownWithShortcut()
{
    // 1024x700, the smallest screen the console is made for: nothing hides behind a toolbar's
    // overflow arrow, and every toolbar action also answers a key.
    m_window->start();
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    // Undo and Redo name their commands on the bar, so both are at their widest.
    m_window->editor()->addWalletRowAction()->trigger();
    m_window->editor()->addWalletRowAction()->trigger();
    m_window->editor()->undoStack()->undo();
    QVERIFY(!m_window->editor()->undoStack()->redoText().isEmpty());
    const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
    QVERIFY(bars.size() >= 2);
    int checked = 0;
    for (QToolBar *bar : bars) {
        if (!bar->isVisible())
            continue;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QWidget *button = bar->widgetForAction(action);
            QVERIFY(button);
            const QString what = bar->objectName() + u'/' + action->objectName() + u' ' + action->iconText();
            QTRY_VERIFY2(button->isVisible(), qPrintable(what + QStringLiteral(" is behind the overflow")));
            QVERIFY2(button->geometry().right() <= bar->contentsRect().right(), qPrintable(what));
            auto *tool = qobject_cast<QToolButton *>(button);
            if (!tool)
                continue; // the profile switcher
            // A menu button's entries carry the keys.
            const QList<QAction *> reached = tool->menu() ? tool->menu()->actions() : QList<QAction *>{action};
            for (QAction *a : reached) {
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(what + u' ' + a->objectName() + u" has no shortcut"));
                ++checked;
            }
        }
    }
    QVERIFY(checked >= 13);
}

void tst_MainWindow::retryDraft_opened_headerAndSideListNameTheBatchItCameFrom()
{
    submitOneRow(QStringLiteral("10.13")); // the sandbox fails .13: account closed
    QTRY_VERIFY_WITH_TIMEOUT(!JournalQueries(m_services->journal()).listBatches().isEmpty(), SandboxTimeoutMs);
    const QString failed = JournalQueries(m_services->journal()).listBatches().first().batch.requestId;
    RetryDraftBuilder builder(m_services->journal());
    QTRY_COMPARE_WITH_TIMEOUT(builder.check(failed).outcome, RetryDraftBuilder::Outcome::Ready, SandboxTimeoutMs);
    const RetryDraftBuilder::Result retry = builder.create(failed);
    QCOMPARE(retry.outcome, RetryDraftBuilder::Outcome::Created);

    auto *origin = m_window->findChild<QLabel *>(QStringLiteral("originLabel"));
    QVERIFY(origin);
    QVERIFY(!origin->isVisible()); // the submitted batch itself came from no other
    m_window->openDraft(retry.draftId);
    QCOMPARE(m_window->currentDraftId(), retry.draftId);
    QVERIFY(origin->isVisible());
    QVERIFY2(origin->text().contains(failed), qPrintable(origin->text()));
    QSignalSpy activated(m_window.get(), &MainWindow::batchActivated);
    emit origin->linkActivated(failed);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), failed);

    JournalSidebarModel *side = m_window->session()->sidebarModel();
    side->reload();
    const int row = side->rowOfDraft(retry.draftId);
    QVERIFY(row >= 0);
    const QModelIndex draft = side->index(row, 0, side->groupIndex(JournalSidebarModel::DraftsGroup));
    QCOMPARE(draft.data(JournalSidebarModel::OriginRole).toString(), failed);
    QVERIFY2(draft.data(Qt::ToolTipRole).toString().contains(failed),
             qPrintable(draft.data(Qt::ToolTipRole).toString()));

    // A new draft names no batch.
    m_window->newDraft();
    QVERIFY(!origin->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
