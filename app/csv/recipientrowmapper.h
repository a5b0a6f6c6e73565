// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/importissue.h"
#include "domain/payoutdetail.h"
#include "money/amount.h"

#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace Lesspay::Core {

class CsvReader;

// Turns one CSV record into a PayoutDetail by the column mapping: removes the formula guard,
// converts the amount from the user's chosen locale to the API form, keeps everything else as
// written (account numbers stay text), and reports ragged rows and spreadsheet damage.
// One mapper per thread (it keeps a small cache of repeated cell values); the importer runs
// it on its worker thread.
class RecipientRowMapper
{
public:
    struct Settings
    {
        QList<std::optional<Field>> mapping; // per column
        QStringList headers;
        Amount::DecimalSeparator decimalSeparator = Amount::DecimalSeparator::Point;
        int decimals = 2;           // of the batch currency
        QString currency;           // the batch currency, for national number formats
        QString defaultDestination; // used when no column holds destination_type
    };

    explicit RecipientRowMapper(Settings settings);

    // false for a record with nothing but empty cells (spreadsheets leave such rows behind).
    bool map(const CsvReader &reader, PayoutDetail &detail, ImportIssues &issues);

    int columnOf(Field field) const { return m_columnOf[std::size_t(field)]; } // 1-based, 0: none
    const Settings &settings() const { return m_settings; }

private:
    // Columns such as destination_type, bank_name or provider repeat a handful of values: a
    // cell equal to a recent one gets a shared copy instead of a new allocation. Columns where
    // that rarely pays (IDs, names, account numbers) switch the cache off after a while.
    struct ColumnCache
    {
        std::array<QString, 4> values;
        quint32 lookups = 0;
        quint32 hits = 0;
        quint8 next = 0;
        bool enabled = true;
    };

    QString cellText(qsizetype column, QStringView value);
    QString convertAmount(const QString &raw) const;

    Settings m_settings;
    std::array<int, FieldCount> m_columnOf = {};
    std::vector<ColumnCache> m_caches;
};

} // namespace Lesspay::Core
