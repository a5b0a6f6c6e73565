// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"
#include "engine/engineoptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Lesspay::Core {

class ApiCall;
class ApiClient;
class Journal;

// Follows accepted batches until their order_status is final. One single-shot timer, armed
// again only when the previous round has finished, so rounds never overlap; each batch is
// asked often at first and less often while nothing changes (up to pollMax; unknown
// statuses go straight to pollMax); at most maxConcurrentQueries queries are in flight.
// Answers are written to the journal, and only what changed is signalled.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    using ClientFor = std::function<ApiClient *(const QString &profileId)>;

    Poller(Journal &journal, ClientFor clients, const EngineOptions &options, QObject *parent = nullptr);
    ~Poller() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_inFlight > 0 || !m_queue.isEmpty(); }

    // Asks now: one batch, or every batch being followed when requestId is empty.
    void refreshNow(const QString &requestId = {});
    // A newly accepted batch: first asked after pollInitial.
    void follow(const QString &requestId);

signals:
    void batchChanged(const QString &requestId);
    void detailChanged(const QString &requestId, const QString &mchOrderId);
    void roundFinished();

private:
    struct Due
    {
        qint64 nextAt = 0;
        qint64 interval = 0;
    };

    void runRound();
    void launchMore();
    void onAnswer(qint64 batchId, const QString &requestId, const ApiResult &result);
    void armTimer();

    Journal &m_journal;
    ClientFor m_clients;
    EngineOptions m_options;
    QTimer m_timer;
    QHash<qint64, Due> m_due;
    QList<qint64> m_queue;
    QList<QPointer<ApiCall>> m_calls;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_forceAll = false;
};

} // namespace Lesspay::Core
