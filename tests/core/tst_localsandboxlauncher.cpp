// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The zero-setup start against the real lesspay-sandbox executable (LESSPAY_SANDBOX_EXECUTABLE).
#include "api/apiclient.h"
#include "api/wireformat.h"
#include "secrets/memorysecretstore.h"
#include "settings/connectiontester.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {
constexpr int StartWaitMs = 20000;
const QString Sandbox = QStringLiteral(LESSPAY_SANDBOX_EXECUTABLE);
} // namespace

class TestLocalSandboxLauncher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void start_noProfile_createsProfileStoresSecretAndServes();
    void start_secondRun_reusesSecretAndKeepsBatches();
    void start_secretMissing_runsOnMemorySecretAndWritesNothing();
    void retry_keychainUnlocked_restartsWithStoredSecret();
    void regenerateSecret_afterMissing_newSecretServes();
    void start_keychainUnavailable_secretKeptInMemoryForThisRun();
    void testConnection_wrongSecret_wrongCredentials();
    void destroy_running_childProcessGone();
    void start_executableMissing_failedWithReason();
    void parseListeningLine_variants_data();
    void parseListeningLine_variants();
    void locateExecutable_explicitOrPath_found();

private:
    std::unique_ptr<LocalSandboxLauncher> makeLauncher(Settings *settings, SecretStore *store);
    ConnectionTester::Outcome testConnection(const Profile &profile, SecretStore *store, QString *message = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
};

void TestLocalSandboxLauncher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFile::exists(Sandbox), qPrintable(Sandbox));
}

std::unique_ptr<LocalSandboxLauncher> TestLocalSandboxLauncher::makeLauncher(Settings *settings, SecretStore *store)
{
    auto launcher = std::make_unique<LocalSandboxLauncher>(settings, store);
    launcher->setExecutable(Sandbox);
    launcher->setStateFile(m_dir->filePath(QStringLiteral("data/sandbox-state.json")));
    launcher->setLogFile(m_dir->filePath(QStringLiteral("data/sandbox.log")));
    launcher->setExtraSandboxArguments({QStringLiteral("--review-delay-ms"), QStringLiteral("50"),
                                        QStringLiteral("--pay-delay-ms"), QStringLiteral("50")});
    return launcher;
}

ConnectionTester::Outcome TestLocalSandboxLauncher::testConnection(const Profile &profile, SecretStore *store,
                                                                   QString *message)
{
    ConnectionTester tester(&m_network, store);
    tester.setTimeout(std::chrono::milliseconds(10000));
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.test(profile);
    if (!finished.wait(15000))
        return ConnectionTester::Outcome::Failed;
    if (message)
        *message = finished.at(0).at(1).toString();
    return finished.at(0).at(0).value<ConnectionTester::Outcome>();
}

void TestLocalSandboxLauncher::start_noProfile_createsProfileStoresSecretAndServes()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MemorySecretStore store;
    auto launcher = makeLauncher(&settings, &store);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    launcher->start();
    QVERIFY(ready.wait(StartWaitMs));

    const auto profile = settings.localSandboxProfile();
    QVERIFY(profile.has_value());
    QCOMPARE(profile->name, QStringLiteral("Local sandbox"));
    QVERIFY(profile->appId.startsWith(QStringLiteral("local-")));
    QVERIFY(profile->hasSavedSecret());
    QCOMPARE(settings.currentProfileId(), profile->id);
    const QUrl url = ready.at(0).at(0).toUrl();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(profile->baseUrl, url);
    QCOMPARE(launcher->state(), LocalSandboxLauncher::State::Running);
    QVERIFY(store.contains(profile->secretKey()));
    QVERIFY(!launcher->secretIsEphemeral());
    QCOMPARE(launcher->secretStore(), &store);

    QString message;
    QCOMPARE(testConnection(*profile, &store, &message), ConnectionTester::Outcome::Works);
    QVERIFY(!message.isEmpty());
}

