// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Lesspay::Ui {

// Paints a batch's payouts as one bar split into paid, failed and pending, with the counts
// beside it (BatchListModel's SucceededRole, FailedRole and PendingRole).
class PayoutBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutBarDelegate)

public:
    explicit PayoutBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Lesspay::Ui
