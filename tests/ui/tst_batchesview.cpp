// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Batches view against the real lesspay-sandbox (a child process with fast timers): a
// mixed batch submitted through the engine ends PARTIAL_SUCCESS and the view shows it, the
// failed-only export and the retry draft hold exactly the failed payouts.
#include "api/apiclient.h"
#include "batchdetailwidget.h"
#include "batchesview.h"
#include "batchjournalfixture.h"
#include "batchnotifier.h"
#include "engine/submissionengine.h"
#include "exportedcsv.h"
#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "models/batchfilterproxymodel.h"
#include "models/batchlistmodel.h"
#include "models/detailstatusmodel.h"
#include "overviewwidget.h"
#include "settings/sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;
using namespace BatchJournalFixture;

namespace {

constexpr int SettleTimeoutMs = 30000;

// CSV data lines (header, BOM and line ends removed), each reduced to its mch_order_id.
QStringList exportedIds(const QString &path)
{
    QStringList ids;
    const QStringList lines = ExportedCsv::dataLines(path);
    for (const QString &line : lines)
        ids.append(line.section(QLatin1Char(','), 0, 0));
    return ids;
}

} // namespace

class TestBatchesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mixedBatch_sandboxPays_endsPartialSuccessAndViewShowsIt();
    void liveUpdates_whilePolling_onlyChangedRowsNeverReset();
    void exportFailed_button_exactlyTheFailedRows();
    void exportResults_button_everyRowWithItsStatus();
    void retryDraft_button_draftWithExactlyTheFailedRowsLinked();
    void retryDraft_payoutStillPending_refused();
    void unknownBatch_selected_explainsWhatTheConsoleDoes();
    void filters_typedAndChosen_narrowTheTable();
    void notify_noTray_statusBarSaysWhatHappened();
    void createAnswered503_beingReconciled_explainsNextCheckAndNeverResends();
    void notSentBatch_sendAgainClicked_sentOnceWithTheSameRequestId();
    void retryBatch_selected_namesTheBatchItCameFrom();

private:
    QString submit(const QList<Payout> &payouts);
    void select(const QString &requestId);

    QTemporaryDir m_dir;
    SandboxProcess *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    std::unique_ptr<Journal> m_journal;
    SubmissionEngine *m_engine = nullptr;
    QTabWidget *m_tabs = nullptr;
    BatchesView *m_view = nullptr;
    std::unique_ptr<QSignalSpy> m_notices;
    std::unique_ptr<QSignalSpy> m_changes;
    std::unique_ptr<QSignalSpy> m_resets;
    QString m_mixed;
    QString m_exportPath;
    QString m_exportTitle; // the title the last file question had
};

void TestBatchesView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = new SandboxProcess(this);
    QSignalSpy ready(m_sandbox, &SandboxProcess::ready);
    QSignalSpy failed(m_sandbox, &SandboxProcess::failed);
    SandboxProcess::Options options;
    options.executable =
        SandboxProcess::locateExecutable(QStringLiteral(LESSPAY_BINARY_DIR "/app/sandbox/lesspay-sandbox"));
    QVERIFY2(!options.executable.isEmpty(), "lesspay-sandbox not built");
    options.appId = QStringLiteral("sandbox-demo");
    options.secret = QByteArrayLiteral("sandbox-demo-secret");
    options.extraArguments = {QStringLiteral("--review-delay-ms"), QStringLiteral("50"),
                              QStringLiteral("--pay-delay-ms"), QStringLiteral("50")};
    m_sandbox->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    m_network = new QNetworkAccessManager(this);
    ApiClient::Config config;
    config.baseUrl = m_sandbox->baseUrl();
    config.appId = QStringLiteral("sandbox-demo");
    config.timeout = std::chrono::milliseconds(5000);
    m_client = new ApiClient(
        m_network, config, [] { return QByteArrayLiteral("sandbox-demo-secret"); }, {}, this);

    QString error;
    m_journal = Journal::open(m_dir.filePath(QStringLiteral("journal.sqlite")), &error);
    QVERIFY2(m_journal, qPrintable(error));
    EngineOptions engineOptions;
    engineOptions.backoffBase = std::chrono::milliseconds(50);
    engineOptions.backoffCap = std::chrono::milliseconds(200);
    engineOptions.pollInitial = std::chrono::milliseconds(50);
    engineOptions.pollMax = std::chrono::milliseconds(200);
    m_engine = new SubmissionEngine(
        *m_journal, [this](const QString &) { return m_client; }, engineOptions, this);

    m_tabs = new QTabWidget;
    m_tabs->resize(1300, 850);
    m_view = new BatchesView(*m_journal);
    m_tabs->addTab(m_view, QStringLiteral("Batches"));
    m_view->attachToTab(m_tabs);
    m_view->setEngine(m_engine);
    m_view->notifier()->setTrayEnabled(false);
    new QAbstractItemModelTester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_view->model());
    new QAbstractItemModelTester(m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_view->proxy());
    new QAbstractItemModelTester(m_view->detail()->detailModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_view->detail()->detailModel());
    m_notices = std::make_unique<QSignalSpy>(m_view->notifier(), &BatchNotifier::notified);
    m_changes = std::make_unique<QSignalSpy>(m_view->model(), &QAbstractItemModel::dataChanged);
    m_resets = std::make_unique<QSignalSpy>(m_view->model(), &QAbstractItemModel::modelReset);
    m_view->detail()->setSaveFileNameProvider([this](const QString &title, const QString &) {
        m_exportTitle = title;
        return m_exportPath;
    });
    m_tabs->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tabs));
}

