// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cliconnection.h"
#include "cli/exitcodes.h"
#include "cli/resultprinter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <functional>

namespace Lesspay::Core {
class Journal;
class SubmissionEngine;
} // namespace Lesspay::Core

namespace Lesspay::Cli {

// The lesspay-cli commands. Each returns the process exit code (ExitCodes) and reports through
// a ResultPrinter, as text or as JSON.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    struct BatchOptions
    {
        QString currency;
        QString wayType;
        QString wayCode;
        QString notifyUrl;
        bool decimalComma = false;
        bool allowDuplicates = false;
        int duplicateDays = 30;
        bool follow = false; // wait for a final order_status, not only acceptance
        std::chrono::milliseconds wait{std::chrono::minutes(10)};
    };

    CliCommands(QTextStream &out, QTextStream &err, ResultPrinter::Format format = ResultPrinter::Format::Text);

    int sign(const QString &secretEnv, bool revealSecret);
    int validate(const QString &file, const BatchOptions &batch);
    int submit(const QString &file, const BatchOptions &batch, const CliConnection::Options &connection);
    int status(const QString &requestId, const QString &journalPath, const CliConnection::Options *connection,
               std::chrono::milliseconds wait);
    int list(const QString &journalPath);
    int resume(const CliConnection::Options &connection, std::chrono::milliseconds wait, bool follow);

private:
    bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds limit);
    void printBatch(ResultPrinter &printer, Core::Journal &journal, const QString &requestId, bool withDetails);
    static ResultPrinter::Approval approvalOf(Core::Journal &journal, const Core::FrozenBatch &batch);
    static ExitCodes::Code exitCodeFor(Core::Journal &journal, const QString &requestId, ExitCodes::Wait wait);

    QTextStream &m_out;
    QTextStream &m_err;
    ResultPrinter::Format m_format;
};

} // namespace Lesspay::Cli
