// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "api/orderstatus.h"
#include "api/signer.h"
#include "cli/csvbatchloader.h"
#include "engine/poller.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/recipientkey.h"
#include "models/frozenbody.h"
#include "settings/profileconfig.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>

namespace Lesspay::Cli {

using namespace Lesspay::Core;

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

BatchHeader headerFor(const CliCommands::BatchOptions &options, const Profile *profile)
{
    BatchHeader h;
    h.requestId = RequestId::generate();
    h.currency = options.currency.trimmed().toUpper();
    h.wayType = !options.wayType.isEmpty() ? options.wayType : profile ? profile->wayType : QString();
    h.wayCode = !options.wayCode.isEmpty() ? options.wayCode : profile ? profile->wayCode : QString();
    h.notifyUrl = !options.notifyUrl.isEmpty() ? options.notifyUrl : profile ? profile->notifyUrl : QString();
    return h;
}

// The profile's rules, as the console applies them (ProfileConfig builds them for both).
ReferenceData referenceFor(const Profile *profile)
{
    return profile ? ProfileConfig::rules(*profile) : ReferenceData::builtin();
}

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

bool CliCommands::waitFor(const std::function<bool()> &done, std::chrono::milliseconds limit)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(limit);
    loop.exec();
    return done();
}

int CliCommands::sign(const QString &secretEnv, bool revealSecret)
{
    if (secretEnv.isEmpty() || !qEnvironmentVariableIsSet(secretEnv.toLocal8Bit().constData())) {
        m_err << tr("sign needs --secret-env VAR naming a set environment variable") << Qt::endl;
        return UsageError;
    }
    QByteArray secret = qgetenv(secretEnv.toLocal8Bit().constData());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_err << tr("cannot read standard input") << Qt::endl;
        return UsageError;
    }
    QByteArray body = in.readAll();
    while (!body.isEmpty() && (body.endsWith('\n') || body.endsWith('\r')))
        body.chop(1);
    Signer::Signature s;
    const bool ok = Signer::signWire(body, secret, &s);
    if (!ok) {
        secret.fill('\0');
        m_err << tr("the body on standard input is not a JSON object") << Qt::endl;
        return InvalidInput;
    }
    QByteArray shown = s.signString;
    if (!revealSecret)
        shown = shown.left(shown.size() - secret.size()) + "<appSecret>";
    m_out << "sign string: " << QString::fromUtf8(shown) << Qt::endl;
    m_out << "signature: " << QString::fromLatin1(s.hex) << Qt::endl;
    s.signString.fill('\0');
    shown.fill('\0');
    secret.fill('\0');
    return Ok;
}

int CliCommands::validate(const QString &file, const BatchOptions &batch)
{
    if (batch.currency.isEmpty()) {
        m_err << tr("validate needs --currency") << Qt::endl;
        return UsageError;
    }
    CsvBatchLoader loader(referenceFor(nullptr));
    const bool read = loader.load(file, headerFor(batch, nullptr), batch.decimalComma);
    for (const QString &w : loader.warnings())
        m_out << tr("warning: %1").arg(w) << Qt::endl;
    for (const QString &e : loader.errors())
        m_out << tr("error: %1").arg(e) << Qt::endl;
    if (!read) {
        m_err << loader.error() << Qt::endl;
        return UsageError;
    }
    const Batch &b = loader.batch();
    m_out << tr("%1 rows, total %2 %3, %4 errors, %5 warnings")
                 .arg(b.size())
                 .arg(b.totalString(), batch.currency.toUpper())
                 .arg(loader.errors().size())
                 .arg(loader.warnings().size())
          << Qt::endl;
    return loader.errors().isEmpty() ? Ok : InvalidInput;
}