void TestBatchesView::cleanupTestCase()
{
    delete m_tabs;
    delete m_engine;
    m_journal.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

QString TestBatchesView::submit(const QList<Payout> &payouts)
{
    const QString requestId = RequestId::generate();
    const SubmissionEngine::SubmitResult r =
        m_engine->submit(0, QStringLiteral("local"), createBody(requestId, payouts));
    return r.ok ? r.batch.requestId : QString();
}

void TestBatchesView::select(const QString &requestId)
{
    m_view->selectBatch(requestId);
}

void TestBatchesView::mixedBatch_sandboxPays_endsPartialSuccessAndViewShowsIt()
{
    // The sandbox's magic endings: .13 fails (account closed), .14 fails (channel funds).
    m_mixed = submit({Payout{QStringLiteral("m-1"), QStringLiteral("100.00"), {}},
                      Payout{QStringLiteral("m-2"), QStringLiteral("200.13"), {}},
                      Payout{QStringLiteral("m-3"), QStringLiteral("300.00"), {}},
                      Payout{QStringLiteral("m-4"), QStringLiteral("400.14"), {}},
                      Payout{QStringLiteral("m-5"), QStringLiteral("500.00"), {}}});
    QVERIFY(!m_mixed.isEmpty());
    BatchListModel *model = m_view->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_mixed) >= 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(m_mixed), 0).data(BatchListModel::StatusRole).toInt(),
                              int(BatchPhase::PartiallySucceeded), SettleTimeoutMs);
    const int row = model->rowOf(m_mixed);
    QCOMPARE(model->index(row, BatchListModel::StatusColumn).data().toString(),
             BatchPhases::label(BatchPhase::PartiallySucceeded));
    QCOMPARE(model->index(row, 0).data(BatchListModel::SucceededRole).toInt(), 3);
    QCOMPARE(model->index(row, 0).data(BatchListModel::FailedRole).toInt(), 2);
    QCOMPARE(model->index(row, 0).data(BatchListModel::PendingRole).toInt(), 0);
    QVERIFY(!model->index(row, BatchListModel::PayOrderIdColumn).data().toString().isEmpty());
    QCOMPARE(model->index(row, BatchListModel::TotalColumn).data().toString(), QStringLiteral("1500.27"));
    // Shown with thousands separators, as the editor's totals line shows amounts.
    auto *batchTable = m_view->findChild<QTableView *>(QStringLiteral("batchTable"));
    QVERIFY(batchTable);
    auto *totals = qobject_cast<QStyledItemDelegate *>(batchTable->itemDelegateForColumn(BatchListModel::TotalColumn));
    QVERIFY(totals);
    QCOMPARE(totals->displayText(QStringLiteral("1500.27"), QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("1,500.27"));
    QCOMPARE(totals->displayText(QStringLiteral("1500.27"), QLocale(QLocale::Indonesian, QLocale::Indonesia)),
             QStringLiteral("1.500,27"));

    // The notice and the attention badge.
    QTRY_VERIFY(!m_notices->isEmpty());
    QCOMPARE(m_notices->last().at(0).toString(), BatchNotifier::title(BatchPhase::PartiallySucceeded));
    QCOMPARE(m_view->attentionCount(), 1);
    QCOMPARE(m_tabs->tabText(0), m_view->tabText());
    QVERIFY(m_tabs->tabText(0).contains(QLatin1String("(1)")));
    auto *badge = m_view->findChild<QPushButton *>(QStringLiteral("attentionBadge"));
    QVERIFY(badge && badge->isVisible());

    // The detail: every payout with status, reason and channel number.
    select(m_mixed);
    QCOMPARE(m_view->detail()->requestId(), m_mixed);
    auto *payouts = m_view->findChild<QTableView *>(QStringLiteral("payoutTable"));
    QVERIFY(payouts);
    DetailStatusModel *details = m_view->detail()->detailModel();
    QCOMPARE(details->rowCount(), 5);
    const int failedRow = details->rowOf(QStringLiteral("m-2"));
    QCOMPARE(details->index(failedRow, DetailStatusModel::StatusColumn).data(DetailStatusModel::StatusRole).toInt(),
             int(DetailStatusModel::Status::Failed));
    QVERIFY(details->index(failedRow, DetailStatusModel::FailReasonColumn)
                .data()
                .toString()
                .contains(QLatin1String("Beneficiary account is closed")));
    QVERIFY(details->index(details->rowOf(QStringLiteral("m-4")), DetailStatusModel::FailReasonColumn)
                .data()
                .toString()
                .contains(QLatin1String("Insufficient channel funds")));
    const int paidRow = details->rowOf(QStringLiteral("m-1"));
    QCOMPARE(details->index(paidRow, DetailStatusModel::StatusColumn).data(DetailStatusModel::StatusRole).toInt(),
             int(DetailStatusModel::Status::Succeeded));
    auto *explanation = m_view->findChild<QLabel *>(QStringLiteral("batchExplanation"));
    QVERIFY(explanation->text().contains(QLatin1String("3 payouts were paid and 2 failed")));
    // The table names who is paid, and that name gets the spare width.
    QAbstractItemModel *shown = payouts->model();
    QCOMPARE(shown->headerData(DetailStatusModel::RecipientColumn, Qt::Horizontal).toString(),
             QStringLiteral("Recipient"));
    QCOMPARE(shown->index(0, DetailStatusModel::RecipientColumn).data().toString(), QStringLiteral("Juan Dela Cruz"));
    m_tabs->resize(2400, 850);
    QTRY_VERIFY(payouts->columnWidth(DetailStatusModel::RecipientColumn) > 300);
    QCOMPARE(payouts->columnWidth(DetailStatusModel::UpdatedColumn), 150);
    QCOMPARE(payouts->horizontalScrollBar()->maximum(), 0);
    // Scrolled sideways on a narrow window, the order ID and the amount stay in view.
    m_tabs->resize(700, 850);
    QTRY_VERIFY(payouts->horizontalScrollBar()->maximum() > 0);
    auto *pinned = payouts->findChild<QTableView *>(QStringLiteral("pinnedColumnsView"));
    QVERIFY(pinned);
    QVERIFY(!pinned->isVisible());
    payouts->horizontalScrollBar()->setValue(payouts->horizontalScrollBar()->maximum());
    QTRY_VERIFY(pinned->isVisible());
    QVERIFY(payouts->visualRect(shown->index(0, DetailStatusModel::MchOrderIdColumn)).right() < 0);
    const QRect pinnedAmount = pinned->visualRect(shown->index(0, DetailStatusModel::AmountColumn));
    QVERIFY(pinned->viewport()->rect().contains(pinnedAmount));
    QCOMPARE(pinned->mapTo(payouts, pinned->viewport()->geometry().topLeft()).x()
                 + pinned->columnViewportPosition(DetailStatusModel::MchOrderIdColumn),
             payouts->viewport()->geometry().left());
    QVERIFY(pinned->isColumnHidden(DetailStatusModel::RecipientColumn));
    payouts->horizontalScrollBar()->setValue(0);
    QTRY_VERIFY(!pinned->isVisible());
    m_tabs->resize(1300, 850);

    // The timeline has the batch's way through the states, and the history its calls.
    auto *timeline = m_view->findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
    QStringList statuses;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        statuses.append(timeline->topLevelItem(i)->text(2));
    QVERIFY2(statuses.contains(QStringLiteral("PENDING_CONFIRM")), qPrintable(statuses.join(u',')));
    QVERIFY2(statuses.contains(QStringLiteral("PARTIAL_SUCCESS")), qPrintable(statuses.join(u',')));
    auto *history = m_view->findChild<QTreeWidget *>(QStringLiteral("historyTree"));
    QVERIFY(history->topLevelItemCount() >= 2);
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("request"));
    history->setCurrentItem(history->topLevelItem(0));
    auto *body = m_view->findChild<QPlainTextEdit *>(QStringLiteral("historyBody"));
    QVERIFY(body->toPlainText().contains(m_mixed));
    // Account numbers are masked in the history.
    QVERIFY2(!body->toPlainText().contains(accountNumber(QStringLiteral("m-1"))), qPrintable(body->toPlainText()));

    // The overview counts today's batch.
    QTRY_VERIFY(m_view->overview()->overview().count(BatchPhase::PartiallySucceeded) >= 1);
    QVERIFY(!m_view->overview()->overview().paid.isEmpty());
}

