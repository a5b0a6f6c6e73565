// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One KeychainSecretStore operation in a fresh process, for tests of environments that
// QtKeychain only inspects once per process (no D-Bus, another desktop). Prints one line:
// "<status> <reason>", then "jobs-still-running N" (jobs the watchdog gave up on are kept
// until they finish) and, for a successful read, "secret <value>".
// Usage: lesspay-keychain-probe read|write|delete KEY [WATCHDOG_MS]; write takes the value
// from LESSPAY_PROBE_SECRET.
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QTextStream>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
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
