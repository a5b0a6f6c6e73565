// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Lesspay::Core {
class ConsoleServices;
struct Profile;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

// The permanent part of the status bar: the current profile, the connection (the local
// sandbox's state, or the server's host) and where the profile's secret stands in the
// keychain; in a team workspace, whether the team database is connected. It follows the
// services on its own.
class StatusIndicators final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    explicit StatusIndicators(Core::ConsoleServices &services, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    QString connectionText() const;
    QString secretText() const;
    void refreshWorkspace();
    // The local sandbox runs on an in-memory secret because the keychain failed.
    bool sandboxKeychainProblem(const Core::Profile &profile) const;

    Core::ConsoleServices &m_services;
    QLabel *m_profile;
    QLabel *m_connection;
    QLabel *m_secret;
    QLabel *m_workspace;  // team workspaces only
    QToolButton *m_retry; // the keychain was locked: ask it again, never overwrite
};

} // namespace Lesspay::Ui
