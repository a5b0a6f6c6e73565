// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "batcheditor.h"
#include "batchtableview.h"
#include "csvflow.h"
#include "dialogs.h"
#include "directory/payeedirectory.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "journal/teamapprovals.h"
#include "journalsidebar.h"
#include "models/batchmodel.h"
#include "moneytext.h"
#include "profiles/profileeditordialog.h"
#include "profileswitcher.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "session/draftsession.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"
#include "statusindicators.h"
#include "submitflow.h"
#include "themecolors.h"
#include "themeicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Lesspay::Ui {

using namespace Lesspay::Core;

namespace {

// CSV files and workbooks; the import tells them apart by content.
bool isCsv(const QUrl &url)
{
    return url.isLocalFile()
           && (url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
               || url.toLocalFile().endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive));
}

} // namespace

MainWindow::MainWindow(ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(new DraftSession(services, this))
    , m_editor(new BatchEditor(m_session->validator(), this))
    , m_sidebar(new JournalSidebar(*m_session->sidebarModel(), this))
    , m_profiles(new ProfileSwitcher(services.settings(), this))
    , m_pages(new QTabWidget(this))
    , m_productionBanner(new QLabel(this))
    , m_indicators(new StatusIndicators(services, this))
    , m_team(services.journal().isTeamWorkspace())
    , m_standardDialogs(std::make_unique<Dialogs>())
    , m_dialogs(m_standardDialogs.get())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_editor->setDirectory(&services.directory());
    m_editor->setDialogs(m_dialogs);
    m_sidebar->setSession(m_session);
    m_sidebar->setDialogs(m_dialogs);
    setWindowIcon(QIcon(QStringLiteral(":/icons/batch.svg")));
    setAcceptDrops(true);
    qApp->installEventFilter(this); // palette changes: see eventFilter()
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setAlignment(Qt::AlignCenter);
    m_productionBanner->setStyleSheet(
        ThemeColors::badgeStyle(ThemeColors::Accent::Danger, QStringLiteral("padding: 5px;")));
    m_productionBanner->setVisible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("draftSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1000});
    m_pages->addTab(splitter, ThemeIcon::load(QStringLiteral(":/icons/draft.svg")), tr("&Draft"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_productionBanner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    statusBar()->addPermanentWidget(m_indicators);

    Settings &settings = m_services.settings();
    connect(&settings, &Settings::currentProfileChanged, this, &MainWindow::onProfileChanged);
    connect(&settings, &Settings::profilesChanged, this, [this] {
        updateEnvironment();
        updateActions();
    });
    connect(m_editor, &BatchEditor::changed, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    m_submitFlow = new SubmitFlow(*m_session, m_editor, m_dialogs, this);
    if (m_team) {
        // A team workspace records the batch and asks for approval; an approver sends it.
        m_submitFlow->setApprovalRequested(true);
        connect(m_submitFlow, &SubmitFlow::recordedForApproval, this, &MainWindow::requestApproval);
    }
    connect(m_session, &DraftSession::draftOpened, this, &MainWindow::showSessionDraft);
    connect(m_session, &DraftSession::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &DraftSession::banksChanged, m_editor, &BatchEditor::setBanks);
    connect(m_session, &DraftSession::batchStateChanged, this, &MainWindow::showBatchState);
    // "New draft" becomes "Draft N" on the first save.
    connect(m_session, &DraftSession::saved, this, &MainWindow::updateTitle);
    connect(m_session, &DraftSession::saveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Not saved: %1").arg(message), 10000); });
    connect(m_session, &DraftSession::savedAsCopy, this, [this](qint64 changedDraftId, qint64 draftId) {
        updateTitle();
        statusBar()->showMessage(tr("Draft %1 was changed elsewhere while the team database was out of reach: your "
                                    "edits were saved as draft %2.")
                                     .arg(changedDraftId)
                                     .arg(draftId),
                                 15000);
    });
    connect(m_sidebar, &JournalSidebar::draftActivated, this, &MainWindow::openDraft);
    connect(m_sidebar, &JournalSidebar::batchActivated, this, &MainWindow::batchActivated);
    connect(m_editor, &BatchEditor::originActivated, this, &MainWindow::batchActivated);

    SubmissionEngine &engine = m_services.engine();
    connect(&engine, &SubmissionEngine::stateChanged, this, &MainWindow::onEngineState);
    connect(&engine, &SubmissionEngine::settled, this, &MainWindow::onEngineState);

    LocalSandboxLauncher &launcher = m_services.launcher();
    connect(&launcher, &LocalSandboxLauncher::stateChanged, this, &MainWindow::updateActions);
    connect(&launcher, &LocalSandboxLauncher::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("The local sandbox could not start: %1").arg(reason), 15000);
    });

    resize(1280, 800);
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    updateEnvironment();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_session->save();
    // Children die after this destructor has run; what they (and the services) still emit
    // must not reach this half-destroyed window.
    const QList<QObject *> senders = {m_editor->undoStack(),
                                      m_editor,
                                      m_session,
                                      m_sidebar,
                                      m_csv,
                                      &m_services,
                                      &m_services.engine(),
                                      &m_services.launcher(),
                                      &m_services.settings()};
    for (QObject *sender : senders)
        sender->disconnect(this);
    // The editor shows the session's model: it goes first.
    delete m_editor;
}

void MainWindow::start()
{
    m_services.launcher().start();
    m_services.engine().resumeAtStartup();
    onProfileChanged();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &objectName, const QString &icon, const QString &text, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        if (!icon.isEmpty())
            ThemeIcon::apply(action, icon);
        action->setObjectName(objectName);
        action->setShortcut(key);
        return action;
    };
    m_newAction =
        make(QStringLiteral("newDraftAction"), QStringLiteral(":/icons/new.svg"), tr("&New draft"), QKeySequence::New);
    m_importAction = make(QStringLiteral("importCsvAction"), QStringLiteral(":/icons/import.svg"), tr("&Import\u2026"),
                          QKeySequence::Open);
    m_exportAction = make(QStringLiteral("exportCsvAction"), QStringLiteral(":/icons/export.svg"), tr("&Export\u2026"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAction =
        make(QStringLiteral("saveAction"), QStringLiteral(":/icons/save.svg"), tr("&Save"), QKeySequence::Save);
    // In a team workspace the preparer asks for approval; an approver sends from the Approvals page.
    m_submitAction =
        make(QStringLiteral("submitAction"), QStringLiteral(":/icons/submit.svg"),
             m_team ? tr("Request &approval\u2026") : tr("S&ubmit\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_nextProblemAction = make(QStringLiteral("nextProblemAction"), QStringLiteral(":/icons/next-problem.svg"),
                               tr("&Next problem"), QKeySequence(Qt::Key_F8));
    m_profilesAction =
        make(QStringLiteral("profilesAction"), QStringLiteral(":/icons/profile.svg"), tr("&Profiles\u2026"), {});
    auto *quit = make(QStringLiteral("quitAction"), {}, tr("&Quit"), QKeySequence::Quit);
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    ThemeIcon::apply(undo, QStringLiteral(":/icons/undo.svg"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    ThemeIcon::apply(redo, QStringLiteral(":/icons/redo.svg"));
    redo->setShortcut(QKeySequence::Redo);
    // The toolbar shows its own text: the menu text carries a mnemonic, which some languages
    // write in parentheses ("撤销(&U)"), and QUndoStack appends the command after it.
    QUndoStack *stack = m_editor->undoStack();
    const auto undoIconText = [undo](const QString &command) {
        undo->setIconText(command.isEmpty() ? tr("Undo") : tr("Undo %1").arg(command));
    };
    const auto redoIconText = [redo](const QString &command) {
        redo->setIconText(command.isEmpty() ? tr("Redo") : tr("Redo %1").arg(command));
    };
    undoIconText(stack->undoText());
    redoIconText(stack->redoText());
    connect(stack, &QUndoStack::undoTextChanged, this, undoIconText);
    connect(stack, &QUndoStack::redoTextChanged, this, redoIconText);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDraft);
    connect(m_editor, &BatchEditor::newDraftFromBatchRequested, this, [this] {
        if (m_session->newDraftFromOpenBatch())
            statusBar()->showMessage(tr("New draft made from the submitted batch."), 5000);
        else if (!m_session->isReadOnly())
            statusBar()->showMessage(tr("The new draft could not be saved."), 10000);
    });
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveDraft);
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submit);
    connect(m_nextProblemAction, &QAction::triggered, m_editor, &BatchEditor::goToNextProblem);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_editor->newDraftFromBatchAction());
    file->addAction(m_importAction);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentFilesMenu"));
    m_csv = new CsvFlow(m_services.settings(), m_editor, m_dialogs, this, recent);
    connect(m_csv, &CsvFlow::importRequested, this, &MainWindow::importCsv);
    connect(m_importAction, &QAction::triggered, m_csv, &CsvFlow::chooseImportFile);
    connect(m_exportAction, &QAction::triggered, m_csv, &CsvFlow::chooseExportFile);
    auto *forgetMappings = new QAction(tr("Forget remembered &column mappings"), this);
    forgetMappings->setObjectName(QStringLiteral("forgetColumnMappingsAction"));
    forgetMappings->setToolTip(tr("Imports remember the columns you matched for each kind of file; forget them "
                                  "so that the next import asks again."));
    connect(forgetMappings, &QAction::triggered, m_csv, &CsvFlow::forgetColumnMappings);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_editor->addBankRowAction());
    edit->addAction(m_editor->addWalletRowAction());
    edit->addAction(m_editor->addBankRecipientAction());
    edit->addAction(m_editor->addWalletRecipientAction());
    edit->addAction(m_editor->duplicateAction());
    edit->addAction(m_editor->deleteRowsAction());
    edit->addSeparator();
    edit->addAction(m_nextProblemAction);
    edit->addAction(m_editor->revealAction());

    QMenu *batch = menuBar()->addMenu(tr("&Batch"));
    batch->addAction(m_submitAction);

    QMenu *tools = menuBar()->addMenu(tr("&Settings"));
    tools->addAction(m_profilesAction);
    tools->addAction(forgetMappings);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_profiles);
    bar->addSeparator();
    bar->addAction(m_newAction);
    bar->addAction(m_importAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_submitAction);
}

int MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    return m_pages->addTab(page, icon, title);
}

