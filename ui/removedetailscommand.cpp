// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removedetailscommand.h"

#include "models/batchmodel.h"

namespace Lesspay::Ui {

RemoveDetailsCommand::RemoveDetailsCommand(Core::BatchModel *model, int row, int count, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_count(count)
{}

void RemoveDetailsCommand::undo()
{
    m_model->insertDetails(m_row, m_removed);
    m_removed.clear();
}

void RemoveDetailsCommand::redo()
{
    m_removed = m_model->removeDetails(m_row, m_count);
}

} // namespace Lesspay::Ui
