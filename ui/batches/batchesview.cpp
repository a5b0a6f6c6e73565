// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchesview.h"

#include "amountdelegate.h"
#include "batchdetailwidget.h"
#include "batchnotifier.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "journal/journalnotifier.h"
#include "models/batchfilterproxymodel.h"
#include "models/batchlistmodel.h"
#include "models/batchoverview.h"
#include "models/batchphase.h"
#include "models/retrydraftbuilder.h"
#include "overviewwidget.h"
#include "payoutbardelegate.h"
#include "statusbadgedelegate.h"
#include "statusstyle.h"
#include "themecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Lesspay::Ui {

using Core::BatchFilterProxyModel;
using Core::BatchListModel;

namespace {
constexpr int SearchDelayMs = 150;
constexpr int OverviewDelayMs = 250;
// Without notifications, batches written by another process (the CLI) show up without a signal
// from this engine: the list is read again this often.
constexpr int SlowReloadMs = 30000;
} // namespace

BatchesView::BatchesView(Core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("batchesView"));
    m_model = new BatchListModel(journal, this);
    m_proxy = new BatchFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_notifier = new BatchNotifier(this);

    buildUi();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_proxy->setText(m_search->text()); });
    m_overviewDelay.setSingleShot(true);
    m_overviewDelay.setInterval(OverviewDelayMs);
    connect(&m_overviewDelay, &QTimer::timeout, this, &BatchesView::updateOverview);
    m_detailDelay.setSingleShot(true);
    m_detailDelay.setInterval(0);
    connect(&m_detailDelay, &QTimer::timeout, m_detail, &BatchDetailWidget::refresh);
    m_slowReload.setInterval(SlowReloadMs);
    connect(&m_slowReload, &QTimer::timeout, m_model, &BatchListModel::reload);
    m_slowReload.start();

    connect(m_model, &BatchListModel::batchReachedFinalState, m_notifier, &BatchNotifier::notify);
    connect(m_model, &BatchListModel::attentionCountChanged, this, &BatchesView::updateAttention);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, &m_overviewDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, &m_overviewDelay, qOverload<>(&QTimer::start));
    connect(m_detail, &BatchDetailWidget::refreshRequested, this, [this](const QString &requestId) {
        if (m_engine)
            m_engine->refreshNow(requestId);
        m_model->refreshBatch(requestId);
    });
    connect(m_detail, &BatchDetailWidget::sendAgainRequested, this, [this](const QString &requestId) {
        QString error;
        if (!m_engine || !m_engine->sendAgain(requestId, &error)) {
            m_detail->showProblem(m_engine ? error : tr("The batch cannot be sent from here."));
            return;
        }
        m_model->refreshBatch(requestId);
        m_detail->refresh();
    });
    connect(m_detail, &BatchDetailWidget::retryDraftCreated, this,
            [this](qint64 draftId, const QString &origin, const QString &newRequestId) {
                m_model->markFollowedUp(origin);
                emit retryDraftCreated(draftId, origin, newRequestId);
            });

    m_model->setFollowedUp(Core::RetryDraftBuilder(journal).followedUp());
    m_model->reload();
    updateOverview();
    updateAttention();
}

BatchesView::~BatchesView() = default;

