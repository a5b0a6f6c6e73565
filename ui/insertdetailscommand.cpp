// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insertdetailscommand.h"

#include "models/batchmodel.h"

namespace Lesspay::Ui {

InsertDetailsCommand::InsertDetailsCommand(Core::BatchModel *model, int row, QList<Core::PayoutDetail> details,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_details(std::move(details))
{}

void InsertDetailsCommand::undo()
{
    m_model->removeDetails(m_row, int(m_details.size()));
}

void InsertDetailsCommand::redo()
{
    m_model->insertDetails(m_row, m_details);
}

} // namespace Lesspay::Ui
