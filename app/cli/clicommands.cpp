// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "api/orderstatus.h"
#include "api/signer.h"
#include "cli/csvbatchloader.h"
#include "cli/validationsummary.h"
#include "engine/poller.h"
#include "engine/submissionengine.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/recipientkey.h"
#include "journal/teamapprovals.h"
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

CliCommands::CliCommands(QTextStream &out, QTextStream &err, ResultPrinter::Format format)
    : m_out(out)
    , m_err(err)
    , m_format(format)
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
        return ExitCodes::UsageError;
    }
    QByteArray secret = qgetenv(secretEnv.toLocal8Bit().constData());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_err << tr("cannot read standard input") << Qt::endl;
        return ExitCodes::UsageError;
    }
    QByteArray body = in.readAll();
    while (!body.isEmpty() && (body.endsWith('\n') || body.endsWith('\r')))
        body.chop(1);
    Signer::Signature s;
    const bool ok = Signer::signWire(body, secret, &s);
    if (!ok) {
        secret.fill('\0');
        m_err << tr("the body on standard input is not a JSON object") << Qt::endl;
        return ExitCodes::InvalidInput;
    }
    QByteArray shown = s.signString;
    if (!revealSecret)
        shown = shown.left(shown.size() - secret.size()) + "<appSecret>";
    m_out << "sign string: " << QString::fromUtf8(shown) << Qt::endl;
    m_out << "signature: " << QString::fromLatin1(s.hex) << Qt::endl;
    s.signString.fill('\0');
    shown.fill('\0');
    secret.fill('\0');
    return ExitCodes::Ok;
}

int CliCommands::validate(const QString &file, const BatchOptions &batch)
{
    ResultPrinter printer(m_out, m_err, m_format, QStringLiteral("validate"));
    if (batch.currency.isEmpty()) {
        printer.failure(tr("validate needs --currency"));
        return printer.finish(ExitCodes::UsageError);
    }
    CsvBatchLoader loader(referenceFor(nullptr));
    const bool read = loader.load(file, headerFor(batch, nullptr), batch.decimalComma);
    for (const QString &w : loader.warnings())
        printer.warning(w);
    for (const QString &e : loader.errors())
        printer.error(e);
    if (!read) {
        printer.failure(loader.error());
        return printer.finish(ExitCodes::UsageError);
    }
    printer.validation(ValidationSummary::of(loader.batch()), batch.currency.toUpper());
    return printer.finish(loader.errors().isEmpty() ? ExitCodes::Ok : ExitCodes::InvalidInput);
}