void TestLocalSandboxLauncher::start_secondRun_reusesSecretAndKeepsBatches()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MemorySecretStore store;
    const QString requestId = QStringLiteral("launcher-test-batch-1");
    {
        auto launcher = makeLauncher(&settings, &store);
        QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
        launcher->start();
        QVERIFY(ready.wait(StartWaitMs));
        // One batch, to see it again after the restart.
        const Profile profile = *settings.localSandboxProfile();
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.readSecret(profile.secretKey());
        QVERIFY(read.wait());
        const QByteArray secret = read.at(0).at(2).toByteArray();
        ApiClient client(&m_network, {profile.baseUrl, profile.appId}, [secret] { return secret; });
        QJsonObject detail{{QStringLiteral("mch_order_id"), QStringLiteral("d1")},
                           {QStringLiteral("amount"), QStringLiteral("100.00")},
                           {QStringLiteral("destination_type"), QStringLiteral("bank")},
                           {QStringLiteral("bank_account_name"), QStringLiteral("Juan Dela Cruz")},
                           {QStringLiteral("bank_account_no"), QStringLiteral("1234567890")},
                           {QStringLiteral("bank_account_type"), QStringLiteral("individual")},
                           {QStringLiteral("bank_name"), QStringLiteral("BDO Unibank")},
                           {QStringLiteral("bank_country_code"), QStringLiteral("PH")},
                           {QStringLiteral("bank_swift_code"), QStringLiteral("BNORPHMM")}};
        QJsonObject body{{QStringLiteral("request_id"), requestId},
                         {QStringLiteral("currency"), QStringLiteral("PHP")},
                         {QStringLiteral("total_amount"), QStringLiteral("100.00")},
                         {QStringLiteral("way_type"), profile.wayType},
                         {QStringLiteral("way_code"), profile.wayCode},
                         {QStringLiteral("notify_url"), profile.notifyUrl},
                         {QStringLiteral("payout_order_details"), QJsonArray{detail}}};
        ApiCall *call = client.create(WireFormat::toBytes(body));
        QSignalSpy created(call, &ApiCall::finished);
        QVERIFY(created.wait(10000));
        const auto result = created.at(0).at(0).value<ApiResult>();
        QVERIFY2(result.ok(), qPrintable(result.describe()));
    }
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("data/sandbox-state.json"))));
    const int writesBefore = store.writeRequests();
    const QString appIdBefore = settings.localSandboxProfile()->appId;

    auto launcher = makeLauncher(&settings, &store);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    launcher->start();
    QVERIFY(ready.wait(StartWaitMs));
    QCOMPARE(store.writeRequests(), writesBefore);
    QCOMPARE(settings.profiles().size(), 1);
    const Profile profile = *settings.localSandboxProfile();
    QCOMPARE(profile.appId, appIdBefore);
    QCOMPARE(testConnection(profile, &store), ConnectionTester::Outcome::Works);

    QNetworkRequest request(profile.baseUrl.resolved(QUrl(QStringLiteral("/admin/batches"))));
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    const QByteArray batches = reply->readAll();
    reply->deleteLater();
    QVERIFY2(batches.contains(requestId.toUtf8()), batches.constData());
}

void TestLocalSandboxLauncher::start_secretMissing_runsOnMemorySecretAndWritesNothing()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    Profile profile = Profile::create(QStringLiteral("Local sandbox"), Profile::Environment::LocalSandbox);
    profile.appId = QStringLiteral("local-existing");
    settings.saveProfile(profile);
    MemorySecretStore store;
    store.setLocked(true); // what a locked Debian keyring looks like: NotFound

    auto launcher = makeLauncher(&settings, &store);
    QSignalSpy unavailable(launcher.get(), &LocalSandboxLauncher::secretUnavailable);
    QSignalSpy inMemory(launcher.get(), &LocalSandboxLauncher::secretKeptInMemory);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    launcher->start();
    // A new user is never stuck: the sandbox runs on a fresh secret kept for this run.
    QVERIFY(ready.wait(StartWaitMs));
    QCOMPARE(launcher->state(), LocalSandboxLauncher::State::Running);
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(inMemory.size(), 1);
    const auto result = unavailable.at(0).at(0).value<SecretResult>();
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QCOMPARE(result.message(), QStringLiteral("no secret saved, or the keychain is locked"));
    QCOMPARE(launcher->lastSecretResult(), result);
    QVERIFY(launcher->secretIsEphemeral());
    QVERIFY(launcher->secretStore() != &store);
    QCOMPARE(testConnection(*settings.localSandboxProfile(), launcher->secretStore()),
             ConnectionTester::Outcome::Works);
    // The keychain's entry (perhaps only locked) is never replaced or removed for it.
    QCOMPARE(store.writeRequests(), 0);
    QCOMPARE(store.deleteRequests(), 0);
    QCOMPARE(settings.profiles().size(), 1);
    QCOMPARE(settings.localSandboxProfile()->appId, QStringLiteral("local-existing"));
}

