// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalspage.h"

#include "dialogs.h"
#include "domain/batch.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "journal/journalconnectionmonitor.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "models/approvalqueuemodel.h"
#include "models/frozenbody.h"
#include "session/consoleservices.h"
#include "settings/settings.h"
#include "submitreviewdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Lesspay::Ui {

namespace {

QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ApprovalsPage::ApprovalsPage(Core::ConsoleServices &services, Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_dialogs(dialogs)
    , m_waiting(new Core::ApprovalQueueModel(services.journal(), Core::ApprovalQueueModel::Queue::WaitingForMe, this))
    , m_ready(new Core::ApprovalQueueModel(services.journal(), Core::ApprovalQueueModel::Queue::ApprovedUnsent, this))
    , m_waitingView(makeView(m_waiting, QStringLiteral("approvalsView"), this))
    , m_readyView(makeView(m_ready, QStringLiteral("approvedUnsentView"), this))
    , m_approve(new QPushButton(tr("Review and &approve…"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_send(new QPushButton(tr("Send to &Lesspay"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalsPage"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_send->setObjectName(QStringLiteral("sendApprovedButton"));
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setWordWrap(true);
    // Only an approver sends: the server refuses anyone else, so the button is not offered to them.
    m_sender = Core::TeamWorkspace::hasRole(services.journal(), Core::TeamWorkspace::Role::Approver);

    auto *layout = new QVBoxLayout(this);
    auto *waitingTitle = new QLabel(tr("Waiting for your approval"), this);
    waitingTitle->setBuddy(m_waitingView);
    layout->addWidget(waitingTitle);
    layout->addWidget(m_waitingView, 2);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_approve);
    decide->addWidget(m_reject);
    decide->addStretch(1);
    layout->addLayout(decide);
    auto *readyTitle = new QLabel(tr("Approved, not sent yet"), this);
    readyTitle->setBuddy(m_readyView);
    layout->addWidget(readyTitle);
    layout->addWidget(m_readyView, 1);
    auto *send = new QHBoxLayout;
    send->addWidget(m_send);
    send->addStretch(1);
    layout->addLayout(send);
    layout->addWidget(m_message);

    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    connect(m_send, &QPushButton::clicked, this, &ApprovalsPage::sendSelected);
    connect(m_waitingView, &QTableView::doubleClicked, this, &ApprovalsPage::approveSelected);
    for (QTableView *view : {m_waitingView, m_readyView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalsPage::updateButtons);
    for (Core::ApprovalQueueModel *model : {m_waiting, m_ready}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ApprovalsPage::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ApprovalsPage::updateButtons);
    }
    // Back from a bad day: what changed meanwhile was not announced, so the queues are read again.
    connect(&services.connectionMonitor(), &Core::JournalConnectionMonitor::stateChanged, this,
            [this](Core::JournalConnectionMonitor::State state) {
                if (state == Core::JournalConnectionMonitor::State::Connected)
                    reload();
                else
                    updateButtons();
            });
    reload();
}

ApprovalsPage::~ApprovalsPage() = default;

QString ApprovalsPage::tabTitle()
{
    return tr("Approvals");
}

void ApprovalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ApprovalsPage::reload()
{
    m_waiting->reload();
    m_ready->reload();
    for (QTableView *view : {m_waitingView, m_readyView}) {
        if (!view->selectionModel()->hasSelection() && view->model()->rowCount() > 0)
            view->selectRow(0);
    }
    updateButtons();
}

void ApprovalsPage::updateButtons()
{
    // The team database out of reach: nothing is decided or sent until it is back (the server
    // and the journal refuse anyway; the buttons say why).
    const QString offline = m_services.journal().offlineReason();
    const bool waiting = m_waitingView->selectionModel()->hasSelection() && offline.isEmpty();
    m_approve->setEnabled(waiting);
    m_reject->setEnabled(waiting);
    m_send->setEnabled(m_sender && offline.isEmpty() && m_readyView->selectionModel()->hasSelection());
    m_approve->setToolTip(offline.isEmpty()
                              ? tr("Opens the batch in the review, as it was frozen; approving asks for a comment.")
                              : offline);
    m_reject->setToolTip(offline);
    if (!offline.isEmpty())
        m_send->setToolTip(offline);
    else
        m_send->setToolTip(m_sender ? tr("Sends the approved batch with this computer's profile and its appSecret.")
                                    : tr("Only an approver sends an approved batch."));
}

void ApprovalsPage::say(const QString &text)
{
    m_message->setText(text);
}

std::optional<Core::FrozenBatch> ApprovalsPage::selectedBatch(QTableView *view, Core::ApprovalQueueModel *model) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_services.journal().batch(model->status(rows.first().row()).requestId);
}

bool ApprovalsPage::review(const Core::FrozenBatch &batch)
{
    const std::optional<Core::FrozenBody::Content> content = Core::FrozenBody::read(batch.body);
    if (!content) {
        say(tr("Batch %1 cannot be read: its frozen request is not a payout batch.").arg(batch.requestId));
        return false;
    }
    // The profile as this computer knows it; one it does not know is treated as Production, so
    // the control totals are asked for rather than skipped.
    std::optional<Core::Profile> profile = m_services.settings().profile(QUuid::fromString(batch.profileId));
    if (!profile) {
        profile = Core::Profile::create(batch.profileId, Core::Profile::Environment::Production);
        profile->id = QUuid::fromString(batch.profileId);
    }
    const Core::DetailValidator &validator = m_services.validatorFor(*profile);
    Core::Batch reviewed(validator, content->header);
    reviewed.reserve(int(content->details.size()));
    for (const Core::PayoutDetail &d : content->details)
        reviewed.append(d);
    // What is shown is what was frozen: the stored bytes, not a new rendering of them.
    Core::FrozenBody::Request request = Core::FrozenBody::write(reviewed);
    request.requestId = batch.requestId;
    request.body = batch.body;
    const int decimals = validator.contextFor(content->header.currency).decimals;
    SubmitReviewDialog dialog(reviewed, decimals, *profile, request, this);
    dialog.setObjectName(QStringLiteral("approvalReviewDialog"));
    dialog.rememberSizeIn(m_services.settings());
    dialog.setWindowTitle(tr("Review batch %1 for approval").arg(batch.requestId));
    // Here the review's own button does not send: it goes on to the approval.
    if (auto *accept = dialog.findChild<QPushButton *>(QStringLiteral("submitButton")))
        accept->setText(tr("&Approve…"));
    return m_dialogs->exec(dialog) == QDialog::Accepted;
}

std::optional<QString> ApprovalsPage::askComment(const QString &title, const QString &label)
{
    QInputDialog input(this);
    input.setObjectName(QStringLiteral("approvalCommentDialog"));
    input.setWindowTitle(title);
    input.setLabelText(label);
    input.setInputMode(QInputDialog::TextInput);
    if (m_dialogs->exec(input) != QDialog::Accepted)
        return std::nullopt;
    return input.textValue().trimmed();
}

bool ApprovalsPage::approveSelected()
{
    const std::optional<Core::FrozenBatch> batch = selectedBatch(m_waitingView, m_waiting);
    if (!batch || !review(*batch))
        return false;
    const std::optional<QString> comment =
        askComment(tr("Approve %1").arg(batch->requestId), tr("Comment (kept with your approval):"));
    if (!comment)
        return false;
    QString error;
    const std::optional<Core::TeamApprovals::State> state =
        Core::TeamApprovals(m_services.journal())
            .approve(batch->requestId, Core::TeamApprovals::bodySha256(batch->body), *comment, &error);
    if (!state) {
        m_dialogs->warning(this, QStringLiteral("approvalRefusedMessage"), tr("Not approved"),
                           tr("The workspace did not accept the approval of %1: %2").arg(batch->requestId, error));
        reload();
        return false;
    }
    say(*state == Core::TeamApprovals::State::Approved
            ? tr("%1 is approved and may be sent.").arg(batch->requestId)
            : tr("Your approval of %1 is recorded; it needs another approver.").arg(batch->requestId));
    reload();
    Q_EMIT batchChanged(batch->requestId);
    return true;
}

bool ApprovalsPage::rejectSelected()
{
    const std::optional<Core::FrozenBatch> batch = selectedBatch(m_waitingView, m_waiting);
    if (!batch)
        return false;
    const std::optional<QString> comment =
        askComment(tr("Reject %1").arg(batch->requestId), tr("Why do you reject it? The preparer reads this:"));
    if (!comment)
        return false;
    QString error;
    const std::optional<Core::TeamApprovals::State> state =
        Core::TeamApprovals(m_services.journal())
            .reject(batch->requestId, Core::TeamApprovals::bodySha256(batch->body), *comment, &error);
    if (!state) {
        m_dialogs->warning(this, QStringLiteral("approvalRefusedMessage"), tr("Rejection not recorded"),
                           tr("The workspace did not accept the rejection of %1: %2").arg(batch->requestId, error));
        reload();
        return false;
    }
    say(tr("%1 is rejected; it will not be sent.").arg(batch->requestId));
    reload();
    Q_EMIT batchChanged(batch->requestId);
    return true;
}

bool ApprovalsPage::sendSelected()
{
    const std::optional<Core::FrozenBatch> batch = selectedBatch(m_readyView, m_ready);
    if (!batch)
        return false;
    if (!m_sender) {
        say(tr("Only an approver sends an approved batch."));
        return false;
    }
    if (!m_services.settings().profile(QUuid::fromString(batch->profileId))) {
        say(tr("%1 was prepared with a profile this computer does not have; add the profile to send it.")
                .arg(batch->requestId));
        return false;
    }
    if (const QString refusal = m_services.journal().sendRefusal(batch->id); !refusal.isEmpty()) {
        say(refusal);
        reload();
        return false;
    }
    m_services.engine().refreshNow(batch->requestId);
    say(tr("%1 is on its way to Lesspay; the Batches page follows it.").arg(batch->requestId));
    Q_EMIT batchChanged(batch->requestId);
    return true;
}

} // namespace Lesspay::Ui