void TestBatchesView::liveUpdates_whilePolling_onlyChangedRowsNeverReset()
{
    QVERIFY(!m_changes->isEmpty());
    QCOMPARE(m_resets->count(), 0);
    for (const QList<QVariant> &change : std::as_const(*m_changes)) {
        const auto topLeft = change.at(0).value<QModelIndex>();
        const auto bottomRight = change.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), bottomRight.row());
    }
}

void TestBatchesView::exportFailed_button_exactlyTheFailedRows()
{
    select(m_mixed);
    m_exportPath = m_dir.filePath(QStringLiteral("failed.csv"));
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("exportFailedButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(exportedIds(m_exportPath), (QStringList{QStringLiteral("m-2"), QStringLiteral("m-4")}));
    QCOMPARE(m_exportTitle, QStringLiteral("Export failed payouts"));
    QFile file(m_exportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("FAILED,Beneficiary account is closed")));
    QVERIFY(!text.contains(QLatin1String("SUCCEED")));
    // A place that cannot be written: the message says it was that export, and where it tried.
    m_exportPath = m_dir.filePath(QStringLiteral("no-such-folder/failed.csv"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *message = m_view->findChild<QLabel *>(QStringLiteral("followUpMessage"));
    QVERIFY2(message->text().startsWith(QStringLiteral("The failed payouts were not saved to ")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(m_exportPath)), qPrintable(message->text()));
}

void TestBatchesView::exportResults_button_everyRowWithItsStatus()
{
    select(m_mixed);
    m_exportPath = m_dir.filePath(QStringLiteral("all.csv"));
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("exportResultsButton")), Qt::LeftButton);
    QCOMPARE(m_exportTitle, QStringLiteral("Export results"));
    QCOMPARE(exportedIds(m_exportPath),
             (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-3"), QStringLiteral("m-4"),
                          QStringLiteral("m-5")}));
    auto *message = m_view->findChild<QLabel *>(QStringLiteral("followUpMessage"));
    QVERIFY(message->text().contains(QLatin1String("all.csv")));
}

