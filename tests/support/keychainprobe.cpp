// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One KeychainSecretStore operation in a fresh process, for tests of environments that
// QtKeychain only inspects once per process (no D-Bus, another desktop). Prints one line:
// "<status> <reason>", then "jobs-still-running N" (jobs the watchdog gave up on are kept
// until they finish) and, for a successful read, "secret <value>".
// Usage: lesspay-keychain-probe read|write|delete KEY [WATCHDOG_MS]; write takes the value
// from LESSPAY_PROBE_SECRET.
// Or: lesspay-keychain-probe sandbox SANDBOX_EXECUTABLE DIR [WATCHDOG_MS]: the console's start of
// the local sandbox (a first start unless DIR/settings.ini has its profile) on the keychain;
// prints the keychain's "<status> <reason>", the jobs line, then "sandbox running" (or
// "sandbox failed REASON", "sandbox stuck") and "ephemeral 0|1".
#include "secrets/keychainsecretstore.h"
#include "settings/localsandboxlauncher.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace Lesspay::Core;

namespace {

QString statusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return QStringLiteral("Ok");
    case SecretResult::Status::NotFound:
        return QStringLiteral("NotFound");
    case SecretResult::Status::Unavailable:
        return QStringLiteral("Unavailable");
    case SecretResult::Status::Timeout:
        return QStringLiteral("Timeout");
    }
    return {};
}

int runSandbox(QCoreApplication &app, const QStringList &args)
{
    if (args.size() < 4)
        return 2;
    Settings settings(args.at(3) + QStringLiteral("/settings.ini"));
    KeychainSecretStore store(QStringLiteral("com.lesspay.PayoutConsole.tests"));
    if (args.size() > 4)
        store.setWatchdogInterval(args.at(4).toInt());
    LocalSandboxLauncher launcher(&settings, &store);
    launcher.setExecutable(args.at(2));
    launcher.setStateFile(args.at(3) + QStringLiteral("/sandbox-state.json"));
    launcher.setLogFile(args.at(3) + QStringLiteral("/sandbox.log"));
    QString outcome = QStringLiteral("sandbox stuck");
    const auto finish = [&](const QString &line) {
        outcome = line;
        app.exit(0);
    };
    QObject::connect(&launcher, &LocalSandboxLauncher::ready, &app,
                     [&finish] { finish(QStringLiteral("sandbox running")); });
    QObject::connect(&launcher, &LocalSandboxLauncher::failed, &app,
                     [&finish](const QString &reason) { finish(QStringLiteral("sandbox failed ") + reason); });
    QTimer::singleShot(25000, &app, [&app] { app.exit(0); });
    launcher.start();
    app.exec();
    settings.sync();
    QTextStream out(stdout);
    const SecretResult result = launcher.lastSecretResult();
    out << statusName(result.status) << ' ' << result.reason << '\n';
    out << "jobs-still-running " << store.runningJobs() << '\n';
    out << outcome << '\n';
    out << "ephemeral " << (launcher.secretIsEphemeral() ? 1 : 0) << '\n';
    out.flush();
    if (launcher.process()->isRunning()) {
        QObject::connect(launcher.process(), &SandboxProcess::stopped, &app, [&app] { app.exit(0); });
        launcher.stop();
        app.exec();
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"sandbox")
        return runSandbox(app, args);
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: lesspay-keychain-probe read|write|delete KEY [WATCHDOG_MS]\n";
        return 2;
    }
    KeychainSecretStore store(QStringLiteral("com.lesspay.PayoutConsole.tests"));
    if (args.size() > 3)
        store.setWatchdogInterval(args.at(3).toInt());

    const auto report = [&app, &store](const SecretResult &result, const QByteArray &secret) {
        QTextStream out(stdout);
        out << statusName(result.status) << ' ' << result.reason << '\n';
        out << "jobs-still-running " << store.runningJobs() << '\n';
        if (result.isOk() && !secret.isEmpty())
            out << "secret " << QString::fromUtf8(secret) << '\n';
        out.flush();
        app.exit(0);
    };
    QObject::connect(&store, &SecretStore::readFinished, &app,
                     [&report](const QString &, const SecretResult &r, const QByteArray &s) { report(r, s); });
    QObject::connect(&store, &SecretStore::writeFinished, &app,
                     [&report](const QString &, const SecretResult &r) { report(r, {}); });
    QObject::connect(&store, &SecretStore::deleteFinished, &app,
                     [&report](const QString &, const SecretResult &r) { report(r, {}); });

    const QString op = args.at(1);
    const QString key = args.at(2);
    if (op == u"read")
        store.readSecret(key);
    else if (op == u"write")
        store.writeSecret(key, qgetenv("LESSPAY_PROBE_SECRET"));
    else if (op == u"delete")
        store.deleteSecret(key);
    else
        return 2;
    return app.exec();
}