qint64 MainWindow::currentDraftId() const
{
    return m_session->draftId();
}

DraftAutosaver *MainWindow::autosaver() const
{
    return m_session->autosaver();
}

std::optional<Profile> MainWindow::currentProfile() const
{
    return m_services.settings().profile(m_services.settings().currentProfileId());
}

void MainWindow::onProfileChanged()
{
    if (!m_session->followCurrentProfile())
        return;
    updateEnvironment();
}

void MainWindow::newDraft()
{
    m_session->newDraft();
    showDraftPage();
}

void MainWindow::showDraftPage()
{
    // Ctrl+N or Ctrl+O pressed on another page (Batches): the user wants to see the draft.
    m_pages->setCurrentIndex(m_pages->indexOf(m_sidebar->parentWidget()));
}

void MainWindow::openDraft(qint64 draftId)
{
    switch (m_session->openDraft(draftId)) {
    case DraftSession::OpenResult::Opened:
    case DraftSession::OpenResult::AlreadyOpen:
        break;
    case DraftSession::OpenResult::NotFound:
        statusBar()->showMessage(tr("The draft could not be opened."), 10000);
        break;
    case DraftSession::OpenResult::Damaged:
        m_dialogs->warning(this, QStringLiteral("draftDamagedMessage"), tr("Draft damaged"),
                           tr("The rows of this draft could not be read."));
        break;
    }
}

