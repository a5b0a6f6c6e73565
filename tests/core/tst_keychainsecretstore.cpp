// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/support/with-keyring.sh). Environments QtKeychain only inspects once per process
// (no D-Bus, a service that never answers) run in lesspay-keychain-probe child processes.
#include "recordingsecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {
const QString Service = QStringLiteral("com.lesspay.PayoutConsole.tests");
}

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadDelete_realSecretService_roundTrip();
    void readSecret_missingKey_notFound();
    void writeSecret_existingKey_replacesValue();
    void readSecret_noSessionBus_unavailableQuickly_data();
    void readSecret_noSessionBus_unavailableQuickly();
    void readSecret_serviceNeverAnswers_timeoutAndJobKept();
    void writeSecret_noKeyringSetUp_unavailableWithoutPrompt();
    void launcherStart_keychainFails_sandboxRunsOnMemorySecret_data();
    void launcherStart_keychainFails_sandboxRunsOnMemorySecret();
    // Locks the keyring for the rest of the process: keep these last.
    void readSecret_lockedKeyring_notFound();
    void launcherStart_lockedKeyring_memorySecretWithoutWriteOrDelete();

private:
    struct ProbeOutput
    {
        QString status;
        QString reason;
        int jobsStillRunning = -1;
        qint64 elapsedMs = 0;
        QStringList lines; // everything printed
    };
    // Runs COMMAND after starting a gnome-keyring-daemon without any keyring in a fresh HOME.
    static QStringList withEmptyKeyringDaemon(const QString &home, const QStringList &command);
    static ProbeOutput runProbe(const QString &program, const QStringList &arguments,
                                const QProcessEnvironment &environment);

    SecretResult read(SecretStore &store, const QString &key, QByteArray *secret = nullptr);
    SecretResult write(SecretStore &store, const QString &key, const QByteArray &secret);
    SecretResult remove(SecretStore &store, const QString &key);
};

void TestKeychainSecretStore::initTestCase()
{
    // Without the wrapper this would talk to the developer's own keyring.
    QVERIFY2(qEnvironmentVariableIsSet("LESSPAY_KEYRING_SESSION"), "run through tests/support/with-keyring.sh");
}

SecretResult TestKeychainSecretStore::read(SecretStore &store, const QString &key, QByteArray *secret)
{
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.readSecret(key);
    if (!spy.wait(20000))
        return SecretResult::timeout(QStringLiteral("test gave up"));
    if (secret)
        *secret = spy.at(0).at(2).toByteArray();
    return spy.at(0).at(1).value<SecretResult>();
}

SecretResult TestKeychainSecretStore::write(SecretStore &store, const QString &key, const QByteArray &secret)
{
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.writeSecret(key, secret);
    if (!spy.wait(20000))
        return SecretResult::timeout(QStringLiteral("test gave up"));
    return spy.at(0).at(1).value<SecretResult>();
}

SecretResult TestKeychainSecretStore::remove(SecretStore &store, const QString &key)
{
    QSignalSpy spy(&store, &SecretStore::deleteFinished);
    store.deleteSecret(key);
    if (!spy.wait(20000))
        return SecretResult::timeout(QStringLiteral("test gave up"));
    return spy.at(0).at(1).value<SecretResult>();
}

void TestKeychainSecretStore::writeReadDelete_realSecretService_roundTrip()
{
    KeychainSecretStore store(Service);
    const QString key = QStringLiteral("0b0e7d6e-0000-4000-8000-000000000001:app-1");
    QCOMPARE(write(store, key, QByteArrayLiteral("s3cret-ü")).status, SecretResult::Status::Ok);
    QByteArray secret;
    QCOMPARE(read(store, key, &secret).status, SecretResult::Status::Ok);
    QCOMPARE(secret, QByteArrayLiteral("s3cret-ü"));
    QCOMPARE(remove(store, key).status, SecretResult::Status::Ok);
    QCOMPARE(read(store, key).status, SecretResult::Status::NotFound);
    QCOMPARE(store.runningJobs(), 0);
}