int CliCommands::submit(const QString &file, const BatchOptions &options, const CliConnection::Options &connection)
{
    if (options.currency.isEmpty()) {
        m_err << tr("submit needs --currency") << Qt::endl;
        return UsageError;
    }
    CliConnection conn;
    QString error;
    if (!conn.open(connection, &error)) {
        m_err << error << Qt::endl;
        return UsageError;
    }
    if (conn.secretFromEnvironment())
        m_err << tr("note: the secret comes from the environment (less safe than the keychain)") << Qt::endl;
    // Whatever an earlier run left unresolved is reconciled first, on the way.
    conn.engine().resumeAtStartup();

    CsvBatchLoader loader(referenceFor(&conn.profile()));
    const bool read = loader.load(file, headerFor(options, &conn.profile()), options.decimalComma);
    for (const QString &e : loader.errors())
        m_out << tr("error: %1").arg(e) << Qt::endl;
    if (!read) {
        m_err << loader.error() << Qt::endl;
        return UsageError;
    }
    const Batch &batch = loader.batch();
    for (const ValidationIssue &issue : batch.headerIssues()) {
        if (issue.isError())
            m_out << tr("error: %1: %2").arg(fieldKey(issue.field), issue.message) << Qt::endl;
    }
    if (!loader.errors().isEmpty() || !batch.isSendable()) {
        m_err << tr("the batch is not sendable; nothing was submitted") << Qt::endl;
        return InvalidInput;
    }

    // The duplicate-payment warning: same recipient and amount in a recent, not failed batch.
    QList<JournalQueries::Probe> probes;
    QStringList ids;
    for (int row = 0; row < batch.size(); ++row) {
        const PayoutDetail d = batch.normalizedDetail(row);
        ids.append(d.mchOrderId());
        probes.append({RecipientKey::of(batch.header().currency, d), RecipientKey::amountKey(d.amount()).value_or(-1)});
    }
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(options.duplicateDays) * 24 * 3600 * 1000;
    const auto hits = JournalQueries(conn.journal()).recentSamePayments(probes, since);
    QList<int> rows = hits.keys();
    std::sort(rows.begin(), rows.end());
    for (const int row : rows) {
        const DuplicateHit h = hits.value(row).first(); // a copy: value() returns a temporary list
        m_out << tr("possible duplicate: %1 pays the same recipient and amount as %2 in batch %3 (%4)")
                     .arg(ids.at(row), h.mchOrderId, h.requestId, BatchStates::label(h.state))
              << Qt::endl;
    }
    if (!hits.isEmpty() && !options.allowDuplicates) {
        m_err << tr("nothing was submitted; pass --allow-duplicates to send anyway") << Qt::endl;
        return PossibleDuplicate;
    }

    // The batch is frozen once, as the console freezes a reviewed draft, and those bytes are sent.
    const SubmissionEngine::SubmitResult r = conn.engine().submit(0, conn.profileKey(), FrozenBody::write(batch).body);
    if (!r.ok) {
        m_err << tr("the batch could not be recorded: %1").arg(r.error) << Qt::endl;
        return UsageError;
    }
    const QString requestId = r.batch.requestId;
    m_out << "request_id: " << requestId << Qt::endl;

    Journal &journal = conn.journal();
    waitFor(
        [&] {
            const std::optional<FrozenBatch> b = journal.batch(requestId);
            if (!b || BatchStates::isUnresolved(b->state))
                return false;
            if (!options.follow || b->state != BatchState::Accepted)
                return true;
            return OrderStatus::fromText(b->orderStatus).isFinal();
        },
        options.wait);
    printBatch(journal, requestId, options.follow);
    return exitCodeFor(journal, requestId);
}

int CliCommands::status(const QString &requestId, const QString &journalPath, const CliConnection::Options *connection,
                        std::chrono::milliseconds wait)
{
    if (connection) {
        CliConnection conn;
        QString error;
        if (!conn.open(*connection, &error)) {
            m_err << error << Qt::endl;
            return UsageError;
        }
        if (!conn.journal().batch(requestId)) {
            m_err << tr("no batch %1 in the journal").arg(requestId) << Qt::endl;
            return UsageError;
        }
        SubmissionEngine &engine = conn.engine();
        engine.resumeAtStartup();
        engine.refreshNow(requestId);
        waitFor([&] { return !engine.isReconciling(requestId) && !engine.poller()->isPolling(); }, wait);
        printBatch(conn.journal(), requestId, true);
        return exitCodeFor(conn.journal(), requestId);
    }
    QString error;
    std::unique_ptr<Journal> journal = CliConnection::openJournal(journalPath, &error);
    if (!journal) {
        m_err << error << Qt::endl;
        return UsageError;
    }
    if (!journal->batch(requestId)) {
        m_err << tr("no batch %1 in the journal").arg(requestId) << Qt::endl;
        return UsageError;
    }
    printBatch(*journal, requestId, true);
    return exitCodeFor(*journal, requestId);
}