void TestBatchesView::retryDraft_button_draftWithExactlyTheFailedRowsLinked()
{
    select(m_mixed);
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("retryDraftButton"));
    QVERIFY(button->isEnabled());
    QSignalSpy created(m_view, &BatchesView::retryDraftCreated);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(created.count(), 1);
    const qint64 draftId = created.at(0).at(0).toLongLong();
    QCOMPARE(created.at(0).at(1).toString(), m_mixed);
    const QString newRequestId = created.at(0).at(2).toString();
    QVERIFY(RequestId::isValid(newRequestId));
    QVERIFY(newRequestId != m_mixed);

    const std::optional<DraftRecord> draft = DraftStore(*m_journal).load(draftId);
    QVERIFY(draft);
    QCOMPARE(draft->header.requestId, newRequestId);
    const std::optional<QList<PayoutDetail>> rows = DraftCodec::decodeRows(draft->rows);
    QVERIFY(rows);
    QStringList ids;
    for (const PayoutDetail &d : *rows)
        ids.append(d.mchOrderId() + QLatin1Char('=') + d.amount());
    QCOMPARE(ids, (QStringList{QStringLiteral("m-2=200.13"), QStringLiteral("m-4=400.14")}));
    QCOMPARE(RetryDraftBuilder(*m_journal).originOf(draftId), m_mixed);

    // Followed up: no longer counted, and no second draft from the same failures.
    QCOMPARE(m_view->attentionCount(), 0);
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("Batches"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(RetryDraftBuilder(*m_journal).create(m_mixed).outcome, RetryDraftBuilder::Outcome::AlreadyDrafted);
}

