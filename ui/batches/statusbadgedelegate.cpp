// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbadgedelegate.h"

#include "models/batchlistmodel.h"
#include "models/detailstatusmodel.h"
#include "statusstyle.h"

#include <QApplication>
#include <QPainter>

namespace Lesspay::Ui {

using Core::BatchListModel;
using Core::BatchPhase;
using Core::DetailStatusModel;

// The delegate reads either model's status under one role.
static_assert(int(BatchListModel::StatusRole) == int(DetailStatusModel::StatusRole));

StatusBadgeDelegate::StatusBadgeDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int status = index.data(BatchListModel::StatusRole).toInt();
    painter->save();
    painter->setFont(opt.font);
    const QRectF rect = QRectF(opt.rect).adjusted(2, 1, -8, -1);
    if (m_kind == Kind::Batch) {
        const auto phase = BatchPhase(status);
        StatusStyle::drawBadge(painter, rect, StatusStyle::color(phase), StatusStyle::glyph(phase), text,
                               index.data(BatchListModel::AttentionRole).toBool());
    } else {
        const auto s = DetailStatusModel::Status(status);
        StatusStyle::drawBadge(painter, rect, StatusStyle::color(s), StatusStyle::glyph(s), text);
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(StatusStyle::badgeWidth(metrics, index.data().toString()) + 16);
    size.setHeight(qMax(size.height(), metrics.height() + 10));
    return size;
}

} // namespace Lesspay::Ui
