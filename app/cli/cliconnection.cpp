// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliconnection.h"

#include "api/apiclient.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "secrets/keychainsecretstore.h"
#include "settings/profileconfig.h"
#include "settings/settings.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace Lesspay::Cli {

using namespace Lesspay::Core;

CliConnection::CliConnection() = default;

CliConnection::~CliConnection()
{
    // The engine and the client refer to the journal and the network manager: they go first.
    delete m_engine;
    delete m_client;
    delete m_network;
    m_secret.fill('\0');
}

std::unique_ptr<Journal> CliConnection::openJournal(const QString &path, QString *error)
{
    return Journal::open(path.isEmpty() ? Journal::defaultPath() : path, error);
}

bool CliConnection::open(const Options &options, QString *error)
{
    if (!resolveProfile(options, error))
        return false;
    if (!resolveSecret(options, error))
        return false;
    m_journal = openJournal(options.journalPath, error);
    if (!m_journal)
        return false;
    m_network = new QNetworkAccessManager;
    const ApiClient::Config config = ProfileConfig::client(m_profile, options.timeout);
    m_client = new ApiClient(m_network, config, [this] { return m_secret; });
    const QString key = m_profileKey;
    ApiClient *client = m_client;
    // Batches of other profiles in the same journal are left alone.
    m_engine = new SubmissionEngine(
        *m_journal, [key, client](const QString &profileId) { return profileId == key ? client : nullptr; },
        options.engine);
    return true;
}

bool CliConnection::resolveProfile(const Options &options, QString *error)
{
    Settings settings(options.settingsPath.isEmpty() ? Settings::defaultFilePath() : options.settingsPath);
    std::optional<Profile> found;
    const QUuid asId = QUuid::fromString(options.profile);
    for (const Profile &p : settings.profiles()) {
        if ((!asId.isNull() && p.id == asId) || p.name == options.profile) {
            found = p;
            break;
        }
    }
    if (found) {
        m_profile = *found;
        m_profileKey = m_profile.id.toString(QUuid::WithoutBraces);
    } else if (options.baseUrl.isValid() && !options.appId.isEmpty()) {
        // Automation without the console's settings: the label names the batches' profile.
        m_profile = Profile::create(options.profile, Profile::Environment::Custom);
        m_profileKey = options.profile.isEmpty() ? QStringLiteral("cli") : options.profile;
    } else {
        *error =
            tr("no profile named \"%1\"; use a profile of the console, or --base-url and --appid").arg(options.profile);
        return false;
    }
    if (options.baseUrl.isValid()) {
        m_profile.baseUrl = options.baseUrl;
        if (m_profile.environment == Profile::Environment::LesspayUat
            || m_profile.environment == Profile::Environment::LocalSandbox)
            m_profile.environment = Profile::Environment::Custom;
    }
    if (!options.appId.isEmpty())
        m_profile.appId = options.appId;
    if (!m_profile.effectiveBaseUrl().isValid() || m_profile.appId.isEmpty()) {
        *error = tr("the profile has no base URL or APPID");
        return false;
    }
    return true;
}

bool CliConnection::resolveSecret(const Options &options, QString *error)
{
    const QList<QByteArray> variables{options.secretEnv.toLocal8Bit(), QByteArray(SecretVariable)};
    for (const QByteArray &variable : variables) {
        if (!variable.isEmpty() && qEnvironmentVariableIsSet(variable.constData())) {
            m_secret = qgetenv(variable.constData());
            m_secretFromEnvironment = true;
            if (m_secret.isEmpty()) {
                *error = tr("%1 is empty").arg(QString::fromLocal8Bit(variable));
                return false;
            }
            return true;
        }
    }
    if (!m_profile.hasSavedSecret()) {
        *error = tr("no secret: store it with the console, or set %1 (less safe)").arg(QLatin1String(SecretVariable));
        return false;
    }
    KeychainSecretStore store(options.keychainService.isEmpty() ? defaultKeychainService() : options.keychainService);
    QEventLoop loop;
    SecretResult result = SecretResult::unavailable(tr("no answer"));
    QObject::connect(&store, &SecretStore::readFinished, &loop,
                     [&](const QString &, const SecretResult &r, const QByteArray &secret) {
                         result = r;
                         m_secret = secret;
                         loop.quit();
                     });
    store.readSecret(m_profile.secretKey());
    // A command-line tool may wait here: there is no window to keep responsive.
    loop.exec();
    if (!result.isOk() || m_secret.isEmpty()) {
        *error = tr("cannot read the secret from the keychain: %1").arg(result.message());
        return false;
    }
    return true;
}

} // namespace Lesspay::Cli
