// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"
#include "money/amount.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace Lesspay::Core {

// Remembers what a user chose on an import for a header set (the field of each column and the
// decimal separator), so that the next file from the same bank portal or spreadsheet imports
// without asking again. Keyed by a hash of the normalised header list; stored in the QSettings
// the caller owns (the app's settings file through Settings, or a temporary file in tests). The
// only place import mappings are kept.
class ColumnMappingStore
{
public:
    using Mapping = QList<std::optional<Field>>; // per column; nullopt: ignore the column

    struct ImportMapping
    {
        Mapping columns;
        Amount::DecimalSeparator decimalSeparator = Amount::DecimalSeparator::Point;

        friend bool operator==(const ImportMapping &, const ImportMapping &) = default;
    };

    explicit ColumnMappingStore(QSettings &settings);

    static QString headerSetKey(const QStringList &headers);

    // Nothing unless both the columns and the separator were remembered: the separator is never
    // guessed, the user is asked again.
    std::optional<ImportMapping> mapping(const QStringList &headers) const;
    void remember(const QStringList &headers, const ImportMapping &mapping);
    void forget(const QStringList &headers);
    // Forgets every remembered mapping; returns how many there were.
    int forgetAll();

private:
    QSettings &m_settings;
};

} // namespace Lesspay::Core
