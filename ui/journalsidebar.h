// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QListView;

namespace Lesspay::Core {
class DraftSession;
class JournalSidebarModel;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class Dialogs;
class JournalSidebarDelegate;

// The drafts and submitted batches of the current profile, newest first: two lists on the two
// groups of one Core::JournalSidebarModel, which updates them row by row. A plain list: the
// Batches page shows batches in full. A draft is renamed in place (F2, or Rename in its context
// menu; the model writes the name to the journal) and deleted after a confirmation (Delete, or
// Delete… in its context menu; the session closes it first when it is open). Deleting asks rather
// than offering an undo: in a team workspace colleagues see the deletion at once, and a draft
// brought back would be a new one without its link to the batch it retries.
class JournalSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSidebar)

public:
    // Shows the model (not owned), which Core::DraftSession keeps current.
    explicit JournalSidebar(Core::JournalSidebarModel &model, QWidget *parent = nullptr);
    ~JournalSidebar() override;

    Core::JournalSidebarModel *model() const { return m_model; }
    QListView *draftsList() const { return m_drafts; }
    QListView *batchesList() const { return m_batches; }
    // Where deletions go (the console's DraftSession); without it drafts cannot be deleted here.
    void setSession(Core::DraftSession *session);
    // The seam for the confirmation and the refusals; null: real dialogs.
    void setDialogs(Dialogs *dialogs);
    QAction *renameDraftAction() const { return m_renameAction; }
    QAction *deleteDraftAction() const { return m_deleteAction; }

public Q_SLOTS:
    // Reads the journal again; rows change one by one, selection and focus stay.
    void refresh();

Q_SIGNALS:
    void draftActivated(qint64 draftId);
    void batchActivated(const QString &requestId);

private:
    void renameCurrentDraft();
    void deleteCurrentDraft();
    void showDraftMenu(const QPoint &at);
    void updateDraftActions();

    Core::JournalSidebarModel *m_model;
    Core::DraftSession *m_session = nullptr;
    // One delegate per list: a delegate's editor belongs to one view (drafts are edited in place).
    JournalSidebarDelegate *m_delegate;
    JournalSidebarDelegate *m_draftDelegate;
    QListView *m_drafts;
    QListView *m_batches;
    std::unique_ptr<Dialogs> m_standardDialogs;
    Dialogs *m_dialogs;
    QAction *m_renameAction;
    QAction *m_deleteAction;
};

} // namespace Lesspay::Ui
