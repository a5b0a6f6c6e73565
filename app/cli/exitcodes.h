// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QString>

namespace Lesspay::Cli {

// The exit codes of lesspay-cli and how a batch's standing maps to one, so that a script can
// branch on the outcome: 0 only when the money moved as asked. The values are a public
// interface (README, --help): never renumber them.
class ExitCodes
{
public:
    enum Code {
        Ok = 0,                // every payout paid (or, without --follow, the batch was accepted)
        InvalidInput = 1,      // validation errors in the file
        UsageError = 2,        // bad arguments, unreadable file, no profile or secret
        Rejected = 3,          // Lesspay refused the batch, or its review rejected it (30003)
        NeedsPerson = 4,       // the console stopped: a person must look (conflict, not sent)
        Unresolved = 5,        // outcome unknown, or still in review or paying when the wait ended
        PossibleDuplicate = 6, // a row pays the same recipient and amount as a recent batch
        PartiallyPaid = 7,     // PARTIAL_SUCCESS: some payouts paid, some failed
        Failed = 8,            // FAILED: no payout was paid
    };
    static constexpr int CodeCount = 9;

    // What the command waited for: an accepted batch counts as done only when the command did
    // not promise to wait for the payout's end (submit and resume without --follow).
    enum class Wait { Acceptance, FinalStatus };

    static Code forBatch(const Core::FrozenBatch &batch, Wait wait);
    // The code that says more to a script when several batches are reported (resume): a person
    // first, then the undecided, then money that did not move, then success.
    static Code worst(Code a, Code b);
    // Stable machine key of a code ("paid", "partially_paid", ...), used in --json output.
    static QString key(Code code);
    // A FAILED batch whose fail_reason names the review's code 30003 was rejected by review.
    static bool isReviewRejection(const QString &failReason);
};

} // namespace Lesspay::Cli
