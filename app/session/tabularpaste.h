// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/detailchange.h"

#include <QList>
#include <QModelIndex>
#include <QStringList>

#include <functional>

namespace Lesspay::Core {

class BatchModel;

// Turns text copied from a spreadsheet (tab-separated, quoted cells allowed) into batch edits.
// Whole recipients (a header line with the API's field names, or one value per CSV field in
// CSV order) become new rows after the anchor; any other block overwrites cells from the
// anchor cell on, adding rows at the end where the block runs past the last row.
class TabularPaste final
{
public:
    struct Plan
    {
        QList<DetailChange> changes;  // existing rows overwritten
        int insertRow = 0;            // where the new rows go
        QList<PayoutDetail> inserted; // new rows
        bool isEmpty() const { return changes.isEmpty() && inserted.isEmpty(); }
    };

    using IdGenerator = std::function<QString()>;

    static QList<QStringList> parse(const QString &text);
    static Plan plan(const BatchModel &model, const QModelIndex &anchor, const QString &text,
                     const IdGenerator &nextOrderId);

private:
    static std::optional<QList<int>> headerMapping(const QStringList &cells);
    static PayoutDetail detailFromFields(const QStringList &cells, const QList<int> &fieldOfCell);
};

} // namespace Lesspay::Core
