// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSocketNotifier;
class QThread;

namespace Lesspay::Core {

class Journal;

// Whether a journal on PostgreSQL (a team database) can be reached, and getting it back when it
// could not. While connected nothing is polled: a caller whose query failed asks check(), and the
// socket the notifier listens on wakes it when the server goes away (a restart sends a FATAL
// message and closes it). Once lost, the journal's connection is closed (Journal::offlineReason()
// says why, and nothing is sent), and a probe on a thread of its own, with a connection of its
// own, tries again after a back-off that doubles up to a ceiling: the GUI thread never waits
// for a server that does not answer. When the probe gets in, the journal's connection is opened
// again and reconnected() tells the notifier to LISTEN again and the autosave to write what is
// pending. A login the server refuses (password changed, role revoked) or a schema newer than
// this console is tried again at the ceiling only. On SQLite it stays Connected and does nothing.
class JournalConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalConnectionMonitor)

public:
    enum class State {
        Connected,
        Reconnecting, // unreachable, or restarting: tried again after the back-off
        Refused,      // the server answered and refused this login (password or role)
        SchemaNewer,  // the workspace was upgraded by a newer console: nothing is written
    };
    Q_ENUM(State)

    static constexpr int DefaultFirstRetryMs = 500;
    static constexpr int DefaultMaxRetryMs = 30000;

    // The journal must outlive the monitor.
    explicit JournalConnectionMonitor(Journal &journal, QObject *parent = nullptr);
    ~JournalConnectionMonitor() override;

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // When the connection was lost (milliseconds since the epoch); 0 while connected.
    qint64 since() const { return m_since; }
    // The server's or the driver's words for the last failure.
    QString detail() const { return m_detail; }
    // Connection attempts since the connection was lost.
    int attempts() const { return m_attempts; }

    // The first retry's delay and the ceiling the back-off doubles up to (tests shorten them).
    void setRetryDelays(int firstMs, int maxMs);

    // A query on the journal failed (`detail`: its error): is the connection still there? Asks
    // libpq, which knows once a read or write on the socket failed; no query. Returns whether the
    // journal is connected afterwards.
    bool check(const QString &detail = {});
    // Watches the connection's socket (again); the constructor and a reconnect call it.
    void watchSocket();
    // Tries to reconnect now rather than after the back-off (a person asked, or a test).
    void retryNow();

    // Why nothing may be sent in `state`, in the words the console shows; empty when connected.
    static QString reason(State state);

Q_SIGNALS:
    void stateChanged(Lesspay::Core::JournalConnectionMonitor::State state);
    // The journal's connection is open again: LISTEN again, write what is pending, re-read.
    void reconnected();

private:
    // What a probe on its own connection found.
    struct ProbeResult
    {
        bool reached = false; // logged in
        bool refused = false; // the server answered and refused the login
        int schema = -1;
        QString error;
    };
    static ProbeResult probe(const QString &location);
    void onSocketActivated();
    static bool isRefusedLogin(const QString &message);
    void lose(const QString &detail);
    void attempt();
    void onProbeFinished(const ProbeResult &result);
    void setState(State state);
    void scheduleRetry(int delayMs);

    Journal &m_journal;
    State m_state = State::Connected;
    qint64 m_since = 0;
    QString m_detail;
    int m_attempts = 0;
    int m_firstRetryMs = DefaultFirstRetryMs;
    int m_maxRetryMs = DefaultMaxRetryMs;
    int m_nextRetryMs = DefaultFirstRetryMs;
    QTimer m_retry;
    QPointer<QThread> m_probe;
    QSocketNotifier *m_socket = nullptr;
};

} // namespace Lesspay::Core