void TestLocalSandboxLauncher::retry_keychainUnlocked_restartsWithStoredSecret()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MemorySecretStore store;
    {
        auto first = makeLauncher(&settings, &store);
        QSignalSpy ready(first.get(), &LocalSandboxLauncher::ready);
        first->start();
        QVERIFY(ready.wait(StartWaitMs));
    }
    const Profile profile = *settings.localSandboxProfile();
    store.setLocked(true);
    auto launcher = makeLauncher(&settings, &store);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    QSignalSpy inMemory(launcher.get(), &LocalSandboxLauncher::secretKeptInMemory);
    launcher->start();
    QVERIFY(ready.wait(StartWaitMs));
    QVERIFY(launcher->secretIsEphemeral());
    QCOMPARE(testConnection(profile, &store), ConnectionTester::Outcome::NoSecret); // locked

    // Still locked: Retry says so again and leaves the running sandbox alone.
    const qint64 memoryPid = launcher->process()->processId();
    launcher->retry();
    QVERIFY(inMemory.wait());
    QCOMPARE(inMemory.size(), 2);
    QCOMPARE(launcher->process()->processId(), memoryPid);

    // Unlocked: the stored secret is read and the sandbox restarted with it.
    store.setLocked(false);
    launcher->retry();
    QVERIFY(ready.wait(StartWaitMs));
    QVERIFY(!launcher->secretIsEphemeral());
    QVERIFY(launcher->lastSecretResult().isOk());
    QCOMPARE(launcher->secretStore(), &store);
    QVERIFY(launcher->process()->processId() != memoryPid);
    QCOMPARE(testConnection(*settings.localSandboxProfile(), &store), ConnectionTester::Outcome::Works);
    QCOMPARE(store.writeRequests(), 1); // only the first run's
}

void TestLocalSandboxLauncher::regenerateSecret_afterMissing_newSecretServes()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    Profile profile = Profile::create(QStringLiteral("Local sandbox"), Profile::Environment::LocalSandbox);
    profile.appId = QStringLiteral("local-existing");
    settings.saveProfile(profile);
    MemorySecretStore store;

    auto launcher = makeLauncher(&settings, &store);
    QSignalSpy unavailable(launcher.get(), &LocalSandboxLauncher::secretUnavailable);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    launcher->start();
    QVERIFY(ready.wait(StartWaitMs)); // on a secret kept in memory
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(store.writeRequests(), 0);
    launcher->regenerateSecret();
    QVERIFY(ready.wait(StartWaitMs));
    QVERIFY(!launcher->secretIsEphemeral());
    QCOMPARE(store.writeRequests(), 1);
    QVERIFY(store.contains(profile.secretKey()));
    QCOMPARE(testConnection(*settings.localSandboxProfile(), &store), ConnectionTester::Outcome::Works);

    // Asked again while running: the old sandbox stops, the new secret is stored and served.
    const qint64 firstPid = launcher->process()->processId();
    launcher->regenerateSecret();
    QVERIFY(ready.wait(StartWaitMs));
    QCOMPARE(store.writeRequests(), 2);
    QVERIFY(launcher->process()->processId() != firstPid);
    QVERIFY(!QDir(QStringLiteral("/proc/%1").arg(firstPid)).exists());
    QCOMPARE(testConnection(*settings.localSandboxProfile(), &store), ConnectionTester::Outcome::Works);
}

void TestLocalSandboxLauncher::start_keychainUnavailable_secretKeptInMemoryForThisRun()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MemorySecretStore keychain;
    keychain.setUnavailableReason(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    auto launcher = makeLauncher(&settings, &keychain);
    QSignalSpy inMemory(launcher.get(), &LocalSandboxLauncher::secretKeptInMemory);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    launcher->start();
    QVERIFY(ready.wait(StartWaitMs));
    QCOMPARE(inMemory.size(), 1);
    QCOMPARE(inMemory.at(0).at(0).value<SecretResult>().message(),
             QStringLiteral("keychain unavailable: Cannot autolaunch D-Bus without X11 $DISPLAY"));
    QVERIFY(launcher->secretIsEphemeral());
    QVERIFY(launcher->secretStore() != &keychain);
    QVERIFY(!launcher->secretStore()->isPersistent());
    const Profile profile = *settings.localSandboxProfile();
    QVERIFY(!profile.hasSavedSecret());
    QCOMPARE(testConnection(profile, launcher->secretStore()), ConnectionTester::Outcome::Works);
    QCOMPARE(testConnection(profile, &keychain), ConnectionTester::Outcome::NoSecret);
}