void BatchesView::buildUi()
{
    m_overview = new OverviewWidget(this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    for (auto filter : {BatchFilterProxyModel::StatusFilter::All, BatchFilterProxyModel::StatusFilter::NeedsAttention,
                        BatchFilterProxyModel::StatusFilter::InProgress, BatchFilterProxyModel::StatusFilter::Unknown,
                        BatchFilterProxyModel::StatusFilter::Paid, BatchFilterProxyModel::StatusFilter::PartlyPaid,
                        BatchFilterProxyModel::StatusFilter::Failed, BatchFilterProxyModel::StatusFilter::NeedsPerson})
        m_status->addItem(BatchFilterProxyModel::label(filter), int(filter));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(BatchFilterProxyModel::StatusFilter(m_status->currentData().toInt())); });

    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(tr("Fro&m"), this);
    m_fromCheck->setObjectName(QStringLiteral("dateFromCheck"));
    m_from = new QDateEdit(today.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("dateFromEdit"));
    m_from->setAccessibleName(tr("Created from"));
    m_toCheck = new QCheckBox(tr("&To"), this);
    m_toCheck->setObjectName(QStringLiteral("dateToCheck"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("dateToEdit"));
    m_to->setAccessibleName(tr("Created until"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &BatchesView::applyDateFilter);
    }
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &BatchesView::applyDateFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &BatchesView::applyDateFilter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("batchSearch"));
    m_search->setAccessibleName(tr("Search batches"));
    m_search->setPlaceholderText(tr("Search request ID, Lesspay order, profile, total…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));

    m_attention = new QPushButton(this);
    m_attention->setObjectName(QStringLiteral("attentionBadge"));
    m_attention->setFlat(true);
    m_attention->setToolTip(tr("Show the batches that failed, were partly paid or need a person"));
    connect(m_attention, &QPushButton::clicked, this, [this] {
        m_status->setCurrentIndex(m_status->findData(int(BatchFilterProxyModel::StatusFilter::NeedsAttention)));
    });

    m_refresh = new QPushButton(tr("Refresh &now"), this);
    m_refresh->setObjectName(QStringLiteral("refreshNowButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &BatchesView::refreshNow);

    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("Stat&us"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_attention);
    filters->addWidget(m_refresh);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setAccessibleName(tr("Submitted batches"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BatchListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->setItemDelegateForColumn(BatchListModel::StatusColumn,
                                      new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Batch, m_table));
    m_table->setItemDelegateForColumn(BatchListModel::ProgressColumn, new PayoutBarDelegate(m_table));
    // Totals with thousands separators, as the totals line of the editor shows them.
    m_table->setItemDelegateForColumn(BatchListModel::TotalColumn, new AmountDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(BatchListModel::RequestIdColumn, 230);
    header->resizeSection(BatchListModel::PayOrderIdColumn, 170);
    header->resizeSection(BatchListModel::CreatedColumn, 130);
    header->resizeSection(BatchListModel::ProfileColumn, 90);
    header->resizeSection(BatchListModel::CurrencyColumn, 70);
    header->resizeSection(BatchListModel::TotalColumn, 110);
    header->resizeSection(BatchListModel::CountColumn, 70);
    // The badge of the longest status in the user's language fits (Portuguese and Indonesian words are
    // longer than the English ones), and so does every column's title.
    int statusWidth = 140;
    for (int phase = 0; phase < int(Core::BatchPhase::PhaseCount); ++phase) {
        const QString label = Core::BatchPhases::label(Core::BatchPhase(phase));
        statusWidth = std::max(statusWidth, StatusStyle::badgeWidth(fontMetrics(), label) + 16);
    }
    header->resizeSection(BatchListModel::StatusColumn, statusWidth);
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::max(header->sectionSize(column), header->sectionSizeHint(column)));
    header->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchesView::onCurrentChanged);

    m_detail = new BatchDetailWidget(m_journal, this);
    connect(m_detail, &BatchDetailWidget::originActivated, this, &BatchesView::selectBatch);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("batchesSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overview);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
}

void BatchesView::setEngine(Core::SubmissionEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_detail->setNextCheckProvider(
        [this](const QString &requestId) { return m_engine ? m_engine->msUntilNextCheck(requestId) : -1; });
    if (!engine)
        return;
    connect(engine, &Core::SubmissionEngine::batchChanged, this, &BatchesView::onBatchSignal);
    connect(engine, &Core::SubmissionEngine::detailChanged, this,
            [this](const QString &requestId, const QString &) { onBatchSignal(requestId); });
    connect(engine, &Core::SubmissionEngine::stateChanged, this,
            [this](const QString &requestId, Core::BatchState) { onBatchSignal(requestId); });
    connect(engine, &Core::SubmissionEngine::settled, this,
            [this](const QString &requestId, Core::BatchState) { onBatchSignal(requestId); });
}

void BatchesView::followJournal(Core::JournalNotifier &notifier)
{
    const auto followBatch = [this](qint64, const QString &requestId) {
        m_changeAnnounced = true;
        onBatchSignal(requestId);
    };
    connect(&notifier, &Core::JournalNotifier::batchChanged, this, followBatch);
    connect(&notifier, &Core::JournalNotifier::approvalChanged, this, followBatch);
    connect(&notifier, &Core::JournalNotifier::draftChanged, this, [this] { m_changeAnnounced = true; });
    connect(&notifier, &Core::JournalNotifier::journalChanged, this, [this] {
        // Announced one by one and read already; alone, it means changes may have gone unannounced.
        if (!std::exchange(m_changeAnnounced, false))
            m_model->reload();
    });
    if (notifier.isActive())
        m_slowReload.stop();
}

void BatchesView::onBatchSignal(const QString &requestId)
{
    m_model->scheduleRefresh(requestId);
    if (requestId == m_detail->requestId())
        m_detailDelay.start();
}

void BatchesView::refreshNow()
{
    if (m_engine)
        m_engine->refreshNow();
    m_model->reload();
    m_detail->refresh();
    updateOverview();
}

void BatchesView::selectBatch(const QString &requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, BatchListModel::RequestIdColumn));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_detail->setRequestId(requestId);
    }
}

void BatchesView::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QString requestId = current.isValid() ? current.data(BatchListModel::RequestIdRole).toString() : QString();
    if (requestId != m_detail->requestId())
        m_detail->setRequestId(requestId);
}

