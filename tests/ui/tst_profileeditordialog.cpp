// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The profile editor driven through its widgets, with a real lesspay-sandbox for "Test connection".
#include "profiles/profileeditordialog.h"
#include "secrets/memorysecretstore.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using Lesspay::Ui::ProfileEditorDialog;

class TestProfileEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addProfile_typedFields_savedToSettings();
    void environment_production_shownDistinctly();
    void setSecret_typedInPasswordField_storedAndOnlyDateShown();
    void removeProfile_confirmedOrNot_data();
    void removeProfile_confirmedOrNot();
    void testConnection_localSandbox_credentialsWork();
    void testConnection_wrongSecret_says401();
    void editAppId_secretSaved_secretDroppedForOldAppId();

private:
    template<typename T>
    T *find(const char *name)
    {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    void type(const char *name, const QString &text);
    Profile addViaDialog(const QString &name);
    void startSandbox();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LocalSandboxLauncher> m_launcher;
    std::unique_ptr<ProfileEditorDialog> m_dialog;
};

void TestProfileEditorDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestProfileEditorDialog::cleanup()
{
    m_dialog.reset();
    m_launcher.reset();
    m_network.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileEditorDialog::startSandbox()
{
    m_launcher = std::make_unique<LocalSandboxLauncher>(m_settings.get(), m_store.get());
    m_launcher->setExecutable(QStringLiteral(LESSPAY_SANDBOX_EXECUTABLE));
    m_launcher->setStateFile(m_dir->filePath(QStringLiteral("sandbox-state.json")));
    m_launcher->setLogFile(m_dir->filePath(QStringLiteral("sandbox.log")));
    QSignalSpy ready(m_launcher.get(), &LocalSandboxLauncher::ready);
    m_launcher->start();
    QVERIFY(ready.wait(20000));
}

void TestProfileEditorDialog::type(const char *name, const QString &text)
{
    auto *edit = find<QLineEdit>(name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

Profile TestProfileEditorDialog::addViaDialog(const QString &name)
{
    const int before = int(m_settings->profiles().size());
    QTest::mouseClick(find<QPushButton>("addButton"), Qt::LeftButton);
    Q_ASSERT(m_settings->profiles().size() == before + 1);
    type("nameEdit", name);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    return *m_settings->profile(m_dialog->selectedProfileId());
}

void TestProfileEditorDialog::addProfile_typedFields_savedToSettings()
{
    m_dialog = std::make_unique<ProfileEditorDialog>(m_settings.get(), m_store.get(), m_network.get());
    m_dialog->show();
    QTest::mouseClick(find<QPushButton>("addButton"), Qt::LeftButton);
    QCOMPARE(find<QListWidget>("profileList")->count(), 1);
    type("nameEdit", QStringLiteral("Acme UAT"));
    type("appIdEdit", QStringLiteral("acme-uat-1"));
    type("wayTypeEdit", QStringLiteral("BANK_TRANSFER"));
    type("wayCodeEdit", QStringLiteral("ACME_CODE"));
    type("notifyUrlEdit", QStringLiteral("https://acme.example/notify"));
    type("currenciesEdit", QStringLiteral("php, idr"));
    type("decimalsEdit", QStringLiteral("IDR=0, PHP=3"));
    auto *providers = find<QPlainTextEdit>("providersEdit");
    providers->setFocus();
    QTest::keyClicks(providers, QStringLiteral("PHP: Coins.ph, Maya"));
    type("banksPathEdit", QStringLiteral("/api/v2/banks"));
    type("payerNameEdit", QStringLiteral("Acme Trading Inc."));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);

    const auto profiles = m_settings->profiles();
    QCOMPARE(profiles.size(), 1);
    const Profile &p = profiles.first();
    QCOMPARE(p.name, QStringLiteral("Acme UAT"));
    QCOMPARE(p.environment, Profile::Environment::LesspayUat);
    QCOMPARE(p.appId, QStringLiteral("acme-uat-1"));
    QCOMPARE(p.wayCode, QStringLiteral("ACME_CODE"));
    QCOMPARE(p.notifyUrl, QStringLiteral("https://acme.example/notify"));
    QCOMPARE(p.allowedCurrencies, (QStringList{QStringLiteral("PHP"), QStringLiteral("IDR")}));
    QCOMPARE(p.decimalOverrides, (QHash<QString, int>{{QStringLiteral("IDR"), 0}, {QStringLiteral("PHP"), 3}}));
    QCOMPARE(p.extraProviders.value(QStringLiteral("PHP")),
             (QStringList{QStringLiteral("Coins.ph"), QStringLiteral("Maya")}));
    QCOMPARE(p.supportedBanksPath, QStringLiteral("/api/v2/banks"));
    QCOMPARE(p.payerName, QStringLiteral("Acme Trading Inc."));
    QCOMPARE(find<QLineEdit>("baseUrlEdit")->text(), Profile::uatBaseUrl().toString());
    QVERIFY(find<QLineEdit>("baseUrlEdit")->isReadOnly());
    QVERIFY(find<QLabel>("problemsLabel")->isHidden());
}

void TestProfileEditorDialog::environment_production_shownDistinctly()
{
    m_dialog = std::make_unique<ProfileEditorDialog>(m_settings.get(), m_store.get(), m_network.get());
    m_dialog->show();
    const Profile added = addViaDialog(QStringLiteral("Acme live"));
    QVERIFY(find<QLabel>("productionBanner")->isHidden());
    auto *environment = find<QComboBox>("environmentCombo");
    environment->setCurrentIndex(environment->findData(int(Profile::Environment::Production)));
    QVERIFY(find<QLabel>("productionBanner")->isVisible());
    QVERIFY(!find<QLineEdit>("baseUrlEdit")->isReadOnly());
    type("baseUrlEdit", QStringLiteral("http://pay.acme.example"));
    QVERIFY(find<QLabel>("problemsLabel")->text().contains(QStringLiteral("https")));
    type("baseUrlEdit", QStringLiteral("https://pay.acme.example"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    const Profile saved = *m_settings->profile(added.id);
    QCOMPARE(saved.environment, Profile::Environment::Production);
    QCOMPARE(saved.baseUrl, QUrl(QStringLiteral("https://pay.acme.example")));
    auto *list = find<QListWidget>("profileList");
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("production")));
    QVERIFY(list->currentItem()->font().bold());
}

void TestProfileEditorDialog::setSecret_typedInPasswordField_storedAndOnlyDateShown()
{
    const QString canary = QStringLiteral("canary-ui-secret-41c7");
    m_dialog = std::make_unique<ProfileEditorDialog>(m_settings.get(), m_store.get(), m_network.get());
    m_dialog->show();
    Profile profile = addViaDialog(QStringLiteral("Acme"));
    type("appIdEdit", QStringLiteral("acme-1"));
    QCOMPARE(find<QLabel>("secretStatusLabel")->text(), QStringLiteral("not saved"));
    QVERIFY(find<QWidget>("secretEntry")->isHidden());
    QTest::mouseClick(find<QPushButton>("setSecretButton"), Qt::LeftButton);
    auto *secretEdit = find<QLineEdit>("secretEdit");
    QVERIFY(secretEdit->isVisible());
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secretEdit, canary);
    QSignalSpy written(m_store.get(), &SecretStore::writeFinished);
    QTest::mouseClick(find<QPushButton>("saveSecretButton"), Qt::LeftButton);
    QVERIFY(written.wait());
    QTRY_VERIFY(find<QLabel>("secretStatusLabel")->text().startsWith(QStringLiteral("saved on ")));
    QVERIFY(secretEdit->text().isEmpty());
    QVERIFY(find<QWidget>("secretEntry")->isHidden());

    profile = *m_settings->profile(profile.id);
    QCOMPARE(profile.appId, QStringLiteral("acme-1"));
    QVERIFY(profile.hasSavedSecret());
    QSignalSpy read(m_store.get(), &SecretStore::readFinished);
    m_store->readSecret(profile.secretKey());
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(2).toByteArray(), canary.toUtf8());
    for (QLabel *label : m_dialog->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(canary));
    QVERIFY(m_settings->sync());
    QFile file(m_settings->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(canary.toUtf8()));
}

