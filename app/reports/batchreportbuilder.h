// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/batchreport.h"
#include "settings/profile.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Lesspay::Core {

class Journal;

// Builds a BatchReport: from the journal for a submitted batch (the rows from the exact frozen
// body, the statuses and times from the journal), or from a draft under review, from the exact
// body that submitting it would send.
class BatchReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BatchReportBuilder)

public:
    explicit BatchReportBuilder(const Journal &journal);

    // profile: the profile the batch was sent with, when it is still known (the journal keeps only
    // its id); it also gives the currency's decimals when it overrides them.
    std::optional<BatchReport> fromJournal(const QString &requestId, const std::optional<Profile> &profile,
                                           QString *error = nullptr) const;
    // A draft that has not been sent: body is what submitting it sends (WireFormat::createOrderBody).
    static BatchReport fromDraft(const QByteArray &body, int decimals, const Profile &profile, qint64 now);

    static QString environmentLabel(Profile::Environment environment);
    static int decimalsFor(const QString &currency, const std::optional<Profile> &profile);

private:
    const Journal &m_journal;
};

} // namespace Lesspay::Core
