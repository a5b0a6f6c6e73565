// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineoptions.h"
#include "settings/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Lesspay::Core {
class ApiClient;
class Journal;
class SubmissionEngine;
} // namespace Lesspay::Core

namespace Lesspay::Cli {

// Everything a CLI command needs to talk to Lesspay: the journal, the profile (from the
// console's settings, or given on the command line for automation), its secret (keychain,
// or an environment variable) and a SubmissionEngine bound to that one profile.
class CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    struct Options
    {
        QString profile;     // a profile name or id from the settings, or a label with baseUrl/appId
        QUrl baseUrl;        // overrides the profile's
        QString appId;       // overrides the profile's
        QString journalPath; // empty: the console's journal
        QString settingsPath;
        QString secretEnv; // variable holding the secret; LESSPAY_APP_SECRET is tried as well
        QString keychainService;
        std::chrono::milliseconds timeout{15000};
        Core::EngineOptions engine;
    };

    static constexpr const char *SecretVariable = "LESSPAY_APP_SECRET";
    // The service under which the console keeps secrets (its desktop id, ui/about/appicon.cpp).
    static QString defaultKeychainService() { return QStringLiteral("com.lesspay.PayoutConsole"); }

    CliConnection();
    ~CliConnection();

    static std::unique_ptr<Core::Journal> openJournal(const QString &path, QString *error);

    bool open(const Options &options, QString *error);

    Core::Journal &journal() { return *m_journal; }
    Core::SubmissionEngine &engine() { return *m_engine; }
    const Core::Profile &profile() const { return m_profile; }
    // The profile id batches are recorded under.
    QString profileKey() const { return m_profileKey; }
    bool secretFromEnvironment() const { return m_secretFromEnvironment; }

private:
    bool resolveProfile(const Options &options, QString *error);
    bool resolveSecret(const Options &options, QString *error);

    std::unique_ptr<Core::Journal> m_journal;
    QNetworkAccessManager *m_network = nullptr;
    Core::ApiClient *m_client = nullptr;
    Core::SubmissionEngine *m_engine = nullptr;
    Core::Profile m_profile;
    QString m_profileKey;
    QByteArray m_secret;
    bool m_secretFromEnvironment = false;
};

} // namespace Lesspay::Cli