void TestBatchesView::retryDraft_payoutStillPending_refused()
{
    // .17 stays pending forever: the batch is paying, one payout failed, one never ends.
    const QString requestId = submit({Payout{QStringLiteral("p-1"), QStringLiteral("10.13"), {}},
                                      Payout{QStringLiteral("p-2"), QStringLiteral("10.17"), {}}});
    QVERIFY(!requestId.isEmpty());
    BatchListModel *model = m_view->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(requestId) >= 0
                                 && model->index(model->rowOf(requestId), 0).data(BatchListModel::FailedRole).toInt()
                                        == 1,
                             SettleTimeoutMs);
    QCOMPARE(model->index(model->rowOf(requestId), 0).data(BatchListModel::StatusRole).toInt(),
             int(BatchPhase::Paying));
    select(requestId);
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("retryDraftButton"));
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    const int drafts = int(DraftStore(*m_journal).list().size());
    const RetryDraftBuilder::Result r = m_view->detail()->createRetryDraft();
    QCOMPARE(r.outcome, RetryDraftBuilder::Outcome::Undecided);
    QCOMPARE(DraftStore(*m_journal).list().size(), drafts);
    auto *message = m_view->findChild<QLabel *>(QStringLiteral("followUpMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), r.message);
}

void TestBatchesView::unknownBatch_selected_explainsWhatTheConsoleDoes()
{
    // Written straight to the journal: the engine is not asked about it.
    QVERIFY(
        addBatch(*m_journal, QStringLiteral("LP-UNKNOWN-1"), payouts(QStringLiteral("u"), 2), {}, BatchState::Unknown));
    m_view->model()->refreshBatch(QStringLiteral("LP-UNKNOWN-1"));
    select(QStringLiteral("LP-UNKNOWN-1"));
    auto *explanation = m_view->findChild<QLabel *>(QStringLiteral("batchExplanation"));
    QVERIFY2(explanation->text().contains(QLatin1String("did not confirm")), qPrintable(explanation->text()));
    QVERIFY2(explanation->text().contains(QLatin1String("never send it as a new batch")),
             qPrintable(explanation->text()));
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("retryDraftButton"))->isEnabled());
}

void TestBatchesView::filters_typedAndChosen_narrowTheTable()
{
    BatchFilterProxyModel *proxy = m_view->proxy();
    const int all = proxy->rowCount();
    QVERIFY(all >= 3);
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("batchSearch"));
    QTest::keyClicks(search, m_mixed.toLower());
    QTRY_COMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), m_mixed);
    search->clear();
    QTRY_COMPARE(proxy->rowCount(), all);

    auto *status = m_view->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(int(BatchFilterProxyModel::StatusFilter::Unknown)));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("LP-UNKNOWN-1"));
    status->setCurrentIndex(status->findData(int(BatchFilterProxyModel::StatusFilter::PartlyPaid)));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), m_mixed);
    status->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), all);
}

void TestBatchesView::createAnswered503_beingReconciled_explainsNextCheckAndNeverResends()
{
    // The sandbox answers the next create with HTTP 503 without storing it: the
    // outcome is unknown and the reconciler keeps asking (the resend window is minutes long).
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/admin/faults")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, QByteArrayLiteral("{\"mode\":\"http503\",\"count\":1,\"path\":"
                                                                      "\"/api/global/payout/batch/create-order\"}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    const QString requestId = submit({Payout{QStringLiteral("d-1"), QStringLiteral("10.00"), {}}});
    QVERIFY(!requestId.isEmpty());
    BatchListModel *model = m_view->model();
    QTRY_VERIFY(model->rowOf(requestId) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(requestId), 0).data(BatchListModel::StatusRole).toInt(),
                              int(BatchPhase::Unknown), 10000);
    select(requestId);
    auto *explanation = m_view->findChild<QLabel *>(QStringLiteral("batchExplanation"));
    QTRY_VERIFY2_WITH_TIMEOUT(explanation->text().contains(QLatin1String("next check in")),
                              qPrintable(explanation->text()), 10000);
    QVERIFY(explanation->text().contains(QLatin1String("never send it as a new batch")));
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("retryDraftButton"))->isEnabled());
    QCOMPARE(m_journal->batch(requestId)->sendCount, 1);
}

