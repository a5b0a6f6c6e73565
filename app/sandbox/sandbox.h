// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/detailvalidator.h"
#include "sandbox/adminapi.h"
#include "sandbox/authcheck.h"
#include "sandbox/bankdirectory.h"
#include "sandbox/batchlifecycle.h"
#include "sandbox/batchstore.h"
#include "sandbox/createordervalidator.h"
#include "sandbox/faultinjector.h"
#include "sandbox/payoutapi.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/statefile.h"
#include "sandbox/webhooksender.h"

#include <QObject>

#include <optional>

namespace Lesspay::Sandbox {

// One running sandbox: wires the store, the API, the lifecycle timers, webhooks, faults and the
// optional state file to the HTTP server. main() and the e2e tests both start it this way.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Loads the state file (if any), resumes its batches and starts listening.
    bool start(QString *error);
    quint16 port() const { return m_server.port(); }
    QString baseUrl() const;

    BatchStore &store() { return m_store; }
    FaultInjector &faults() { return m_faults; }
    const MerchantDirectory &merchants() const { return m_options.merchants; }

Q_SIGNALS:
    void batchChanged(const QString &payOrderId);
    void webhookFinished(const QString &payOrderId, bool delivered);

private:
    void onBatchChanged(const QString &payOrderId);
    void saveState();

    SandboxOptions m_options;
    Core::DetailValidator m_detailValidator;
    CreateOrderValidator m_validator;
    BankDirectory m_banks;
    BatchStore m_store;
    FaultInjector m_faults;
    AuthCheck m_auth;
    AdminApi m_admin;
    PayoutApi m_api;
    BatchLifecycle m_lifecycle;
    WebhookSender m_webhooks;
    SandboxServer m_server;
    std::optional<StateFile> m_stateFile;
};

} // namespace Lesspay::Sandbox
