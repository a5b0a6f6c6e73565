// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchdetailwidget.h"

#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/teamaudit.h"
#include "models/batchphase.h"
#include "models/batchresultsexport.h"
#include "models/detailstatusmodel.h"
#include "pinnedcolumnstableview.h"
#include "reportactions.h"
#include "reports/batchreportbuilder.h"
#include "statusbadgedelegate.h"
#include "statusstyle.h"
#include "themecolors.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Lesspay::Ui {

using Core::BatchPhase;
using Core::DetailStatusModel;

namespace {

constexpr int BodyRole = Qt::UserRole + 1;

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace

BatchDetailWidget::BatchDetailWidget(Core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_retry(journal)
{
    setObjectName(QStringLiteral("batchDetail"));
    m_saveFileName = [this](const QString &title, const QString &suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(suggested),
                                            tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    };
    m_reports = new ReportActions(this);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &BatchDetailWidget::updateHeader);
    buildUi();
    setRequestId({});
}

void BatchDetailWidget::buildUi()
{
    m_details = new DetailStatusModel(m_journal, this);
    m_detailSort = new QSortFilterProxyModel(this);
    m_detailSort->setSourceModel(m_details);
    m_detailSort->setSortRole(DetailStatusModel::RawValueRole);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("batchTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("batchExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_people = new QLabel(this);
    m_people->setObjectName(QStringLiteral("batchPeopleLabel"));
    m_people->setWordWrap(true);
    m_people->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_people->hide();
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("batchOrigin"));
    m_origin->setTextFormat(Qt::RichText);
    m_origin->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_origin->setVisible(false);
    connect(m_origin, &QLabel::linkActivated, this, &BatchDetailWidget::originActivated);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("followUpMessage"));
    m_message->setWordWrap(true);

