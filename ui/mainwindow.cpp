// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "api/apiclient.h"
#include "batcheditor.h"
#include "batchtableview.h"
#include "consoleservices.h"
#include "csvflow.h"
#include "domain/detailvalidator.h"
#include "draftautosaver.h"
#include "engine/submissionengine.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journalsidebar.h"
#include "models/batchmodel.h"
#include "models/priorpaymentchecker.h"
#include "moneytext.h"
#include "profiles/profileeditordialog.h"
#include "profileswitcher.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"
#include "statusindicators.h"
#include "submitreviewdialog.h"
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
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Lesspay::Ui {

using namespace Lesspay::Core;

namespace {

bool isCsv(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_fallbackValidator(std::make_unique<DetailValidator>(ReferenceData::builtin()))
    , m_editor(new BatchEditor(*m_fallbackValidator, this))
    , m_autosaver(new DraftAutosaver(services.journal(), this))
    , m_sidebar(new JournalSidebar(services.journal(), this))
    , m_profiles(new ProfileSwitcher(services.settings(), this))
    , m_pages(new QTabWidget(this))
    , m_productionBanner(new QLabel(this))
    , m_indicators(new StatusIndicators(services, this))
    , m_reviewRunner([](SubmitReviewDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
{
    setObjectName(QStringLiteral("mainWindow"));
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
    connect(m_autosaver, &DraftAutosaver::saved, this, [this](qint64 id) {
        m_sidebar->setCurrentDraft(id);
        m_sidebar->refresh();
    });
    connect(m_autosaver, &DraftAutosaver::failed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Not saved: %1").arg(message), 10000); });
    connect(m_sidebar, &JournalSidebar::draftActivated, this, &MainWindow::openDraft);
    connect(m_sidebar, &JournalSidebar::batchActivated, this, &MainWindow::batchActivated);

    SubmissionEngine &engine = m_services.engine();
    connect(&engine, &SubmissionEngine::stateChanged, this, &MainWindow::onEngineState);
    connect(&engine, &SubmissionEngine::settled, this, &MainWindow::onEngineState);
    connect(&engine, &SubmissionEngine::batchChanged, m_sidebar, &JournalSidebar::refresh);

    LocalSandboxLauncher &launcher = m_services.launcher();
    connect(&launcher, &LocalSandboxLauncher::stateChanged, this, &MainWindow::updateActions);
    connect(&launcher, &LocalSandboxLauncher::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("The local sandbox could not start: %1").arg(reason), 15000);
    });
    connect(&m_services, &ConsoleServices::secretStateChanged, this, &MainWindow::updateActions);

    resize(1280, 800);
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    updateEnvironment();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_autosaver->flush();
    m_autosaver->stop();
    // Children die after this destructor has run; what they (and the services) still emit
    // must not reach this half-destroyed window.
    const QList<QObject *> senders = {m_editor->undoStack(),
                                      m_editor,
                                      m_autosaver,
                                      m_sidebar,
                                      m_csv,
                                      &m_services,
                                      &m_services.engine(),
                                      &m_services.launcher(),
                                      &m_services.settings()};
    for (QObject *sender : senders)
        sender->disconnect(this);
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
    m_importAction = make(QStringLiteral("importCsvAction"), QStringLiteral(":/icons/import.svg"),
                          tr("&Import CSV\u2026"), QKeySequence::Open);
    m_exportAction = make(QStringLiteral("exportCsvAction"), QStringLiteral(":/icons/export.svg"),
                          tr("&Export CSV\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAction =
        make(QStringLiteral("saveAction"), QStringLiteral(":/icons/save.svg"), tr("&Save"), QKeySequence::Save);
    m_submitAction = make(QStringLiteral("submitAction"), QStringLiteral(":/icons/submit.svg"), tr("S&ubmit\u2026"),
                          QKeySequence(Qt::CTRL | Qt::Key_Return));
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
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveDraft);
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submit);
    connect(m_nextProblemAction, &QAction::triggered, m_editor, &BatchEditor::goToNextProblem);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_importAction);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentFilesMenu"));
    m_csv = new CsvFlow(m_services.settings(), m_editor, this, recent);
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
    return m_autosaver->draftId();
}

std::optional<Profile> MainWindow::currentProfile() const
{
    return m_services.settings().profile(m_services.settings().currentProfileId());
}

const DetailValidator &MainWindow::currentValidator()
{
    const std::optional<Profile> profile = currentProfile();
    return profile ? m_services.validatorFor(*profile) : *m_fallbackValidator;
}

void MainWindow::onProfileChanged()
{
    const std::optional<Profile> profile = currentProfile();
    if (m_hasDraft && profile && profile->id == m_profileId)
        return;
    m_autosaver->flush();
    m_profileId = profile ? profile->id : QUuid();
    m_sidebar->setProfile(profile ? profile->id.toString(QUuid::WithoutBraces) : QString());
    if (profile && m_services.secretState(profile->id) == ConsoleServices::SecretState::Unknown
        && profile->environment != Profile::Environment::LocalSandbox)
        m_services.loadSecret(profile->id);
    updateEnvironment();
    openLatestDraftOrNew();
}

void MainWindow::openLatestDraftOrNew()
{
    const QString profileId = m_profileId.toString(QUuid::WithoutBraces);
    const QList<DraftRecord> drafts = DraftStore(m_services.journal()).list();
    const DraftRecord *latest = nullptr;
    for (const DraftRecord &draft : drafts) {
        if (draft.profileId == profileId && draft.frozenRequestId.isEmpty()
            && (!latest || draft.updatedAt > latest->updatedAt))
            latest = &draft;
    }
    if (latest)
        openDraft(latest->id);
    else
        newDraft();
}

void MainWindow::newDraft()
{
    m_autosaver->flush();
    const std::optional<Profile> profile = currentProfile();
    BatchHeader header;
    header.requestId = RequestId::generate();
    const QStringList currencies = profile ? profile->allowedCurrencies : Profile::defaultCurrencies();
    header.currency = currencies.value(0);
    if (profile) {
        header.wayType = profile->wayType;
        header.wayCode = profile->wayCode;
        header.notifyUrl = profile->notifyUrl;
    }
    m_editor->openBatch(currentValidator(), header, {});
    attachPriorPaymentChecker();
    loadBanks();
    m_editor->setAllowedCurrencies(currencies);
    m_editor->setReadOnly(false);
    showDraftState({});
    // Saved on its first change: an untouched new draft leaves nothing behind.
    // The draft belongs to the profile it was made for (the one the window shows).
    m_profileId = profile ? profile->id : QUuid();
    m_autosaver->track(m_editor->model(), 0, m_profileId.toString(QUuid::WithoutBraces));
    m_sidebar->setCurrentDraft(0);
    m_hasDraft = true;
    updateActions();
    updateTitle();
}

void MainWindow::openDraft(qint64 draftId)
{
    if (draftId == m_autosaver->draftId() && m_editor->model())
        return;
    m_autosaver->flush();
    const std::optional<DraftRecord> draft = DraftStore(m_services.journal()).load(draftId);
    if (!draft) {
        statusBar()->showMessage(tr("The draft could not be opened."), 10000);
        return;
    }
    const std::optional<QList<PayoutDetail>> rows = DraftCodec::decodeRows(draft->rows);
    if (!rows) {
        QMessageBox::warning(this, tr("Draft damaged"), tr("The rows of this draft could not be read."));
        return;
    }
    m_editor->openBatch(currentValidator(), draft->header, *rows);
    attachPriorPaymentChecker();
    loadBanks();
    m_editor->setAllowedCurrencies(currentProfile() ? currentProfile()->allowedCurrencies
                                                    : Profile::defaultCurrencies());
    const bool frozen = !draft->frozenRequestId.isEmpty();
    m_editor->setReadOnly(frozen);
    m_autosaver->stop();
    if (!frozen)
        m_autosaver->track(m_editor->model(), draft->id, draft->profileId);
    showDraftState(draft->frozenRequestId);
    m_sidebar->setCurrentDraft(draft->id);
    m_hasDraft = true;
    updateActions();
    updateTitle();
}

bool MainWindow::saveDraft()
{
    if (m_editor->isReadOnly())
        return true;
    const bool ok = m_autosaver->flush(true);
    if (ok) {
        m_editor->undoStack()->setClean();
        statusBar()->showMessage(tr("Draft saved."), 3000);
    }
    return ok;
}

void MainWindow::showDraftState(const QString &frozenRequestId)
{
    m_frozenRequestId = frozenRequestId;
    if (frozenRequestId.isEmpty()) {
        m_editor->summaryBar()->setSubmitState(SummaryBar::SubmitState::None);
        return;
    }
    if (const std::optional<FrozenBatch> batch = m_services.journal().batch(frozenRequestId))
        onEngineState(frozenRequestId, batch->state);
}

void MainWindow::onEngineState(const QString &requestId, BatchState state)
{
    m_sidebar->refresh();
    Q_EMIT submissionStateChanged(requestId, state);
    if (requestId != m_frozenRequestId)
        return;
    m_editor->summaryBar()->showBatchState(requestId, state, m_services.journal().batch(requestId));
    if (BatchStates::isSettled(state) || state == BatchState::Unknown) {
        m_submitting = false;
        updateActions();
    }
}

void MainWindow::submit()
{
    if (m_submitting || m_editor->isReadOnly() || !m_submitAction->isEnabled())
        return;
    const std::optional<Profile> profile = currentProfile();
    BatchModel *model = m_editor->model();
    if (!profile || !model)
        return;
    if (!model->batch().isSendable()) {
        statusBar()->showMessage(tr("The batch has problems to fix before it can be sent."), 8000);
        m_editor->goToNextProblem();
        return;
    }
    if (!m_autosaver->flush(true)) {
        QMessageBox::warning(this, tr("Not submitted"), tr("The draft could not be saved, so it was not sent."));
        return;
    }
    SubmitReviewDialog dialog(model->batch(), model->decimals(), *profile, this);
    if (!m_reviewRunner(dialog))
        return;

    m_submitting = true;
    updateActions();
    const qint64 draftId = m_autosaver->draftId();
    // From here on the draft is the frozen batch: no more edits reach it.
    m_autosaver->stop();
    m_editor->setReadOnly(true);
    const SubmissionEngine::SubmitResult result =
        m_services.engine().submit(draftId, profile->id.toString(QUuid::WithoutBraces), model->batch());
    if (!result.ok) {
        m_submitting = false;
        m_editor->setReadOnly(false);
        m_autosaver->track(model, draftId, profile->id.toString(QUuid::WithoutBraces));
        updateActions();
        QMessageBox::warning(this, tr("Not submitted"), result.error);
        return;
    }
    if (result.alreadySubmitted)
        statusBar()->showMessage(tr("This draft was already submitted as %1.").arg(result.batch.requestId), 10000);
    else if (!result.error.isEmpty())
        statusBar()->showMessage(result.error, 10000);
    m_sidebar->refresh();
    showDraftState(result.batch.requestId);
}

void MainWindow::attachPriorPaymentChecker()
{
    BatchModel *model = m_editor->model();
    const Batch &batch = model->batch();
    auto checker =
        std::make_unique<PriorPaymentChecker>(m_services.journal(), model->validator(),
                                              m_services.settings().duplicateWarningDays(), batch.header().requestId);
    checker->prime(model->details(), batch.header().currency);
    PriorPaymentChecker *raw = checker.get();
    model->setPriorPaymentLookup(
        [raw](const PayoutDetail &detail, const QString &currency) { return raw->check(detail, currency); });
    m_priorPayments = std::move(checker);
}

void MainWindow::loadBanks()
{
    // Built-in names first, so completion works offline; the server's list replaces them when
    // the profile can ask (spec section 7: the console works without that call).
    const QString currency = m_editor->model()->batch().header().currency;
    const QList<SupportedBank> builtin = ConsoleServices::builtinBanks(currency);
    m_editor->setBanks(builtin);

    const std::optional<Profile> profile = currentProfile();
    const QString country = builtin.isEmpty() ? QString() : builtin.first().countryCode;
    const ConsoleServices::SecretState secret =
        profile ? m_services.secretState(profile->id) : ConsoleServices::SecretState::Unknown;
    if (!profile || country.isEmpty()
        || (secret != ConsoleServices::SecretState::Available && secret != ConsoleServices::SecretState::InMemoryOnly))
        return;
    ApiClient *client = m_services.clientFor(profile->id.toString(QUuid::WithoutBraces));
    if (!client)
        return;
    ApiCall *call = client->supportedBanks(currency, country);
    connect(call, &ApiCall::finished, this, [this, currency](const ApiResult &result) {
        const QList<SupportedBank> banks =
            result.ok() ? SupportedBank::listFromJson(result.data) : QList<SupportedBank>();
        if (!banks.isEmpty() && m_editor->model()->batch().header().currency == currency)
            m_editor->setBanks(banks);
    });
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
    const std::optional<Profile> profile = currentProfile();
    const bool editable = !m_editor->isReadOnly();
    const bool hasSecret = profile
                           && (m_services.secretState(profile->id) == ConsoleServices::SecretState::Available
                               || m_services.secretState(profile->id) == ConsoleServices::SecretState::InMemoryOnly);
    // Drafting never needs a secret; only sending does.
    m_submitAction->setEnabled(editable && !m_submitting && hasSecret && m_editor->model()->rowCount() > 0);
    m_submitAction->setToolTip(hasSecret ? tr("Review and submit the batch (Ctrl+Return)")
                                         : tr("Sending needs the profile's secret"));
    m_importAction->setEnabled(editable);
    m_saveAction->setEnabled(editable);
}

void MainWindow::updateTitle()
{
    const std::optional<Profile> profile = currentProfile();
    const QString draft = m_autosaver->draftId() > 0 ? tr("Draft %1").arg(m_autosaver->draftId()) : tr("New draft");
    setWindowTitle(QStringLiteral("%1 \u2013 %2 \u2013 %3")
                       .arg(draft, profile ? profile->name : tr("No profile"), tr("Lesspay Payout Console")));
}

bool MainWindow::importCsv(const QString &path)
{
    if (m_editor->isReadOnly())
        newDraft();
    return m_csv->importFile(path, currentValidator());
}

void MainWindow::setImportPrompts(RecipientCsv::Prompts prompts)
{
    m_csv->setPrompts(std::move(prompts));
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
    m_autosaver->flush();
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
