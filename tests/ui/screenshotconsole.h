// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/memorysecretstore.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Lesspay::Core {
class ConsoleServices;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class MainWindow;

// The console the screenshot programs photograph: settings, journal and secrets in a temporary
// folder, the real sandbox, the window at the README's size. Translations are installed before
// it is made, so that the window is built in the language of the pictures.
class ScreenshotConsole
{
public:
    explicit ScreenshotConsole(const QString &sandboxExecutable);
    ~ScreenshotConsole(); // closes the window, then stops the sandbox
    ScreenshotConsole(const ScreenshotConsole &) = delete;
    ScreenshotConsole &operator=(const ScreenshotConsole &) = delete;

    // Why the console could not be made; empty when it was.
    const QString &error() const { return m_error; }
    Core::ConsoleServices &services() const { return *m_services; }
    MainWindow &window() const { return *m_window; }

    // Shows and starts the window; false (with a warning) when the sandbox did not start in time.
    bool start();

    // Spins the event loop until the condition holds or `ms` have passed.
    static bool waitFor(const std::function<bool()> &condition, int ms);

private:
    QTemporaryDir m_dir;
    Core::MemorySecretStore m_secrets;
    QString m_error;
    std::unique_ptr<Core::ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Lesspay::Ui
