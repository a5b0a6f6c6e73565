// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchtableview.h"

#include "models/batchmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Lesspay::Ui {

BatchTableView::BatchTableView(QWidget *parent)
    : PinnedColumnsTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::DoubleClicked);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Fixed row heights let the view skip measuring rows: large batches scroll smoothly.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
}

void BatchTableView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        if (!edit(currentIndex(), EditKeyPressed, event)) {
            // A cell that cannot be edited: move on as a spreadsheet would.
            const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
            if (below.isValid())
                setCurrentIndex(below);
        }
        event->accept();
        return;
    }
    PinnedColumnsTableView::keyPressEvent(event);
}

void BatchTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    PinnedColumnsTableView::closeEditor(editor, hint);
    // The delegate reports Enter as SubmitModelCache.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
        if (below.isValid())
            setCurrentIndex(below);
    }
}

QModelIndex BatchTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if ((cursorAction != MoveNext && cursorAction != MovePrevious) || !current.isValid() || !model())
        return PinnedColumnsTableView::moveCursor(cursorAction, modifiers);
    // Tab walks the cells in the order shown, row after row, over the cells that apply to the row.
    // Qt asks for the next cell when an editor closes, too: an answer is always given.
    const QHeaderView *columns = horizontalHeader();
    const int step = cursorAction == MoveNext ? 1 : -1;
    const int columnCount = columns->count();
    int row = current.row();
    int visual = columns->visualIndex(current.column());
    for (int tries = 0; tries < columnCount * 2; ++tries) {
        visual += step;
        if (visual >= columnCount || visual < 0) {
            // Past the last cell back to the first, as Qt's own Tab does (and the other way round).
            row = (row + step + model()->rowCount()) % model()->rowCount();
            visual = step > 0 ? 0 : columnCount - 1;
        }
        const int column = columns->logicalIndex(visual);
        if (isColumnHidden(column))
            continue;
        const QModelIndex candidate = model()->index(row, column);
        if (candidate.data(Core::BatchModel::FieldRole).toInt() >= 0)
            return candidate;
    }
    return PinnedColumnsTableView::moveCursor(cursorAction, modifiers);
}

} // namespace Lesspay::Ui