void TestProfileEditorDialog::removeProfile_confirmedOrNot_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirmed") << true;
    QTest::newRow("declined") << false;
}

void TestProfileEditorDialog::removeProfile_confirmedOrNot()
{
    QFETCH(bool, confirm);
    Profile profile = Profile::create(QStringLiteral("Old"), Profile::Environment::Custom);
    profile.appId = QStringLiteral("old");
    profile.secretSavedAt = QDateTime::currentDateTimeUtc();
    m_settings->saveProfile(profile);
    m_dialog = std::make_unique<ProfileEditorDialog>(m_settings.get(), m_store.get(), m_network.get());
    QString asked;
    m_dialog->setRemoveConfirmation([&](const QString &name) {
        asked = name;
        return confirm;
    });
    m_dialog->show();
    m_dialog->selectProfile(profile.id);
    QTest::mouseClick(find<QPushButton>("removeButton"), Qt::LeftButton);
    QCOMPARE(asked, QStringLiteral("Old"));
    QCOMPARE(m_settings->profile(profile.id).has_value(), !confirm);
    QCOMPARE(find<QListWidget>("profileList")->count(), confirm ? 0 : 1);
    QCOMPARE(m_store->deleteRequests(), confirm ? 1 : 0);
}

void TestProfileEditorDialog::testConnection_localSandbox_credentialsWork()
{
    startSandbox();
    m_dialog = std::make_unique<ProfileEditorDialog>(m_settings.get(), m_store.get(), m_network.get());
    m_dialog->show();
    QCOMPARE(m_dialog->selectedProfileId(), m_settings->localSandboxProfile()->id);
    QVERIFY(!find<QComboBox>("environmentCombo")->isEnabled());
    QVERIFY(!find<QPushButton>("setSecretButton")->isEnabled());
    QVERIFY(find<QLabel>("secretStatusLabel")->text().startsWith(QStringLiteral("saved on ")));
    QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("testResultLabel")->text().contains(QStringLiteral("credentials work")),
                             15000);
    QVERIFY(find<QPushButton>("testConnectionButton")->isEnabled());
}

