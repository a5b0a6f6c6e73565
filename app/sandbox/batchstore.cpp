// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchstore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

QString BatchStore::requestKey(const QString &appId, const QString &requestId)
{
    return appId + u'\n' + requestId;
}

StoredBatch *BatchStore::findByPayOrderId(const QString &payOrderId)
{
    const auto it = m_batches.find(payOrderId);
    return it == m_batches.end() ? nullptr : &it->second;
}

StoredBatch *BatchStore::findByRequestId(const QString &appId, const QString &requestId)
{
    const auto it = m_byRequest.constFind(requestKey(appId, requestId));
    return it == m_byRequest.constEnd() ? nullptr : findByPayOrderId(it.value());
}

StoredBatch *BatchStore::find(const QString &appId, const QString &requestId, const QString &payOrderId)
{
    StoredBatch *byRequest = requestId.isEmpty() ? nullptr : findByRequestId(appId, requestId);
    if (payOrderId.isEmpty())
        return byRequest;
    StoredBatch *byOrder = findByPayOrderId(payOrderId);
    if (!byOrder || byOrder->appId != appId)
        return nullptr;
    if (!requestId.isEmpty() && byOrder != byRequest)
        return nullptr;
    return byOrder;
}

StoredBatch &BatchStore::insert(StoredBatch batch)
{
    const QString id = batch.payOrderId;
    m_byRequest.insert(requestKey(batch.appId, batch.requestId), id);
    auto [it, inserted] = m_batches.insert_or_assign(id, std::move(batch));
    if (inserted)
        m_order.append(id);
    return it->second;
}

void BatchStore::clear()
{
    m_batches.clear();
    m_byRequest.clear();
    m_order.clear();
}

QString BatchStore::newPayOrderId() const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    for (;;) {
        const QString id = u"PO"_s + stamp + QString::number(QRandomGenerator::global()->bounded(100000, 1000000));
        if (m_batches.find(id) == m_batches.end())
            return id;
    }
}

QList<const StoredBatch *> BatchStore::batches() const
{
    QList<const StoredBatch *> list;
    list.reserve(m_order.size());
    for (const QString &id : m_order)
        list.append(&m_batches.at(id));
    return list;
}

} // namespace Lesspay::Sandbox
