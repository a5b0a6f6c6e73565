// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/batch.h"

#include <QUndoCommand>

namespace Lesspay::Core {
class BatchModel;
}

namespace Lesspay::Ui {

// A change of the batch header (currency, way type/code, notify URL). Consecutive edits of
// the same text field merge, so undo does not step through every keystroke.
class SetHeaderCommand final : public QUndoCommand
{
public:
    SetHeaderCommand(Core::BatchModel *model, Core::BatchHeader before, Core::BatchHeader after, const QString &text,
                     int mergeKey = -1, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Core::BatchModel *m_model;
    Core::BatchHeader m_before;
    Core::BatchHeader m_after;
    int m_mergeKey;
};

} // namespace Lesspay::Ui