void MainWindow::showSessionDraft()
{
    m_editor->showModel(m_session->model());
    m_editor->setAllowedCurrencies(m_session->allowedCurrencies());
    m_editor->setReadOnly(m_session->isReadOnly());
    m_editor->setOrigin(m_session->originRequestId());
    m_session->loadBanks();
    const QString frozen = m_session->frozenRequestId();
    const std::optional<FrozenBatch> batch = frozen.isEmpty() ? std::nullopt : m_services.journal().batch(frozen);
    if (batch)
        showBatchState(frozen, batch->state);
    else
        m_editor->summaryBar()->setSubmitState(SummaryBar::SubmitState::None);
    updateActions();
    updateTitle();
}

void MainWindow::onSessionState()
{
    m_editor->setReadOnly(m_session->isReadOnly());
    updateActions();
}

bool MainWindow::saveDraft()
{
    if (m_session->isReadOnly())
        return true;
    const bool ok = m_session->save(true);
    if (ok) {
        m_editor->undoStack()->setClean();
        statusBar()->showMessage(tr("Draft saved."), 3000);
    }
    return ok;
}

void MainWindow::showBatchState(const QString &requestId, BatchState state)
{
    m_editor->summaryBar()->showBatchState(requestId, state, m_services.journal().batch(requestId));
}

void MainWindow::onEngineState(const QString &requestId, BatchState state)
{
    Q_EMIT submissionStateChanged(requestId, state);
}

void MainWindow::submit()
{
    if (m_session->isSubmitting() || m_session->isReadOnly() || !m_submitAction->isEnabled())
        return;
    // Saving, writing and recording run off the GUI thread with progress (SubmitFlow).
    m_submitFlow->start();
}