void TestBatchesView::notify_noTray_statusBarSaysWhatHappened()
{
    QStatusBar bar;
    BatchNotifier notifier;
    notifier.setTrayEnabled(false);
    QVERIFY(!notifier.usesTray());
    notifier.setStatusBar(&bar);
    QSignalSpy notified(&notifier, &BatchNotifier::notified);
    notifier.notify(QStringLiteral("LP-X"), BatchPhase::Failed);
    QCOMPARE(notified.count(), 1);
    QVERIFY2(bar.currentMessage().contains(QLatin1String("LP-X")), qPrintable(bar.currentMessage()));
    QVERIFY(bar.currentMessage().startsWith(BatchNotifier::title(BatchPhase::Failed)));
}

void TestBatchesView::notSentBatch_sendAgainClicked_sentOnceWithTheSameRequestId()
{
    // As the engine leaves a batch whose create could not connect (tst_createnotsent).
    const QString requestId = QStringLiteral("LP-NOTSENT-UI");
    const auto frozen =
        m_journal->freeze(0, QStringLiteral("local"), createBody(requestId, payouts(QStringLiteral("ns"), 2)));
    QVERIFY(frozen);
    QVERIFY(m_journal->markSending(frozen->batch.id));
    const QString reason = QStringLiteral("the server's certificate expired on 2020-02-01 00:00 UTC; nothing was sent");
    QVERIFY(m_journal->markNotSent(frozen->batch.id, reason));
    m_view->model()->refreshBatch(requestId);
    select(requestId);

    auto *explanation = m_view->findChild<QLabel *>(QStringLiteral("batchExplanation"));
    QVERIFY2(explanation->text().contains(reason), qPrintable(explanation->text()));
    QVERIFY2(explanation->text().contains(QLatin1String("Send again")), qPrintable(explanation->text()));
    auto *sendAgain = m_view->findChild<QPushButton *>(QStringLiteral("sendAgainButton"));
    QVERIFY(sendAgain);
    QVERIFY(sendAgain->isVisible());
    QTest::mouseClick(sendAgain, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_journal->batch(requestId)->state, BatchState::Accepted, 10000);
    QCOMPARE(m_journal->batch(requestId)->sendCount, 1);
    QTRY_VERIFY(!sendAgain->isVisible());
    QCOMPARE(m_view->detail()->requestId(), requestId);
}

void TestBatchesView::retryBatch_selected_namesTheBatchItCameFrom()
{
    // The retry draft made from m_mixed earlier, frozen as the console freezes a reviewed draft.
    const std::optional<qint64> draftId = RetryDraftBuilder(*m_journal).existingDraft(m_mixed);
    QVERIFY(draftId);
    const std::optional<DraftRecord> draft = DraftStore(*m_journal).load(*draftId);
    QVERIFY(draft);
    const QString retryId = draft->header.requestId;
    QVERIFY(m_journal->freeze(*draftId, QStringLiteral("local"), createBody(retryId, payouts(QStringLiteral("r"), 2))));
    m_view->model()->refreshBatch(retryId);
    select(retryId);
    QCOMPARE(m_view->detail()->requestId(), retryId);
    auto *origin = m_view->findChild<QLabel *>(QStringLiteral("batchOrigin"));
    QVERIFY(origin);
    QVERIFY(origin->isVisible());
    QVERIFY2(origin->text().contains(m_mixed), qPrintable(origin->text()));
    // Its link shows the batch it came from; that one names no origin.
    emit origin->linkActivated(m_mixed);
    QCOMPARE(m_view->detail()->requestId(), m_mixed);
    QVERIFY(!origin->isVisible());
}

QTEST_MAIN(TestBatchesView)
#include "tst_batchesview.moc"
