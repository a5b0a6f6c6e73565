// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotconsole.h"

#include "mainwindow.h"
#include "session/consoleservices.h"
#include "settings/localsandboxlauncher.h"
#include "settings/sandboxprocess.h"

#include <QDeadlineTimer>
#include <QTest>

namespace Lesspay::Ui {

ScreenshotConsole::ScreenshotConsole(const QString &sandboxExecutable)
{
    Core::ConsoleServices::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    options.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
    options.secrets = &m_secrets;
    options.sandboxExecutable = sandboxExecutable;
    options.sandboxStateFile = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = m_dir.filePath(QStringLiteral("sandbox.log"));
    m_services = Core::ConsoleServices::create(options, &m_error);
    if (!m_services) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the console's services could not be made");
        return;
    }
    m_error.clear();
    m_window = std::make_unique<MainWindow>(*m_services);
}

ScreenshotConsole::~ScreenshotConsole()
{
    m_window.reset();
    if (!m_services)
        return;
    m_services->launcher().stop();
    waitFor([this] { return !m_services->launcher().process()->isRunning(); }, 5000);
}

bool ScreenshotConsole::start()
{
    m_window->resize(1360, 760);
    m_window->show();
    m_window->start();
    if (waitFor([this] { return m_services->launcher().state() == Core::LocalSandboxLauncher::State::Running; }, 15000))
        return true;
    qWarning("the sandbox did not start");
    return false;
}

bool ScreenshotConsole::waitFor(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(20);
    return condition();
}

} // namespace Lesspay::Ui
