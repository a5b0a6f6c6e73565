// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Secret Service that never answers: takes the org.freedesktop.secrets name on the session
// bus, then runs COMMAND without ever returning to its event loop, so every call to the
// service hangs until the caller gives up. Used to test the keychain watchdog.
// Usage (inside a private bus): lesspay-stuck-secret-service COMMAND [ARGS...]
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty())
        return 2;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        QTextStream(stderr) << "cannot own org.freedesktop.secrets: " << bus.lastError().message() << '\n';
        return 3;
    }
    QProcess command;
    command.setProcessChannelMode(QProcess::ForwardedChannels);
    const QString program = args.takeFirst();
    command.start(program, args);
    command.waitForFinished(-1); // blocking on purpose: no event loop, so D-Bus calls stay unanswered
    return command.exitStatus() == QProcess::NormalExit ? command.exitCode() : 4;
}
