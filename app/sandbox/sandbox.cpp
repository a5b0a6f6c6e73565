// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "sandbox/sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "lesspay.sandbox")

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_detailValidator(Core::ReferenceData::builtin())
    , m_validator(m_detailValidator)
    , m_banks(BankDirectory::builtin())
    , m_auth(m_options.merchants)
    , m_admin(m_store, m_faults)
    , m_api(m_store, m_validator, m_banks, m_detailValidator.referenceData().countries)
    , m_lifecycle(m_store, m_options.merchants, {m_options.reviewDelayMs, m_options.payDelayMs})
    , m_webhooks(m_store, m_options.merchants,
                 {m_options.webhookAttempts, m_options.webhookBackoffMs, m_options.webhookTimeoutMs})
    , m_server(m_api, m_auth, m_faults, m_admin, m_options)
{
    if (m_options.merchants.isEmpty())
        m_options.merchants.add(MerchantDirectory::demoMerchant());
    for (const FaultRule &rule : std::as_const(m_options.faults))
        m_faults.add(rule);
    if (!m_options.stateFile.isEmpty())
        m_stateFile.emplace(m_options.stateFile);

    connect(&m_api, &PayoutApi::batchAccepted, this, [this](const QString &id) {
        m_lifecycle.track(id);
        onBatchChanged(id);
    });
    connect(&m_lifecycle, &BatchLifecycle::batchChanged, this, &Sandbox::onBatchChanged);
    connect(&m_lifecycle, &BatchLifecycle::batchFinal, &m_webhooks, &WebhookSender::deliver);
    connect(&m_webhooks, &WebhookSender::batchChanged, this, &Sandbox::onBatchChanged);
    connect(&m_webhooks, &WebhookSender::deliveryFinished, this, &Sandbox::webhookFinished);
}

Sandbox::~Sandbox() = default;

QString Sandbox::baseUrl() const
{
    const QHostAddress &a = m_options.listenAddress;
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a.toString() + u']' : a.toString();
    return u"http://%1:%2"_s.arg(host).arg(port());
}

bool Sandbox::start(QString *error)
{
    if (m_stateFile) {
        if (!m_stateFile->load(&m_store, error))
            return false;
        // Resume what was in flight: timers restart from now, undelivered webhooks continue.
        for (const QString &id : m_store.payOrderIds()) {
            const StoredBatch *b = m_store.findByPayOrderId(id);
            if (!b->isFinal())
                m_lifecycle.track(id);
            else if (b->webhook == StoredBatch::Webhook::Pending || b->webhook == StoredBatch::Webhook::NotDue)
                m_webhooks.deliver(id);
        }
        qCInfo(lcSandbox, "state %s: %d batches loaded", qPrintable(m_stateFile->path()), m_store.size());
    }
    return m_server.listenOn(m_options.listenAddress, m_options.port, error);
}

void Sandbox::onBatchChanged(const QString &payOrderId)
{
    saveState();
    Q_EMIT batchChanged(payOrderId);
}

void Sandbox::saveState()
{
    if (!m_stateFile)
        return;
    QString error;
    if (!m_stateFile->save(m_store, &error))
        qCWarning(lcSandbox, "%s", qPrintable(error));
}

} // namespace Lesspay::Sandbox
