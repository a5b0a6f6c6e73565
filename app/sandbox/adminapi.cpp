// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminapi.h"

#include "sandbox/sandboxlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

ApiReply adminError(int status, const QString &message)
{
    return ApiReply::json(status, QJsonObject{{"error"_L1, message}});
}

} // namespace

AdminApi::AdminApi(const BatchStore &store, FaultInjector &faults)
    : m_store(store)
    , m_faults(faults)
{}

bool AdminApi::isAllowedPeer(const QHostAddress &peer)
{
    if (peer.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 && QHostAddress(v4).isLoopback();
}

ApiReply AdminApi::batches() const
{
    QJsonArray list;
    for (const StoredBatch *b : m_store.batches())
        list.append(b->adminSummary());
    return ApiReply::json(200, QJsonObject{{"batches"_L1, list}});
}

ApiReply AdminApi::faults() const
{
    return ApiReply::json(200, QJsonObject{{"faults"_L1, m_faults.toJson()}});
}

ApiReply AdminApi::handle(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (path == "/admin/batches"_L1) {
        if (method != "GET")
            return adminError(405, u"use GET"_s);
        return batches();
    }
    if (path != "/admin/faults"_L1)
        return adminError(404, u"unknown admin path"_s);
    if (method == "GET")
        return faults();
    if (method == "DELETE") {
        m_faults.clear();
        qCInfo(lcSandbox, "faults cleared");
        return faults();
    }
    if (method != "POST")
        return adminError(405, u"use GET, POST or DELETE"_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return adminError(400, u"body must be a JSON object"_s);
    QString error;
    const std::optional<FaultRule> rule = FaultInjector::ruleFromJson(doc.object(), &error);
    if (!rule)
        return adminError(400, error);
    m_faults.add(*rule);
    qCInfo(lcSandbox, "fault added: %s", qPrintable(QString::fromUtf8(body)));
    return faults();
}

} // namespace Lesspay::Sandbox
