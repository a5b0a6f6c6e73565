// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTableView>

namespace Lesspay::Ui {

// A table whose first columns stay in view while it scrolls sideways (order ID and amount), and
// whose spare width goes to chosen columns (names, banks) rather than to the last one. The pinned
// columns are a second view over the same model and selection laid over the left edge, as in Qt's
// "Frozen Column" example; it shows only while the table is scrolled, and a pinned cell is always
// edited in the table itself, scrolled back to its left edge, so editing and keys stay the table's.
class PinnedColumnsTableView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinnedColumnsTableView)

public:
    explicit PinnedColumnsTableView(QWidget *parent = nullptr);

    void setPinnedColumns(int count);
    int pinnedColumns() const { return m_pinned; }
    // The columns that share the width the others leave over; their current widths become their least.
    void setSpareWidthColumns(const QList<int> &columns);
    QTableView *pinnedView() const { return m_pinnedView; }

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    // Hides QAbstractItemView::setItemDelegate (not virtual): the pinned columns paint as the table does.
    void setItemDelegate(QAbstractItemDelegate *delegate);
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;

private:
    void syncColumns();
    void placePinnedView();
    void shareSpareWidth();
    int pinnedWidth() const;

    QTableView *m_pinnedView;
    int m_pinned = 0;
    QList<int> m_spareColumns;
    QList<int> m_leastWidths;
    bool m_sharing = false;
    int m_sharedWidth = -1;
};

} // namespace Lesspay::Ui