int CliCommands::submit(const QString &file, const BatchOptions &options, const CliConnection::Options &connection)
{
    ResultPrinter printer(m_out, m_err, m_format, QStringLiteral("submit"));
    if (options.currency.isEmpty()) {
        printer.failure(tr("submit needs --currency"));
        return printer.finish(ExitCodes::UsageError);
    }
    CliConnection conn;
    QString error;
    if (!conn.open(connection, &error)) {
        printer.failure(error);
        return printer.finish(ExitCodes::UsageError);
    }
    if (conn.secretFromEnvironment())
        printer.note(tr("note: the secret comes from the environment (less safe than the keychain)"));
    // Whatever an earlier run left unresolved is reconciled first, on the way.
    conn.engine().resumeAtStartup();

    CsvBatchLoader loader(referenceFor(&conn.profile()));
    const bool read = loader.load(file, headerFor(options, &conn.profile()), options.decimalComma);
    for (const QString &e : loader.errors())
        printer.error(e);
    if (!read) {
        printer.failure(loader.error());
        return printer.finish(ExitCodes::UsageError);
    }
    const Batch &batch = loader.batch();
    for (const ValidationIssue &issue : batch.headerIssues()) {
        if (issue.isError())
            printer.error(tr("%1: %2").arg(fieldKey(issue.field), issue.message));
    }
    if (!loader.errors().isEmpty() || !batch.isSendable()) {
        printer.failure(tr("the batch is not sendable; nothing was submitted"));
        return printer.finish(ExitCodes::InvalidInput);
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
    for (const int row : rows)
        printer.possibleDuplicate(ids.at(row), hits.value(row).first());
    if (!hits.isEmpty() && !options.allowDuplicates) {
        printer.failure(tr("nothing was submitted; pass --allow-duplicates to send anyway"));
        return printer.finish(ExitCodes::PossibleDuplicate);
    }

    // The batch is frozen once, as the console freezes a reviewed draft, and those bytes are sent.
    const SubmissionEngine::SubmitResult r = conn.engine().submit(0, conn.profileKey(), FrozenBody::write(batch).body);
    if (!r.ok) {
        printer.failure(tr("the batch could not be recorded: %1").arg(r.error));
        return printer.finish(ExitCodes::UsageError);
    }
    const QString requestId = r.batch.requestId;
    // On standard error, so that a run interrupted while waiting still names its batch, and the
    // report below names it exactly once.
    Journal &journal = conn.journal();
    if (const QString refusal = journal.sendRefusal(r.batch.id); !refusal.isEmpty()) {
        // A team workspace: the batch waits for approval, and an approver sends it.
        printer.note(tr("recorded as %1; %2 Next: lesspay-cli request-approval %1").arg(requestId, refusal));
        printBatch(printer, journal, requestId, false);
        return printer.finish(ExitCodes::NeedsPerson);
    }
    printer.note(tr("recorded as %1; waiting for Lesspay").arg(requestId));

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
    printBatch(printer, journal, requestId, options.follow);
    return printer.finish(
        exitCodeFor(journal, requestId, options.follow ? ExitCodes::Wait::FinalStatus : ExitCodes::Wait::Acceptance));
}

int CliCommands::status(const QString &requestId, const QString &journalPath, const CliConnection::Options *connection,
                        std::chrono::milliseconds wait)
{
    ResultPrinter printer(m_out, m_err, m_format, QStringLiteral("status"));
    if (connection) {
        CliConnection conn;
        QString error;
        if (!conn.open(*connection, &error)) {
            printer.failure(error);
            return printer.finish(ExitCodes::UsageError);
        }
        if (!conn.journal().batch(requestId)) {
            printer.failure(tr("no batch %1 in the journal").arg(requestId));
            return printer.finish(ExitCodes::UsageError);
        }
        SubmissionEngine &engine = conn.engine();
        engine.resumeAtStartup();
        engine.refreshNow(requestId);
        waitFor([&] { return !engine.isReconciling(requestId) && !engine.poller()->isPolling(); }, wait);
        printBatch(printer, conn.journal(), requestId, true);
        return printer.finish(exitCodeFor(conn.journal(), requestId, ExitCodes::Wait::FinalStatus));
    }
    QString error;
    std::unique_ptr<Journal> journal = CliConnection::openJournal(journalPath, &error);
    if (!journal) {
        printer.failure(error);
        return printer.finish(ExitCodes::UsageError);
    }
    if (!journal->batch(requestId)) {
        printer.failure(tr("no batch %1 in the journal").arg(requestId));
        return printer.finish(ExitCodes::UsageError);
    }
    printBatch(printer, *journal, requestId, true);
    return printer.finish(exitCodeFor(*journal, requestId, ExitCodes::Wait::FinalStatus));
}

int CliCommands::list(const QString &journalPath)
{
    QString error;
    std::unique_ptr<Journal> journal = CliConnection::openJournal(journalPath, &error);
    if (!journal) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    const QList<BatchSummary> batches = JournalQueries(*journal).listBatches();
    if (m_format == ResultPrinter::Format::Json) {
        ResultPrinter printer(m_out, m_err, m_format, QStringLiteral("list"));
        for (const BatchSummary &s : batches)
            printer.batch(s, {}, approvalOf(*journal, s.batch));
        return printer.finish(ExitCodes::Ok);
    }
    m_out << tr("request_id\tstate\torder_status\tcurrency\ttotal\tdetails (ok/failed/pending)\tcreated") << Qt::endl;
    for (const BatchSummary &s : batches) {
        m_out << s.batch.requestId << '\t' << ResultPrinter::stateKey(s.batch, approvalOf(*journal, s.batch)) << '\t'
              << (s.batch.orderStatus.isEmpty() ? QStringLiteral("-") : s.batch.orderStatus) << '\t' << s.batch.currency
              << '\t' << (s.batch.totalAmount.isEmpty() ? QStringLiteral("-") : s.batch.totalAmount) << '\t'
              << s.batch.detailCount << " (" << s.succeeded << '/' << s.failed << '/' << s.pending << ")\t"
              << when(s.batch.createdAt) << Qt::endl;
    }
    return ExitCodes::Ok;
}

int CliCommands::resume(const CliConnection::Options &connection, std::chrono::milliseconds wait, bool follow)
{
    ResultPrinter printer(m_out, m_err, m_format, QStringLiteral("resume"));
    CliConnection conn;
    QString error;
    if (!conn.open(connection, &error)) {
        printer.failure(error);
        return printer.finish(ExitCodes::UsageError);
    }
    SubmissionEngine &engine = conn.engine();
    Journal &journal = conn.journal();
    QStringList ids;
    for (const FrozenBatch &b : journal.unresolvedBatches()) {
        if (b.profileId == conn.profileKey())
            ids.append(b.requestId);
    }
    const int started = engine.resumeAtStartup();
    printer.count(QStringLiteral("reconciling"), started, tr("reconciling %1 batches").arg(started));
    waitFor(
        [&] {
            if (engine.isReconciling())
                return false;
            return !follow || std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                const std::optional<FrozenBatch> b = journal.batch(id);
                return !b || b->state != BatchState::Accepted || OrderStatus::fromText(b->orderStatus).isFinal();
            });
        },
        wait);
    const ExitCodes::Wait waited = follow ? ExitCodes::Wait::FinalStatus : ExitCodes::Wait::Acceptance;
    ExitCodes::Code code = ExitCodes::Ok;
    int unresolved = 0;
    for (const QString &id : std::as_const(ids)) {
        printBatch(printer, journal, id, false);
        const std::optional<FrozenBatch> now = journal.batch(id);
        unresolved += now && BatchStates::isUnresolved(now->state) ? 1 : 0;
        code = ExitCodes::worst(code, exitCodeFor(journal, id, waited));
    }
    printer.count(QStringLiteral("unresolved"), unresolved, QStringLiteral("unresolved: %1").arg(unresolved));
    return printer.finish(code);
}

void CliCommands::printBatch(ResultPrinter &printer, Journal &journal, const QString &requestId, bool withDetails)
{
    const std::optional<BatchSummary> s = JournalQueries(journal).summary(requestId);
    if (!s)
        return;
    printer.batch(*s, withDetails ? JournalQueries(journal).details(requestId) : QList<DetailStatus>{},
                  approvalOf(journal, s->batch));
}

ResultPrinter::Approval CliCommands::approvalOf(Journal &journal, const FrozenBatch &batch)
{
    if (batch.state != BatchState::Frozen || !journal.isTeamWorkspace())
        return std::nullopt;
    const std::optional<TeamApprovals::Status> status = TeamApprovals(journal).status(batch.requestId);
    return status ? ResultPrinter::Approval(status->state) : std::nullopt;
}

ExitCodes::Code CliCommands::exitCodeFor(Journal &journal, const QString &requestId, ExitCodes::Wait wait)
{
    const std::optional<FrozenBatch> b = journal.batch(requestId);
    return b ? ExitCodes::forBatch(*b, wait) : ExitCodes::UsageError;
}

} // namespace Lesspay::Cli
