// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestartup.h"

#include "dialogs.h"
#include "journal/journal.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "workspacedialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace Lesspay::Ui {

WorkspaceStartup::WorkspaceStartup(const Core::ConsoleServices::Options &options, Dialogs &dialogs, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dialogs(dialogs)
{
    Q_ASSERT(options.secrets);
    connect(options.secrets, &Core::SecretStore::readFinished, this, &WorkspaceStartup::onPasswordRead);
}

WorkspaceStartup::~WorkspaceStartup() = default;

void WorkspaceStartup::start()
{
    if (!m_options.journalPath.isEmpty()) {
        open(m_options.journalPath, Core::Journal::defaultPath(), false);
        return;
    }
    const Core::Settings settings(m_options.settingsPath.isEmpty() ? Core::Settings::defaultFilePath()
                                                                   : m_options.settingsPath);
    const Core::WorkspaceSetting workspace = settings.workspace();
    if (!workspace.isTeam()) {
        open(Core::Journal::defaultPath(), Core::Journal::defaultPath(), false);
        return;
    }
    m_passwordKey = workspace.secretKey();
    m_options.secrets->readSecret(m_passwordKey);
}

void WorkspaceStartup::onPasswordRead(const QString &key, const Core::SecretResult &result, const QByteArray &secret)
{
    if (key != m_passwordKey)
        return;
    m_passwordKey.clear();
    const Core::Settings settings(m_options.settingsPath.isEmpty() ? Core::Settings::defaultFilePath()
                                                                   : m_options.settingsPath);
    const Core::WorkspaceSetting workspace = settings.workspace();
    // No saved password is not an error: a socket with peer authentication, or ~/.pgpass.
    const QString password = result.isOk() ? QString::fromUtf8(secret) : QString();
    open(workspace.journalUrl(password), workspace.displayUrl(), true);
}

void WorkspaceStartup::open(const QString &location, const QString &display, bool team)
{
    Core::ConsoleServices::Options options = m_options;
    options.journalPath = location;
    QString error;
    m_services = Core::ConsoleServices::create(options, &error);
    if (m_services) {
        Q_EMIT opened();
        return;
    }
    m_lastError = error;
    QMessageBox box(QMessageBox::Critical, tr("Lesspay Payout Console"),
                    team ? tr("The team workspace %1 could not be opened: %2").arg(display, error)
                         : tr("The journal could not be opened: %1").arg(error));
    box.setObjectName(QStringLiteral("workspaceOpenFailedBox"));
    if (team)
        box.setInformativeText(tr("Nothing was written to it. Check the workspace settings, or quit and try later."));
    QPushButton *settingsButton = box.addButton(tr("&Workspace settings…"), QMessageBox::AcceptRole);
    settingsButton->setObjectName(QStringLiteral("workspaceSettingsButton"));
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(settingsButton);
    m_dialogs.exec(box);
    if (box.clickedButton() != settingsButton) {
        Q_EMIT failed();
        return;
    }
    Core::Settings settings(m_options.settingsPath.isEmpty() ? Core::Settings::defaultFilePath()
                                                             : m_options.settingsPath);
    QString password;
    if (!WorkspaceDialog::edit(nullptr, m_dialogs, settings, *m_options.secrets, &password)) {
        Q_EMIT failed();
        return;
    }
    const Core::WorkspaceSetting workspace = settings.workspace();
    if (!workspace.isTeam()) {
        m_options.journalPath.clear();
        open(Core::Journal::defaultPath(), Core::Journal::defaultPath(), false);
    } else if (!password.isEmpty()) {
        open(workspace.journalUrl(password), workspace.displayUrl(), true);
    } else {
        m_passwordKey = workspace.secretKey();
        m_options.secrets->readSecret(m_passwordKey);
    }
}

} // namespace Lesspay::Ui
