// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <memory>

// Talks to a sandbox over a real socket the way a merchant would: signed headers, manual
// redirects, a transfer timeout. One instance per test case (its own network manager).
class SandboxTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Reply
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int httpStatus = 0;
        QByteArray body;
        QByteArray location;
        QJsonObject json; // empty when the body is not a JSON object

        int code() const { return json.value(QLatin1String("code")).toInt(-1); }
        QJsonObject data() const { return json.value(QLatin1String("data")).toObject(); }
    };

    explicit SandboxTestClient(QString baseUrl, QString appId = Lesspay::Sandbox::MerchantDirectory::DemoAppId,
                               QByteArray secret = Lesspay::Sandbox::MerchantDirectory::DemoSecret);

    // A correctly signed POST of the canonical wire form of the body.
    Reply post(const QString &path, const QJsonObject &body);
    // Signed headers for these exact bytes (the caller may break them afterwards).
    Headers signedHeaders(const QByteArray &wireBody) const;
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers);

    Reply create(const QJsonObject &body);
    Reply query(const QString &requestId, const QString &payOrderId = {});
    // Polls query until the batch has this status (or the timeout passes); returns the last data.
    QJsonObject waitForStatus(const QString &requestId, const QString &status, int timeoutMs = 10000);
    QJsonArray adminBatches();

    static QJsonObject bankDetail(const QString &id, const QString &amount,
                                  const QString &name = QStringLiteral("Juan Dela Cruz"));
    static QJsonObject walletDetail(const QString &id, const QString &amount);
    static QJsonObject createBody(const QString &requestId, const QJsonArray &details,
                                  const QString &currency = QStringLiteral("PHP"),
                                  const QString &notifyUrl = QStringLiteral("http://127.0.0.1:9/notify"));
    static QString uniqueRequestId();

private:
    QString m_baseUrl;
    QString m_appId;
    QByteArray m_secret;
    QNetworkAccessManager m_network;
};

// Options for an in-process sandbox on a free loopback port with fast timers.
Lesspay::Sandbox::SandboxOptions fastSandboxOptions();
// Starts one; fails the calling test (returns null) when it cannot listen.
std::unique_ptr<Lesspay::Sandbox::Sandbox> startSandbox(Lesspay::Sandbox::SandboxOptions options);
