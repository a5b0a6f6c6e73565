// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/remotebatch.h"
#include "journal/journalrecords.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Lesspay::Core {

class Batch;

// The durable record of everything the console submits: a SQLite file (WAL mode, file mode
// 0600) by default, or a team's PostgreSQL database named by a postgresql:// URL; one schema
// and one set of migrations on both (SqlDialect holds the differences). A batch is frozen here, with the exact
// bytes that will be sent, before the first byte leaves the machine; the submission engine
// writes every state change and every answer here so that a crash loses nothing.
// Several processes may open the same file: freezing a draft is a single IMMEDIATE
// transaction, so a draft is frozen once whoever asks.
// Not thread-safe: use one instance per thread.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    using Clock = std::function<qint64()>;
    static constexpr int SchemaVersion = 7;

    static QString defaultPath(); // <AppDataLocation>/journal.sqlite
    // location: a file path, or postgresql://user[:password]@host[:port]/database[?sslmode=...]
    static std::unique_ptr<Journal> open(const QString &location, QString *error = nullptr, Clock clock = {});
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_path; } // the file, or the URL without its password
    bool isServer() const;                  // PostgreSQL rather than a SQLite file
    int schemaVersion() const;
    bool integrityOk() const;
    qint64 now() const { return m_clock(); }

    // Freezes a create-order body. With a draft id, a second call for the same draft returns
    // the batch frozen the first time (created == false) and ignores the new body.
    struct FreezeResult
    {
        FrozenBatch batch;
        bool created = false;
    };
    std::optional<FreezeResult> freeze(qint64 draftId, const QString &profileId, const QByteArray &body,
                                       QString *error = nullptr);
    // The same for a caller that wrote the body from a Batch and knows its rows already: the
    // 26 MB of a 100,000-row body are not parsed again. `progress` is asked every few hundred
    // rows; when it answers false the transaction is rolled back and nothing is recorded.
    struct FreezeInput
    {
        qint64 draftId = 0;
        QString profileId;
        QByteArray body; // what FrozenBody::write() made of `batch`, stored and sent byte for byte
        QString requestId;
        const Batch *batch = nullptr; // the rows and the header the body was written from
        std::function<bool(int done, int total)> progress;
    };
    std::optional<FreezeResult> freeze(const FreezeInput &input, QString *error = nullptr);
    // The same journal once more with a connection of its own, for another thread (an SQL
    // connection belongs to the thread that opened it): call it on that thread.
    std::unique_ptr<Journal> openAgain(QString *error = nullptr) const;
    // Copies what SQLite's write-ahead log holds into the database file without waiting for
    // readers, so that the next small write (on any connection) does not do it: a worker calls
    // it after a large transaction. Nothing on a server. True when the log was copied entirely.
    bool checkpoint();

    std::optional<FrozenBatch> batch(const QString &requestId) const;
    std::optional<FrozenBatch> batchById(qint64 id) const;
    // The same with an empty body: for following a batch's state, which must not read the 26 MB
    // of a 100,000-row body every time.
    std::optional<FrozenBatch> batchWithoutBody(const QString &requestId) const;
    std::optional<FrozenBatch> batchByIdWithoutBody(qint64 id) const;
    // Without their bodies too.
    QList<FrozenBatch> unresolvedBatches() const; // Frozen, Sending, Unknown, Reconciling
    QList<FrozenBatch> batchesToPoll() const;     // Accepted with an order_status that is not final

    // A team workspace (TeamWorkspace installed): the server decides who may approve and send.
    bool isTeamWorkspace() const;
    // Why the batch may not be sent now (empty: it may): in a team workspace, a batch is sent
    // only once approved. The server refuses the send anyway; this is the reason to show.
    QString sendRefusal(qint64 batchId) const;

    // State changes, each committed before it returns. In a team workspace markSending goes
    // through the server's lesspay_mark_sending, which refuses an unapproved batch.
    bool markSending(qint64 batchId);
    bool setState(qint64 batchId, BatchState state, const QString &note = {}, const QString &lastError = {});
    struct NotFound
    {
        qint64 since = 0;
        int count = 0;
    };
    NotFound recordNotFound(qint64 batchId);
    // The create of the attempt marked last could not be written at all: the batch becomes
    // NotSent with the reason, and that attempt no longer counts in send_count (which counts
    // the creates Lesspay may have received).
    bool markNotSent(qint64 batchId, const QString &reason);

    // Stores what the server said about a batch, with a snapshot row for each thing that
    // changed; returns what changed.
    struct RemoteChanges
    {
        bool batchChanged = false;
        QStringList details; // mch_order_id of each detail whose status changed
    };
    RemoteChanges applyRemote(qint64 batchId, const RemoteBatch &remote);

    // Request/response history; the body is masked here, whoever calls.
    void logEvent(qint64 batchId, const EventEntry &event);

    QString lastError() const { return m_lastError; }

    // Why the journal cannot be written now (empty: it can): a team database that is unreachable
    // or refuses this login, as JournalConnectionMonitor found. Nothing is sent meanwhile:
    // sendRefusal() and markSending() refuse with this reason.
    QString offlineReason() const { return m_offlineReason; }

private:
    // SQL stays in app/journal/: only the journal's own classes reach its connection.
    friend class BatchLease;
    friend class DirectoryStore;
    friend class DraftStore;
    friend class JournalConnectionMonitor;
    friend class JournalImport;
    friend class JournalNotifier;
    friend class JournalQueries;
    friend class TeamApprovals;
    friend class TeamAudit;
    friend class TeamWorkspace;
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }

    Journal(QString location, QString connection, Clock clock);
    bool initialize(QString *error);
    bool migrate(QString *error);
    void restrictPermissions() const;
    bool addSnapshot(qint64 batchId, const QString &state, const QString &status, const QString &note);
    // One row of batch_details as freeze() writes it.
    struct DetailRow
    {
        QString mchOrderId;
        QString amount;
        QString recipientKey;
        QString account; // masked when written
    };
    struct BatchRow
    {
        qint64 draftId = 0;
        QString profileId;
        QString requestId;
        QString currency;
        QString totalAmount;
        int detailCount = 0;
    };
    std::optional<FrozenBatch> selectBatch(const QString &where, const QVariant &key, bool withBody) const;
    std::optional<FreezeResult> insertFrozen(const BatchRow &row, const QByteArray &body,
                                             const std::function<DetailRow(int)> &detailAt,
                                             const std::function<bool(int, int)> &progress, QString *error);

    QString m_location;
    QString m_path;
    QString m_connection;
    Clock m_clock;
    mutable QString m_lastError;
    QString m_offlineReason;
};

} // namespace Lesspay::Core
