// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchstate.h"

#include <QCoreApplication>

#include <array>

namespace Lesspay::Core::BatchStates {

namespace {

constexpr std::array<QLatin1String, 9> keys{
    QLatin1String("draft"),       QLatin1String("frozen"),          QLatin1String("sending"),
    QLatin1String("accepted"),    QLatin1String("rejected"),        QLatin1String("unknown"),
    QLatin1String("reconciling"), QLatin1String("needs_attention"), QLatin1String("not_sent"),
};

} // namespace

QString key(BatchState state)
{
    return keys[std::size_t(state)];
}

std::optional<BatchState> fromKey(QStringView key)
{
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == keys[i])
            return BatchState(i);
    }
    return std::nullopt;
}

QString label(BatchState state)
{
    switch (state) {
    case BatchState::Draft:
        return QCoreApplication::translate("BatchState", "Draft");
    case BatchState::Frozen:
        return QCoreApplication::translate("BatchState", "Ready to send");
    case BatchState::Sending:
        return QCoreApplication::translate("BatchState", "Sending");
    case BatchState::Accepted:
        return QCoreApplication::translate("BatchState", "Accepted");
    case BatchState::Rejected:
        return QCoreApplication::translate("BatchState", "Rejected");
    case BatchState::Unknown:
        return QCoreApplication::translate("BatchState", "Outcome unknown");
    case BatchState::Reconciling:
        return QCoreApplication::translate("BatchState", "Checking with Lesspay");
    case BatchState::NeedsAttention:
        return QCoreApplication::translate("BatchState", "Needs attention");
    case BatchState::NotSent:
        return QCoreApplication::translate("BatchState", "Not sent");
    }
    return {};
}

bool isUnresolved(BatchState state)
{
    return state == BatchState::Frozen || state == BatchState::Sending || state == BatchState::Unknown
           || state == BatchState::Reconciling;
}

bool isSettled(BatchState state)
{
    return state == BatchState::Accepted || state == BatchState::Rejected || state == BatchState::NeedsAttention
           || state == BatchState::NotSent;
}

} // namespace Lesspay::Core::BatchStates
