// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitcodes.h"

#include "models/batchphase.h"

#include <QRegularExpression>

namespace Lesspay::Cli {

using namespace Lesspay::Core;

ExitCodes::Code ExitCodes::forBatch(const FrozenBatch &batch, Wait wait)
{
    switch (BatchPhases::of(batch)) {
    case BatchPhase::Succeeded:
        return Ok;
    case BatchPhase::PartiallySucceeded:
        return PartiallyPaid;
    case BatchPhase::Failed:
        return isReviewRejection(batch.failReason) ? Rejected : Failed;
    case BatchPhase::Rejected:
        return Rejected;
    case BatchPhase::NeedsPerson:
        return NeedsPerson;
    case BatchPhase::PendingReview:
    case BatchPhase::Paying:
    case BatchPhase::Other:
        return wait == Wait::Acceptance ? Ok : Unresolved;
    case BatchPhase::Unknown:
    case BatchPhase::Sending:
    case BatchPhase::PhaseCount:
        break;
    }
    return Unresolved;
}

ExitCodes::Code ExitCodes::worst(Code a, Code b)
{
    // Higher rank wins; the usage-level codes outrank every batch outcome.
    const auto rank = [](Code c) {
        switch (c) {
        case Ok:
            return 0;
        case PartiallyPaid:
            return 1;
        case Rejected:
            return 2;
        case Failed:
            return 3;
        case Unresolved:
            return 4;
        case NeedsPerson:
            return 5;
        case PossibleDuplicate:
            return 6;
        case InvalidInput:
            return 7;
        case UsageError:
            return 8;
        }
        return 8;
    };
    return rank(b) > rank(a) ? b : a;
}

QString ExitCodes::key(Code code)
{
    switch (code) {
    case Ok:
        return QStringLiteral("ok");
    case InvalidInput:
        return QStringLiteral("invalid_input");
    case UsageError:
        return QStringLiteral("usage_error");
    case Rejected:
        return QStringLiteral("rejected");
    case NeedsPerson:
        return QStringLiteral("needs_person");
    case Unresolved:
        return QStringLiteral("unresolved");
    case PossibleDuplicate:
        return QStringLiteral("possible_duplicate");
    case PartiallyPaid:
        return QStringLiteral("partially_paid");
    case Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("usage_error");
}

bool ExitCodes::isReviewRejection(const QString &failReason)
{
    static const QRegularExpression reviewCode(QStringLiteral("(?<![0-9])30003(?![0-9])"));
    return failReason.contains(reviewCode);
}

} // namespace Lesspay::Cli