void BatchesView::applyDateFilter()
{
    m_proxy->setDateRange(m_fromCheck->isChecked() ? m_from->date() : QDate(),
                          m_toCheck->isChecked() ? m_to->date() : QDate());
}

int BatchesView::attentionCount() const
{
    return m_model->attentionCount();
}

QString BatchesView::tabText() const
{
    const int count = attentionCount();
    return count > 0 ? tr("Batches (%1)").arg(count) : tr("Batches");
}

QIcon BatchesView::tabIcon() const
{
    if (attentionCount() == 0)
        return {};
    // A red dot: the tab says "look here" without relying on its text alone.
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(ThemeColors::accent(ThemeColors::Accent::Danger));
    p.drawEllipse(QRectF(2, 2, 12, 12));
    p.end();
    return QIcon(pixmap);
}

void BatchesView::attachToTab(QTabWidget *tabs)
{
    m_tabs = tabs;
    updateAttention();
}

void BatchesView::setStatusBar(QStatusBar *statusBar)
{
    m_notifier->setStatusBar(statusBar);
}

void BatchesView::setProfileNames(const QHash<QString, QString> &names)
{
    m_model->setProfileNames(names);
}

void BatchesView::updateAttention()
{
    const int count = attentionCount();
    m_attention->setVisible(count > 0);
    m_attention->setText(tr("Needs attention: %1").arg(count));
    m_attention->setIcon(tabIcon());
    m_attention->setStyleSheet(
        QStringLiteral("QPushButton { %1 font-weight: bold; }").arg(ThemeColors::errorTextStyle(palette())));
    if (m_tabs) {
        const int index = m_tabs->indexOf(this);
        if (index >= 0) {
            m_tabs->setTabText(index, tabText());
            m_tabs->setTabIcon(index, tabIcon());
        }
    }
    emit attentionCountChanged(count);
}

void BatchesView::updateOverview()
{
    m_overview->setOverview(
        Core::BatchOverview::compute(m_journal, QDate::currentDate().startOfDay().toMSecsSinceEpoch()));
}

} // namespace Lesspay::Ui
