// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The submission engine's paths one at a time, against the real lesspay-sandbox.
#include "api/apiclient.h"
#include "domain/batch.h"
#include "engine/poller.h"
#include "engine/submissionengine.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "sandboxrunner.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

const QString Profile = QStringLiteral("e2e");

QByteArray withAmount(const QByteArray &body, int detail, const QString &amount, const QString &total)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    QJsonArray details = o.value(QLatin1String("payout_order_details")).toArray();
    QJsonObject d = details.at(detail).toObject();
    d.insert(QLatin1String("amount"), amount);
    details.replace(detail, d);
    o.insert(QLatin1String("payout_order_details"), details);
    o.insert(QLatin1String("total_amount"), total);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSubmissionEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void submit_cleanRun_acceptedAndFollowedToFinal();
    void submit_sameDraftFromTwoProcesses_createdOnce();
    void resume_sendingAndStored_adoptedWithoutResend();
    void resume_sendingNeverArrived_resentAfterWindow();
    void resume_frozen_sentDirectly();
    void submit_requestIdHeldByOtherBatch_needsAttention();
    void submit_businessRefusal_rejected();
    void create_redirect_notFollowedAndReconciled();
    void events_neverHoldFullAccountNumbers();
    void poller_pendingBatches_boundedBackedOffAndQuiet();

private:
    std::unique_ptr<ApiClient> makeClient(QNetworkAccessManager *network) const;
    std::unique_ptr<SubmissionEngine> makeEngine(Journal &journal, ApiClient *client) const;
    QJsonObject serverBatch(const QString &requestId);

    std::unique_ptr<SandboxRunner> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Journal> m_journal;
    EngineOptions m_options;
};

void TestSubmissionEngine::initTestCase()
{
    m_sandbox = std::make_unique<SandboxRunner>();
    QVERIFY(m_sandbox->start());
}

void TestSubmissionEngine::init()
{
    m_options = {};
    m_options.backoffBase = std::chrono::milliseconds(20);
    m_options.backoffCap = std::chrono::milliseconds(100);
    m_options.resendWindow = std::chrono::milliseconds(300);
    m_options.pollInitial = std::chrono::milliseconds(40);
    m_options.pollMax = std::chrono::milliseconds(200);
    QVERIFY(m_sandbox->clearFaults());
    m_dir = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = makeClient(m_network.get());
    m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(m_journal);
}

void TestSubmissionEngine::cleanup()
{
    m_client.reset();
    m_journal.reset();
    m_network.reset();
    m_dir.reset();
}

std::unique_ptr<ApiClient> TestSubmissionEngine::makeClient(QNetworkAccessManager *network) const
{
    ApiClient::Config config;
    config.baseUrl = m_sandbox->baseUrl();
    config.appId = QStringLiteral("sandbox-demo");
    config.timeout = std::chrono::milliseconds(500);
    return std::make_unique<ApiClient>(network, config, [] { return QByteArrayLiteral("sandbox-demo-secret"); });
}

std::unique_ptr<SubmissionEngine> TestSubmissionEngine::makeEngine(Journal &journal, ApiClient *client) const
{
    return std::make_unique<SubmissionEngine>(
        journal, [client](const QString &profile) { return profile == Profile ? client : nullptr; }, m_options);
}

QJsonObject TestSubmissionEngine::serverBatch(const QString &requestId)
{
    for (const QJsonValue &v : m_sandbox->batches()) {
        if (v.toObject().value(QLatin1String("request_id")).toString() == requestId)
            return v.toObject();
    }
    return {};
}

