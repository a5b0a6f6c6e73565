// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Lesspay::Core {

class OneShotExchange;

// One API call in flight. It owns its QNetworkReply (queries) or its OneShotExchange (creates:
// written once on a connection of its own) and a hard deadline, emits finished()
// exactly once (never synchronously from the ApiClient method that created it) and then
// deletes itself. Destroying it, or its ApiClient, aborts the reply without a signal.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    enum class Endpoint { Create, Query, SupportedBanks };

    ~ApiCall() override;

    Endpoint endpoint() const { return m_endpoint; }
    const QByteArray &requestBody() const { return m_body; } // exactly the bytes sent
    const QNetworkRequest &request() const { return m_request; }
    bool isFinished() const { return m_done; }

    // Stops the call; finished() is not emitted. The call deletes itself later.
    void cancel();

signals:
    void finished(const Lesspay::Core::ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(Endpoint endpoint, QByteArray body, QObject *parent);

    void start(QNetworkAccessManager *network, const QNetworkRequest &request, std::chrono::milliseconds deadline);
    void startOnce(const QNetworkRequest &request, std::chrono::milliseconds deadline);
    void failBeforeSend(const QString &message);
    void onReplyFinished();
    void onExchangeFinished();
    void onDeadline();
    void finish(const ApiResult &result);
    ApiResult interpret(QNetworkReply *reply) const;
    ApiResult interpretAnswer(int httpStatus, const QByteArray &location, QByteArray body) const;

    Endpoint m_endpoint;
    QByteArray m_body;
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotExchange> m_exchange;
    QTimer m_deadline;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace Lesspay::Core
