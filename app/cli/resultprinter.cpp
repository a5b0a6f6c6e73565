// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultprinter.h"

#include "cli/validationsummary.h"
#include "journal/batchstate.h"
#include "models/batchphase.h"

#include <QDateTime>
#include <QJsonDocument>

#include <limits>

namespace Lesspay::Cli {

using namespace Lesspay::Core;

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString phaseKey(BatchPhase phase)
{
    switch (phase) {
    case BatchPhase::NeedsPerson:
        return QStringLiteral("needs_person");
    case BatchPhase::Failed:
        return QStringLiteral("failed");
    case BatchPhase::Rejected:
        return QStringLiteral("rejected");
    case BatchPhase::PartiallySucceeded:
        return QStringLiteral("partially_paid");
    case BatchPhase::Unknown:
        return QStringLiteral("unknown");
    case BatchPhase::Sending:
        return QStringLiteral("sending");
    case BatchPhase::PendingReview:
        return QStringLiteral("in_review");
    case BatchPhase::Paying:
        return QStringLiteral("paying");
    case BatchPhase::Other:
        return QStringLiteral("other");
    case BatchPhase::Succeeded:
        return QStringLiteral("paid");
    case BatchPhase::PhaseCount:
        break;
    }
    return QStringLiteral("other");
}

bool rejectedByReview(const FrozenBatch &batch)
{
    return BatchPhases::of(batch) == BatchPhase::Failed && ExitCodes::isReviewRejection(batch.failReason);
}

// A frozen batch that waits for the team's approval (or was refused it): not on its way.
ResultPrinter::Approval waitingApproval(const FrozenBatch &batch, ResultPrinter::Approval approval)
{
    if (!approval || batch.state != BatchState::Frozen || batch.sendCount > 0)
        return std::nullopt;
    return approval;
}

} // namespace

ResultPrinter::ResultPrinter(QTextStream &out, QTextStream &err, Format format, const QString &command)
    : m_out(out)
    , m_err(err)
    , m_format(format)
    , m_command(command)
{}

void ResultPrinter::note(const QString &text)
{
    m_err << text << Qt::endl;
}

void ResultPrinter::failure(const QString &text)
{
    m_err << text << Qt::endl;
    m_errors.append(text);
}

void ResultPrinter::error(const QString &text)
{
    if (m_format == Format::Text)
        m_out << tr("error: %1").arg(text) << Qt::endl;
    m_errors.append(text);
}

void ResultPrinter::warning(const QString &text)
{
    if (m_format == Format::Text)
        m_out << tr("warning: %1").arg(text) << Qt::endl;
    m_warnings.append(text);
}

void ResultPrinter::possibleDuplicate(const QString &mchOrderId, const DuplicateHit &hit)
{
    if (m_format == Format::Text) {
        m_out << tr("possible duplicate: %1 pays the same recipient and amount as %2 in batch %3 (%4)")
                     .arg(mchOrderId, hit.mchOrderId, hit.requestId, BatchStates::label(hit.state))
              << Qt::endl;
    }
    m_duplicates.append(QJsonObject{{QStringLiteral("mch_order_id"), mchOrderId},
                                    {QStringLiteral("earlier_request_id"), hit.requestId},
                                    {QStringLiteral("earlier_mch_order_id"), hit.mchOrderId},
                                    {QStringLiteral("amount"), hit.amount},
                                    {QStringLiteral("earlier_state"), BatchStates::key(hit.state)}});
}

void ResultPrinter::validation(const ValidationSummary &summary, const QString &currency)
{
    if (m_format == Format::Text) {
        const QString total =
            summary.totalOverflows()
                ? tr("too large to add up (beyond %1 minor units)").arg(std::numeric_limits<qint64>::max())
                : summary.validTotal() + QLatin1Char(' ') + currency;
        m_out << tr("valid: %n row(s), total %1", nullptr, summary.validRows()).arg(total) << Qt::endl;
        m_out << tr("invalid: %n row(s)", nullptr, summary.invalidRows()) << Qt::endl;
        //: "3 errors, 1 warning": the two counts of a validation
        m_out << tr("%1, %2").arg(tr("%n error(s)", nullptr, int(m_errors.size())),
                                  tr("%n warning(s)", nullptr, int(m_warnings.size())))
              << Qt::endl;
    }
    m_validation = QJsonObject{{QStringLiteral("valid_rows"), summary.validRows()},
                               {QStringLiteral("valid_total"), textOrNull(summary.validTotal())},
                               {QStringLiteral("total_overflows"), summary.totalOverflows()},
                               {QStringLiteral("currency"), currency},
                               {QStringLiteral("invalid_rows"), summary.invalidRows()}};
}

void ResultPrinter::count(const QString &key, int value, const QString &text)
{
    if (m_format == Format::Text)
        m_out << text << Qt::endl;
    m_counts.insert(key, value);
}

void ResultPrinter::batch(const BatchSummary &summary, const QList<DetailStatus> &details, Approval approval)
{
    if (m_format == Format::Text)
        m_out << batchText(summary, details, approval);
    m_batches.append(batchObject(summary, details, approval));
}