int CliCommands::list(const QString &journalPath)
{
    QString error;
    std::unique_ptr<Journal> journal = CliConnection::openJournal(journalPath, &error);
    if (!journal) {
        m_err << error << Qt::endl;
        return UsageError;
    }
    const QList<BatchSummary> batches = JournalQueries(*journal).listBatches();
    m_out << tr("request_id\tstate\torder_status\tcurrency\ttotal\tdetails (ok/failed/pending)\tcreated") << Qt::endl;
    for (const BatchSummary &s : batches) {
        m_out << s.batch.requestId << '\t' << BatchStates::key(s.batch.state) << '\t'
              << (s.batch.orderStatus.isEmpty() ? QStringLiteral("-") : s.batch.orderStatus) << '\t' << s.batch.currency
              << '\t' << s.batch.totalAmount << '\t' << s.batch.detailCount << " (" << s.succeeded << '/' << s.failed
              << '/' << s.pending << ")\t" << when(s.batch.createdAt) << Qt::endl;
    }
    return Ok;
}

int CliCommands::resume(const CliConnection::Options &connection, std::chrono::milliseconds wait)
{
    CliConnection conn;
    QString error;
    if (!conn.open(connection, &error)) {
        m_err << error << Qt::endl;
        return UsageError;
    }
    SubmissionEngine &engine = conn.engine();
    const QList<FrozenBatch> before = conn.journal().unresolvedBatches();
    const int started = engine.resumeAtStartup();
    m_out << tr("reconciling %1 batches").arg(started) << Qt::endl;
    waitFor([&] { return !engine.isReconciling(); }, wait);
    int unresolved = 0;
    for (const FrozenBatch &b : before) {
        if (b.profileId != conn.profileKey())
            continue;
        printBatch(conn.journal(), b.requestId, false);
        const std::optional<FrozenBatch> now = conn.journal().batch(b.requestId);
        unresolved += now && BatchStates::isUnresolved(now->state) ? 1 : 0;
    }
    m_out << "unresolved: " << unresolved << Qt::endl;
    return unresolved == 0 ? Ok : Unresolved;
}

void CliCommands::printBatch(Journal &journal, const QString &requestId, bool withDetails)
{
    const std::optional<BatchSummary> s = JournalQueries(journal).summary(requestId);
    if (!s)
        return;
    const FrozenBatch &b = s->batch;
    m_out << "request_id: " << b.requestId << Qt::endl;
    m_out << "state: " << BatchStates::key(b.state) << " (" << BatchStates::label(b.state) << ')' << Qt::endl;
    if (!b.orderStatus.isEmpty())
        m_out << "order_status: " << b.orderStatus << Qt::endl;
    if (!b.payOrderId.isEmpty())
        m_out << "pay_order_id: " << b.payOrderId << Qt::endl;
    m_out << "total: " << b.totalAmount << ' ' << b.currency << " in " << b.detailCount << " details" << Qt::endl;
    if (!b.failReason.isEmpty())
        m_out << "fail_reason: " << b.failReason << Qt::endl;
    if (!b.lastError.isEmpty() && b.state != BatchState::Accepted)
        m_out << "last_error: " << b.lastError << Qt::endl;
    if (!withDetails)
        return;
    for (const DetailStatus &d : JournalQueries(journal).details(requestId)) {
        m_out << "  " << d.mchOrderId << '\t' << d.amount << '\t' << d.maskedAccount << '\t'
              << (d.status.isEmpty() ? QStringLiteral("-") : d.status);
        if (!d.failReason.isEmpty())
            m_out << '\t' << d.failReason;
        m_out << Qt::endl;
    }
}

int CliCommands::exitCodeFor(Journal &journal, const QString &requestId)
{
    const std::optional<FrozenBatch> b = journal.batch(requestId);
    if (!b)
        return UsageError;
    switch (b->state) {
    case BatchState::Accepted:
        return Ok;
    case BatchState::Rejected:
        return Rejected;
    case BatchState::NeedsAttention:
    case BatchState::NotSent:
        return NeedsAttention;
    case BatchState::Draft:
    case BatchState::Frozen:
    case BatchState::Sending:
    case BatchState::Unknown:
    case BatchState::Reconciling:
        break;
    }
    return Unresolved;
}

} // namespace Lesspay::Cli
