// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QCollator>
#include <QStandardPaths>

#include <algorithm>

namespace Lesspay::Core {

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");

namespace Key {
const QString Name = QStringLiteral("name");
const QString Environment = QStringLiteral("environment");
const QString BaseUrl = QStringLiteral("baseUrl");
const QString AppId = QStringLiteral("appId");
const QString WayType = QStringLiteral("wayType");
const QString WayCode = QStringLiteral("wayCode");
const QString NotifyUrl = QStringLiteral("notifyUrl");
const QString PayerName = QStringLiteral("payerName");
const QString Currencies = QStringLiteral("allowedCurrencies");
const QString Decimals = QStringLiteral("decimalOverrides");
const QString Providers = QStringLiteral("extraProviders");
const QString BanksPath = QStringLiteral("supportedBanksPath");
const QString SecretSavedAt = QStringLiteral("secretSavedAt");
// Not "general/...": QSettings writes a group named General as "[%General]" in INI files and
// reads it back as "General", so those keys were lost for the next process (QSettings' cache
// hid it within one process).
const QString CurrentProfile = QStringLiteral("console/currentProfile");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString RequestViewSize = QStringLiteral("window/requestViewSize");
const QString RecentFiles = QStringLiteral("console/recentFiles");
const QString Language = QStringLiteral("console/language");
const QString WorkspaceKind = QStringLiteral("workspace/kind");
const QString WorkspaceHost = QStringLiteral("workspace/host");
const QString WorkspacePort = QStringLiteral("workspace/port");
const QString WorkspaceDatabase = QStringLiteral("workspace/database");
const QString WorkspaceUser = QStringLiteral("workspace/user");
const QString WorkspaceCaFile = QStringLiteral("workspace/caFile");
const QString DuplicateDays = QStringLiteral("console/duplicateWarningDays");
const QString PayeeChangeDays = QStringLiteral("console/payeeChangeWarningDays");
const QString PollMs = QStringLiteral("polling/intervalMs");
const QString SlowPollMs = QStringLiteral("polling/slowIntervalMs");
} // namespace Key

QString groupOf(const QUuid &id)
{
    return ProfilesGroup + u'/' + id.toString(QUuid::WithoutBraces);
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{}

Settings::~Settings()
{
    m_settings.sync();
}

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/settings.ini");
}

QString Settings::filePath() const
{
    return m_settings.fileName();
}

bool Settings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

QString Settings::errorString() const
{
    switch (m_settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return tr("cannot write %1").arg(m_settings.fileName());
    case QSettings::FormatError:
        return tr("%1 is not a valid settings file").arg(m_settings.fileName());
    }
    return {};
}

QList<Profile> Settings::profiles() const
{
    QList<Profile> out;
    m_settings.beginGroup(ProfilesGroup);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &group : groups) {
        Profile profile = readProfile(ProfilesGroup + u'/' + group);
        if (!profile.id.isNull())
            out.append(profile);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&collator](const Profile &a, const Profile &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id.toString() < b.id.toString();
    });
    return out;
}

std::optional<Profile> Settings::profile(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    const QString group = groupOf(id);
    if (!m_settings.contains(group + u'/' + Key::Name))
        return std::nullopt;
    return readProfile(group);
}

std::optional<Profile> Settings::localSandboxProfile() const
{
    for (const Profile &profile : profiles()) {
        if (profile.environment == Profile::Environment::LocalSandbox)
            return profile;
    }
    return std::nullopt;
}

Profile Settings::readProfile(const QString &group) const
{
    Profile p;
    m_settings.beginGroup(group);
    p.id = QUuid::fromString(group.mid(ProfilesGroup.size() + 1));
    p.name = m_settings.value(Key::Name).toString();
    const auto environment = Profile::environmentFromKey(m_settings.value(Key::Environment).toString());
    p.environment = environment.value_or(Profile::Environment::Custom);
    p.baseUrl = QUrl(m_settings.value(Key::BaseUrl).toString());
    p.appId = m_settings.value(Key::AppId).toString();
    p.wayType = m_settings.value(Key::WayType).toString();
    p.wayCode = m_settings.value(Key::WayCode).toString();
    p.notifyUrl = m_settings.value(Key::NotifyUrl).toString();
    p.payerName = m_settings.value(Key::PayerName).toString();
    if (m_settings.contains(Key::Currencies))
        p.allowedCurrencies = m_settings.value(Key::Currencies).toStringList();
    p.supportedBanksPath = m_settings.value(Key::BanksPath, Profile::defaultSupportedBanksPath()).toString();
    p.secretSavedAt = QDateTime::fromString(m_settings.value(Key::SecretSavedAt).toString(), Qt::ISODateWithMs);

    m_settings.beginGroup(Key::Decimals);
    for (const QString &currency : m_settings.childKeys()) {
        bool ok = false;
        const int decimals = m_settings.value(currency).toInt(&ok);
        if (ok)
            p.decimalOverrides.insert(currency, decimals);
    }
    m_settings.endGroup();

    m_settings.beginGroup(Key::Providers);
    for (const QString &currency : m_settings.childKeys())
        p.extraProviders.insert(currency, m_settings.value(currency).toStringList());
    m_settings.endGroup();

    m_settings.endGroup();
    return p;
}

