// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinnedcolumnstableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace Lesspay::Ui {

PinnedColumnsTableView::PinnedColumnsTableView(QWidget *parent)
    : QTableView(parent)
    , m_pinnedView(new QTableView(this))
{
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    horizontalHeader()->setStretchLastSection(false);

    m_pinnedView->setObjectName(QStringLiteral("pinnedColumnsView"));
    // The keyboard, the editors and the accessible table stay the table's own.
    m_pinnedView->setFocusPolicy(Qt::NoFocus);
    m_pinnedView->setEditTriggers(NoEditTriggers);
    m_pinnedView->verticalHeader()->hide();
    m_pinnedView->horizontalHeader()->setSectionsMovable(false);
    m_pinnedView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinnedView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinnedView->setVerticalScrollMode(ScrollPerPixel);
    m_pinnedView->setFrameShape(QFrame::NoFrame);
    m_pinnedView->setWordWrap(false);
    m_pinnedView->hide();

    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_pinnedView->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_pinnedView->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &PinnedColumnsTableView::placePinnedView);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column < m_pinned)
            m_pinnedView->setColumnWidth(column, size);
        const qsizetype spare = m_spareColumns.indexOf(column);
        if (spare >= 0 && !m_sharing)
            m_leastWidths[spare] = size; // the user's width is the new least
        placePinnedView();
    });
    connect(m_pinnedView->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) { setColumnWidth(column, size); });
    connect(m_pinnedView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        setFocus();
        QAbstractItemView::edit(index);
    });
}

void PinnedColumnsTableView::setPinnedColumns(int count)
{
    m_pinned = count;
    syncColumns();
}

void PinnedColumnsTableView::setSpareWidthColumns(const QList<int> &columns)
{
    m_spareColumns = columns;
    m_leastWidths.clear();
    for (const int column : columns)
        m_leastWidths.append(columnWidth(column));
    shareSpareWidth();
}

void PinnedColumnsTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_pinnedView->setModel(model);
    m_pinnedView->setSelectionModel(selectionModel());
    if (model)
        connect(model, &QAbstractItemModel::columnsInserted, this, &PinnedColumnsTableView::syncColumns);
    syncColumns();
}

void PinnedColumnsTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    // QTableView::setModel() calls this before the pinned view has the new model; setModel()
    // hands the selection on once it has.
    if (selectionModel && m_pinnedView->model() == selectionModel->model())
        m_pinnedView->setSelectionModel(selectionModel);
}

void PinnedColumnsTableView::setItemDelegate(QAbstractItemDelegate *delegate)
{
    QTableView::setItemDelegate(delegate);
    m_pinnedView->setItemDelegate(delegate);
}

void PinnedColumnsTableView::syncColumns()
{
    if (!model())
        return;
    m_pinnedView->setAccessibleName(accessibleName());
    m_pinnedView->setSelectionBehavior(selectionBehavior());
    m_pinnedView->setSelectionMode(selectionMode());
    m_pinnedView->setAlternatingRowColors(alternatingRowColors());
    m_pinnedView->setSortingEnabled(isSortingEnabled());
    m_pinnedView->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_pinnedView->verticalHeader()->setSectionResizeMode(verticalHeader()->sectionResizeMode(0));
    for (int column = 0; column < model()->columnCount(); ++column) {
        m_pinnedView->setColumnHidden(column, column >= m_pinned);
        if (column < m_pinned)
            m_pinnedView->setColumnWidth(column, columnWidth(column));
    }
    placePinnedView();
}

int PinnedColumnsTableView::pinnedWidth() const
{
    int width = 0;
    for (int column = 0; column < m_pinned; ++column)
        width += isColumnHidden(column) ? 0 : columnWidth(column);
    return width;
}

void PinnedColumnsTableView::placePinnedView()
{
    // Only needed while scrolled: at the left edge the table shows the same cells itself.
    const bool scrolled = m_pinned > 0 && horizontalScrollBar()->value() > 0 && state() != EditingState;
    if (scrolled) {
        m_pinnedView->setGeometry(verticalHeader()->isVisible() ? verticalHeader()->width() + frameWidth()
                                                                : frameWidth(),
                                  frameWidth(), pinnedWidth(), viewport()->height() + horizontalHeader()->height());
        m_pinnedView->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
        m_pinnedView->verticalScrollBar()->setValue(verticalScrollBar()->value());
    }
    m_pinnedView->setVisible(scrolled);
}

void PinnedColumnsTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || m_pinned == 0) {
        QTableView::scrollTo(index, hint);
        return;
    }
    if (index.column() < m_pinned) {
        // A pinned cell is in view whatever the sideways scroll: only the rows move.
        const int sideways = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(sideways);
        return;
    }
    QTableView::scrollTo(index, hint);
    // A cell that ended under the pinned columns is moved out from under them.
    const int covered = pinnedWidth() - visualRect(index).left();
    if (covered > 0 && horizontalScrollBar()->value() > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - covered);
}

bool PinnedColumnsTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // The editor of a pinned cell opens where the cell really is: at the left edge.
    const int sideways = horizontalScrollBar()->value();
    if (index.isValid() && index.column() < m_pinned && sideways > 0)
        horizontalScrollBar()->setValue(0);
    const bool editing = QTableView::edit(index, trigger, event);
    if (!editing && horizontalScrollBar()->value() != sideways && index.column() < m_pinned)
        horizontalScrollBar()->setValue(sideways);
    placePinnedView();
    return editing;
}

void PinnedColumnsTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    placePinnedView();
}

void PinnedColumnsTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    shareSpareWidth();
    placePinnedView();
}

void PinnedColumnsTableView::updateGeometries()
{
    QTableView::updateGeometries();
    // A vertical scroll bar that comes or goes changes the width to share.
    if (viewport()->width() != m_sharedWidth)
        shareSpareWidth();
    placePinnedView();
}

void PinnedColumnsTableView::shareSpareWidth()
{
    if (!model() || m_spareColumns.isEmpty() || m_sharing)
        return;
    m_sharedWidth = viewport()->width();
    int used = 0;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (isColumnHidden(column))
            continue;
        const qsizetype spare = m_spareColumns.indexOf(column);
        used += spare >= 0 ? m_leastWidths.at(spare) : columnWidth(column);
    }
    const int left = std::max(0, viewport()->width() - used);
    m_sharing = true;
    for (qsizetype i = 0; i < m_spareColumns.size(); ++i) {
        const int share = int(left / m_spareColumns.size()) + (i == 0 ? int(left % m_spareColumns.size()) : 0);
        setColumnWidth(m_spareColumns.at(i), m_leastWidths.at(i) + share);
    }
    m_sharing = false;
}

} // namespace Lesspay::Ui
