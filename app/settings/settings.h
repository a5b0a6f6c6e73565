// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/columnmappingstore.h"
#include "money/amount.h"
#include "settings/profile.h"
#include "settings/workspacesetting.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QSize>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Lesspay::Core {

// The application's one settings file (profiles, the current profile, window and polling
// preferences), over an INI-format QSettings so tests can point it at a temporary file.
// Secrets are never written here: they belong to the SecretStore.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int DefaultDuplicateWarningDays = 30;
    static constexpr int DefaultPayeeChangeWarningDays = 30;
    static constexpr int DefaultPollIntervalMs = 3000;
    static constexpr int DefaultSlowPollIntervalMs = 60000;
    static constexpr int MaxRecentFiles = 10;

    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    // <AppConfigLocation>/settings.ini
    static QString defaultFilePath();
    QString filePath() const;
    // Writes pending changes to disk; false (with the reason in errorString) when that failed.
    bool sync();
    QString errorString() const;

    // Profiles, sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QUuid &id) const;
    // The first Local sandbox profile, if any.
    std::optional<Profile> localSandboxProfile() const;
    // Adds or replaces (by id).
    void saveProfile(const Profile &profile);
    void removeProfile(const QUuid &id);

    QUuid currentProfileId() const;
    void setCurrentProfileId(const QUuid &id);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The review dialog's size with its request shown, as the user last left it; invalid when never set.
    QSize requestViewSize() const;
    void setRequestViewSize(const QSize &size);

    QStringList recentFiles() const;
    // Moves path to the front and keeps at most MaxRecentFiles.
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    // What the user chose on a CSV import for a header set: the field of each column and the
    // decimal separator, so that the next file with the same columns is not asked about again.
    using ImportMapping = ColumnMappingStore::ImportMapping; // kept by ColumnMappingStore only
    std::optional<ImportMapping> importMapping(const QStringList &headers) const;
    void rememberImportMapping(const QStringList &headers, const ImportMapping &mapping);
    // Forgets every remembered import mapping (a wrong choice is not repeated forever);
    // returns how many header sets were remembered.
    int forgetImportMappings();

    // A locale name such as "de" or "pt_BR"; empty means the system language.
    QString languageOverride() const;
    void setLanguageOverride(const QString &locale);

    // Where the journal lives (this computer, or a team's database); read at start. The
    // password of a team database is in the SecretStore, never here.
    WorkspaceSetting workspace() const;
    void setWorkspace(const WorkspaceSetting &workspace);

    // How far back a payment to the same recipient and amount counts as a possible duplicate.
    int duplicateWarningDays() const;
    void setDuplicateWarningDays(int days);
    // How long a payee's saved account still counts as changed (the directory's warning).
    int payeeChangeWarningDays() const;
    void setPayeeChangeWarningDays(int days);

    // Status polling of an unfinished batch, and the slower pace for statuses the console does
    // not know.
    int pollIntervalMs() const;
    void setPollIntervalMs(int ms);
    int slowPollIntervalMs() const;
    void setSlowPollIntervalMs(int ms);

signals:
    void profilesChanged();
    void currentProfileChanged(const QUuid &id);

private:
    Profile readProfile(const QString &group) const;
    int positiveInt(const QString &key, int fallback) const;

    mutable QSettings m_settings;
};

} // namespace Lesspay::Core