int ResultPrinter::finish(ExitCodes::Code code)
{
    if (m_format == Format::Text) {
        m_out << "result: " << ExitCodes::key(code) << " (exit " << int(code) << ')' << Qt::endl;
        return code;
    }
    QJsonObject o{
        {QStringLiteral("version"), JsonVersion},         {QStringLiteral("command"), m_command},
        {QStringLiteral("result"), ExitCodes::key(code)}, {QStringLiteral("exit_code"), int(code)},
        {QStringLiteral("batches"), m_batches},           {QStringLiteral("errors"), m_errors},
        {QStringLiteral("warnings"), m_warnings},         {QStringLiteral("possible_duplicates"), m_duplicates},
        {QStringLiteral("validation"), m_validation}};
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        o.insert(it.key(), it.value());
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    return code;
}

QString ResultPrinter::stateKey(const FrozenBatch &batch, Approval approval)
{
    if (const Approval waiting = waitingApproval(batch, approval)) {
        switch (*waiting) {
        case TeamApprovals::State::Open:
        case TeamApprovals::State::Requested:
            return QStringLiteral("awaiting_approval");
        case TeamApprovals::State::Approved:
            return QStringLiteral("approved");
        case TeamApprovals::State::Rejected:
            return QStringLiteral("rejected");
        }
    }
    return rejectedByReview(batch) ? QStringLiteral("rejected") : phaseKey(BatchPhases::of(batch));
}

QString ResultPrinter::stateLabel(const FrozenBatch &batch, Approval approval)
{
    if (const Approval waiting = waitingApproval(batch, approval)) {
        switch (*waiting) {
        case TeamApprovals::State::Open:
            return tr("Awaiting approval (not requested yet)");
        case TeamApprovals::State::Requested:
            return tr("Awaiting approval");
        case TeamApprovals::State::Approved:
            return tr("Approved, not sent yet");
        case TeamApprovals::State::Rejected:
            return tr("Rejected by an approver: not sent");
        }
    }
    return BatchPhases::label(rejectedByReview(batch) ? BatchPhase::Rejected : BatchPhases::of(batch));
}

QJsonObject ResultPrinter::batchObject(const BatchSummary &summary, const QList<DetailStatus> &details,
                                       Approval approval)
{
    const FrozenBatch &b = summary.batch;
    QJsonArray detailArray;
    for (const DetailStatus &d : details) {
        detailArray.append(QJsonObject{{QStringLiteral("mch_order_id"), d.mchOrderId},
                                       {QStringLiteral("amount"), d.amount},
                                       {QStringLiteral("account"), d.maskedAccount},
                                       {QStringLiteral("status"), textOrNull(d.status)},
                                       {QStringLiteral("fail_reason"), textOrNull(d.failReason)}});
    }
    return QJsonObject{{QStringLiteral("request_id"), b.requestId},
                       {QStringLiteral("state"), stateKey(b, approval)},
                       {QStringLiteral("state_label"), stateLabel(b, approval)},
                       {QStringLiteral("approval"),
                        approval ? QJsonValue(TeamApprovals::key(*approval)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("journal_state"), BatchStates::key(b.state)},
                       {QStringLiteral("order_status"), textOrNull(b.orderStatus)},
                       {QStringLiteral("pay_order_id"), textOrNull(b.payOrderId)},
                       {QStringLiteral("currency"), b.currency},
                       {QStringLiteral("total_amount"), textOrNull(b.totalAmount)},
                       {QStringLiteral("detail_count"), b.detailCount},
                       {QStringLiteral("succeeded"), summary.succeeded},
                       {QStringLiteral("failed"), summary.failed},
                       {QStringLiteral("pending"), summary.pending},
                       {QStringLiteral("fail_reason"), textOrNull(b.failReason)},
                       {QStringLiteral("last_error"), textOrNull(b.lastError)},
                       {QStringLiteral("created_at"),
                        b.createdAt > 0
                            ? QJsonValue(QDateTime::fromMSecsSinceEpoch(b.createdAt).toUTC().toString(Qt::ISODate))
                            : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("details"), detailArray}};
}

QString ResultPrinter::batchText(const BatchSummary &summary, const QList<DetailStatus> &details, Approval approval)
{
    const FrozenBatch &b = summary.batch;
    QString text;
    QTextStream s(&text);
    s << "request_id: " << b.requestId << '\n';
    s << "state: " << stateKey(b, approval) << " (" << stateLabel(b, approval) << ")\n";
    if (!b.orderStatus.isEmpty())
        s << "order_status: " << b.orderStatus << '\n';
    if (!b.payOrderId.isEmpty())
        s << "pay_order_id: " << b.payOrderId << '\n';
    s << "total: " << (b.totalAmount.isEmpty() ? tr("unknown") : b.totalAmount) << ' ' << b.currency << ' '
      << tr("in %n detail(s)", nullptr, b.detailCount) << '\n';
    if (b.state == BatchState::Accepted)
        s << "details: "
          << tr("%1 paid, %2 failed, %3 pending").arg(summary.succeeded).arg(summary.failed).arg(summary.pending)
          << '\n';
    if (!b.failReason.isEmpty())
        s << "fail_reason: " << b.failReason << '\n';
    if (!b.lastError.isEmpty() && b.state != BatchState::Accepted)
        s << "last_error: " << b.lastError << '\n';
    for (const DetailStatus &d : details) {
        s << "  " << d.mchOrderId << '\t' << d.amount << '\t' << d.maskedAccount << '\t'
          << (d.status.isEmpty() ? QStringLiteral("-") : d.status);
        if (!d.failReason.isEmpty())
            s << '\t' << d.failReason;
        s << '\n';
    }
    s.flush();
    return text;
}

} // namespace Lesspay::Cli
