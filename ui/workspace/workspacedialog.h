// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/workspacesetting.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace Lesspay::Core {
class SecretStore;
class Settings;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class Dialogs;

// Settings → Workspace: where the journal lives, "This computer" (a file, the default) or a
// "Team database" on PostgreSQL (host or socket folder, port, database, user, CA file). The
// password goes to the system keychain (SecretStore), never to the settings file.
class WorkspaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceDialog)

public:
    WorkspaceDialog(const Core::WorkspaceSetting &setting, Dialogs &dialogs, QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    // The Settings menu's entry that opens it: "&Workspace…".
    static QString actionText();

    Core::WorkspaceSetting setting() const;
    // Empty unless a password was typed (an empty field keeps the one in the keychain).
    QString password() const;

    // Shows the dialog through `dialogs`; on OK saves the setting and writes a typed password to
    // `secrets` under the setting's key. Returns true when something was saved; `password` (when
    // given) receives the typed password, so the caller need not wait for the keychain.
    static bool edit(QWidget *parent, Dialogs &dialogs, Core::Settings &settings, Core::SecretStore &secrets,
                     QString *password = nullptr);

private:
    void chooseCaFile();
    void updateState();

    Dialogs &m_dialogs;
    QRadioButton *m_thisComputer;
    QRadioButton *m_team;
    QWidget *m_teamFields;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace Lesspay::Ui
