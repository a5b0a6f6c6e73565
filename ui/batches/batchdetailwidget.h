// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/retrydraftbuilder.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace Lesspay::Core {
class DetailStatusModel;
class Journal;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

// One submitted batch in full: what the console knows and does about it in words, every
// payout with its status, fail_reason and channel order number, the timeline of every status
// change the journal recorded, and the masked request/response history; plus the follow-up
// actions (export results, export failed payouts, new draft from the failed payouts).
class BatchDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDetailWidget)

public:
    // Asks where to save an export; empty: cancelled. The default opens a file dialog; tests
    // answer through this seam instead of a modal dialog.
    using SaveFileNameProvider = std::function<QString(const QString &suggestedName)>;
    // Milliseconds until the engine asks Lesspay about an unconfirmed batch again; -1 unknown.
    using NextCheckProvider = std::function<int(const QString &requestId)>;

    explicit BatchDetailWidget(Core::Journal &journal, QWidget *parent = nullptr);

    void setRequestId(const QString &requestId); // empty: nothing shown
    QString requestId() const { return m_requestId; }
    // Reads the shown batch again; only what changed is updated.
    void refresh();

    void setSaveFileNameProvider(SaveFileNameProvider provider) { m_saveFileName = std::move(provider); }
    void setNextCheckProvider(NextCheckProvider provider) { m_nextCheck = std::move(provider); }
    Core::DetailStatusModel *detailModel() const { return m_details; }

    // The follow-up actions, also reachable from the buttons.
    bool exportResults(bool failedOnly);
    Core::RetryDraftBuilder::Result createRetryDraft();
    // A problem with an action, in the line under the buttons.
    void showProblem(const QString &text) { showMessage(text, true); }

signals:
    // A draft was made from the failed payouts of originRequestId.
    void retryDraftCreated(qint64 draftId, const QString &originRequestId, const QString &newRequestId);
    void refreshRequested(const QString &requestId);
    // "Send again" on a batch that was not sent (its cause fixed by the person).
    void sendAgainRequested(const QString &requestId);

private:
    void buildUi();
    void updateHeader();
    void updateTimeline();
    void updateHistory();
    void showEventBody();
    void showMessage(const QString &text, bool problem);

    Core::Journal &m_journal;
    Core::RetryDraftBuilder m_retry;
    QString m_requestId;
    SaveFileNameProvider m_saveFileName;
    NextCheckProvider m_nextCheck;
    QTimer m_tick; // counts down "next check in N s" while an unconfirmed batch is shown

    Core::DetailStatusModel *m_details = nullptr;
    QSortFilterProxyModel *m_detailSort = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QPushButton *m_exportAll = nullptr;
    QPushButton *m_exportFailed = nullptr;
    QPushButton *m_retryDraft = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_payouts = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_history = nullptr;
    QPlainTextEdit *m_historyBody = nullptr;
    int m_timelineShown = 0;
    int m_historyShown = 0;
};

} // namespace Lesspay::Ui
