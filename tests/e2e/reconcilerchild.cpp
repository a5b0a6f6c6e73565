// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_reconcilelease: what the console does at start-up, in a process of its own.
// It opens the journal, resumes every unresolved batch of one profile with the submission
// engine (lease TTL and resend window from the command line), and when the engine has nothing
// left to reconcile prints each batch's state and exits.
// Usage: lesspay-reconciler-child JOURNAL BASE_URL PROFILE LEASE_MS RESEND_WINDOW_MS
// (the secret comes from LESSPAY_APP_SECRET, the app id from LESSPAY_APP_ID, default app-1).
// With LESSPAY_CHILD_WAIT_FOR_GO set it prints "ready" once its journal is open and resumes
// only when a line arrives on stdin, so that a test can release two of them at the same moment.
// After "reconciling N" it prints "holder ID" (its lease holder id) and one line "lease held
// elsewhere: REQUEST_ID by HOLDER" each time it found a batch's lease held by another process.
#include "api/apiclient.h"
#include "engine/submissionengine.h"
#include "journal/batchlease.h"
#include "journal/journal.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Lesspay::Core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6)
        return 2;
    std::unique_ptr<Journal> journal = Journal::open(args.at(1));
    if (!journal)
        return 3;
    QNetworkAccessManager network;
    ApiClient::Config config;
    config.baseUrl = QUrl(args.at(2));
    config.appId = qEnvironmentVariable("LESSPAY_APP_ID", QStringLiteral("app-1"));
    config.timeout = std::chrono::milliseconds(3000);
    const QByteArray secret = qgetenv("LESSPAY_APP_SECRET");
    ApiClient client(&network, config, [secret] { return secret; });
    const QString profile = args.at(3);
    EngineOptions options;
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffCap = std::chrono::milliseconds(60);
    options.leaseTtl = std::chrono::milliseconds(args.at(4).toInt());
    options.resendWindow = std::chrono::milliseconds(args.at(5).toInt());
    options.pollInitial = std::chrono::minutes(1);
    SubmissionEngine engine(
        *journal, [&](const QString &p) { return p == profile ? &client : nullptr; }, options);
    if (qEnvironmentVariableIsSet("LESSPAY_CHILD_WAIT_FOR_GO")) {
        std::printf("ready\n");
        std::fflush(stdout);
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 4;
    }
    const QList<FrozenBatch> batches = journal->unresolvedBatches();
    QStringList heldElsewhere;
    bool resumed = false;
    const auto printHeld = [&] {
        for (const QString &line : std::as_const(heldElsewhere))
            std::printf("lease held elsewhere: %s\n", qPrintable(line));
        heldElsewhere.clear();
        std::fflush(stdout);
    };
    QObject::connect(&engine, &SubmissionEngine::leaseHeldElsewhere, &app,
                     [&](const QString &requestId, const QString &holder) {
                         heldElsewhere.append(requestId + QStringLiteral(" by ") + holder);
                         if (resumed)
                             printHeld();
                     });
    const int started = engine.resumeAtStartup();
    resumed = true;
    std::printf("reconciling %d\nholder %s\n", started, qPrintable(BatchLease::ownHolderId()));
    printHeld();

    QTimer check;
    int exitCode = 0;
    QObject::connect(&check, &QTimer::timeout, &app, [&] {
        if (engine.isReconciling())
            return;
        for (const FrozenBatch &b : batches) {
            const std::optional<FrozenBatch> now = journal->batch(b.requestId);
            std::printf("%s: %s\n", qPrintable(b.requestId), now ? qPrintable(BatchStates::key(now->state)) : "-");
            exitCode = now && now->state == BatchState::Accepted ? exitCode : 1;
        }
        app.quit();
    });
    check.start(20);
    app.exec();
    return exitCode;
}
