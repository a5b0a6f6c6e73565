// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"
#include "settings/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void saveProfile_allFields_roundTripThroughFile();
    void saveProfile_secretStoredAlongside_secretNotInFile();
    void saveProfile_emptyCurrencyList_staysEmpty();
    void saveProfile_overridesRemoved_noLongerRead();
    void profiles_severalSaved_sortedByName();
    void removeProfile_current_clearsCurrent();
    void localSandboxProfile_mixedProfiles_findsSandbox();
    void generalSettings_unset_defaults();
    void generalSettings_set_roundTrip();
    void addRecentFile_overLimit_keepsNewestFirst();
    void rememberImportMapping_reopened_sameHeaderSetOnly_data();
    void rememberImportMapping_reopened_sameHeaderSetOnly();
    void environmentKey_everyEnvironment_roundTrip_data();
    void environmentKey_everyEnvironment_roundTrip();
    void problems_profile_expectedIssues_data();
    void problems_profile_expectedIssues();
    void secretKey_profile_combinesIdAndAppId();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    static Profile fullProfile();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Profile TestSettings::fullProfile()
{
    Profile p = Profile::create(QStringLiteral("Acme production, ü"), Profile::Environment::Production);
    p.baseUrl = QUrl(QStringLiteral("https://pay.example.com:8443/base"));
    p.appId = QStringLiteral("acme-app-1");
    p.wayType = QStringLiteral("BANK_TRANSFER");
    p.wayCode = QStringLiteral("OTHER_CODE");
    p.notifyUrl = QStringLiteral("https://acme.example.com/hook?x=1&y=2");
    p.payerName = QStringLiteral("Acme Trading Inc. 阿克米");
    p.allowedCurrencies = {QStringLiteral("PHP"), QStringLiteral("IDR")};
    p.decimalOverrides = {{QStringLiteral("IDR"), 0}, {QStringLiteral("PHP"), 3}};
    p.extraProviders = {{QStringLiteral("PHP"), {QStringLiteral("Coins.ph"), QStringLiteral("Maya, Inc")}},
                        {QStringLiteral("IDR"), {QStringLiteral("OVO")}}};
    p.supportedBanksPath = QStringLiteral("/api/v2/banks");
    p.secretSavedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    return p;
}

void TestSettings::saveProfile_allFields_roundTripThroughFile()
{
    const Profile saved = fullProfile();
    {
        Settings settings(path());
        QSignalSpy changed(&settings, &Settings::profilesChanged);
        settings.saveProfile(saved);
        QCOMPARE(changed.size(), 1);
        QVERIFY(settings.sync());
    }
    Settings reopened(path());
    const auto loaded = reopened.profile(saved.id);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->name, saved.name);
    QCOMPARE(loaded->environment, saved.environment);
    QCOMPARE(loaded->baseUrl, saved.baseUrl);
    QCOMPARE(loaded->appId, saved.appId);
    QCOMPARE(loaded->wayType, saved.wayType);
    QCOMPARE(loaded->wayCode, saved.wayCode);
    QCOMPARE(loaded->notifyUrl, saved.notifyUrl);
    QCOMPARE(loaded->payerName, saved.payerName);
    QCOMPARE(loaded->allowedCurrencies, saved.allowedCurrencies);
    QCOMPARE(loaded->decimalOverrides, saved.decimalOverrides);
    QCOMPARE(loaded->extraProviders, saved.extraProviders);
    QCOMPARE(loaded->supportedBanksPath, saved.supportedBanksPath);
    QCOMPARE(loaded->secretSavedAt, saved.secretSavedAt);
    QVERIFY(*loaded == saved);
}

void TestSettings::saveProfile_secretStoredAlongside_secretNotInFile()
{
    const QByteArray canary = QByteArrayLiteral("canary-7f3a9c1e-secret");
    MemorySecretStore store;
    Profile p = fullProfile();
    {
        Settings settings(path());
        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.writeSecret(p.secretKey(), canary);
        QVERIFY(written.wait());
        p.secretSavedAt = QDateTime::currentDateTimeUtc();
        settings.saveProfile(p);
        settings.setCurrentProfileId(p.id);
        QVERIFY(settings.sync());
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(p.appId.toUtf8()));
    QVERIFY(!content.contains(canary));
    QVERIFY(!content.contains(canary.toBase64()));
}

void TestSettings::saveProfile_emptyCurrencyList_staysEmpty()
{
    Profile p = Profile::create(QStringLiteral("x"), Profile::Environment::LesspayUat);
    QCOMPARE(p.allowedCurrencies, Profile::defaultCurrencies());
    p.allowedCurrencies.clear();
    {
        Settings settings(path());
        settings.saveProfile(p);
    }
    Settings reopened(path());
    QVERIFY(reopened.profile(p.id)->allowedCurrencies.isEmpty());
}

