// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretresult.h"
#include "session/consoleservices.h"

#include <QObject>

#include <memory>

class QWidget;

namespace Lesspay::Ui {

class Dialogs;

// Opens the console's journal from the workspace setting before any window exists: the local
// file, or the team's database with its password read from the keychain in the background (the
// GUI thread never waits on it). When the journal cannot be opened (server unreachable, password
// refused, a schema newer than this console) it says why, that nothing was written, and offers
// the workspace settings or quitting.
class WorkspaceStartup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceStartup)

public:
    // options.settingsPath and options.secrets say where the setting and the password are; the
    // journal location is taken from the setting unless options.journalPath names one.
    WorkspaceStartup(const Core::ConsoleServices::Options &options, Dialogs &dialogs, QObject *parent = nullptr);
    ~WorkspaceStartup() override;

    // Starts; opened() or failed() follows, possibly before this returns.
    void start();
    std::unique_ptr<Core::ConsoleServices> takeServices() { return std::move(m_services); }
    QString lastError() const { return m_lastError; }

signals:
    void opened();
    void failed(); // the person chose to quit

private:
    void onPasswordRead(const QString &key, const Core::SecretResult &result, const QByteArray &secret);
    void open(const QString &location, const QString &display, bool team);

    Core::ConsoleServices::Options m_options;
    Dialogs &m_dialogs;
    QString m_passwordKey;
    std::unique_ptr<Core::ConsoleServices> m_services;
    QString m_lastError;
};

} // namespace Lesspay::Ui
