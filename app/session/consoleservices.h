// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/supportedbank.h"
#include "engine/engineoptions.h"
#include "secrets/secretresult.h"
#include "settings/profile.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Lesspay::Core {
class ApiClient;
class DetailValidator;
class Journal;
class JournalConnectionMonitor;
class JournalNotifier;
class LocalSandboxLauncher;
class PayeeDirectory;
class SecretStore;
class Settings;
class SubmissionEngine;

// The console's composition root: settings, journal, secret store, API clients per profile,
// the submission engine and the local sandbox launcher, built once and handed to the
// windows (no singletons). Tests build one on temporary files and an in-memory store.
class ConsoleServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleServices)

public:
    struct Options
    {
        QString settingsPath;           // empty: Settings::defaultFilePath()
        QString journalPath;            // empty: Journal::defaultPath()
        QString recoveryDir;            // empty: <AppDataLocation>/recovery (DraftRecoveryFile)
        SecretStore *secrets = nullptr; // required, not owned
        QString sandboxExecutable;      // empty: found next to the console
        QStringList sandboxArguments;   // e.g. faster review/pay delays for tests
        QString sandboxStateFile;       // empty: the launcher's default
        QString sandboxLogFile;         // empty: the launcher's default
        EngineOptions engine;
    };

    // The secret of a profile as far as this run knows it.
    enum class SecretState { Unknown, Loading, Available, Missing, Unavailable, InMemoryOnly };
    Q_ENUM(SecretState)

    static std::unique_ptr<ConsoleServices> create(const Options &options, QString *error);
    ~ConsoleServices() override;

    Settings &settings() { return *m_settings; }
    Journal &journal() { return *m_journal; }
    // Other people's changes to a shared journal (PostgreSQL); silent on SQLite.
    JournalNotifier &journalNotifier() { return *m_journalNotifier; }
    // Whether the team database is reachable; it reconnects on its own (always connected on SQLite).
    JournalConnectionMonitor &connectionMonitor() { return *m_connectionMonitor; }
    // Where the open draft's edits wait while the team database cannot take them.
    QString recoveryFilePath() const { return m_recoveryFilePath; }
    PayeeDirectory &directory() { return *m_directory; }
    // The changed-account warning's window in days: saved in the settings and applied to the
    // directory at once (the open draft's warnings follow).
    void setPayeeChangeWarningDays(int days);
    SubmissionEngine &engine() { return *m_engine; }
    LocalSandboxLauncher &launcher() { return *m_launcher; }
    SecretStore &secretStore() { return *m_secrets; }
    QNetworkAccessManager *network() const { return m_network; }

    // The validator for a profile's rules (allowed currencies, decimal overrides, extra
    // providers); it lives as long as the services.
    const DetailValidator &validatorFor(const Profile &profile);

    // The API client for a profile (by id text, as the engine asks); null for an unknown profile.
    ApiClient *clientFor(const QString &profileId);

    // The banks shipped with the console for a currency (offline completion; spec section 7).
    static QList<SupportedBank> builtinBanks(const QString &currency);

    // Reads the profile's secret in the background; secretStateChanged() tells the outcome.
    void loadSecret(const QUuid &profileId);
    SecretState secretState(const QUuid &profileId) const { return m_secretStates.value(profileId); }
    QString secretMessage(const QUuid &profileId) const { return m_secretMessages.value(profileId); }

Q_SIGNALS:
    void secretStateChanged(const QUuid &profileId, Lesspay::Core::ConsoleServices::SecretState state);

private:
    explicit ConsoleServices(QObject *parent = nullptr);
    void onSecretRead(const QString &key, const SecretResult &result, const QByteArray &secret);
    void setSecretState(const QUuid &profileId, SecretState state, const QString &message = {});
    SecretStore *storeFor(const Profile &profile) const;

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Journal> m_journal;
    PayeeDirectory *m_directory = nullptr;
    JournalNotifier *m_journalNotifier = nullptr;
    JournalConnectionMonitor *m_connectionMonitor = nullptr;
    QString m_recoveryFilePath;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    LocalSandboxLauncher *m_launcher = nullptr;
    SubmissionEngine *m_engine = nullptr;
    struct Rules
    {
        Profile profile; // what the validator was built from
        std::shared_ptr<DetailValidator> validator;
    };
    QHash<QUuid, Rules> m_validators;
    std::vector<std::shared_ptr<DetailValidator>> m_retiredValidators;
    QHash<QUuid, ApiClient *> m_clients;
    QHash<QUuid, Profile> m_clientProfiles;  // what each client was built from
    QHash<QUuid, QByteArray> m_secretValues; // in memory only, never written anywhere
    QHash<QString, QUuid> m_pendingReads;    // secret key -> profile
    QHash<QUuid, SecretState> m_secretStates;
    QHash<QUuid, QString> m_secretMessages;
};

} // namespace Lesspay::Core
