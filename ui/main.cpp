// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/appicon.h"
#include "about/helpmenu.h"
#include "batcheditor.h"
#include "batchespage.h"
#include "dialogs.h"
#include "directorytab.h"
#include "firstrun/firstrunpage.h"
#include "i18n/languagemenu.h"
#include "i18n/translationloader.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "models/batchmodel.h"
#include "secrets/keychainsecretstore.h"
#include "session/consoleservices.h"
#include "session/draftsession.h"
#include "settings/settings.h"
#include "workspace/approvalspage.h"
#include "workspace/workspacedialog.h"
#include "workspace/workspacestartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

using namespace Lesspay;

namespace {

std::unique_ptr<Ui::MainWindow> buildConsole(Core::ConsoleServices &services)
{
    auto owned = std::make_unique<Ui::MainWindow>(services);
    Ui::MainWindow *window = owned.get();
    Ui::BatchesPage::add(*window, services);
    // The recipient directory: its page, the editor's link to it and its warning setting.
    Ui::DirectoryTab::add(*window, services);
    // A team workspace: what waits for my approval, and the approved batches to send.
    if (services.journal().isTeamWorkspace()) {
        auto *approvals = new Ui::ApprovalsPage(services, window->dialogs(), window);
        window->addPage(approvals, QIcon(QStringLiteral(":/icons/ok.svg")), Ui::ApprovalsPage::tabTitle());
        QObject::connect(window, &Ui::MainWindow::approvalRequested, approvals, &Ui::ApprovalsPage::reload);
    }

    // The welcome page: the first tab on the first start (no profile yet), and from Help at any time.
    const bool firstStart = services.settings().profiles().isEmpty();
    auto *welcome = new Ui::FirstRunPage(services.settings().filePath(), window);
    welcome->hide();
    const auto showWelcome = [window, welcome] {
        int index = window->pages()->indexOf(welcome);
        if (index < 0)
            index = window->addPage(welcome, Ui::AppIcon::icon(), Ui::FirstRunPage::tabTitle());
        window->pages()->setCurrentIndex(index);
    };
    const auto trigger = [window](const char *action) {
        if (auto *found = window->findChild<QAction *>(QLatin1StringView(action)))
            found->trigger();
    };
    QObject::connect(welcome, &Ui::FirstRunPage::sandboxRequested, window,
                     [window] { window->pages()->setCurrentIndex(0); });
    QObject::connect(welcome, &Ui::FirstRunPage::addProfileRequested, window, [trigger] { trigger("profilesAction"); });
    // The template is the export of an empty draft: the header row alone.
    QObject::connect(welcome, &Ui::FirstRunPage::csvTemplateRequested, window, [window, trigger] {
        window->pages()->setCurrentIndex(0);
        if (window->editor()->model()->rowCount() > 0)
            trigger("newDraftAction");
        trigger("exportCsvAction");
    });

    // Help (welcome page, About) in the menu bar; Language beside Profiles in the Settings menu.
    auto *help = new Ui::HelpMenu(window);
    window->menuBar()->addMenu(help);
    QObject::connect(help, &Ui::HelpMenu::welcomeRequested, window, showWelcome);
    auto *language = new Ui::LanguageMenu(services.settings(), window);
    QObject::connect(language, &Ui::LanguageMenu::languageChosen, window,
                     [window] { window->statusBar()->showMessage(Ui::LanguageMenu::restartHint(), 10000); });
    if (auto *profiles = window->findChild<QAction *>(QStringLiteral("profilesAction"))) {
        for (QObject *owner : profiles->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner))
                menu->addMenu(language);
        }
    }

    // Settings → Workspace: this computer or a team database, from the next start.
    auto *workspace = new QAction(Ui::WorkspaceDialog::actionText(), window);
    workspace->setObjectName(QStringLiteral("workspaceAction"));
    QObject::connect(workspace, &QAction::triggered, window, [window, &services] {
        if (Ui::WorkspaceDialog::edit(window, *window->dialogs(), services.settings(), services.secretStore()))
            window->statusBar()->showMessage(
                QCoreApplication::translate("main", "The console opens the chosen journal when it starts again."),
                10000);
    });
    if (auto *profiles = window->findChild<QAction *>(QStringLiteral("profilesAction"))) {
        for (QObject *owner : profiles->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner))
                menu->addAction(workspace);
        }
    }

    window->show();
    if (firstStart)
        showWelcome();
    window->start();
    return owned;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lesspay"));
    QApplication::setOrganizationDomain(QStringLiteral("lesspay.com"));
    QApplication::setApplicationName(QStringLiteral("Lesspay Payout Console"));
    QApplication::setApplicationVersion(QStringLiteral(LESSPAY_VERSION));
    QApplication::setDesktopFileName(Ui::AppIcon::desktopId());
    QApplication::setWindowIcon(Ui::AppIcon::icon());

    Core::TranslationLoader translations(app);
    {
        // The language override lives in the settings; read it before any window exists.
        Core::Settings settings(Core::Settings::defaultFilePath());
        translations.install(Core::TranslationLoader::resolveLocale(settings.languageOverride()));
    }

    // --help and --version answer and exit before the journal, the keychain or the sandbox is touched.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Prepare, submit and track Lesspay payout batches."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The secret store is QtKeychain only: no plaintext fallback, ever.
    Core::KeychainSecretStore secrets(Ui::AppIcon::desktopId());
    Core::ConsoleServices::Options options;
    options.secrets = &secrets;
    // The journal named by the workspace setting: this computer's file, or the team's database
    // with its password from the keychain (read in the background).
    Ui::Dialogs dialogs;
    Ui::WorkspaceStartup startup(options, dialogs);
    std::unique_ptr<Core::ConsoleServices> services;
    std::unique_ptr<Ui::MainWindow> window;
    QObject::connect(
        &startup, &Ui::WorkspaceStartup::failed, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    QObject::connect(&startup, &Ui::WorkspaceStartup::opened, &app, [&] {
        services = startup.takeServices();
        window = buildConsole(*services);
    });
    startup.start();
    return QApplication::exec();
}