    m_refresh = new QPushButton(tr("Refresh th&is batch"), this);
    m_refresh->setObjectName(QStringLiteral("refreshBatchButton"));
    m_sendAgain = new QPushButton(tr("Send &again"), this);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setToolTip(tr("Sends the batch unchanged, with the same request_id, once the cause is fixed."));
    m_sendAgain->setVisible(false);
    m_exportAll = new QPushButton(tr("Export &results…"), this);
    m_exportAll->setObjectName(QStringLiteral("exportResultsButton"));
    m_exportFailed = new QPushButton(tr("Export f&ailed…"), this);
    m_exportFailed->setObjectName(QStringLiteral("exportFailedButton"));
    m_retryDraft = new QPushButton(tr("New draft from failed pa&youts"), this);
    m_retryDraft->setObjectName(QStringLiteral("retryDraftButton"));
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        emit refreshRequested(m_requestId);
        refresh();
    });
    connect(m_sendAgain, &QPushButton::clicked, this, [this] { emit sendAgainRequested(m_requestId); });
    connect(m_exportAll, &QPushButton::clicked, this, [this] { exportResults(false); });
    connect(m_exportFailed, &QPushButton::clicked, this, [this] { exportResults(true); });
    connect(m_retryDraft, &QPushButton::clicked, this, [this] { createRetryDraft(); });
    // Every letter of "Print" is taken on this page; the button has the platform's Print key instead.
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the batch report: totals, every payout and the audit trail (%1)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_exportPdf = new QPushButton(tr("E&xport PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportReportPdfButton"));
    m_exportPdf->setToolTip(tr("Save the batch report as a PDF file"));
    m_advice = new QPushButton(tr("Payment ad&vice…"), this);
    m_advice->setObjectName(QStringLiteral("paymentAdviceButton"));
    connect(m_print, &QPushButton::clicked, this, [this] { printReport(); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportReportPdf(); });
    connect(m_advice, &QPushButton::clicked, this, [this] { writePaymentAdvice(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_sendAgain);
    buttons->addStretch();
    buttons->addWidget(m_exportAll);
    buttons->addWidget(m_exportFailed);
    buttons->addWidget(m_retryDraft);
    buttons->addSpacing(12);
    buttons->addWidget(m_print);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_advice);

    m_payouts = new PinnedColumnsTableView(this);
    m_payouts->setObjectName(QStringLiteral("payoutTable"));
    m_payouts->setAccessibleName(tr("Payouts of the batch"));
    m_payouts->setModel(m_detailSort);
    m_payouts->setSortingEnabled(true);
    m_payouts->sortByColumn(-1, Qt::AscendingOrder);
    m_payouts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payouts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payouts->setAlternatingRowColors(true);
    m_payouts->verticalHeader()->hide();
    m_payouts->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_payouts->setItemDelegateForColumn(DetailStatusModel::StatusColumn,
                                        new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Payout, m_payouts));
    QHeaderView *header = m_payouts->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(DetailStatusModel::MchOrderIdColumn, 140);
    header->resizeSection(DetailStatusModel::AmountColumn, 100);
    header->resizeSection(DetailStatusModel::AccountColumn, 110);
    // "Pending" is the longest status word in Portuguese ("Em processamento"): its badge fits.
    header->resizeSection(
        DetailStatusModel::StatusColumn,
        std::max(120, StatusStyle::badgeWidth(fontMetrics(), DetailStatusModel::statusLabel({})) + 16));
    header->resizeSection(DetailStatusModel::RecipientColumn, 160);
    header->resizeSection(DetailStatusModel::FailReasonColumn, 220);
    header->resizeSection(DetailStatusModel::ChannelOrderNoColumn, 150);
    header->resizeSection(DetailStatusModel::UpdatedColumn, 150);
    // The order ID and the amount stay in view while the table scrolls sideways; spare width goes
    // to the recipient's name, not to the last column.
    m_payouts->setPinnedColumns(DetailStatusModel::AmountColumn + 1);
    m_payouts->setSpareWidthColumns({DetailStatusModel::RecipientColumn});

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timelineTree"));
    m_timeline->setAccessibleName(tr("Timeline of the batch"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Time"), tr("What"), tr("Status"), tr("Note")});
    m_timeline->header()->resizeSection(0, 190);
    m_timeline->header()->resizeSection(1, 200);
    m_timeline->header()->resizeSection(2, 150);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("historyTree"));
    m_history->setAccessibleName(tr("Requests and responses"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Time"), tr("Kind"), tr("Call"), tr("HTTP"), tr("Code"), tr("Summary")});
    m_history->header()->resizeSection(0, 190);
    m_history->header()->resizeSection(1, 80);
    m_history->header()->resizeSection(2, 70);
    m_history->header()->resizeSection(3, 50);
    m_history->header()->resizeSection(4, 60);
    m_historyBody = new QPlainTextEdit(this);
    m_historyBody->setObjectName(QStringLiteral("historyBody"));
    m_historyBody->setAccessibleName(tr("Body of the selected request or response"));
    m_historyBody->setReadOnly(true);
    m_historyBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_historyBody->setPlaceholderText(tr("Select a request or response to see its body (account data masked)."));
    connect(m_history, &QTreeWidget::currentItemChanged, this, &BatchDetailWidget::showEventBody);
    auto *historySplit = new QSplitter(Qt::Vertical, this);
    historySplit->addWidget(m_history);
    historySplit->addWidget(m_historyBody);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_payouts, tr("Payouts"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(historySplit, tr("Requests and responses"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_people);
    layout->addWidget(m_origin);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
}

void BatchDetailWidget::setRequestId(const QString &requestId)
{
    m_requestId = requestId;
    m_details->setRequestId(requestId);
    m_timeline->clear();
    m_history->clear();
    m_historyBody->clear();
    m_timelineShown = 0;
    m_auditShown = 0;
    m_historyShown = 0;
    m_message->clear();
    m_message->hide();
    refresh();
}

void BatchDetailWidget::refresh()
{
    const bool any = !m_requestId.isEmpty();
    for (QWidget *w :
         {static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_exportAll), static_cast<QWidget *>(m_print),
          static_cast<QWidget *>(m_exportPdf), static_cast<QWidget *>(m_tabs)})
        w->setEnabled(any);
    if (any)
        m_details->refresh();
    updateHeader();
    updateTimeline();
    updateHistory();
}

void BatchDetailWidget::updateHeader()
{
    if (m_requestId.isEmpty()) {
        m_tick.stop();
        m_title->setText(tr("No batch selected"));
        m_origin->setVisible(false);
        m_explanation->setText(tr("Select a batch above to see its payouts, its timeline and its history."));
        m_people->hide();
        m_exportFailed->setEnabled(false);
        m_retryDraft->setEnabled(false);
        m_retryDraft->setToolTip({});
        m_sendAgain->setVisible(false);
        m_advice->setEnabled(false);
        m_advice->setToolTip({});
        return;
    }
    const std::optional<Core::BatchSummary> summary = Core::JournalQueries(m_journal).summary(m_requestId);
    if (!summary) {
        m_title->setText(m_requestId);
        m_explanation->setText(tr("This batch is no longer in the journal."));
        m_origin->setVisible(false);
        return;
    }
    const Core::FrozenBatch &b = summary->batch;
    const BatchPhase phase = Core::BatchPhases::of(b);
    m_title->setText(b.payOrderId.isEmpty()
                         ? tr("%1 · %2").arg(b.requestId, Core::BatchPhases::label(phase))
                         : tr("%1 · Lesspay %2 · %3").arg(b.requestId, b.payOrderId, Core::BatchPhases::label(phase)));
    const qint64 now = m_journal.now();
    std::optional<qint64> nextCheckAt;
    if (phase == BatchPhase::Unknown && m_nextCheck) {
        if (const int ms = m_nextCheck(m_requestId); ms >= 0)
            nextCheckAt = now + ms;
    }
    m_explanation->setText(Core::BatchPhases::explanation(*summary, now, nextCheckAt));
    const QString people = Core::TeamAudit::summary(Core::TeamAudit(m_journal).people(m_requestId));
    m_people->setText(people);
    m_people->setVisible(!people.isEmpty());
    // A batch sent from a retry draft names the batch whose failed payouts it pays again.
    const QString origin = b.draftId > 0 ? m_retry.originOf(b.draftId) : QString();
    m_origin->setText(origin.isEmpty() ? QString()
                                       : tr("Retries the failed payouts of batch %1")
                                             .arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(origin.toHtmlEscaped())));
    m_origin->setVisible(!origin.isEmpty());
    if (phase == BatchPhase::Unknown && !m_tick.isActive())
        m_tick.start();
    else if (phase != BatchPhase::Unknown)
        m_tick.stop();
    m_sendAgain->setVisible(b.state == Core::BatchState::NotSent);
    m_exportFailed->setEnabled(summary->failed > 0);
    const bool adviceReady = Core::BatchPhases::isFinal(phase) && summary->succeeded > 0;
    m_advice->setEnabled(adviceReady);
    m_advice->setToolTip(adviceReady ? tr("Write a PDF for each paid payout to tell its payee what was paid")
                                     : tr("Payment advice is written for the paid payouts of a final batch"));
    const Core::RetryDraftBuilder::Result check = m_retry.check(m_requestId);
    m_retryDraft->setEnabled(check.outcome == Core::RetryDraftBuilder::Outcome::Ready);
    m_retryDraft->setToolTip(check.message);
}

void BatchDetailWidget::updateTimeline()
{
    if (m_requestId.isEmpty())
        return;
    // The timeline only grows: append what is new.
    const QList<Core::TimelineEntry> entries = Core::JournalQueries(m_journal).timeline(m_requestId);
    for (int i = m_timelineShown; i < entries.size(); ++i) {
        const Core::TimelineEntry &e = entries.at(i);
        QString what;
        QString status = e.status;
        if (e.mchOrderId.isEmpty()) {
            const std::optional<Core::BatchState> state = Core::BatchStates::fromKey(e.state);
            what = tr("Batch: %1").arg(state ? Core::BatchStates::label(*state) : e.state);
        } else {
            what = tr("Payout %1").arg(e.mchOrderId);
            status = DetailStatusModel::statusLabel(e.status);
        }
        auto *item = new QTreeWidgetItem(m_timeline, {timeText(e.at), what, status, e.note});
        item->setToolTip(3, e.note);
    }
    m_timelineShown = int(entries.size());
    // A team workspace's audit log: who froze, asked, approved, rejected and sent, in time order
    // among the states (the time text sorts as it reads).
    const QList<Core::TeamAudit::Entry> audit = Core::TeamAudit(m_journal).entries(m_requestId);
    for (int i = m_auditShown; i < audit.size(); ++i) {
        const Core::TeamAudit::Entry &e = audit.at(i);
        const QString at = timeText(e.at);
        int row = m_timeline->topLevelItemCount();
        while (row > 0 && m_timeline->topLevelItem(row - 1)->text(0) > at)
            --row;
        auto *item = new QTreeWidgetItem({at, Core::TeamAudit::describe(e), QString(), e.detail});
        item->setToolTip(1, Core::TeamAudit::describe(e));
        m_timeline->insertTopLevelItem(row, item);
    }
    m_auditShown = int(audit.size());
}

void BatchDetailWidget::updateHistory()
{
    if (m_requestId.isEmpty())
        return;
    const QList<Core::EventEntry> events = Core::JournalQueries(m_journal).events(m_requestId);
    for (int i = m_historyShown; i < events.size(); ++i) {
        const Core::EventEntry &e = events.at(i);
        auto *item = new QTreeWidgetItem(m_history, {timeText(e.at), e.kind, e.endpoint,
                                                     e.httpStatus > 0 ? QString::number(e.httpStatus) : QString(),
                                                     e.code >= 0 ? QString::number(e.code) : QString(), e.summary});
        item->setData(0, BodyRole, e.body);
        item->setToolTip(5, e.summary);
    }
    m_historyShown = int(events.size());
}

void BatchDetailWidget::showEventBody()
{
    const QTreeWidgetItem *item = m_history->currentItem();
    if (!item) {
        m_historyBody->clear();
        return;
    }
    const QByteArray body = item->data(0, BodyRole).toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    m_historyBody->setPlainText(doc.isNull() ? QString::fromUtf8(body)
                                             : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void BatchDetailWidget::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? ThemeColors::errorTextStyle(palette()) : QString());
    m_message->setVisible(!text.isEmpty());
}

bool BatchDetailWidget::exportResults(bool failedOnly)
{
    if (m_requestId.isEmpty())
        return false;
    const QString suggested = (failedOnly ? tr("%1-failed.csv") : tr("%1-results.csv")).arg(m_requestId);
    const QString title = failedOnly ? tr("Export failed payouts") : tr("Export results");
    const QString path = m_saveFileName ? m_saveFileName(title, suggested) : QString();
    if (path.isEmpty())
        return false;
    QString error;
    const bool ok = Core::BatchResultsExport(m_journal).writeFile(
        m_requestId, path,
        failedOnly ? Core::BatchResultsExport::Rows::FailedOnly : Core::BatchResultsExport::Rows::All, &error);
    const QString where = QDir::toNativeSeparators(path);
    showMessage(ok ? tr("Saved %1.").arg(where)
                   : (failedOnly ? tr("The failed payouts were not saved to %1: %2")
                                 : tr("The results were not saved to %1: %2"))
                         .arg(where, error),
                !ok);
    return ok;
}

Core::RetryDraftBuilder::Result BatchDetailWidget::createRetryDraft()
{
    const Core::RetryDraftBuilder::Result r = m_retry.create(m_requestId);
    showMessage(r.message, r.outcome != Core::RetryDraftBuilder::Outcome::Created);
    if (r.outcome == Core::RetryDraftBuilder::Outcome::Created)
        emit retryDraftCreated(r.draftId, m_requestId, r.newRequestId);
    updateHeader();
    return r;
}

} // namespace Lesspay::Ui

namespace Lesspay::Ui {

std::optional<Core::Profile> BatchDetailWidget::profileOf(const QString &requestId) const
{
    const std::optional<Core::FrozenBatch> batch = m_journal.batch(requestId);
    if (!batch || !m_profileLookup)
        return std::nullopt;
    return m_profileLookup(batch->profileId);
}

std::optional<Core::BatchReport> BatchDetailWidget::buildReport()
{
    if (m_requestId.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<Core::BatchReport> report =
        Core::BatchReportBuilder(m_journal).fromJournal(m_requestId, profileOf(m_requestId), &error);
    if (!report)
        showMessage(error, true);
    return report;
}

bool BatchDetailWidget::printReport()
{
    const std::optional<Core::BatchReport> report = buildReport();
    if (!report)
        return false;
    const ReportActions::Result r = m_reports->print(*report);
    if (!r.message.isEmpty())
        showMessage(r.message, r.outcome == ReportActions::Outcome::Failed);
    return r.outcome == ReportActions::Outcome::Done;
}

bool BatchDetailWidget::exportReportPdf()
{
    const std::optional<Core::BatchReport> report = buildReport();
    if (!report)
        return false;
    const ReportActions::Result r = m_reports->exportPdf(*report);
    if (!r.message.isEmpty())
        showMessage(r.message, r.outcome == ReportActions::Outcome::Failed);
    return r.outcome == ReportActions::Outcome::Done;
}

bool BatchDetailWidget::writePaymentAdvice()
{
    const std::optional<Core::BatchReport> report = buildReport();
    if (!report)
        return false;
    const std::optional<Core::Profile> profile = profileOf(m_requestId);
    const QString payer = profile ? profile->payerName.trimmed() : QString();
    if (payer.isEmpty()) {
        showMessage(tr("Payment advice names the payer: enter the payer name of this batch's profile in Settings → "
                       "Profiles first."),
                    true);
        return false;
    }
    const ReportActions::Result r = m_reports->writeAdvice(*report, payer);
    if (!r.message.isEmpty())
        showMessage(r.message, r.outcome == ReportActions::Outcome::Failed);
    return r.outcome == ReportActions::Outcome::Done;
}

} // namespace Lesspay::Ui