void TestSubmissionEngine::submit_cleanRun_acceptedAndFollowedToFinal()
{
    auto engine = makeEngine(*m_journal, m_client.get());
    QSignalSpy details(engine.get(), &SubmissionEngine::detailChanged);
    QSignalSpy settled(engine.get(), &SubmissionEngine::settled);
    const QString id = RequestId::generate();
    // Detail 2 ends in .13: the sandbox fails it, so the batch ends PARTIAL_SUCCESS.
    const QByteArray body =
        withAmount(SandboxRunner::createBody(id, 3, 1), 1, QStringLiteral("11.13"), QStringLiteral("33.33"));
    const SubmissionEngine::SubmitResult r = engine->submit(0, Profile, body);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.batch.body, body);
    QTRY_COMPARE(settled.count(), 1);
    QCOMPARE(settled.at(0).at(1).value<BatchState>(), BatchState::Accepted);
    QTRY_VERIFY_WITH_TIMEOUT(m_journal->batch(id)->orderStatus == QLatin1String("PARTIAL_SUCCESS"), 10000);
    QTRY_VERIFY(!engine->poller()->isPolling());
    QVERIFY(m_journal->batchesToPoll().isEmpty());

    // A signal for every real change and for nothing else: each detailChanged matches one
    // snapshot in the timeline, and no snapshot repeats the status before it.
    QHash<QString, int> signalled;
    for (const QList<QVariant> &args : std::as_const(details))
        ++signalled[args.at(1).toString()];
    QHash<QString, int> snapshots;
    QHash<QString, QString> lastStatus;
    for (const TimelineEntry &e : JournalQueries(*m_journal).timeline(id)) {
        if (e.mchOrderId.isEmpty())
            continue;
        QVERIFY2(lastStatus.value(e.mchOrderId) != e.status, qPrintable(e.mchOrderId));
        lastStatus[e.mchOrderId] = e.status;
        ++snapshots[e.mchOrderId];
    }
    QCOMPARE(signalled, snapshots);
    QCOMPARE(signalled.size(), 3);
    const QList<DetailStatus> rows = JournalQueries(*m_journal).details(id);
    QCOMPARE(rows.at(1).status, QStringLiteral("FAILED"));
    QVERIFY(!rows.at(1).failReason.isEmpty());
    QStringList states;
    for (const TimelineEntry &e : JournalQueries(*m_journal).timeline(id)) {
        if (e.mchOrderId.isEmpty() && (states.isEmpty() || states.last() != e.state))
            states << e.state;
    }
    QCOMPARE(states, (QStringList{QStringLiteral("frozen"), QStringLiteral("sending"), QStringLiteral("accepted")}));
    QCOMPARE(serverBatch(id).value(QLatin1String("create_accepted")).toInt(), 1);
}

void TestSubmissionEngine::submit_sameDraftFromTwoProcesses_createdOnce()
{
    // Two windows or processes: two journals on one file, two network stacks, two engines.
    std::unique_ptr<Journal> other = Journal::open(m_journal->path());
    QNetworkAccessManager otherNetwork;
    auto otherClient = makeClient(&otherNetwork);
    auto first = makeEngine(*m_journal, m_client.get());
    auto second = makeEngine(*other, otherClient.get());
    const qint64 draft = DraftStore(*m_journal).save({}).value();
    const qsizetype before = m_sandbox->batches().size();
    const auto a = first->submit(draft, Profile, SandboxRunner::createBody(RequestId::generate(), 1, 2));
    const auto b = second->submit(draft, Profile, SandboxRunner::createBody(RequestId::generate(), 1, 3));
    const auto c = first->submit(draft, Profile, SandboxRunner::createBody(RequestId::generate(), 1, 4));
    QVERIFY(a.ok && b.ok && c.ok);
    QVERIFY(!a.alreadySubmitted);
    QVERIFY(b.alreadySubmitted && c.alreadySubmitted);
    QCOMPARE(b.batch.requestId, a.batch.requestId);
    QTRY_VERIFY(!first->isReconciling() && !second->isReconciling());
    QCOMPARE(m_sandbox->batches().size(), before + 1);
    QCOMPARE(serverBatch(a.batch.requestId).value(QLatin1String("create_accepted")).toInt(), 1);
}

void TestSubmissionEngine::resume_sendingAndStored_adoptedWithoutResend()
{
    // The process died after the create reached the server and before the answer was read.
    const QString id = RequestId::generate();
    const QByteArray body = SandboxRunner::createBody(id, 2, 5);
    const qint64 batchId = m_journal->freeze(0, Profile, body)->batch.id;
    QVERIFY(m_journal->markSending(batchId));
    QSignalSpy created(m_client->create(body), &ApiCall::finished);
    QVERIFY(created.wait());
    QVERIFY(created.at(0).at(0).value<ApiResult>().ok());

    auto engine = makeEngine(*m_journal, m_client.get());
    QCOMPARE(engine->resumeAtStartup(), 1);
    QTRY_VERIFY(!engine->isReconciling());
    const FrozenBatch b = m_journal->batchById(batchId).value();
    QCOMPARE(b.state, BatchState::Accepted);
    QCOMPARE(b.sendCount, 1);
    QVERIFY(!b.payOrderId.isEmpty());
    QCOMPARE(serverBatch(id).value(QLatin1String("create_accepted")).toInt(), 1);
}

