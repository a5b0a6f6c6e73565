// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submitflow.h"

#include "batcheditor.h"
#include "dialogs.h"
#include "models/batchmodel.h"
#include "session/consoleservices.h"
#include "submitreviewdialog.h"

#include <QMainWindow>
#include <QProgressDialog>
#include <QStatusBar>

namespace Lesspay::Ui {

using Core::DraftSession;
using Core::SubmissionEngine;

SubmitFlow::SubmitFlow(DraftSession &session, BatchEditor *editor, Dialogs *dialogs, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_editor(editor)
    , m_dialogs(dialogs)
    , m_window(window)
{
    connect(&m_session, &DraftSession::freezeProgress, this, &SubmitFlow::onProgress);
    connect(&m_session, &DraftSession::reviewFinished, this, &SubmitFlow::onReviewFinished);
    connect(&m_session, &DraftSession::submitFinished, this, &SubmitFlow::onSubmitFinished);
}

SubmitFlow::~SubmitFlow() = default;

void SubmitFlow::start()
{
    if (m_session.isFreezing())
        return;
    switch (m_session.startReview()) {
    case DraftSession::Review::Status::Ready:
        showProgress(tr("Saving the draft and writing its request…"));
        return;
    case DraftSession::Review::Status::NotSendable:
        showStatus(tr("The batch has problems to fix before it can be sent."), 8000);
        m_editor->goToNextProblem();
        return;
    case DraftSession::Review::Status::NoDraft:
    case DraftSession::Review::Status::NotSaved:
    case DraftSession::Review::Status::Cancelled:
        return;
    }
}

void SubmitFlow::showProgress(const QString &label)
{
    hideProgress();
    // Not modal: a modal progress dialog runs the event loop inside setValue(). The draft is
    // read-only meanwhile anyway, and Cancel stops the step with nothing recorded or sent.
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("freezeProgressDialog"));
    m_progress->setWindowTitle(tr("Review and submit"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, &m_session, &DraftSession::cancelFreeze);
}

void SubmitFlow::hideProgress()
{
    if (m_progress) {
        m_progress->disconnect(&m_session);
        m_progress->hide();
        m_progress->deleteLater();
        m_progress.clear();
    }
}

void SubmitFlow::onProgress(int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
}

void SubmitFlow::onReviewFinished(const DraftSession::Review &review)
{
    hideProgress();
    const std::optional<Core::Profile> profile = m_session.profile();
    Core::BatchModel *model = m_session.model();
    switch (review.status) {
    case DraftSession::Review::Status::Ready:
        break;
    case DraftSession::Review::Status::Cancelled:
        showStatus(tr("Review cancelled: the draft was saved, nothing was sent."), 8000);
        return;
    case DraftSession::Review::Status::NotSaved:
        m_dialogs->warning(m_window, QStringLiteral("notSubmittedMessage"), tr("Not submitted"),
                           tr("The draft could not be saved, so it was not sent."));
        return;
    case DraftSession::Review::Status::NotSendable:
    case DraftSession::Review::Status::NoDraft:
        return;
    }
    if (!profile || !model)
        return;
    SubmitReviewDialog dialog(model->batch(), model->decimals(), *profile, review.request, m_window,
                              review.walletCount);
    dialog.setPayeeWarnings(review.payeeWarnings);
    dialog.rememberSizeIn(m_session.services().settings());
    if (m_approval)
        dialog.setSubmitText(tr("Request &approval"));
    if (m_dialogs->exec(dialog) != QDialog::Accepted)
        return;
    // What was reviewed is what is sent: the dialog's request, not a new one.
    QString error;
    if (!m_session.startSubmit(dialog.request(), dialog.confirmedPayeeRows(), &error)) {
        if (!error.isEmpty())
            m_dialogs->warning(m_window, QStringLiteral("notSubmittedMessage"), tr("Not submitted"), error);
        return;
    }
    showProgress(tr("Recording the batch in the journal before sending it…"));
}

void SubmitFlow::onSubmitFinished(const SubmissionEngine::SubmitResult &result)
{
    hideProgress();
    if (!result.ok) {
        m_dialogs->warning(m_window, QStringLiteral("notSubmittedMessage"), tr("Not submitted"), result.error);
        return;
    }
    if (m_approval) {
        emit recordedForApproval(result.batch.requestId, result.alreadySubmitted);
        return;
    }
    if (result.alreadySubmitted)
        showStatus(tr("This draft was already submitted as %1.").arg(result.batch.requestId), 10000);
    else if (!result.error.isEmpty())
        showStatus(result.error, 10000);
}

void SubmitFlow::showStatus(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

} // namespace Lesspay::Ui
