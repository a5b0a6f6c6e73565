// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStatusBar;
class QTabWidget;
class QTableView;

namespace Lesspay::Core {
class BatchFilterProxyModel;
class BatchListModel;
class Journal;
class JournalNotifier;
class SubmissionEngine;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class BatchDetailWidget;
class BatchNotifier;
class OverviewWidget;

// The "Batches" page: today's overview, the table of submitted batches with filters, and the
// selected batch in detail. It reads everything from the journal and follows the submission
// engine's signals, repainting only the rows that changed.
class BatchesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchesView)

public:
    explicit BatchesView(Core::Journal &journal, QWidget *parent = nullptr);
    ~BatchesView() override;

    // Live updates and "Refresh now" go through the engine; without one the view reads the
    // journal when asked.
    void setEngine(Core::SubmissionEngine *engine);
    // Other connections' changes as the server announces them (a team workspace on PostgreSQL):
    // each changed batch is read again, and the whole list only when the notifier may have
    // missed some (journalChanged() with no change before it: listening again after a lost
    // connection). Once the notifier listens, the periodic re-read stops; without one, or on
    // SQLite where nothing is announced, the list is read again every 30 s (the CLI writes
    // batches without telling this process).
    void followJournal(Core::JournalNotifier &notifier);
    // The fallback re-read is running (nothing announces changes).
    bool isReloadingPeriodically() const { return m_slowReload.isActive(); }
    // For tests: the fallback's period.
    void setFallbackReloadInterval(std::chrono::milliseconds interval) { m_slowReload.setInterval(interval); }
    // Keeps the tab's text and icon showing how many batches need attention.
    void attachToTab(QTabWidget *tabs);
    // Where notices go when there is no system tray.
    void setStatusBar(QStatusBar *statusBar);
    // Profile ids are shown by these names.
    void setProfileNames(const QHash<QString, QString> &names);

    QString tabText() const;
    QIcon tabIcon() const;
    int attentionCount() const;

    void refreshNow();
    void selectBatch(const QString &requestId);

    Core::BatchListModel *model() const { return m_model; }
    Core::BatchFilterProxyModel *proxy() const { return m_proxy; }
    BatchDetailWidget *detail() const { return m_detail; }
    BatchNotifier *notifier() const { return m_notifier; }
    OverviewWidget *overview() const { return m_overview; }
    QTableView *table() const { return m_table; }

signals:
    void attentionCountChanged(int count);
    // A draft was made from failed payouts; the main window may open it.
    void retryDraftCreated(qint64 draftId, const QString &originRequestId, const QString &newRequestId);

private:
    void buildUi();
    void applyDateFilter();
    void onBatchSignal(const QString &requestId);
    void onCurrentChanged();
    void updateAttention();
    void updateOverview();

    Core::Journal &m_journal;
    QPointer<Core::SubmissionEngine> m_engine;
    Core::BatchListModel *m_model = nullptr;
    Core::BatchFilterProxyModel *m_proxy = nullptr;
    BatchNotifier *m_notifier = nullptr;
    OverviewWidget *m_overview = nullptr;
    BatchDetailWidget *m_detail = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_attention = nullptr;
    QPointer<QTabWidget> m_tabs;
    QTimer m_searchDelay;
    QTimer m_overviewDelay;
    QTimer m_detailDelay;
    QTimer m_slowReload;
    // A change was announced since the notifier's last journalChanged().
    bool m_changeAnnounced = false;
};

} // namespace Lesspay::Ui
