// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Chaos: 100 submissions through the SubmissionEngine against the real lesspay-sandbox, each
// with a random fault on its create call. The server must hold exactly one batch per
// request_id, created once, and every batch must end accepted and final.
#include "api/apiclient.h"
#include "domain/batch.h"
#include "engine/poller.h"
#include "engine/submissionengine.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "sandboxrunner.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Lesspay::Core;

namespace {

struct Figures
{
    int submissions = 0;
    int duplicates = -1;
    int unresolved = -1;
};

Figures figures;

} // namespace

class TestSubmissionChaos : public QObject
{
    Q_OBJECT

private slots:
    void chaos_hundredFaultySubmissions_eachCreatedOnceAndFinal();
};

void TestSubmissionChaos::chaos_hundredFaultySubmissions_eachCreatedOnceAndFinal()
{
    SandboxRunner sandbox;
    QVERIFY(sandbox.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<Journal> journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal);

    QNetworkAccessManager network;
    ApiClient::Config config;
    config.baseUrl = sandbox.baseUrl();
    config.appId = QStringLiteral("sandbox-demo");
    config.timeout = std::chrono::milliseconds(400);
    ApiClient client(&network, config, [] { return QByteArrayLiteral("sandbox-demo-secret"); });
    int calls = 0;
    int unsafeRequests = 0;
    connect(&client, &ApiClient::callStarted, this, [&](ApiCall *call) {
        ++calls;
        const QNetworkRequest &r = call->request();
        if (r.transferTimeout() <= 0
            || r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt() != QNetworkRequest::ManualRedirectPolicy)
            ++unsafeRequests;
    });

    EngineOptions options;
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffCap = std::chrono::milliseconds(150);
    options.resendWindow = std::chrono::milliseconds(250);
    options.pollInitial = std::chrono::milliseconds(50);
    options.pollMax = std::chrono::milliseconds(250);
    const QString profile = QStringLiteral("chaos");
    SubmissionEngine engine(
        *journal, [&](const QString &) { return &client; }, options);
    DraftStore drafts(*journal);

    const quint32 seed = qEnvironmentVariableIsSet("LESSPAY_CHAOS_SEED")
                             ? quint32(qEnvironmentVariableIntValue("LESSPAY_CHAOS_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("chaos seed %u (set LESSPAY_CHAOS_SEED to repeat)", seed);
    QRandomGenerator random(seed);
    const QStringList modes{QStringLiteral("drop_after_store"), QStringLiteral("delay"),
                            QStringLiteral("http500"),          QStringLiteral("redirect307"),
                            QStringLiteral("garbage"),          QStringLiteral("drop_before_store"),
                            QStringLiteral("http503")};
    QStringList requestIds;
    const int Submissions =
        qEnvironmentVariableIsSet("LESSPAY_CHAOS_COUNT") ? qEnvironmentVariableIntValue("LESSPAY_CHAOS_COUNT") : 100;
    QElapsedTimer clock;
    for (int i = 0; i < Submissions; ++i) {
        const QString mode = modes.at(int(random.bounded(quint32(modes.size()))));
        clock.start();
        QVERIFY(sandbox.addFault({{QStringLiteral("mode"), mode},
                                  {QStringLiteral("count"), 1},
                                  {QStringLiteral("path"), QLatin1String(SandboxRunner::CreatePath)},
                                  {QStringLiteral("delay_ms"), 700}}));
        const std::optional<qint64> draftId = drafts.save({});
        QVERIFY(draftId);
        const SubmissionEngine::SubmitResult r =
            engine.submit(*draftId, profile, SandboxRunner::createBody(RequestId::generate(), 2, i));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.alreadySubmitted);
        // A double click: the same draft again, with another body. Nothing new may happen.
        const SubmissionEngine::SubmitResult again =
            engine.submit(*draftId, profile, SandboxRunner::createBody(RequestId::generate(), 2, i));
        QVERIFY(again.alreadySubmitted);
        QCOMPARE(again.batch.requestId, r.batch.requestId);
        requestIds.append(r.batch.requestId);
        ++figures.submissions;
        QTRY_VERIFY2_WITH_TIMEOUT(!engine.isReconciling(r.batch.requestId), qPrintable(mode), 20000);
        QCOMPARE(journal->batch(r.batch.requestId)->state, BatchState::Accepted);
        if (qEnvironmentVariableIsSet("LESSPAY_CHAOS_COUNT"))
            qInfo("%s %lld ms", qPrintable(mode), clock.elapsed());
    }
    QVERIFY(sandbox.clearFaults());
    QTRY_VERIFY_WITH_TIMEOUT(journal->batchesToPoll().isEmpty(), 20000);

    QHash<QString, int> onServer;
    int duplicates = 0;
    for (const QJsonValue &v : sandbox.batches()) {
        const QJsonObject b = v.toObject();
        const QString id = b.value(QLatin1String("request_id")).toString();
        duplicates += std::max(0, b.value(QLatin1String("create_accepted")).toInt() - 1);
        duplicates += onServer.value(id) > 0 ? 1 : 0;
        onServer[id] += 1;
    }
    int unresolved = 0;
    for (const QString &id : std::as_const(requestIds)) {
        const std::optional<FrozenBatch> b = journal->batch(id);
        const bool final = b && b->state == BatchState::Accepted && OrderStatus::fromText(b->orderStatus).isFinal();
        unresolved += final && onServer.value(id) == 1 ? 0 : 1;
    }
    figures.duplicates = duplicates;
    figures.unresolved = unresolved;
    QCOMPARE(onServer.size(), Submissions);
    QCOMPARE(duplicates, 0);
    QCOMPARE(unresolved, 0);
    QVERIFY(calls > Submissions);
    QCOMPARE(unsafeRequests, 0);
}

// A main of our own so that the figures are the last lines of the output.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSubmissionChaos test;
    const int rc = QTest::qExec(&test, argc, argv);
    std::printf("submissions: %d\nduplicates: %d\nunresolved: %d\n", figures.submissions, figures.duplicates,
                figures.unresolved);
    return rc;
}

#include "tst_submissionchaos.moc"
