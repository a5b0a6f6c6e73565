// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payoutbardelegate.h"

#include "models/batchlistmodel.h"
#include "statusstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Lesspay::Ui {

using Core::BatchListModel;

PayoutBarDelegate::PayoutBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void PayoutBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int paid = index.data(BatchListModel::SucceededRole).toInt();
    const int failed = index.data(BatchListModel::FailedRole).toInt();
    const int pending = index.data(BatchListModel::PendingRole).toInt();
    const int total = paid + failed + pending;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(opt.font);
    const QString counts = QStringLiteral("%1 / %2 / %3").arg(paid).arg(failed).arg(pending);
    const int countsWidth = metrics.horizontalAdvance(QStringLiteral("0000 / 000 / 000"));
    const QRectF area = QRectF(opt.rect).adjusted(4, 0, -4, 0);
    const qreal barWidth = qMax(qreal(20), area.width() - countsWidth - 8);
    const qreal barHeight = qMin(qreal(10), area.height() - 6);
    const QRectF bar(area.left(), area.center().y() - barHeight / 2, barWidth, barHeight);

    QPainterPath clip;
    clip.addRoundedRect(bar, barHeight / 2, barHeight / 2);
    painter->setClipPath(clip);
    painter->fillRect(bar, StatusStyle::pendingColor());
    if (total > 0) {
        // Widths from counts in integers first, so that the segments always add up to the bar.
        const qreal paidWidth = bar.width() * paid / total;
        const qreal failedWidth = bar.width() * failed / total;
        painter->fillRect(QRectF(bar.left(), bar.top(), paidWidth, bar.height()), StatusStyle::paidColor());
        painter->fillRect(QRectF(bar.left() + paidWidth, bar.top(), failedWidth, bar.height()),
                          StatusStyle::failedColor());
    }
    painter->setClipping(false);

    const QRectF textRect(bar.right() + 8, opt.rect.top(), area.right() - bar.right() - 8, opt.rect.height());
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(counts, Qt::ElideRight, int(textRect.width())));
    painter->restore();
}

QSize PayoutBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(90 + metrics.horizontalAdvance(QStringLiteral("0000 / 000 / 000")));
    return size;
}

} // namespace Lesspay::Ui
