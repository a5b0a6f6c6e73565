// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleservices.h"

#include "api/apiclient.h"
#include "directory/payeedirectory.h"
#include "domain/detailvalidator.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "journal/journalconnectionmonitor.h"
#include "journal/journalnotifier.h"
#include "secrets/secretstore.h"
#include "session/draftrecoveryfile.h"
#include "settings/localsandboxlauncher.h"
#include "settings/profileconfig.h"
#include "settings/settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Lesspay::Core {

ConsoleServices::ConsoleServices(QObject *parent)
    : QObject(parent)
{}

ConsoleServices::~ConsoleServices()
{
    // The engine and clients refer to the journal and the network manager: they go first.
    delete m_engine;
    delete m_directory;
    delete m_journalNotifier;
    delete m_connectionMonitor;
    qDeleteAll(m_clients);
    m_clients.clear();
    delete m_launcher;
    for (QByteArray &secret : m_secretValues)
        secret.fill('\0');
}

std::unique_ptr<ConsoleServices> ConsoleServices::create(const Options &options, QString *error)
{
    Q_ASSERT(options.secrets);
    std::unique_ptr<ConsoleServices> services(new ConsoleServices);
    services->m_settings =
        std::make_unique<Settings>(options.settingsPath.isEmpty() ? Settings::defaultFilePath() : options.settingsPath);
    services->m_journal =
        Journal::open(options.journalPath.isEmpty() ? Journal::defaultPath() : options.journalPath, error);
    if (!services->m_journal)
        return nullptr;
    services->m_journalNotifier = new JournalNotifier(*services->m_journal, services.get());
    services->m_connectionMonitor = new JournalConnectionMonitor(*services->m_journal, services.get());
    connect(services->m_connectionMonitor, &JournalConnectionMonitor::reconnected, services->m_journalNotifier,
            &JournalNotifier::resubscribe);
    services->m_connectionMonitor->watchSocket();
    services->m_recoveryFilePath = DraftRecoveryFile::pathFor(
        options.journalPath.isEmpty() ? Journal::defaultPath() : options.journalPath, options.recoveryDir);
    services->m_directory = new PayeeDirectory(*services->m_journal, services.get());
    services->m_directory->setChangeWindowDays(services->m_settings->payeeChangeWarningDays());
    services->m_secrets = options.secrets;
    services->m_network = new QNetworkAccessManager(services.get());

    services->m_launcher = new LocalSandboxLauncher(services->m_settings.get(), options.secrets);
    if (!options.sandboxExecutable.isEmpty())
        services->m_launcher->setExecutable(options.sandboxExecutable);
    if (!options.sandboxStateFile.isEmpty())
        services->m_launcher->setStateFile(options.sandboxStateFile);
    if (!options.sandboxLogFile.isEmpty())
        services->m_launcher->setLogFile(options.sandboxLogFile);
    services->m_launcher->setExtraSandboxArguments(options.sandboxArguments);

    ConsoleServices *self = services.get();
    services->m_engine = new SubmissionEngine(
        *services->m_journal, [self](const QString &profileId) { return self->clientFor(profileId); }, options.engine);

    connect(options.secrets, &SecretStore::readFinished, self, &ConsoleServices::onSecretRead);
    connect(self->m_launcher, &LocalSandboxLauncher::ready, self, [self] {
        // The sandbox's port changes on every start: the client is rebuilt on next use, and
        // the secret is read from wherever the launcher keeps it this run.
        self->loadSecret(self->m_launcher->profileId());
    });
    return services;
}

const DetailValidator &ConsoleServices::validatorFor(const Profile &profile)
{
    // A profile edited while the console runs gets a new validator; the old one stays alive
    // (batches opened with it keep pointing at it) until the services go.
    auto &slot = m_validators[profile.id];
    if (!slot.validator || !ProfileConfig::sameRules(slot.profile, profile)) {
        if (slot.validator)
            m_retiredValidators.push_back(slot.validator);
        slot.validator = std::make_shared<DetailValidator>(ProfileConfig::rules(profile));
        slot.profile = profile;
    }
    return *slot.validator;
}

