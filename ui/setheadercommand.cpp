// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setheadercommand.h"

#include "models/batchmodel.h"

namespace Lesspay::Ui {

SetHeaderCommand::SetHeaderCommand(Core::BatchModel *model, Core::BatchHeader before, Core::BatchHeader after,
                                   const QString &text, int mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{}

void SetHeaderCommand::undo()
{
    m_model->setHeader(m_before);
}

void SetHeaderCommand::redo()
{
    m_model->setHeader(m_after);
}

bool SetHeaderCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetHeaderCommand *>(other);
    if (next->m_model != m_model)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Lesspay::Ui
