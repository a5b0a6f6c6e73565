// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/support/with-keyring.sh). Environments QtKeychain only inspects once per process
// (no D-Bus, a service that never answers) run in lesspay-keychain-probe child processes.
#include "recordingsecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"

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
    // Locks the keyring for the rest of the process: keep these last.
    void readSecret_lockedKeyring_notFound();
    void launcherStart_lockedKeyring_needsSecretWithoutWriteOrDelete();

private:
    struct ProbeOutput
    {
        QString status;
        QString reason;
        int jobsStillRunning = -1;
        qint64 elapsedMs = 0;
    };
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

void TestKeychainSecretStore::launcherStart_lockedKeyring_needsSecretWithoutWriteOrDelete()
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
    launcher.setStateFile(dir.filePath(QStringLiteral("state.json")));
    launcher.setLogFile(dir.filePath(QStringLiteral("sandbox.log")));
    QSignalSpy unavailable(&launcher, &LocalSandboxLauncher::secretUnavailable);
    QSignalSpy ready(&launcher, &LocalSandboxLauncher::ready);
    launcher.start();
    QVERIFY(unavailable.wait(20000));
    QCOMPARE(launcher.state(), LocalSandboxLauncher::State::NeedsSecret);
    QCOMPARE(unavailable.at(0).at(0).value<SecretResult>().status, SecretResult::Status::NotFound);
    // Retry reads again and still changes nothing.
    launcher.retry();
    QVERIFY(unavailable.wait(20000));
    QCOMPARE(recorder.count(QStringLiteral("read")), 2);
    QCOMPARE(recorder.count(QStringLiteral("write")), 0);
    QCOMPARE(recorder.count(QStringLiteral("delete")), 0);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(settings.profile(profile.id)->secretSavedAt, profile.secretSavedAt);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
