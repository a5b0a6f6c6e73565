// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Lesspay::Core {
class Journal;
}

namespace Lesspay::Ui {

// The drafts and submitted batches of the current profile, newest first, read from the
// journal. A plain list: the Batches page shows batches in full.
class JournalSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSidebar)

public:
    explicit JournalSidebar(Core::Journal &journal, QWidget *parent = nullptr);

    void setProfile(const QString &profileId);
    void setCurrentDraft(qint64 draftId);
    QListWidget *draftsList() const { return m_drafts; }
    QListWidget *batchesList() const { return m_batches; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void draftActivated(qint64 draftId);
    void batchActivated(const QString &requestId);

private:
    Core::Journal &m_journal;
    QString m_profileId;
    qint64 m_currentDraft = 0;
    QListWidget *m_drafts;
    QListWidget *m_batches;
};

} // namespace Lesspay::Ui