void TestProfileEditorDialog::testConnection_wrongSecret_says401()
{
    startSandbox();
    const Profile sandbox = *m_settings->localSandboxProfile();
    m_dialog = std::make_unique<ProfileEditorDialog>(m_settings.get(), m_store.get(), m_network.get());
    m_dialog->show();
    const Profile added = addViaDialog(QStringLiteral("By hand"));
    auto *environment = find<QComboBox>("environmentCombo");
    environment->setCurrentIndex(environment->findData(int(Profile::Environment::Custom)));
    type("baseUrlEdit", sandbox.baseUrl.toString());
    type("appIdEdit", sandbox.appId);
    QTest::mouseClick(find<QPushButton>("setSecretButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>("secretEdit"), QStringLiteral("wrong-secret"));
    QTest::keyClick(find<QLineEdit>("secretEdit"), Qt::Key_Return);
    QTRY_VERIFY(m_settings->profile(added.id)->hasSavedSecret());
    QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(find<QLabel>("testResultLabel")->text().contains(QStringLiteral("401")),
                              qPrintable(find<QLabel>("testResultLabel")->text()), 15000);
}

void TestProfileEditorDialog::editAppId_secretSaved_secretDroppedForOldAppId()
{
    Profile profile = Profile::create(QStringLiteral("Acme"), Profile::Environment::LesspayUat);
    profile.appId = QStringLiteral("old-app");
    profile.secretSavedAt = QDateTime::currentDateTimeUtc();
    m_settings->saveProfile(profile);
    m_dialog = std::make_unique<ProfileEditorDialog>(m_settings.get(), m_store.get(), m_network.get());
    m_dialog->show();
    type("appIdEdit", QStringLiteral("new-app"));
    QSignalSpy deleted(m_store.get(), &SecretStore::deleteFinished);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.at(0).at(0).toString(), profile.secretKey());
    QVERIFY(!m_settings->profile(profile.id)->hasSavedSecret());
    QCOMPARE(find<QLabel>("secretStatusLabel")->text(), QStringLiteral("not saved"));
}

QTEST_MAIN(TestProfileEditorDialog)
#include "tst_profileeditordialog.moc"
