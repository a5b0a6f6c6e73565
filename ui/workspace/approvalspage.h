// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace Lesspay::Core {
class ApprovalQueueModel;
class ConsoleServices;
struct FrozenBatch;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class Dialogs;

// The Approvals page of a team workspace: the batches waiting for me (another person prepared
// them, I have not decided), each opened in the same review as before a submit (control totals
// on Production) and approved or rejected with a comment; and the approved batches not sent yet,
// which an approver sends from here. The server decides who may do what; this page asks it and
// shows its answer.
class ApprovalsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsPage)

public:
    ApprovalsPage(Core::ConsoleServices &services, Dialogs *dialogs, QWidget *parent = nullptr);
    ~ApprovalsPage() override;

    static QString tabTitle();
    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    Core::ApprovalQueueModel *waitingModel() const { return m_waiting; }
    Core::ApprovalQueueModel *readyModel() const { return m_ready; }

public Q_SLOTS:
    // Asks the workspace again (after a decision here, or when the page is shown).
    void reload();
    // The selected waiting batch: review, then a comment, then the server's approval.
    bool approveSelected();
    bool rejectSelected();
    // The selected approved batch goes to Lesspay through the submission engine.
    bool sendSelected();

Q_SIGNALS:
    // A batch was approved, rejected or handed to the engine here.
    void batchChanged(const QString &requestId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<Core::FrozenBatch> selectedBatch(QTableView *view, Core::ApprovalQueueModel *model) const;
    bool review(const Core::FrozenBatch &batch);
    std::optional<QString> askComment(const QString &title, const QString &label);
    void updateButtons();
    void say(const QString &text);

    Core::ConsoleServices &m_services;
    Dialogs *m_dialogs;
    Core::ApprovalQueueModel *m_waiting;
    Core::ApprovalQueueModel *m_ready;
    QTableView *m_waitingView;
    QTableView *m_readyView;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_send;
    QLabel *m_message;
    bool m_sender = false; // the person logged in is an approver, who may send
};

} // namespace Lesspay::Ui
