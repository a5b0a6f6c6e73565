// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretresult.h"
#include "settings/connectiontester.h"
#include "settings/profile.h"

#include <QDialog>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ui {
class ProfileEditorDialog;
}

namespace Lesspay::Core {
class SecretStore;
class Settings;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class Dialogs;

// Add, edit and remove profiles. The secret is typed into a password field, handed to the
// SecretStore and forgotten; afterwards only "saved" and the date are shown.
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorDialog)

public:
    // settings, store and network must outlive the dialog.
    ProfileEditorDialog(Core::Settings *settings, Core::SecretStore *store, QNetworkAccessManager *network,
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    void selectProfile(const QUuid &id);
    QUuid selectedProfileId() const;
    // Asked before a profile is removed; the default asks with a message box. Tests answer here.
    void setRemoveConfirmation(std::function<bool(const QString &profileName)> confirm);
    // Where the default confirmation asks (the console window's seam); must outlive the dialog.
    void setDialogs(Dialogs *dialogs);

    void done(int result) override;

private:
    void reloadList(const QUuid &select);
    void onCurrentRowChanged(int row);
    void loadProfile(const std::optional<Core::Profile> &profile);
    Core::Profile profileFromFields() const;
    bool applyEdits();
    void markDirty();
    void updateEnvironmentUi();
    void updateSecretStatus();
    void updateProblems();

    void addProfile();
    void removeProfile();
    void beginSetSecret();
    void saveSecret();
    void cancelSecret();
    void testConnection();
    void onSecretWritten(const QString &key, const Core::SecretResult &result);
    void onTestFinished(Core::ConnectionTester::Outcome outcome, const QString &message);

    std::unique_ptr<::Ui::ProfileEditorDialog> m_ui;
    Core::Settings *m_settings;
    Core::SecretStore *m_store;
    Core::ConnectionTester m_tester;
    std::optional<Core::Profile> m_loaded;
    std::function<bool(const QString &)> m_confirmRemove;
    std::unique_ptr<Dialogs> m_standardDialogs;
    Dialogs *m_dialogs = nullptr;
    QString m_pendingSecretKey;
    QUuid m_pendingSecretProfile;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace Lesspay::Ui