void TestKeychainSecretStore::readSecret_missingKey_notFound()
{
    KeychainSecretStore store(Service);
    QByteArray secret = QByteArrayLiteral("untouched");
    const SecretResult result = read(store, QStringLiteral("never-written"), &secret);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(secret.isEmpty());
    QCOMPARE(result.message(), QStringLiteral("no secret saved, or the keychain is locked"));
}

void TestKeychainSecretStore::writeSecret_existingKey_replacesValue()
{
    KeychainSecretStore store(Service);
    const QString key = QStringLiteral("replace-me");
    QVERIFY(write(store, key, QByteArrayLiteral("first")).isOk());
    QVERIFY(write(store, key, QByteArrayLiteral("second")).isOk());
    QByteArray secret;
    QVERIFY(read(store, key, &secret).isOk());
    QCOMPARE(secret, QByteArrayLiteral("second"));
    // Another service name is another namespace.
    KeychainSecretStore other(Service + QStringLiteral(".other"));
    QCOMPARE(read(other, key).status, SecretResult::Status::NotFound);
}

TestKeychainSecretStore::ProbeOutput TestKeychainSecretStore::runProbe(const QString &program,
                                                                       const QStringList &arguments,
                                                                       const QProcessEnvironment &environment)
{
    ProbeOutput out;
    QProcess probe;
    probe.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    probe.start(program, arguments);
    if (!probe.waitForFinished(30000)) {
        probe.kill();
        probe.waitForFinished();
        return out;
    }
    out.elapsedMs = clock.elapsed();
    const QList<QByteArray> lines = probe.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        if (!text.isEmpty())
            out.lines.append(text);
        if (text.startsWith(QStringLiteral("jobs-still-running ")))
            out.jobsStillRunning = text.section(u' ', 1).toInt();
        else if (out.status.isEmpty() && !text.isEmpty()) {
            out.status = text.section(u' ', 0, 0);
            out.reason = text.section(u' ', 1);
        }
    }
    return out;
}

void TestKeychainSecretStore::readSecret_noSessionBus_unavailableQuickly_data()
{
    QTest::addColumn<QString>("busAddress");
    QTest::newRow("socket missing") << QStringLiteral("unix:path=/nonexistent/lesspay-test-bus");
    QTest::newRow("variable unset") << QString();
}

void TestKeychainSecretStore::readSecret_noSessionBus_unavailableQuickly()
{
    QFETCH(QString, busAddress);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    if (busAddress.isEmpty())
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    else
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    const ProbeOutput out =
        runProbe(QStringLiteral(LESSPAY_KEYCHAIN_PROBE),
                 {QStringLiteral("read"), QStringLiteral("any-key"), QStringLiteral("10000")}, environment);
    QCOMPARE(out.status, QStringLiteral("Unavailable"));
    QVERIFY2(!out.reason.isEmpty(), "Unavailable must say why");
    QVERIFY2(out.elapsedMs < 10000, "answered by the watchdog, not by the backend");
    QCOMPARE(out.jobsStillRunning, 0);
}

void TestKeychainSecretStore::readSecret_serviceNeverAnswers_timeoutAndJobKept()
{
    // A fresh bus where a process owns the Secret Service name but never answers.
    const ProbeOutput out = runProbe(QStringLiteral("dbus-run-session"),
                                     {QStringLiteral("--"), QStringLiteral(LESSPAY_STUCK_SECRET_SERVICE),
                                      QStringLiteral(LESSPAY_KEYCHAIN_PROBE), QStringLiteral("read"),
                                      QStringLiteral("any-key"), QStringLiteral("400")},
                                     QProcessEnvironment::systemEnvironment());
    QCOMPARE(out.status, QStringLiteral("Timeout"));
    QCOMPARE(out.reason, QStringLiteral("no answer after 400 ms"));
    // The watchdog answered, but the job is still alive: it is deleted only once it finishes.
    QCOMPARE(out.jobsStillRunning, 1);
    QVERIFY(out.elapsedMs < 10000);
}

