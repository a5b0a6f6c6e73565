// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The zero-setup start and a profile with a canary secret, run with the real keychain
// (tests/support/with-keyring.sh) and the application's default paths redirected into a
// temporary tree; afterwards no file under that tree may contain either secret.
#include "api/apiclient.h"
#include "api/wireformat.h"
#include "secrets/keychainsecretstore.h"
#include "settings/connectiontester.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {
const QString Service = QStringLiteral("com.lesspay.PayoutConsole.scan-test");
}

class TestSecretScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scan_plantedCanary_found();
    void zeroSetupAndProfileSaving_everyWrittenFile_noSecret();

private:
    struct Hit
    {
        QString file;
        QString form;
    };
    static QList<Hit> scan(const QString &root, const QByteArray &secret, QStringList *scanned);
    QByteArray readSecret(SecretStore &store, const QString &key);

    QTemporaryDir m_root;
};

void TestSecretScan::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("LESSPAY_KEYRING_SESSION"), "run through tests/support/with-keyring.sh");
    QVERIFY(m_root.isValid());
    // Every place the application writes to by default, inside the tree that gets scanned.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, m_root.filePath(QString::fromLatin1(variable).toLower()).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Lesspay"));
    QCoreApplication::setApplicationName(QStringLiteral("PayoutConsole"));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_root.path()));
}

QList<TestSecretScan::Hit> TestSecretScan::scan(const QString &root, const QByteArray &secret, QStringList *scanned)
{
    const QList<QPair<QString, QByteArray>> forms = {
        {QStringLiteral("raw"), secret},
        {QStringLiteral("base64"), secret.toBase64()},
        {QStringLiteral("hex"), secret.toHex()},
        {QStringLiteral("utf-16"),
         QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(secret).utf16()), secret.size() * 2)},
    };
    QList<Hit> hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        scanned->append(path);
        for (const auto &[name, bytes] : forms) {
            if (content.contains(bytes))
                hits.append({path, name});
        }
    }
    return hits;
}

QByteArray TestSecretScan::readSecret(SecretStore &store, const QString &key)
{
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.readSecret(key);
    if (!read.wait(20000))
        return {};
    return read.at(0).at(2).toByteArray();
}

void TestSecretScan::scan_plantedCanary_found()
{
    // The scanner itself must be able to fail.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("nested/../planted.txt")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("nested")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("prefix " + QByteArrayLiteral("canary-123").toBase64() + " suffix");
    file.close();
    QStringList scanned;
    const auto hits = scan(dir.path(), QByteArrayLiteral("canary-123"), &scanned);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().form, QStringLiteral("base64"));
}

