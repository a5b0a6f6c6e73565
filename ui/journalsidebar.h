// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;

namespace Lesspay::Core {
class JournalSidebarModel;
}

namespace Lesspay::Ui {

class JournalSidebarDelegate;

// The drafts and submitted batches of the current profile, newest first: two lists on the two
// groups of one Core::JournalSidebarModel, which updates them row by row. A plain list: the
// Batches page shows batches in full.
class JournalSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSidebar)

public:
    // Shows the model (not owned), which Core::DraftSession keeps current.
    explicit JournalSidebar(Core::JournalSidebarModel &model, QWidget *parent = nullptr);

    Core::JournalSidebarModel *model() const { return m_model; }
    QListView *draftsList() const { return m_drafts; }
    QListView *batchesList() const { return m_batches; }

public Q_SLOTS:
    // Reads the journal again; rows change one by one, selection and focus stay.
    void refresh();

Q_SIGNALS:
    void draftActivated(qint64 draftId);
    void batchActivated(const QString &requestId);

private:
    Core::JournalSidebarModel *m_model;
    JournalSidebarDelegate *m_delegate;
    QListView *m_drafts;
    QListView *m_batches;
};

} // namespace Lesspay::Ui
