// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/commandline.h"
#include "sandbox/sandbox.h"
#include "sandbox/signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Lesspay::Sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lesspay-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LESSPAY_VERSION));

    const CommandLine::Result cli = CommandLine::parse(app.arguments(), QProcessEnvironment::systemEnvironment());
    switch (cli.action) {
    case CommandLine::Action::Help:
    case CommandLine::Action::Version:
        std::fputs(qPrintable(cli.text + QLatin1Char('\n')), stdout);
        return 0;
    case CommandLine::Action::Error:
        std::fprintf(stderr, "lesspay-sandbox: %s\nTry --help.\n", qPrintable(cli.text));
        return 2;
    case CommandLine::Action::Run:
        break;
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [](int) { QCoreApplication::quit(); });

    Sandbox sandbox(cli.options);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "lesspay-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // The agreed startup line: scripts and tests wait for it to learn the port.
    std::printf("lesspay-sandbox listening on %s\n", qPrintable(sandbox.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
