// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"

#include <QList>
#include <QUndoCommand>

#include <memory>

namespace Lesspay::Core {
class Batch;
class BatchModel;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

// Inserts consecutive rows (add, duplicate, paste, recipient forms); undo removes them.
class InsertDetailsCommand final : public QUndoCommand
{
public:
    InsertDetailsCommand(Core::BatchModel *model, int row, QList<Core::PayoutDetail> details, const QString &text,
                         QUndoCommand *parent = nullptr);

    // Rows an import has validated already: the first redo hands them to the model as they are
    // (they are not judged again); undo keeps their details for a later redo.
    InsertDetailsCommand(Core::BatchModel *model, int row, std::shared_ptr<const Core::Batch> validated,
                         const QString &text, QUndoCommand *parent = nullptr);

    int row() const { return m_row; }
    int count() const { return m_count; }

    void undo() override;
    void redo() override;

private:
    Core::BatchModel *m_model;
    int m_row;
    QList<Core::PayoutDetail> m_details;
    std::shared_ptr<const Core::Batch> m_validated; // until the first redo
    int m_count = 0;
};

} // namespace Lesspay::Ui
