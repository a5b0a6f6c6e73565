// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/detailchange.h"

#include <QList>
#include <QUndoCommand>

namespace Lesspay::Core {
class BatchModel;
}

namespace Lesspay::Ui {

// Replaces whole details (one cell edit, a paste over several rows, a cleared selection).
// Storing before/after details keeps undo exact whatever the edit touched.
class SetDetailsCommand final : public QUndoCommand
{
public:
    using Change = Core::DetailChange;

    SetDetailsCommand(Core::BatchModel *model, QList<Change> changes, const QString &text,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Core::BatchModel *m_model;
    QList<Change> m_changes;
};

} // namespace Lesspay::Ui