void TestSecretScan::zeroSetupAndProfileSaving_everyWrittenFile_noSecret()
{
    const QByteArray canary = QByteArrayLiteral("CANARY-5d1f0c2e-profile-secret");
    QByteArray sandboxSecret;
    {
        Settings settings(Settings::defaultFilePath());
        QVERIFY(settings.filePath().startsWith(m_root.path()));
        KeychainSecretStore keychain(Service);
        QNetworkAccessManager network;

        // Zero-setup start: profile, generated secret in the keychain, sandbox with its state file.
        LocalSandboxLauncher launcher(&settings, &keychain);
        launcher.setExecutable(QStringLiteral(LESSPAY_SANDBOX_EXECUTABLE));
        QSignalSpy ready(&launcher, &LocalSandboxLauncher::ready);
        launcher.start();
        QVERIFY(ready.wait(30000));
        QVERIFY(!launcher.secretIsEphemeral());
        const Profile sandbox = *settings.localSandboxProfile();
        sandboxSecret = readSecret(keychain, sandbox.secretKey());
        QCOMPARE(sandboxSecret.size(), 64);

        // Traffic, so the sandbox's state and log have something in them.
        ApiClient client(&network, {sandbox.baseUrl, sandbox.appId}, [sandboxSecret] { return sandboxSecret; });
        const QJsonObject detail{{QStringLiteral("mch_order_id"), QStringLiteral("scan-1")},
                                 {QStringLiteral("amount"), QStringLiteral("12.50")},
                                 {QStringLiteral("destination_type"), QStringLiteral("bank")},
                                 {QStringLiteral("bank_account_name"), QStringLiteral("Maria Santos")},
                                 {QStringLiteral("bank_account_no"), QStringLiteral("000123456789")},
                                 {QStringLiteral("bank_account_type"), QStringLiteral("individual")},
                                 {QStringLiteral("bank_name"), QStringLiteral("BDO Unibank")},
                                 {QStringLiteral("bank_country_code"), QStringLiteral("PH")},
                                 {QStringLiteral("bank_swift_code"), QStringLiteral("BNORPHMM")}};
        const QJsonObject body{{QStringLiteral("request_id"), QStringLiteral("scan-batch-1")},
                               {QStringLiteral("currency"), QStringLiteral("PHP")},
                               {QStringLiteral("total_amount"), QStringLiteral("12.50")},
                               {QStringLiteral("way_type"), sandbox.wayType},
                               {QStringLiteral("way_code"), sandbox.wayCode},
                               {QStringLiteral("notify_url"), sandbox.notifyUrl},
                               {QStringLiteral("payout_order_details"), QJsonArray{detail}}};
        ApiCall *call = client.create(WireFormat::toBytes(body));
        QSignalSpy created(call, &ApiCall::finished);
        QVERIFY(created.wait(10000));
        QVERIFY(created.at(0).at(0).value<ApiResult>().ok());
        ConnectionTester tester(&network, &keychain);
        QSignalSpy tested(&tester, &ConnectionTester::finished);
        tester.test(sandbox);
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.at(0).at(0).value<ConnectionTester::Outcome>(), ConnectionTester::Outcome::Works);

        // A profile saved with a canary secret, as the profile editor does it.
        Profile mine = Profile::create(QStringLiteral("Acme"), Profile::Environment::Production);
        mine.appId = QStringLiteral("acme-live");
        mine.baseUrl = QUrl(QStringLiteral("https://pay.acme.example"));
        QSignalSpy written(&keychain, &SecretStore::writeFinished);
        keychain.writeSecret(mine.secretKey(), canary);
        QVERIFY(written.wait(20000));
        QVERIFY(written.at(0).at(1).value<SecretResult>().isOk());
        mine.secretSavedAt = QDateTime::currentDateTimeUtc();
        settings.saveProfile(mine);
        settings.setWindowGeometry(QByteArrayLiteral("geometry"));
        settings.addRecentFile(m_root.filePath(QStringLiteral("recipients.csv")));
        QCOMPARE(readSecret(keychain, mine.secretKey()), canary);
        QVERIFY(settings.sync());
    } // launcher stops the sandbox, which writes its state on the way out

    QStringList scanned;
    const auto sandboxHits = scan(m_root.path(), sandboxSecret, &scanned);
    const auto canaryHits = scan(m_root.path(), canary, &scanned);
    QStringList report;
    for (const Hit &hit : sandboxHits + canaryHits)
        report << hit.file + QStringLiteral(" (") + hit.form + u')';
    QVERIFY2(report.isEmpty(), qPrintable(report.join(QStringLiteral(", "))));

    // The scan covered what the application wrote.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QStringList expectedFiles = {Settings::defaultFilePath(), data + QStringLiteral("/sandbox-state.json"),
                                       data + QStringLiteral("/sandbox.log")};
    for (const QString &expected : expectedFiles) {
        QVERIFY2(scanned.contains(expected), qPrintable(expected));
        QVERIFY2(QFileInfo(expected).size() > 0, qPrintable(expected));
    }
    QFile state(data + QStringLiteral("/sandbox-state.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(state.readAll().contains("scan-batch-1"));
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