QStringList TestKeychainSecretStore::withEmptyKeyringDaemon(const QString &home, const QStringList &command)
{
    // A new user's first login without a keyring: the daemon runs (started by D-Bus or the
    // session), but no login keyring was ever made.
    const QString script =
        QStringLiteral("export HOME=\"%1\" XDG_DATA_HOME=\"%1/data\" XDG_RUNTIME_DIR=\"%1/run\"; "
                       "mkdir -p \"%1/run\" && chmod 700 \"%1/run\" && "
                       "eval \"$(gnome-keyring-daemon --start --components=secrets)\" && exec \"$@\"")
            .arg(home);
    return QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")}
           + command;
}

void TestKeychainSecretStore::writeSecret_noKeyringSetUp_unavailableWithoutPrompt()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LESSPAY_PROBE_SECRET"), QStringLiteral("first-secret"));
    const ProbeOutput out =
        runProbe(QStringLiteral("dbus-run-session"),
                 withEmptyKeyringDaemon(home.path(), {QStringLiteral(LESSPAY_KEYCHAIN_PROBE), QStringLiteral("write"),
                                                      QStringLiteral("any-key"), QStringLiteral("5000")}),
                 environment);
    QCOMPARE(out.status, QStringLiteral("Unavailable"));
    QVERIFY2(out.reason.contains(QStringLiteral("no keyring is set up")), qPrintable(out.reason));
    QVERIFY2(out.elapsedMs < 5000, "answered before the watchdog: nothing waits for a password prompt");
    QCOMPARE(out.jobsStillRunning, 0);
    // Nothing was created behind the user's back.
    QVERIFY(!QDir(home.filePath(QStringLiteral("data/keyrings"))).exists()
            || QDir(home.filePath(QStringLiteral("data/keyrings"))).isEmpty());
}

void TestKeychainSecretStore::launcherStart_keychainFails_sandboxRunsOnMemorySecret_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("firstStart");
    QTest::addColumn<QString>("expectedStatus");
    QTest::newRow("no bus") << QStringLiteral("no bus") << false << QStringLiteral("Unavailable");
    QTest::newRow("bus without secret service")
        << QStringLiteral("bus without secret service") << false << QStringLiteral("Unavailable");
    QTest::newRow("hanging service") << QStringLiteral("hanging service") << false << QStringLiteral("Timeout");
    QTest::newRow("hanging service, first start")
        << QStringLiteral("hanging service") << true << QStringLiteral("Timeout");
    QTest::newRow("no keyring, first start") << QStringLiteral("no keyring") << true << QStringLiteral("Unavailable");
}

void TestKeychainSecretStore::launcherStart_keychainFails_sandboxRunsOnMemorySecret()
{
    QFETCH(QString, environment);
    QFETCH(bool, firstStart);
    QFETCH(QString, expectedStatus);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!firstStart) {
        // A start after a first run that had a keyring.
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        Profile profile = Profile::create(QStringLiteral("Local sandbox"), Profile::Environment::LocalSandbox);
        profile.appId = QStringLiteral("local-earlier-run");
        profile.secretSavedAt = QDateTime::currentDateTimeUtc();
        settings.saveProfile(profile);
        settings.setCurrentProfileId(profile.id);
        QVERIFY(settings.sync());
    }
    const QStringList probe = {QStringLiteral(LESSPAY_KEYCHAIN_PROBE), QStringLiteral("sandbox"),
                               QStringLiteral(LESSPAY_SANDBOX_EXECUTABLE), dir.path(), QStringLiteral("1000")};
    QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    system.remove(QStringLiteral("DISPLAY"));
    ProbeOutput out;
    if (environment == u"no bus") {
        system.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/lesspay-bus"));
        out = runProbe(probe.first(), probe.mid(1), system);
    } else if (environment == u"bus without secret service") {
        // A session bus that can start no service at all (no service directories).
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                     "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                     "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                     "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        out = runProbe(QStringLiteral("dbus-run-session"),
                       QStringList{QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--")} + probe,
                       system);
    } else if (environment == u"hanging service") {
        out = runProbe(QStringLiteral("dbus-run-session"),
                       QStringList{QStringLiteral("--"), QStringLiteral(LESSPAY_STUCK_SECRET_SERVICE)} + probe, system);
    } else {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        out = runProbe(QStringLiteral("dbus-run-session"), withEmptyKeyringDaemon(home.path(), probe), system);
    }
    QVERIFY2(out.lines.contains(QStringLiteral("sandbox running")), qPrintable(out.lines.join(u'|')));
    QVERIFY(out.lines.contains(QStringLiteral("ephemeral 1")));
    // It says what is wrong.
    QCOMPARE(out.status, expectedStatus);
    QVERIFY2(!out.reason.isEmpty(), qPrintable(out.lines.join(u'|')));
    QVERIFY2(out.elapsedMs < 15000, "within the watchdog, not minutes");
}

