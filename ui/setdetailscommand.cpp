// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setdetailscommand.h"

#include "models/batchmodel.h"

namespace Lesspay::Ui {

SetDetailsCommand::SetDetailsCommand(Core::BatchModel *model, QList<Change> changes, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_changes(std::move(changes))
{}

void SetDetailsCommand::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_model->setDetail(it->row, it->before);
}

void SetDetailsCommand::redo()
{
    for (const Change &change : std::as_const(m_changes))
        m_model->setDetail(change.row, change.after);
}

} // namespace Lesspay::Ui
