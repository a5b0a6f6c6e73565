// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace Lesspay::Core {

// Remembers the column mapping a user chose for a header set, so that the next file from the
// same bank portal or spreadsheet imports without asking again. Keyed by a hash of the
// normalised header list; stored in the QSettings the caller owns (the app's settings file,
// or a temporary file in tests).
class ColumnMappingStore
{
public:
    using Mapping = QList<std::optional<Field>>; // per column; nullopt: ignore the column

    explicit ColumnMappingStore(QSettings &settings);

    static QString headerSetKey(const QStringList &headers);

    std::optional<Mapping> mapping(const QStringList &headers) const;
    void remember(const QStringList &headers, const Mapping &mapping);
    void forget(const QStringList &headers);
    // Forgets every remembered mapping; returns how many there were.
    int forgetAll();

private:
    QSettings &m_settings;
};

} // namespace Lesspay::Core
