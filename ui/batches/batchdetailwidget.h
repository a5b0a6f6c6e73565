// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/retrydraftbuilder.h"
#include "reports/batchreport.h"
#include "settings/profile.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeWidget;

namespace Lesspay::Core {
class DetailStatusModel;
class Journal;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class PinnedColumnsTableView;
class ReportActions;

// One submitted batch in full: what the console knows and does about it in words, every
// payout with its status, fail_reason and channel order number, the timeline of every status
// change the journal recorded, and the masked request/response history; plus the follow-up
// actions (export results, export failed payouts, new draft from the failed payouts, print or
// export the batch report, payment advice for the paid payouts of a final batch).
class BatchDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDetailWidget)

public:
    // Asks where to save an export; empty: cancelled. The default opens a file dialog; tests
    // answer through this seam instead of a modal dialog.
    using SaveFileNameProvider = std::function<QString(const QString &title, const QString &suggestedName)>;
    // Milliseconds until the engine asks Lesspay about an unconfirmed batch again; -1 unknown.
    using NextCheckProvider = std::function<int(const QString &requestId)>;
    // The profile a batch was sent with (the journal keeps its id), for the report and the payer's name.
    using ProfileLookup = std::function<std::optional<Core::Profile>(const QString &profileId)>;

    explicit BatchDetailWidget(Core::Journal &journal, QWidget *parent = nullptr);

    void setRequestId(const QString &requestId); // empty: nothing shown
    QString requestId() const { return m_requestId; }
    // Reads the shown batch again; only what changed is updated.
    void refresh();

    void setSaveFileNameProvider(SaveFileNameProvider provider) { m_saveFileName = std::move(provider); }
    void setNextCheckProvider(NextCheckProvider provider) { m_nextCheck = std::move(provider); }
    void setProfileLookup(ProfileLookup lookup) { m_profileLookup = std::move(lookup); }
    // Its seams answer the file, folder and print dialogs in tests.
    ReportActions *reportActions() const { return m_reports; }
    Core::DetailStatusModel *detailModel() const { return m_details; }

    // The follow-up actions, also reachable from the buttons.
    bool exportResults(bool failedOnly);
    Core::RetryDraftBuilder::Result createRetryDraft();
    // A problem with an action, in the line under the buttons.
    void showProblem(const QString &text) { showMessage(text, true); }
    bool printReport();
    bool exportReportPdf();
    bool writePaymentAdvice();

signals:
    // A draft was made from the failed payouts of originRequestId.
    void retryDraftCreated(qint64 draftId, const QString &originRequestId, const QString &newRequestId);
    // The user followed the link to the batch this one retries.
    void originActivated(const QString &requestId);
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
    std::optional<Core::Profile> profileOf(const QString &requestId) const;
    std::optional<Core::BatchReport> buildReport();

    Core::Journal &m_journal;
    Core::RetryDraftBuilder m_retry;
    QString m_requestId;
    SaveFileNameProvider m_saveFileName;
    NextCheckProvider m_nextCheck;
    ProfileLookup m_profileLookup;
    ReportActions *m_reports = nullptr;
    QTimer m_tick; // counts down "next check in N s" while an unconfirmed batch is shown

    Core::DetailStatusModel *m_details = nullptr;
    QSortFilterProxyModel *m_detailSort = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_people = nullptr; // team workspace: who prepared, approved, rejected and sent it
    QLabel *m_origin = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QPushButton *m_exportAll = nullptr;
    QPushButton *m_exportFailed = nullptr;
    QPushButton *m_retryDraft = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_advice = nullptr;
    QTabWidget *m_tabs = nullptr;
    PinnedColumnsTableView *m_payouts = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_history = nullptr;
    QPlainTextEdit *m_historyBody = nullptr;
    int m_timelineShown = 0;
    int m_auditShown = 0; // team workspace: audit log entries in the timeline
    int m_historyShown = 0;
};

} // namespace Lesspay::Ui