ApiClient *ConsoleServices::clientFor(const QString &profileId)
{
    const QUuid id = QUuid::fromString(profileId);
    const std::optional<Profile> profile = m_settings->profile(id);
    if (!profile)
        return nullptr;
    ApiClient *client = m_clients.value(id);
    const Profile &built = m_clientProfiles.value(id);
    const bool stale = !client || !ProfileConfig::sameClient(built, *profile);
    if (!stale)
        return client;
    if (client) {
        // Calls still running on the old client finish on their own; it is not reused.
        client->setParent(this);
        client->deleteLater();
    }
    client = new ApiClient(
        m_network, ProfileConfig::client(*profile), [this, id] { return m_secretValues.value(id); }, {}, nullptr);
    m_clients.insert(id, client);
    m_clientProfiles.insert(id, *profile);
    return client;
}

QList<SupportedBank> ConsoleServices::builtinBanks(const QString &currency)
{
    QFile file(QStringLiteral(":/data/banks.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonArray matching;
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("banks")).toArray();
    for (const QJsonValue &bank : all) {
        if (bank.toObject().value(QLatin1String("currency")).toString() == currency)
            matching.append(bank);
    }
    return SupportedBank::listFromJson(matching);
}

SecretStore *ConsoleServices::storeFor(const Profile &profile) const
{
    if (profile.environment == Profile::Environment::LocalSandbox && profile.id == m_launcher->profileId())
        return m_launcher->secretStore();
    return m_secrets;
}

void ConsoleServices::loadSecret(const QUuid &profileId)
{
    const std::optional<Profile> profile = m_settings->profile(profileId);
    if (!profile)
        return;
    SecretStore *store = storeFor(*profile);
    if (store != m_secrets) {
        // The launcher's in-memory store (no keychain this run) answers on its own signal.
        connect(store, &SecretStore::readFinished, this, &ConsoleServices::onSecretRead, Qt::UniqueConnection);
    }
    m_pendingReads.insert(profile->secretKey(), profileId);
    setSecretState(profileId, SecretState::Loading);
    store->readSecret(profile->secretKey());
}

void ConsoleServices::onSecretRead(const QString &key, const SecretResult &result, const QByteArray &secret)
{
    const auto it = m_pendingReads.constFind(key);
    if (it == m_pendingReads.cend())
        return;
    const QUuid profileId = it.value();
    m_pendingReads.erase(it);
    if (result.isOk() && !secret.isEmpty()) {
        m_secretValues.insert(profileId, secret);
        const bool memoryOnly = !qobject_cast<SecretStore *>(sender())->isPersistent();
        setSecretState(profileId, memoryOnly ? SecretState::InMemoryOnly : SecretState::Available);
        return;
    }
    m_secretValues.remove(profileId);
    switch (result.status) {
    case SecretResult::Status::Ok:
    case SecretResult::Status::NotFound:
        setSecretState(profileId, SecretState::Missing, result.message());
        break;
    case SecretResult::Status::Unavailable:
    case SecretResult::Status::Timeout:
        setSecretState(profileId, SecretState::Unavailable, result.message());
        break;
    }
}

void ConsoleServices::setSecretState(const QUuid &profileId, SecretState state, const QString &message)
{
    m_secretStates.insert(profileId, state);
    m_secretMessages.insert(profileId, message);
    Q_EMIT secretStateChanged(profileId, state);
}

void ConsoleServices::setPayeeChangeWarningDays(int days)
{
    days = std::max(1, days);
    m_settings->setPayeeChangeWarningDays(days);
    m_settings->sync();
    m_directory->setChangeWindowDays(days);
}

} // namespace Lesspay::Core
