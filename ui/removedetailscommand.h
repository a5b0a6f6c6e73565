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

// Removes consecutive rows and keeps them for undo. A scattered selection is several of
// these, bottom range first, inside one macro.
class RemoveDetailsCommand final : public QUndoCommand
{
public:
    RemoveDetailsCommand(Core::BatchModel *model, int row, int count, const QString &text,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Core::BatchModel *m_model;
    int m_row;
    int m_count;
    QList<Core::PayoutDetail> m_removed;
};

} // namespace Lesspay::Ui
