// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/exitcodes.h"
#include "journal/journalrecords.h"
#include "journal/teamapprovals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Lesspay::Cli {

class ValidationSummary;

// What a lesspay-cli command reports, in one of two forms: lines for a person (printed as
// they come) or, with --json, one JSON object on standard output when the command ends, with
// the same keys every time (README "Exit codes and --json"). Messages that are not part of
// the result (notes, setup errors) go to standard error in both forms.
class ResultPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ResultPrinter)

public:
    enum class Format { Text, Json };
    static constexpr int JsonVersion = 1;

    ResultPrinter(QTextStream &out, QTextStream &err, Format format, const QString &command);

    Format format() const { return m_format; }

    // Standard error only, in both forms.
    void note(const QString &text);
    // A reason the command could not do its work: standard error, and "errors" in JSON.
    void failure(const QString &text);
    // A problem in the input: "error: ..." / "warning: ..." lines, "errors" / "warnings" in JSON.
    void error(const QString &text);
    void warning(const QString &text);
    void possibleDuplicate(const QString &mchOrderId, const Core::DuplicateHit &hit);
    void validation(const ValidationSummary &summary, const QString &currency);
    // A count with its sentence for people ("reconciling 2 batches") and its JSON key.
    void count(const QString &key, int value, const QString &text);
    // approval: the batch's approval in a team workspace (TeamApprovals), none in a personal journal.
    using Approval = std::optional<Core::TeamApprovals::State>;
    void batch(const Core::BatchSummary &summary, const QList<Core::DetailStatus> &details, Approval approval = {});

    // Ends the report (the JSON object, or a last "result:" line) and returns the code.
    int finish(ExitCodes::Code code);

    // The batch's standing as the final truth: the console's state and Lesspay's order_status
    // folded into one stable key ("paid", "partially_paid", "failed", "rejected", "in_review", ...).
    // In a team workspace a frozen batch nobody sent yet is "awaiting_approval", "approved" or
    // (refused by an approver) "rejected", never "sending".
    static QString stateKey(const Core::FrozenBatch &batch, Approval approval = {});
    static QString stateLabel(const Core::FrozenBatch &batch, Approval approval = {});
    static QJsonObject batchObject(const Core::BatchSummary &summary, const QList<Core::DetailStatus> &details,
                                   Approval approval = {});
    static QString batchText(const Core::BatchSummary &summary, const QList<Core::DetailStatus> &details,
                             Approval approval = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Format m_format;
    QString m_command;
    QJsonArray m_batches;
    QJsonArray m_errors;
    QJsonArray m_warnings;
    QJsonArray m_duplicates;
    QJsonValue m_validation = QJsonValue::Null;
    QJsonObject m_counts;
};

} // namespace Lesspay::Cli
