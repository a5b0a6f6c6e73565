// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/submissionengine.h"
#include "session/draftsession.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QMainWindow;

namespace Lesspay::Ui {

class BatchEditor;
class Dialogs;

// The console's review and submit of the open draft: the session's worker saves the draft and
// writes its request while a cancellable progress dialog shows how far it got, the review dialog
// shows the result, and the submit records and sends exactly that request, again with progress.
// The event loop never waits for a large batch; the draft is read-only meanwhile.
class SubmitFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitFlow)

public:
    SubmitFlow(Core::DraftSession &session, BatchEditor *editor, Dialogs *dialogs, QMainWindow *window);
    ~SubmitFlow() override;

    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    // In a team workspace the review asks for approval instead of submitting, and a recorded
    // batch is handed on through recordedForApproval() instead of being reported as sent.
    void setApprovalRequested(bool approval) { m_approval = approval; }
    // Starts the review of the open draft; the rest follows from the event loop.
    void start();
    bool isBusy() const { return m_session.isFreezing(); }
    // The progress dialog of the running step (objectName "freezeProgressDialog"); null when idle.
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    // The batch is frozen and recorded; `frozenBefore` when the draft already was.
    void recordedForApproval(const QString &requestId, bool frozenBefore);

private:
    void showProgress(const QString &label);
    void hideProgress();
    void onProgress(int done, int total);
    void onReviewFinished(const Core::DraftSession::Review &review);
    void onSubmitFinished(const Core::SubmissionEngine::SubmitResult &result);
    void showStatus(const QString &message, int timeoutMs);

    Core::DraftSession &m_session;
    BatchEditor *m_editor;
    Dialogs *m_dialogs;
    QMainWindow *m_window;
    QPointer<QProgressDialog> m_progress;
    bool m_approval = false;
};

} // namespace Lesspay::Ui