static bool lockDefaultCollection()
{
    return QProcess::execute(QStringLiteral("dbus-send"),
                             {QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.secrets"),
                              QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/secrets"),
                              QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                              QStringLiteral("array:objpath:/org/freedesktop/secrets/aliases/default")})
           == 0;
}

void TestKeychainSecretStore::readSecret_lockedKeyring_notFound()
{
    KeychainSecretStore store(Service);
    const QString key = QStringLiteral("locked-key");
    QVERIFY(write(store, key, QByteArrayLiteral("kept")).isOk());
    QVERIFY(lockDefaultCollection());
    QByteArray secret;
    // What Debian 12's keyring answers when locked: indistinguishable from "nothing saved".
    const SecretResult result = read(store, key, &secret);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(secret.isEmpty());
    QVERIFY(result.isRetryable());
}

void TestKeychainSecretStore::launcherStart_lockedKeyring_memorySecretWithoutWriteOrDelete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Profile profile = Profile::create(QStringLiteral("Local sandbox"), Profile::Environment::LocalSandbox);
    profile.appId = QStringLiteral("local-locked");
    profile.secretSavedAt = QDateTime::currentDateTimeUtc();
    settings.saveProfile(profile);

    KeychainSecretStore keychain(Service);
    Lesspay::Test::RecordingSecretStore recorder(&keychain);
    LocalSandboxLauncher launcher(&settings, &recorder);
    launcher.setExecutable(QStringLiteral(LESSPAY_SANDBOX_EXECUTABLE));
    launcher.setStateFile(dir.filePath(QStringLiteral("state.json")));
    launcher.setLogFile(dir.filePath(QStringLiteral("sandbox.log")));
    QSignalSpy unavailable(&launcher, &LocalSandboxLauncher::secretUnavailable);
    QSignalSpy inMemory(&launcher, &LocalSandboxLauncher::secretKeptInMemory);
    QSignalSpy ready(&launcher, &LocalSandboxLauncher::ready);
    launcher.start();
    // Locked looks like "nothing saved": the sandbox runs on a secret of this run's own.
    QVERIFY(ready.wait(20000));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).value<SecretResult>().status, SecretResult::Status::NotFound);
    QCOMPARE(launcher.state(), LocalSandboxLauncher::State::Running);
    QVERIFY(launcher.secretIsEphemeral());
    QCOMPARE(launcher.lastSecretResult().status, SecretResult::Status::NotFound);
    // Retry reads again; still locked, the sandbox keeps running as it is.
    launcher.retry();
    QVERIFY(inMemory.wait(20000));
    QCOMPARE(inMemory.size(), 2);
    QCOMPARE(launcher.state(), LocalSandboxLauncher::State::Running);
    QCOMPARE(recorder.count(QStringLiteral("read")), 2);
    // The keychain's entry was never touched.
    QCOMPARE(recorder.count(QStringLiteral("write")), 0);
    QCOMPARE(recorder.count(QStringLiteral("delete")), 0);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(settings.profile(profile.id)->secretSavedAt, profile.secretSavedAt);
    QSignalSpy stopped(launcher.process(), &SandboxProcess::stopped);
    launcher.stop();
    QVERIFY(stopped.wait(5000));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