void TestSettings::saveProfile_overridesRemoved_noLongerRead()
{
    Settings settings(path());
    Profile p = fullProfile();
    settings.saveProfile(p);
    p.decimalOverrides.clear();
    p.extraProviders.remove(QStringLiteral("PHP"));
    p.secretSavedAt = {};
    settings.saveProfile(p);
    const auto loaded = settings.profile(p.id);
    QVERIFY(loaded->decimalOverrides.isEmpty());
    QCOMPARE(loaded->extraProviders.keys(), QList<QString>{QStringLiteral("IDR")});
    QVERIFY(!loaded->hasSavedSecret());
}

void TestSettings::profiles_severalSaved_sortedByName()
{
    Settings settings(path());
    for (const auto *name : {"zeta", "Alpha", "beta"})
        settings.saveProfile(Profile::create(QString::fromLatin1(name), Profile::Environment::Custom));
    QStringList names;
    for (const Profile &p : settings.profiles())
        names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
}

void TestSettings::removeProfile_current_clearsCurrent()
{
    Settings settings(path());
    const Profile p = fullProfile();
    settings.saveProfile(p);
    QSignalSpy current(&settings, &Settings::currentProfileChanged);
    settings.setCurrentProfileId(p.id);
    QCOMPARE(settings.currentProfileId(), p.id);
    settings.removeProfile(p.id);
    QVERIFY(!settings.profile(p.id).has_value());
    QVERIFY(settings.currentProfileId().isNull());
    QCOMPARE(current.size(), 2);
    QVERIFY(settings.profiles().isEmpty());
}

void TestSettings::localSandboxProfile_mixedProfiles_findsSandbox()
{
    Settings settings(path());
    QVERIFY(!settings.localSandboxProfile().has_value());
    settings.saveProfile(fullProfile());
    const Profile sandbox = Profile::create(QStringLiteral("Local sandbox"), Profile::Environment::LocalSandbox);
    settings.saveProfile(sandbox);
    QCOMPARE(settings.localSandboxProfile()->id, sandbox.id);
}

void TestSettings::generalSettings_unset_defaults()
{
    Settings settings(path());
    QCOMPARE(settings.duplicateWarningDays(), 30);
    QCOMPARE(settings.pollIntervalMs(), Settings::DefaultPollIntervalMs);
    QCOMPARE(settings.slowPollIntervalMs(), Settings::DefaultSlowPollIntervalMs);
    QVERIFY(settings.languageOverride().isEmpty());
    QVERIFY(settings.recentFiles().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.currentProfileId().isNull());
}

void TestSettings::generalSettings_set_roundTrip()
{
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        Settings settings(path());
        settings.setWindowGeometry(geometry);
        settings.setWindowState(QByteArrayLiteral("state"));
        settings.setLanguageOverride(QStringLiteral("pt_BR"));
        settings.setDuplicateWarningDays(7);
        settings.setPollIntervalMs(1500);
        settings.setSlowPollIntervalMs(90000);
        settings.addRecentFile(QStringLiteral("/tmp/a.csv"));
    }
    Settings settings(path());
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), QByteArrayLiteral("state"));
    QCOMPARE(settings.languageOverride(), QStringLiteral("pt_BR"));
    QCOMPARE(settings.duplicateWarningDays(), 7);
    QCOMPARE(settings.pollIntervalMs(), 1500);
    QCOMPARE(settings.slowPollIntervalMs(), 90000);
    QCOMPARE(settings.recentFiles(), QStringList{QStringLiteral("/tmp/a.csv")});
}

