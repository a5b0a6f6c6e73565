// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"

#include <QList>
#include <QUndoCommand>

namespace Lesspay::Core {
class BatchModel;
}

namespace Lesspay::Ui {

// Inserts consecutive rows (add, duplicate, paste, recipient forms); undo removes them.
class InsertDetailsCommand final : public QUndoCommand
{
public:
    InsertDetailsCommand(Core::BatchModel *model, int row, QList<Core::PayoutDetail> details, const QString &text,
                         QUndoCommand *parent = nullptr);

    int row() const { return m_row; }
    int count() const { return int(m_details.size()); }

    void undo() override;
    void redo() override;

private:
    Core::BatchModel *m_model;
    int m_row;
    QList<Core::PayoutDetail> m_details;
};

} // namespace Lesspay::Ui