void TestLocalSandboxLauncher::testConnection_wrongSecret_wrongCredentials()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MemorySecretStore store;
    auto launcher = makeLauncher(&settings, &store);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    launcher->start();
    QVERIFY(ready.wait(StartWaitMs));
    const Profile profile = *settings.localSandboxProfile();

    MemorySecretStore wrong;
    QSignalSpy written(&wrong, &SecretStore::writeFinished);
    wrong.writeSecret(profile.secretKey(), QByteArrayLiteral("not-the-secret"));
    QVERIFY(written.wait());
    QString message;
    QCOMPARE(testConnection(profile, &wrong, &message), ConnectionTester::Outcome::WrongCredentials);
    QVERIFY(message.contains(QStringLiteral("401")));

    Profile unreachable = profile;
    unreachable.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(testConnection(unreachable, &store, &message), ConnectionTester::Outcome::Failed);
    QVERIFY(!message.isEmpty());
}

void TestLocalSandboxLauncher::destroy_running_childProcessGone()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MemorySecretStore store;
    auto launcher = makeLauncher(&settings, &store);
    QSignalSpy ready(launcher.get(), &LocalSandboxLauncher::ready);
    launcher->start();
    QVERIFY(ready.wait(StartWaitMs));
    const qint64 pid = launcher->process()->processId();
    QVERIFY(pid > 0);
    QVERIFY(QDir(QStringLiteral("/proc/%1").arg(pid)).exists());
    launcher.reset();
    QVERIFY(!QDir(QStringLiteral("/proc/%1").arg(pid)).exists());
}

void TestLocalSandboxLauncher::start_executableMissing_failedWithReason()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MemorySecretStore store;
    LocalSandboxLauncher launcher(&settings, &store);
    launcher.setExecutable(m_dir->filePath(QStringLiteral("no-such-sandbox")));
    launcher.setStateFile(m_dir->filePath(QStringLiteral("state.json")));
    launcher.setLogFile(m_dir->filePath(QStringLiteral("sandbox.log")));
    QSignalSpy failed(&launcher, &LocalSandboxLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait());
    QCOMPARE(launcher.state(), LocalSandboxLauncher::State::Failed);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not found")));
    // The profile and its secret are kept for the next try.
    QVERIFY(settings.localSandboxProfile().has_value());
}

void TestLocalSandboxLauncher::parseListeningLine_variants_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("url");
    QTest::newRow("exact") << QByteArrayLiteral("lesspay-sandbox listening on http://127.0.0.1:43123\n")
                           << QStringLiteral("http://127.0.0.1:43123");
    QTest::newRow("crlf") << QByteArrayLiteral("lesspay-sandbox listening on http://127.0.0.1:8765\r\n")
                          << QStringLiteral("http://127.0.0.1:8765");
    QTest::newRow("other line") << QByteArrayLiteral("starting") << QString();
    QTest::newRow("no port") << QByteArrayLiteral("lesspay-sandbox listening on http://127.0.0.1") << QString();
    QTest::newRow("https") << QByteArrayLiteral("lesspay-sandbox listening on https://127.0.0.1:1") << QString();
}

void TestLocalSandboxLauncher::parseListeningLine_variants()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, url);
    QCOMPARE(SandboxProcess::parseListeningLine(line), url.isEmpty() ? QUrl() : QUrl(url));
}

void TestLocalSandboxLauncher::locateExecutable_explicitOrPath_found()
{
    QCOMPARE(SandboxProcess::locateExecutable(Sandbox), Sandbox);
    QVERIFY(SandboxProcess::locateExecutable(m_dir->filePath(QStringLiteral("missing"))).isEmpty());
    // Neither beside this test binary nor in ../app/sandbox from it: found on PATH, or not at all.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_dir->path().toUtf8());
    QVERIFY(SandboxProcess::locateExecutable().isEmpty());
    qputenv("PATH", QFileInfo(Sandbox).absolutePath().toUtf8() + ':' + path);
    const QString found = SandboxProcess::locateExecutable();
    qputenv("PATH", path);
    QCOMPARE(found, Sandbox);
}

QTEST_GUILESS_MAIN(TestLocalSandboxLauncher)
#include "tst_localsandboxlauncher.moc"
