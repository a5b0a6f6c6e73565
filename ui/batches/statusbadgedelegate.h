// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Lesspay::Ui {

// Paints a status cell as a coloured badge with a glyph and the status text: a batch phase
// (BatchListModel, with a red dot when the batch needs attention) or a payout status
// (DetailStatusModel). Both models expose the status under the same StatusRole.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    enum class Kind { Batch, Payout };

    explicit StatusBadgeDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace Lesspay::Ui
