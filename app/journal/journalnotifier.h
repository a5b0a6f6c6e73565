// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace Lesspay::Core {

class Journal;

// Shared sight in a journal on PostgreSQL: triggers on the server send a notification
// (pg_notify on the channel lesspay_journal) whenever a draft, a batch (its state, status or
// approval) or an approval decision changes, and this class, LISTENing on the journal's own
// connection, turns the ones another connection caused into signals. Nothing is polled: the
// driver wakes up when the server writes to the socket. On SQLite it does nothing.
class JournalNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalNotifier)

public:
    static constexpr const char *Channel = "lesspay_journal";

    // The journal must outlive the notifier.
    explicit JournalNotifier(Journal &journal, QObject *parent = nullptr);
    ~JournalNotifier() override;

    // Listening for other connections' changes (false on SQLite, or when LISTEN failed).
    bool isActive() const { return m_active; }
    // LISTENs again on the journal's connection, opened anew after it was lost
    // (JournalConnectionMonitor::reconnected), and announces journalChanged(): what changed
    // meanwhile was not announced to this connection.
    void resubscribe();

    // Creates (or replaces) the notifying triggers on the journal's database: drafts, batches,
    // their details' status updates, and approval decisions when the team layer is there.
    // Needs the right to create triggers (the database's owner); idempotent.
    static bool installTriggers(Journal &journal, QString *error = nullptr);
    // The triggers are there: installs them when missing and this user may; quiet otherwise (a
    // preparer opening a workspace set up by an older console gets no notifications until an
    // admin opens it).
    static void ensureTriggers(Journal &journal);

signals:
    void draftChanged(qint64 draftId);
    void batchChanged(qint64 batchId, const QString &requestId);
    void approvalChanged(qint64 batchId, const QString &requestId);
    // Once per event-loop turn after any of the above: for views that re-read a whole list.
    void journalChanged();

private:
    void onNotification(const QString &name, const QString &payload, bool self);

    Journal &m_journal;
    bool m_active = false;
    QTimer m_coalesce;
};

} // namespace Lesspay::Core