void MainWindow::requestApproval(const QString &requestId, bool frozenBefore)
{
    TeamApprovals approvals(m_services.journal());
    const std::optional<TeamApprovals::Status> status = approvals.status(requestId);
    if (frozenBefore && status && status->state != TeamApprovals::State::Open) {
        statusBar()->showMessage(tr("This draft was already frozen as %1 and its approval asked for.").arg(requestId),
                                 10000);
        return;
    }
    QString error;
    const std::optional<TeamApprovals::State> state = approvals.request(requestId, &error);
    if (!state) {
        m_dialogs->warning(this, QStringLiteral("approvalNotRequestedMessage"), tr("Approval not requested"),
                           tr("Batch %1 is frozen, but the workspace did not take the request for its approval: %2")
                               .arg(requestId, error));
        return;
    }
    statusBar()->showMessage(*state == TeamApprovals::State::Approved
                                 ? tr("Batch %1 needs no approval: an approver can send it now.").arg(requestId)
                                 : tr("Batch %1 waits for approval.").arg(requestId),
                             10000);
    Q_EMIT approvalRequested(requestId);
}

void MainWindow::updateEnvironment()
{
    const std::optional<Profile> profile = currentProfile();
    const bool production = profile && profile->environment == Profile::Environment::Production;
    m_productionBanner->setVisible(production);
    if (production)
        m_productionBanner->setText(
            tr("PRODUCTION profile \u201c%1\u201d: payouts submitted here move real money.").arg(profile->name));
    updateTitle();
}

void MainWindow::updateActions()
{
    const bool editable = !m_session->isReadOnly();
    // Drafting never needs a secret; only sending does.
    // Asking for approval sends nothing: it needs no secret either.
    const bool hasSecret = m_team || m_session->canSend();
    // The team database out of reach: editing goes on, nothing is submitted (the core refuses too).
    const QString offline = m_session->offlineReason();
    m_submitAction->setEnabled(editable && offline.isEmpty() && !m_session->isSubmitting() && hasSecret
                               && m_session->model() && m_session->model()->rowCount() > 0);
    if (!offline.isEmpty())
        m_submitAction->setToolTip(offline);
    else if (m_team)
        m_submitAction->setToolTip(tr("Review the batch and ask the team to approve it (Ctrl+Return)"));
    else
        m_submitAction->setToolTip(hasSecret ? tr("Review and submit the batch (Ctrl+Return)")
                                             : tr("Sending needs the profile's secret"));
    m_importAction->setEnabled(editable);
    m_saveAction->setEnabled(editable);
}

void MainWindow::updateTitle()
{
    const std::optional<Profile> profile = currentProfile();
    const qint64 draftId = m_session->draftId();
    const QString draft = draftId > 0 ? tr("Draft %1").arg(draftId) : tr("New draft");
    setWindowTitle(QStringLiteral("%1 \u2013 %2 \u2013 %3")
                       .arg(draft, profile ? profile->name : tr("No profile"), tr("Lesspay Payout Console")));
}

bool MainWindow::importCsv(const QString &path)
{
    if (m_session->isReadOnly())
        newDraft();
    showDraftPage();
    return m_csv->importFile(path);
}

void MainWindow::setDialogs(Dialogs *dialogs)
{
    m_dialogs = dialogs ? dialogs : m_standardDialogs.get();
    m_csv->setDialogs(m_dialogs);
    m_editor->setDialogs(m_dialogs);
    m_sidebar->setDialogs(m_dialogs);
    m_submitFlow->setDialogs(m_dialogs);
}

bool MainWindow::exportCsv(const QString &path)
{
    return m_csv->exportFile(path);
}

void MainWindow::showProfiles()
{
    auto *dialog =
        new ProfileEditorDialog(&m_services.settings(), &m_services.secretStore(), m_services.network(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDialogs(m_dialogs);
    dialog->selectProfile(m_services.settings().currentProfileId());
    connect(dialog, &QDialog::finished, this, [this] {
        // A new secret or APPID may have been saved: read it again.
        if (const std::optional<Profile> profile = currentProfile();
            profile && profile->environment != Profile::Environment::LocalSandbox)
            m_services.loadSecret(profile->id);
        updateEnvironment();
    });
    dialog->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The application tells itself, not every window, when its palette changes (a user switching
    // to a dark style while the console runs). Icons are recoloured for the palette they are
    // loaded under: load them again for the new one.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
        ThemeIcon::refresh(this);
        m_pages->setTabIcon(m_pages->indexOf(m_sidebar->parentWidget()),
                            ThemeIcon::load(QStringLiteral(":/icons/draft.svg")));
        m_sidebar->refresh();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->save();
    Settings &settings = m_services.settings();
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_editor->isReadOnly() && std::any_of(urls.cbegin(), urls.cend(), isCsv))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (isCsv(url))
            importCsv(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace Lesspay::Ui