void TestSubmissionEngine::resume_sendingNeverArrived_resentAfterWindow()
{
    // Marked Sending, then the process died before a byte left: the server has nothing.
    const QString id = RequestId::generate();
    const qint64 batchId = m_journal->freeze(0, Profile, SandboxRunner::createBody(id, 2, 6))->batch.id;
    QVERIFY(m_journal->markSending(batchId));
    auto engine = makeEngine(*m_journal, m_client.get());
    QElapsedTimer t;
    t.start();
    QCOMPARE(engine->resumeAtStartup(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isReconciling(), 10000);
    QVERIFY(t.elapsed() >= m_options.resendWindow.count()); // not before the window
    const FrozenBatch b = m_journal->batchById(batchId).value();
    QCOMPARE(b.state, BatchState::Accepted);
    QCOMPARE(b.sendCount, 2);
    QCOMPARE(serverBatch(id).value(QLatin1String("create_accepted")).toInt(), 1);
    bool sawNotFound = false;
    for (const EventEntry &e : JournalQueries(*m_journal).events(id))
        sawNotFound = sawNotFound || e.code == 30020;
    QVERIFY(sawNotFound);
}

void TestSubmissionEngine::resume_frozen_sentDirectly()
{
    const QString id = RequestId::generate();
    const qint64 batchId = m_journal->freeze(0, Profile, SandboxRunner::createBody(id, 1, 7))->batch.id;
    auto engine = makeEngine(*m_journal, m_client.get());
    QCOMPARE(engine->resumeAtStartup(), 1);
    QTRY_VERIFY(!engine->isReconciling());
    QCOMPARE(m_journal->batchById(batchId)->state, BatchState::Accepted);
    const QList<EventEntry> events = JournalQueries(*m_journal).events(id);
    QCOMPARE(events.size(), 2); // one create, one answer: no query was needed
    QCOMPARE(events.at(0).endpoint, QStringLiteral("create"));
}

void TestSubmissionEngine::submit_requestIdHeldByOtherBatch_needsAttention()
{
    const QString id = RequestId::generate();
    QSignalSpy created(m_client->create(SandboxRunner::createBody(id, 2, 8)), &ApiCall::finished);
    QVERIFY(created.wait());
    auto engine = makeEngine(*m_journal, m_client.get());
    QSignalSpy settled(engine.get(), &SubmissionEngine::settled);
    QVERIFY(engine->submit(0, Profile, SandboxRunner::createBody(id, 3, 9)).ok);
    QTRY_COMPARE(settled.count(), 1);
    QCOMPARE(settled.at(0).at(1).value<BatchState>(), BatchState::NeedsAttention);
    QVERIFY(m_journal->batch(id)->lastError.contains(QLatin1String("30010")));
    QCOMPARE(serverBatch(id).value(QLatin1String("create_accepted")).toInt(), 1);
}

void TestSubmissionEngine::submit_businessRefusal_rejected()
{
    const QString id = RequestId::generate();
    // The total does not match the details: 30002.
    const QByteArray body =
        withAmount(SandboxRunner::createBody(id, 2, 1), 0, QStringLiteral("10.10"), QStringLiteral("999.99"));
    auto engine = makeEngine(*m_journal, m_client.get());
    QVERIFY(engine->submit(0, Profile, body).ok);
    QTRY_VERIFY(!engine->isReconciling());
    const FrozenBatch b = m_journal->batch(id).value();
    QCOMPARE(b.state, BatchState::Rejected);
    QVERIFY(b.lastError.contains(QLatin1String("30002")));
    QVERIFY(serverBatch(id).isEmpty());
}

void TestSubmissionEngine::create_redirect_notFollowedAndReconciled()
{
    QVERIFY(
        m_sandbox->addFault({{QStringLiteral("mode"), QStringLiteral("redirect307")}, {QStringLiteral("count"), 2}}));
    const QString id = RequestId::generate();
    const QByteArray body = SandboxRunner::createBody(id, 1, 10);
    QSignalSpy direct(m_client->create(body), &ApiCall::finished);
    QVERIFY(direct.wait());
    const ApiResult r = direct.at(0).at(0).value<ApiResult>();
    QCOMPARE(r.error, ApiError::Redirected);
    QCOMPARE(r.httpStatus, 307);
    QVERIFY(r.redirectLocation.contains(QLatin1String("/redirected")));
    QVERIFY(serverBatch(id).isEmpty()); // the redirect target was never asked

    const QString id2 = RequestId::generate();
    auto engine = makeEngine(*m_journal, m_client.get());
    QVERIFY(engine->submit(0, Profile, SandboxRunner::createBody(id2, 1, 11)).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isReconciling(), 10000);
    QCOMPARE(m_journal->batch(id2)->state, BatchState::Accepted);
    QCOMPARE(serverBatch(id2).value(QLatin1String("create_accepted")).toInt(), 1);
}

void TestSubmissionEngine::events_neverHoldFullAccountNumbers()
{
    const QString id = RequestId::generate();
    const QByteArray body = SandboxRunner::createBody(id, 2, 12);
    auto engine = makeEngine(*m_journal, m_client.get());
    QVERIFY(engine->submit(0, Profile, body).ok);
    QTRY_VERIFY(!engine->isReconciling());
    engine->refreshNow(id);
    QTRY_VERIFY(!engine->poller()->isPolling());
    const QList<EventEntry> events = JournalQueries(*m_journal).events(id);
    QVERIFY(events.size() >= 2);
    const QJsonArray details =
        QJsonDocument::fromJson(body).object().value(QLatin1String("payout_order_details")).toArray();
    for (const EventEntry &e : events) {
        for (const QJsonValue &d : details) {
            const QByteArray account = d.toObject().value(QLatin1String("bank_account_no")).toString().toUtf8();
            QVERIFY2(!e.body.contains(account), e.body.constData());
        }
        QVERIFY(!e.body.contains("sandbox-demo-secret"));
    }
}

void TestSubmissionEngine::poller_pendingBatches_boundedBackedOffAndQuiet()
{
    m_options.maxConcurrentQueries = 4;
    m_options.pollInitial = std::chrono::milliseconds(40);
    m_options.pollMax = std::chrono::milliseconds(400);
    auto engine = makeEngine(*m_journal, m_client.get());
    QSignalSpy changed(engine.get(), &SubmissionEngine::batchChanged);
    // A detail amount ending in .17 never finishes in the sandbox: these batches stay followed.
    constexpr int Batches = 10;
    for (int i = 0; i < Batches; ++i) {
        const QByteArray body = withAmount(SandboxRunner::createBody(RequestId::generate(), 1, 20 + i), 0,
                                           QStringLiteral("10.17"), QStringLiteral("10.17"));
        QVERIFY(engine->submit(0, Profile, body).ok);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isReconciling(), 10000);

    int inFlight = 0;
    int maxInFlight = 0;
    int queries = 0;
    connect(m_client.get(), &ApiClient::callStarted, this, [&](ApiCall *call) {
        if (call->endpoint() != ApiCall::Endpoint::Query)
            return;
        ++queries;
        maxInFlight = std::max(maxInFlight, ++inFlight);
        connect(call, &ApiCall::finished, this, [&] { --inFlight; });
    });
    changed.clear();
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(queries >= Batches * 6, 15000);
    // With a fixed 40 ms pace six rounds take a quarter of a second; growing intervals take
    // 40 + 64 + 102 + 164 + 262 ms and more.
    QVERIFY2(t.elapsed() > 500, qPrintable(QString::number(t.elapsed())));
    QVERIFY(maxInFlight <= m_options.maxConcurrentQueries);
    QVERIFY(maxInFlight >= 2);
    // Statuses moved at most from PENDING_CONFIRM to PENDING_PAY: far fewer signals than answers.
    QVERIFY2(changed.count() <= 2 * Batches, qPrintable(QString::number(changed.count())));
    QCOMPARE(m_journal->batchesToPoll().size(), Batches);
}

QTEST_GUILESS_MAIN(TestSubmissionEngine)
#include "tst_submissionengine.moc"
