// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/apireply.h"
#include "sandbox/bankdirectory.h"
#include "sandbox/batchstore.h"
#include "sandbox/createordervalidator.h"

#include <QJsonObject>
#include <QObject>

namespace Lesspay::Sandbox {

// The three payout calls of spec sections 3, 4 and 7 for an authenticated merchant: no HTTP
// here, only bodies in and envelopes out.
class PayoutApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutApi)

public:
    static inline const QString CreatePath = QStringLiteral("/api/global/payout/batch/create-order");
    static inline const QString QueryPath = QStringLiteral("/api/global/payout/query");
    static inline const QString BanksPath = QStringLiteral("/api/global/payout/supported-banks");

    PayoutApi(BatchStore &store, const CreateOrderValidator &validator, const BankDirectory &banks,
              const Core::CountryTable &countries, QObject *parent = nullptr);

    static bool isApiPath(const QString &path);
    ApiReply handle(const QString &path, const Merchant &merchant, const QJsonObject &body);

Q_SIGNALS:
    // A create was accepted and stored; emitted before the answer is written.
    void batchAccepted(const QString &payOrderId);

private:
    ApiReply create(const Merchant &merchant, const QJsonObject &body);
    ApiReply query(const Merchant &merchant, const QJsonObject &body);
    ApiReply supportedBanks(const Merchant &merchant, const QJsonObject &body) const;

    BatchStore &m_store;
    const CreateOrderValidator &m_validator;
    const BankDirectory &m_banks;
    const Core::CountryTable &m_countries;
};

} // namespace Lesspay::Sandbox
