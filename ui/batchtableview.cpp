// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchtableview.h"

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

} // namespace Lesspay::Ui
