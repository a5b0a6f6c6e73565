// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusindicators.h"

#include "journal/journal.h"
#include "journal/journalconnectionmonitor.h"
#include "profileswitcher.h"
#include "session/consoleservices.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Lesspay::Ui {

using namespace Lesspay::Core;

StatusIndicators::StatusIndicators(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_profile(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_secret(new QLabel(this))
    , m_workspace(new QLabel(this))
    , m_retry(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusIndicators"));
    m_profile->setObjectName(QStringLiteral("profileStatusLabel"));
    m_connection->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_secret->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_workspace->setObjectName(QStringLiteral("workspaceStatusLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_profile);
    layout->addWidget(m_connection);
    layout->addWidget(m_secret);
    layout->addWidget(m_retry);
    layout->addWidget(m_workspace);
    m_retry->setObjectName(QStringLiteral("retrySecretButton"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Read the secret from the keychain again (after unlocking it)"));
    m_retry->setAutoRaise(true);
    connect(m_retry, &QToolButton::clicked, this, [this] {
        const std::optional<Profile> profile = m_services.settings().profile(m_services.settings().currentProfileId());
        if (!profile)
            return;
        if (profile->environment == Profile::Environment::LocalSandbox
            && profile->id == m_services.launcher().profileId())
            m_services.launcher().retry();
        else
            m_services.loadSecret(profile->id);
    });

    Settings &settings = services.settings();
    connect(&settings, &Settings::currentProfileChanged, this, &StatusIndicators::refresh);
    connect(&settings, &Settings::profilesChanged, this, &StatusIndicators::refresh);
    connect(&services.launcher(), &LocalSandboxLauncher::stateChanged, this, &StatusIndicators::refresh);
    connect(&services.launcher(), &LocalSandboxLauncher::secretKeptInMemory, this, &StatusIndicators::refresh);
    connect(&services.launcher(), &LocalSandboxLauncher::secretUnavailable, this, &StatusIndicators::refresh);
    connect(&services, &ConsoleServices::secretStateChanged, this, &StatusIndicators::refresh);
    connect(&services.connectionMonitor(), &JournalConnectionMonitor::stateChanged, this,
            &StatusIndicators::refreshWorkspace);
    refresh();
    refreshWorkspace();
}

void StatusIndicators::refreshWorkspace()
{
    // A personal journal is a file on this computer: nothing to say about it.
    m_workspace->setVisible(m_services.journal().isServer());
    const JournalConnectionMonitor &monitor = m_services.connectionMonitor();
    const QString since =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(monitor.since()).time(), QStringLiteral("HH:mm"));
    switch (monitor.state()) {
    case JournalConnectionMonitor::State::Connected:
        m_workspace->setText(tr("Team database: connected"));
        break;
    case JournalConnectionMonitor::State::Reconnecting:
        m_workspace->setText(tr("Team database: unreachable, reconnecting\u2026 (since %1)").arg(since));
        break;
    case JournalConnectionMonitor::State::Refused:
        m_workspace->setText(tr("Team database: password refused (since %1)").arg(since));
        break;
    case JournalConnectionMonitor::State::SchemaNewer:
        m_workspace->setText(tr("Team database: upgraded by a newer console (since %1)").arg(since));
        break;
    }
    const QString reason = JournalConnectionMonitor::reason(monitor.state());
    m_workspace->setToolTip(monitor.detail().isEmpty() ? reason : reason + u'\n' + monitor.detail());
}

void StatusIndicators::refresh()
{
    const std::optional<Profile> profile = m_services.settings().profile(m_services.settings().currentProfileId());
    m_profile->setText(profile
                           ? tr("Profile: %1 (%2)").arg(profile->name, ProfileSwitcher::badgeText(profile->environment))
                           : tr("No profile"));
    m_connection->setText(connectionText());
    m_secret->setText(secretText());
    const ConsoleServices::SecretState secret =
        profile ? m_services.secretState(profile->id) : ConsoleServices::SecretState::Unknown;
    m_retry->setVisible(profile
                        && (sandboxKeychainProblem(*profile) || secret == ConsoleServices::SecretState::Missing
                            || secret == ConsoleServices::SecretState::Unavailable));
}

bool StatusIndicators::sandboxKeychainProblem(const Profile &profile) const
{
    const LocalSandboxLauncher &launcher = m_services.launcher();
    return profile.environment == Profile::Environment::LocalSandbox && profile.id == launcher.profileId()
           && launcher.secretIsEphemeral() && !launcher.lastSecretResult().isOk();
}

QString StatusIndicators::connectionText() const
{
    const std::optional<Profile> profile = m_services.settings().profile(m_services.settings().currentProfileId());
    QString text;
    if (!profile) {
        text = tr("Not connected");
    } else if (profile->environment == Profile::Environment::LocalSandbox) {
        const LocalSandboxLauncher &launcher = m_services.launcher();
        switch (launcher.state()) {
        case LocalSandboxLauncher::State::Idle:
            text = tr("Sandbox stopped");
            break;
        case LocalSandboxLauncher::State::Starting:
            text = tr("Starting the local sandbox\u2026");
            break;
        case LocalSandboxLauncher::State::Running:
            text = tr("Sandbox running at %1").arg(launcher.baseUrl().toDisplayString());
            break;
        case LocalSandboxLauncher::State::Failed:
            text = tr("Sandbox failed to start");
            break;
        }
    } else {
        text = tr("Server: %1").arg(profile->effectiveBaseUrl().host());
    }
    return text;
}

QString StatusIndicators::secretText() const
{
    const std::optional<Profile> profile = m_services.settings().profile(m_services.settings().currentProfileId());
    if (!profile)
        return {};
    QString text;
    switch (m_services.secretState(profile->id)) {
    case ConsoleServices::SecretState::Unknown:
    case ConsoleServices::SecretState::Loading:
        text = tr("Keychain: reading\u2026");
        break;
    case ConsoleServices::SecretState::Available:
        text = tr("Keychain: secret available");
        break;
    case ConsoleServices::SecretState::InMemoryOnly:
        // What is wrong with the keychain, in its words, when that is why (the store a
        // test passes is in memory by design).
        text = sandboxKeychainProblem(*profile)
                   ? tr("Keychain: %1. The local sandbox uses a new secret kept in memory for this run.")
                         .arg(m_services.launcher().lastSecretResult().message())
                   : tr("Keychain unavailable: secret kept in memory for this run only");
        break;
    case ConsoleServices::SecretState::Missing:
        text = tr("Keychain: no secret saved, or the keychain is locked");
        break;
    case ConsoleServices::SecretState::Unavailable:
        text = tr("Keychain unavailable: %1").arg(m_services.secretMessage(profile->id));
        break;
    }
    return text;
}

} // namespace Lesspay::Ui
