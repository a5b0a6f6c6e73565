// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchreportbuilder.h"

#include "api/orderstatus.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/logmasker.h"
#include "journal/teamaudit.h"
#include "models/batchphase.h"
#include "models/detailstatusmodel.h"
#include "models/frozenbody.h"
#include "money/amount.h"
#include "money/currencytable.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace Lesspay::Core {

namespace {

// Digits after the point of an API amount ("12.50" -> 2).
int fractionDigits(const QString &amount)
{
    const qsizetype point = amount.indexOf(u'.');
    return point < 0 ? 0 : int(amount.size() - point - 1);
}

// The rows of the body as the report lists them, with the control total by destination type.
void fillLines(BatchReport &report, const FrozenBody::Content &content)
{
    for (const PayoutDetail &d : content.details)
        report.decimals = qMax(report.decimals, qMin(fractionDigits(d.amount()), int(Amount::MaxDecimals)));

    BatchReport::Total bank{PayoutDetail::Bank, BatchReportBuilder::tr("Bank transfers"), 0, 0};
    BatchReport::Total wallet{PayoutDetail::EWallet, BatchReportBuilder::tr("E-wallets"), 0, 0};
    report.lines.reserve(content.details.size());
    int number = 0;
    for (const PayoutDetail &d : content.details) {
        BatchReport::Line line;
        line.number = ++number;
        line.mchOrderId = d.mchOrderId();
        line.wallet = d.isWallet();
        line.name = d.value(line.wallet ? Field::WalletAccountName : Field::BankAccountName);
        line.maskedAccount =
            LogMasker::maskValue(d.value(line.wallet ? Field::WalletAccountNumber : Field::BankAccountNo));
        line.institution = d.value(line.wallet ? Field::WalletProvider : Field::BankName);
        line.amountMinor = Amount::parse(d.amount(), report.decimals).minor;
        BatchReport::Total &kind = line.wallet ? wallet : bank;
        ++kind.count;
        kind.minor += line.amountMinor;
        report.lines.append(line);
    }
    report.byDestination = {bank, wallet};
    report.total = BatchReport::Total{{}, BatchReportBuilder::tr("Total"), 0, 0};
    for (const BatchReport::Total &t : std::as_const(report.byDestination)) {
        report.total.count += t.count;
        report.total.minor += t.minor;
    }
}

void fillStatusTotals(BatchReport &report)
{
    // Paid first, then failed, then whatever is still open, in the order first met.
    QList<BatchReport::Total> totals{
        {QStringLiteral("SUCCEED"), DetailStatusModel::statusLabel(QStringLiteral("SUCCEED")), 0, 0},
        {QStringLiteral("FAILED"), DetailStatusModel::statusLabel(QStringLiteral("FAILED")), 0, 0}};
    QHash<QString, qsizetype> index{{totals.at(0).key, 0}, {totals.at(1).key, 1}};
    for (const BatchReport::Line &line : std::as_const(report.lines)) {
        auto it = index.constFind(line.status);
        if (it == index.cend()) {
            it = index.insert(line.status, totals.size());
            totals.append({line.status, line.statusLabel, 0, 0});
        }
        BatchReport::Total &t = totals[*it];
        ++t.count;
        t.minor += line.amountMinor;
    }
    report.byStatus = totals;
}

// In a team workspace the server's audit log says who did what: each step with the person's
// login and the server's time, as the batch detail's timeline shows them.
void fillTeamTrail(BatchReport &report, const QList<TeamAudit::Entry> &audit)
{
    report.teamWorkspace = true;
    report.people = TeamAudit::summary(TeamAudit::people(audit));
    int sends = 0;
    for (const TeamAudit::Entry &e : audit) {
        QString what;
        if (e.action == QLatin1String("frozen")) {
            what = BatchReportBuilder::tr("Prepared: frozen in the journal with the exact request body");
        } else if (e.action == QLatin1String("approval_requested")) {
            what = BatchReportBuilder::tr("Approval requested");
        } else if (e.action == QLatin1String("approve")) {
            report.approvalsRecorded = true;
            what = e.detail.isEmpty() ? BatchReportBuilder::tr("Approved")
                                      : BatchReportBuilder::tr("Approved: %1").arg(e.detail);
        } else if (e.action == QLatin1String("reject")) {
            report.approvalsRecorded = true;
            what = e.detail.isEmpty() ? BatchReportBuilder::tr("Rejected")
                                      : BatchReportBuilder::tr("Rejected: %1").arg(e.detail);
        } else if (e.action == QLatin1String("state_sending")) {
            what = sends++ == 0 ? BatchReportBuilder::tr("Sent to Lesspay")
                                : BatchReportBuilder::tr("Sent again (the same bytes)");
        } else {
            continue; // the server's own consequences (approval_approved, state_accepted, ...)
        }
        report.trail.append({what, e.actor, e.at});
    }
    if (report.approvalsRecorded)
        return;
    const bool approved = std::any_of(audit.cbegin(), audit.cend(), [](const TeamAudit::Entry &e) {
        return e.action == QLatin1String("approval_approved");
    });
    report.approvalNote = approved ? BatchReportBuilder::tr("No approval is recorded for this batch: the workspace's "
                                                            "approval policy asked for none.")
                                   : BatchReportBuilder::tr("No approval is recorded for this batch yet.");
}

QString sha256Hex(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

} // namespace

BatchReportBuilder::BatchReportBuilder(const Journal &journal)
    : m_journal(journal)
{}

QString BatchReportBuilder::environmentLabel(Profile::Environment environment)
{
    switch (environment) {
    case Profile::Environment::LocalSandbox:
        return tr("Local sandbox (no real money)");
    case Profile::Environment::LesspayUat:
        return tr("Lesspay UAT test host (no real money)");
    case Profile::Environment::Production:
        return tr("PRODUCTION: real money");
    case Profile::Environment::Custom:
        return tr("Custom server");
    }
    return {};
}

int BatchReportBuilder::decimalsFor(const QString &currency, const std::optional<Profile> &profile)
{
    if (profile && profile->decimalOverrides.contains(currency))
        return profile->decimalOverrides.value(currency);
    static const CurrencyTable table = CurrencyTable::builtin();
    return table.decimals(currency).value_or(2);
}

std::optional<BatchReport> BatchReportBuilder::fromJournal(const QString &requestId,
                                                           const std::optional<Profile> &profile, QString *error) const
{
    const std::optional<FrozenBatch> frozen = m_journal.batch(requestId);
    if (!frozen) {
        if (error)
            *error = tr("There is no batch %1 in the journal.").arg(requestId);
        return std::nullopt;
    }
    const std::optional<FrozenBody::Content> content = FrozenBody::read(frozen->body);
    if (!content) {
        if (error)
            *error = tr("The batch as it was sent cannot be read back from the journal.");
        return std::nullopt;
    }

    BatchReport report;
    report.submitted = true;
    report.profileName = profile ? profile->name : tr("%1 (not in the settings)").arg(frozen->profileId);
    report.environment = profile ? environmentLabel(profile->environment) : tr("Unknown");
    report.requestId = frozen->requestId;
    report.payOrderId = frozen->payOrderId;
    report.currency = frozen->currency;
    report.decimals = decimalsFor(frozen->currency, profile);
    const BatchPhase phase = BatchPhases::of(*frozen);
    report.batchStatus = BatchPhases::label(phase);
    report.isFinal = BatchPhases::isFinal(phase);
    report.bodySha256 = sha256Hex(frozen->body);
    report.bodySize = int(frozen->body.size());
    report.generatedAt = m_journal.now();
    fillLines(report, *content);

    const JournalQueries queries(m_journal);
    QHash<QString, DetailStatus> statuses;
    for (const DetailStatus &d : queries.details(requestId))
        statuses.insert(d.mchOrderId, d);
    for (BatchReport::Line &line : report.lines) {
        const auto it = statuses.constFind(line.mchOrderId);
        if (it != statuses.cend()) {
            line.status = it->status;
            line.failReason = it->failReason;
            line.channelOrderNo = it->channelOrderNo;
            line.updatedAt = it->updatedAt;
        }
        line.statusLabel = DetailStatusModel::statusLabel(line.status);
    }
    fillStatusTotals(report);

    const QList<TeamAudit::Entry> audit = TeamAudit(m_journal).entries(requestId);
    if (!audit.isEmpty()) {
        fillTeamTrail(report, audit);
    } else {
        // A personal journal records the profile a batch went out with, not a person: "who" is the profile.
        const QString who = report.profileName;
        report.trail.append(
            {tr("Prepared: frozen in the journal with the exact request body"), who, frozen->createdAt});
        int sends = 0;
        for (const EventEntry &e : queries.events(requestId)) {
            if (e.kind == QLatin1String("request") && e.endpoint == QLatin1String("create"))
                report.trail.append(
                    {sends++ == 0 ? tr("Sent to Lesspay") : tr("Sent again (the same bytes)"), who, e.at});
        }
        if (sends == 0 && frozen->lastSentAt > 0)
            report.trail.append({tr("Sent to Lesspay"), who, frozen->lastSentAt});
    }
    const QString acceptedKey = BatchStates::key(BatchState::Accepted);
    bool accepted = false;
    for (const TimelineEntry &t : queries.timeline(requestId)) {
        if (!t.mchOrderId.isEmpty())
            continue;
        if (!accepted && t.state == acceptedKey) {
            accepted = true;
            report.trail.append({tr("Accepted by Lesspay"), {}, t.at});
        }
        if (OrderStatus::fromText(t.status).isFinal()) {
            report.trail.append({tr("Final status: %1").arg(report.batchStatus), {}, t.at});
            break;
        }
    }
    return report;
}

BatchReport BatchReportBuilder::fromDraft(const QByteArray &body, int decimals, const Profile &profile, qint64 now)
{
    BatchReport report;
    report.profileName = profile.name;
    report.environment = environmentLabel(profile.environment);
    report.decimals = decimals;
    const std::optional<FrozenBody::Content> content = FrozenBody::read(body);
    if (content) {
        report.requestId = content->header.requestId;
        report.currency = content->header.currency;
    }
    report.batchStatus = tr("Not sent yet (review before submitting)");
    report.bodySha256 = sha256Hex(body);
    report.bodySize = int(body.size());
    report.generatedAt = now;
    if (content)
        fillLines(report, *content);
    for (BatchReport::Line &line : report.lines)
        line.statusLabel = tr("Not sent");
    fillStatusTotals(report);
    return report;
}

} // namespace Lesspay::Core