void Settings::saveProfile(const Profile &p)
{
    Q_ASSERT(!p.id.isNull());
    m_settings.remove(groupOf(p.id)); // so removed overrides do not linger
    m_settings.beginGroup(groupOf(p.id));
    m_settings.setValue(Key::Name, p.name);
    m_settings.setValue(Key::Environment, Profile::environmentKey(p.environment));
    m_settings.setValue(Key::BaseUrl, p.baseUrl.toString());
    m_settings.setValue(Key::AppId, p.appId);
    m_settings.setValue(Key::WayType, p.wayType);
    m_settings.setValue(Key::WayCode, p.wayCode);
    m_settings.setValue(Key::NotifyUrl, p.notifyUrl);
    if (!p.payerName.isEmpty())
        m_settings.setValue(Key::PayerName, p.payerName);
    m_settings.setValue(Key::Currencies, p.allowedCurrencies);
    m_settings.setValue(Key::BanksPath, p.supportedBanksPath);
    if (p.secretSavedAt.isValid())
        m_settings.setValue(Key::SecretSavedAt, p.secretSavedAt.toString(Qt::ISODateWithMs));
    for (auto it = p.decimalOverrides.cbegin(); it != p.decimalOverrides.cend(); ++it)
        m_settings.setValue(Key::Decimals + u'/' + it.key(), it.value());
    for (auto it = p.extraProviders.cbegin(); it != p.extraProviders.cend(); ++it)
        m_settings.setValue(Key::Providers + u'/' + it.key(), it.value());
    m_settings.endGroup();
    m_settings.sync();
    emit profilesChanged();
}

void Settings::removeProfile(const QUuid &id)
{
    if (id.isNull())
        return;
    m_settings.remove(groupOf(id));
    const bool wasCurrent = currentProfileId() == id;
    if (wasCurrent)
        m_settings.remove(Key::CurrentProfile);
    m_settings.sync();
    emit profilesChanged();
    if (wasCurrent)
        emit currentProfileChanged({});
}

QUuid Settings::currentProfileId() const
{
    return QUuid::fromString(m_settings.value(Key::CurrentProfile).toString());
}

void Settings::setCurrentProfileId(const QUuid &id)
{
    if (id == currentProfileId())
        return;
    m_settings.setValue(Key::CurrentProfile, id.toString(QUuid::WithoutBraces));
    emit currentProfileChanged(id);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::Geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::Geometry, geometry);
}

QSize Settings::requestViewSize() const
{
    return m_settings.value(Key::RequestViewSize).toSize();
}

void Settings::setRequestViewSize(const QSize &size)
{
    m_settings.setValue(Key::RequestViewSize, size);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::State).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::State, state);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(Key::RecentFiles, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(Key::RecentFiles);
}

std::optional<Settings::ImportMapping> Settings::importMapping(const QStringList &headers) const
{
    return ColumnMappingStore(m_settings).mapping(headers);
}

void Settings::rememberImportMapping(const QStringList &headers, const ImportMapping &mapping)
{
    ColumnMappingStore(m_settings).remember(headers, mapping);
}

int Settings::forgetImportMappings()
{
    return ColumnMappingStore(m_settings).forgetAll();
}

QString Settings::languageOverride() const
{
    return m_settings.value(Key::Language).toString();
}

void Settings::setLanguageOverride(const QString &locale)
{
    m_settings.setValue(Key::Language, locale);
}

int Settings::positiveInt(const QString &key, int fallback) const
{
    bool ok = false;
    const int value = m_settings.value(key).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

WorkspaceSetting Settings::workspace() const
{
    WorkspaceSetting w;
    w.kind = m_settings.value(Key::WorkspaceKind).toString() == QLatin1String("team")
                 ? WorkspaceSetting::Kind::TeamDatabase
                 : WorkspaceSetting::Kind::ThisComputer;
    w.host = m_settings.value(Key::WorkspaceHost).toString();
    w.port = m_settings.value(Key::WorkspacePort, WorkspaceSetting::DefaultPort).toInt();
    w.database = m_settings.value(Key::WorkspaceDatabase).toString();
    w.user = m_settings.value(Key::WorkspaceUser).toString();
    w.caFile = m_settings.value(Key::WorkspaceCaFile).toString();
    return w;
}

void Settings::setWorkspace(const WorkspaceSetting &workspace)
{
    m_settings.setValue(Key::WorkspaceKind, workspace.isTeam() ? QStringLiteral("team") : QStringLiteral("local"));
    m_settings.setValue(Key::WorkspaceHost, workspace.host);
    m_settings.setValue(Key::WorkspacePort, workspace.port);
    m_settings.setValue(Key::WorkspaceDatabase, workspace.database);
    m_settings.setValue(Key::WorkspaceUser, workspace.user);
    m_settings.setValue(Key::WorkspaceCaFile, workspace.caFile);
}

int Settings::duplicateWarningDays() const
{
    return positiveInt(Key::DuplicateDays, DefaultDuplicateWarningDays);
}

void Settings::setDuplicateWarningDays(int days)
{
    m_settings.setValue(Key::DuplicateDays, days);
}

int Settings::payeeChangeWarningDays() const
{
    return positiveInt(Key::PayeeChangeDays, DefaultPayeeChangeWarningDays);
}

void Settings::setPayeeChangeWarningDays(int days)
{
    m_settings.setValue(Key::PayeeChangeDays, days);
}

int Settings::pollIntervalMs() const
{
    return positiveInt(Key::PollMs, DefaultPollIntervalMs);
}

void Settings::setPollIntervalMs(int ms)
{
    m_settings.setValue(Key::PollMs, ms);
}

int Settings::slowPollIntervalMs() const
{
    return positiveInt(Key::SlowPollMs, DefaultSlowPollIntervalMs);
}

void Settings::setSlowPollIntervalMs(int ms)
{
    m_settings.setValue(Key::SlowPollMs, ms);
}

} // namespace Lesspay::Core
