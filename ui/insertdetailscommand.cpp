// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insertdetailscommand.h"

#include "domain/batch.h"
#include "models/batchmodel.h"

namespace Lesspay::Ui {

InsertDetailsCommand::InsertDetailsCommand(Core::BatchModel *model, int row, QList<Core::PayoutDetail> details,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_details(std::move(details))
    , m_count(int(m_details.size()))
{}

InsertDetailsCommand::InsertDetailsCommand(Core::BatchModel *model, int row,
                                           std::shared_ptr<const Core::Batch> validated, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_validated(std::move(validated))
    , m_count(m_validated->size())
{}

void InsertDetailsCommand::undo()
{
    const QList<Core::PayoutDetail> removed = m_model->removeDetails(m_row, m_count);
    if (m_details.isEmpty())
        m_details = removed;
}

void InsertDetailsCommand::redo()
{
    if (m_validated) {
        m_model->insertValidated(m_row, *m_validated);
        m_validated.reset();
        return;
    }
    m_model->insertDetails(m_row, m_details);
}

} // namespace Lesspay::Ui
