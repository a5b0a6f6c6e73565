// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/storedbatch.h"

#include <QHash>
#include <QStringList>

#include <map>

namespace Lesspay::Sandbox {

// Every accepted batch, by pay_order_id and by (APPID, request_id). Pointers it hands out stay
// valid until clear(): batches live in a node-based map.
class BatchStore
{
public:
    StoredBatch *findByPayOrderId(const QString &payOrderId);
    StoredBatch *findByRequestId(const QString &appId, const QString &requestId);
    // Both ids optional; when both are given they must name the same batch of this merchant.
    StoredBatch *find(const QString &appId, const QString &requestId, const QString &payOrderId);

    StoredBatch &insert(StoredBatch batch);
    void clear();

    // A fresh pay_order_id: "PO" + UTC time + random digits, unique in this store.
    QString newPayOrderId() const;

    int size() const { return int(m_order.size()); }
    // In creation order.
    QList<const StoredBatch *> batches() const;
    QStringList payOrderIds() const { return m_order; }

private:
    static QString requestKey(const QString &appId, const QString &requestId);

    std::map<QString, StoredBatch> m_batches;
    QHash<QString, QString> m_byRequest;
    QStringList m_order;
};

} // namespace Lesspay::Sandbox
