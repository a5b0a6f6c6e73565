// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtestclient.h"

#include "api/signer.h"
#include "api/wireformat.h"
#include "money/amount.h"
#include "money/currencytable.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Lesspay;

SandboxTestClient::SandboxTestClient(QString baseUrl, QString appId, QByteArray secret)
    : m_baseUrl(std::move(baseUrl))
    , m_appId(std::move(appId))
    , m_secret(std::move(secret))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SandboxTestClient::Headers SandboxTestClient::signedHeaders(const QByteArray &wireBody) const
{
    Core::Signer::Signature signature;
    Core::Signer::signWire(wireBody, m_secret, &signature);
    return {{"x-auth-appid", m_appId.toUtf8()},
            {"X-Auth-Timestamp", QByteArray::number(QDateTime::currentMSecsSinceEpoch())},
            {"x-auth-signature", signature.hex}};
}

SandboxTestClient::Reply SandboxTestClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                                 const Headers &headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setTransferTimeout(15000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply r;
    r.error = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

SandboxTestClient::Reply SandboxTestClient::post(const QString &path, const QJsonObject &body)
{
    const QByteArray wire = Core::WireFormat::toBytes(body);
    return send("POST", path, wire, signedHeaders(wire));
}

SandboxTestClient::Reply SandboxTestClient::create(const QJsonObject &body)
{
    return post(Sandbox::PayoutApi::CreatePath, body);
}

SandboxTestClient::Reply SandboxTestClient::query(const QString &requestId, const QString &payOrderId)
{
    return post(Sandbox::PayoutApi::QueryPath, Core::WireFormat::queryBody(requestId, payOrderId));
}

QJsonObject SandboxTestClient::waitForStatus(const QString &requestId, const QString &status, int timeoutMs)
{
    QJsonObject data;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        data = query(requestId).data();
        if (data.value("order_status"_L1).toString() == status)
            break;
        QTest::qWait(20);
    }
    return data;
}

QJsonArray SandboxTestClient::adminBatches()
{
    return send("GET", u"/admin/batches"_s, {}, {}).json.value("batches"_L1).toArray();
}

QJsonObject SandboxTestClient::bankDetail(const QString &id, const QString &amount, const QString &name)
{
    return QJsonObject{{"mch_order_id"_L1, id},
                       {"amount"_L1, amount},
                       {"destination_type"_L1, u"bank"_s},
                       {"bank_account_name"_L1, name},
                       {"bank_account_no"_L1, u"001234567890"_s},
                       {"bank_account_type"_L1, u"individual"_s},
                       {"bank_name"_L1, u"BDO Unibank"_s},
                       {"bank_country_code"_L1, u"PH"_s},
                       {"bank_swift_code"_L1, u"BNORPHMM"_s}};
}

QJsonObject SandboxTestClient::walletDetail(const QString &id, const QString &amount)
{
    const QJsonObject wallet{{"account_name"_L1, u"Ana Reyes"_s},  {"account_number"_L1, u"+639171234567"_s},
                             {"account_type"_L1, u"individual"_s}, {"provider"_L1, u"GCash"_s},
                             {"deposit_key_type"_L1, u"phone"_s},  {"deposit_key"_L1, u"+639171234567"_s}};
    return QJsonObject{
        {"mch_order_id"_L1, id}, {"amount"_L1, amount}, {"destination_type"_L1, u"ewallet"_s}, {"e_wallet"_L1, wallet}};
}

QJsonObject SandboxTestClient::createBody(const QString &requestId, const QJsonArray &details, const QString &currency,
                                          const QString &notifyUrl)
{
    const int decimals = Core::CurrencyTable::builtin().decimals(currency).value_or(2);
    qint64 total = 0;
    for (const QJsonValue &d : details)
        total += Core::Amount::parse(d["amount"_L1].toString(), decimals).minor;
    return QJsonObject{{"request_id"_L1, requestId},
                       {"currency"_L1, currency},
                       {"total_amount"_L1, Core::Amount::format(total, decimals)},
                       {"way_type"_L1, u"BANK_TRANSFER"_s},
                       {"way_code"_L1, u"TAZAPAY_PAYOUT"_s},
                       {"notify_url"_L1, notifyUrl},
                       {"payout_order_details"_L1, details}};
}

QString SandboxTestClient::uniqueRequestId()
{
    return u"T-"_s + QUuid::createUuid().toString(QUuid::Id128).left(24);
}

Sandbox::SandboxOptions fastSandboxOptions()
{
    Sandbox::SandboxOptions o;
    o.port = 0;
    o.reviewDelayMs = 30;
    o.payDelayMs = 30;
    o.webhookAttempts = 1;
    o.webhookBackoffMs = 20;
    o.webhookTimeoutMs = 2000;
    return o;
}

std::unique_ptr<Sandbox::Sandbox> startSandbox(Sandbox::SandboxOptions options)
{
    auto sandbox = std::make_unique<Sandbox::Sandbox>(std::move(options));
    QString error;
    if (!sandbox->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return nullptr;
    }
    return sandbox;
}
