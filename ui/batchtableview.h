// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pinnedcolumnstableview.h"

namespace Lesspay::Ui {

// The batch grid with spreadsheet keys: Enter opens the cell's editor and, when editing,
// commits and moves down; Tab and Shift+Tab commit and move sideways to the next cell that
// applies to its row (greyed cells of the other destination are skipped). The order
// ID, type and amount columns stay in view while it scrolls sideways.
class BatchTableView final : public PinnedColumnsTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchTableView)

public:
    explicit BatchTableView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

} // namespace Lesspay::Ui
