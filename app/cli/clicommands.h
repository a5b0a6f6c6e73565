// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cliconnection.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <functional>

namespace Lesspay::Core {
class Journal;
class SubmissionEngine;
} // namespace Lesspay::Core

namespace Lesspay::Cli {

// The lesspay-cli commands. Each returns the process exit code.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode {
        Ok = 0,
        InvalidInput = 1,     // validation errors in the file
        UsageError = 2,       // bad arguments, unreadable file, no profile or secret
        Rejected = 3,         // Lesspay refused the batch
        NeedsAttention = 4,   // a person must look (idempotency conflict, unexpected HTTP answer)
        Unresolved = 5,       // the outcome is still being reconciled when the wait ended
        PossibleDuplicate = 6 // a row pays the same recipient and amount as a recent batch
    };

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

    CliCommands(QTextStream &out, QTextStream &err);

    int sign(const QString &secretEnv, bool revealSecret);
    int validate(const QString &file, const BatchOptions &batch);
    int submit(const QString &file, const BatchOptions &batch, const CliConnection::Options &connection);
    int status(const QString &requestId, const QString &journalPath, const CliConnection::Options *connection,
               std::chrono::milliseconds wait);
    int list(const QString &journalPath);
    int resume(const CliConnection::Options &connection, std::chrono::milliseconds wait);

private:
    bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds limit);
    void printBatch(Core::Journal &journal, const QString &requestId, bool withDetails);
    int exitCodeFor(Core::Journal &journal, const QString &requestId);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Lesspay::Cli