void TestSettings::addRecentFile_overLimit_keepsNewestFirst()
{
    Settings settings(path());
    for (int i = 0; i < Settings::MaxRecentFiles + 3; ++i)
        settings.addRecentFile(QStringLiteral("/f%1.csv").arg(i));
    settings.addRecentFile(QStringLiteral("/f5.csv"));
    const QStringList files = settings.recentFiles();
    QCOMPARE(files.size(), Settings::MaxRecentFiles);
    QCOMPARE(files.first(), QStringLiteral("/f5.csv"));
    QCOMPARE(files.at(1), QStringLiteral("/f12.csv"));
    QCOMPARE(files.count(QStringLiteral("/f5.csv")), 1);
    settings.clearRecentFiles();
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestSettings::rememberImportMapping_reopened_sameHeaderSetOnly_data()
{
    QTest::addColumn<Amount::DecimalSeparator>("separator");
    QTest::newRow("point") << Amount::DecimalSeparator::Point;
    QTest::newRow("comma") << Amount::DecimalSeparator::Comma;
}

void TestSettings::rememberImportMapping_reopened_sameHeaderSetOnly()
{
    QFETCH(Amount::DecimalSeparator, separator);
    const QStringList headers = {QStringLiteral("Ref"), QStringLiteral("Betrag"), QStringLiteral("Notiz")};
    const ColumnMappingStore::Mapping columns = {Field::MchOrderId, Field::Amount, std::nullopt};
    {
        Settings settings(path());
        QVERIFY(!settings.importMapping(headers));
        settings.rememberImportMapping(headers, {columns, separator});
    }
    Settings settings(path());
    const std::optional<Settings::ImportMapping> found = settings.importMapping(headers);
    QVERIFY(found);
    QCOMPARE(found->columns, columns);
    QCOMPARE(found->decimalSeparator, separator);
    // The same names spelt with other case and spaces are the same header set (ColumnMappingStore).
    QVERIFY(settings.importMapping({QStringLiteral(" ref"), QStringLiteral("BETRAG"), QStringLiteral("Notiz")}));
    QVERIFY(!settings.importMapping({QStringLiteral("Ref"), QStringLiteral("Betrag")}));

    // Forgotten, with the decimal separator, and gone for the next process too.
    settings.rememberImportMapping({QStringLiteral("Other")}, {{Field::Amount}, separator});
    QCOMPARE(settings.forgetImportMappings(), 2);
    QVERIFY(!settings.importMapping(headers));
    QCOMPARE(settings.forgetImportMappings(), 0);
    Settings reopened(path());
    QVERIFY(!reopened.importMapping(headers));
    QVERIFY(!reopened.importMapping({QStringLiteral("Other")}));
}

void TestSettings::environmentKey_everyEnvironment_roundTrip_data()
{
    QTest::addColumn<Profile::Environment>("environment");
    QTest::newRow("local") << Profile::Environment::LocalSandbox;
    QTest::newRow("uat") << Profile::Environment::LesspayUat;
    QTest::newRow("production") << Profile::Environment::Production;
    QTest::newRow("custom") << Profile::Environment::Custom;
}

void TestSettings::environmentKey_everyEnvironment_roundTrip()
{
    QFETCH(Profile::Environment, environment);
    QCOMPARE(Profile::environmentFromKey(Profile::environmentKey(environment)), environment);
    QVERIFY(!Profile::environmentFromKey(u"nonsense").has_value());
}

void TestSettings::problems_profile_expectedIssues_data()
{
    QTest::addColumn<Profile::Environment>("environment");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("notifyUrl");
    QTest::addColumn<int>("problemCount");
    const auto uat = Profile::Environment::LesspayUat;
    const auto production = Profile::Environment::Production;
    const auto custom = Profile::Environment::Custom;
    const QString app = QStringLiteral("a");
    QTest::newRow("uat complete") << uat << app << QString() << QString() << 0;
    QTest::newRow("uat no appid") << uat << QString() << QString() << QString() << 1;
    QTest::newRow("production https") << production << app << QStringLiteral("https://p.example") << QString() << 0;
    QTest::newRow("production http") << production << app << QStringLiteral("http://p.example") << QString() << 1;
    QTest::newRow("production empty") << production << app << QString() << QString() << 1;
    QTest::newRow("custom http") << custom << app << QStringLiteral("http://127.0.0.1:8765") << QString() << 0;
    QTest::newRow("custom ftp") << custom << app << QStringLiteral("ftp://x.example") << QString() << 1;
    QTest::newRow("notify url ok") << uat << app << QString() << QStringLiteral("https://m.example/hook") << 0;
    QTest::newRow("notify url bad") << uat << app << QString() << QStringLiteral("hook") << 1;
    QTest::newRow("sandbox not started") << Profile::Environment::LocalSandbox << app << QString() << QString() << 0;
}

void TestSettings::problems_profile_expectedIssues()
{
    QFETCH(Profile::Environment, environment);
    QFETCH(QString, appId);
    QFETCH(QString, baseUrl);
    QFETCH(QString, notifyUrl);
    QFETCH(int, problemCount);
    Profile p = Profile::create(QStringLiteral("n"), environment);
    p.appId = appId;
    p.baseUrl = QUrl(baseUrl);
    p.notifyUrl = notifyUrl;
    QCOMPARE(p.problems().size(), problemCount);
}

void TestSettings::secretKey_profile_combinesIdAndAppId()
{
    Profile p = Profile::create(QStringLiteral("n"), Profile::Environment::LesspayUat);
    p.appId = QStringLiteral("APP");
    QCOMPARE(p.secretKey(), p.id.toString(QUuid::WithoutBraces) + QStringLiteral(":APP"));
    QCOMPARE(p.effectiveBaseUrl(), Profile::uatBaseUrl());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
