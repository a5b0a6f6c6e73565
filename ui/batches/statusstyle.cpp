// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace Lesspay::Ui::StatusStyle {

using Core::BatchPhase;
using Status = Core::DetailStatusModel::Status;

namespace {

// Colours chosen to stay apart for the common colour-vision deficiencies together with the
// glyphs; white text on each meets WCAG AA for normal text.
const QColor Green(0x2e, 0x7d, 0x32);
const QColor Red(0xc6, 0x28, 0x28);
const QColor Amber(0xb2, 0x54, 0x00);
const QColor Purple(0x6a, 0x1b, 0x9a);
const QColor Ochre(0x8d, 0x6e, 0x00);
const QColor Blue(0x15, 0x65, 0xc0);
const QColor Grey(0x61, 0x61, 0x61);

constexpr qreal Padding = 6;

} // namespace

QColor color(BatchPhase phase)
{
    switch (phase) {
    case BatchPhase::Succeeded:
        return Green;
    case BatchPhase::Failed:
    case BatchPhase::Rejected:
        return Red;
    case BatchPhase::PartiallySucceeded:
        return Amber;
    case BatchPhase::NeedsPerson:
        return Purple;
    case BatchPhase::Unknown:
        return Ochre;
    case BatchPhase::Sending:
    case BatchPhase::PendingReview:
    case BatchPhase::Paying:
        return Blue;
    case BatchPhase::Other:
    case BatchPhase::PhaseCount:
        break;
    }
    return Grey;
}

Glyph glyph(BatchPhase phase)
{
    switch (phase) {
    case BatchPhase::Succeeded:
        return Glyph::Check;
    case BatchPhase::Failed:
    case BatchPhase::Rejected:
        return Glyph::Cross;
    case BatchPhase::PartiallySucceeded:
        return Glyph::Half;
    case BatchPhase::NeedsPerson:
        return Glyph::Exclamation;
    case BatchPhase::Unknown:
        return Glyph::Question;
    case BatchPhase::Sending:
    case BatchPhase::PendingReview:
    case BatchPhase::Paying:
        return Glyph::Clock;
    case BatchPhase::Other:
    case BatchPhase::PhaseCount:
        break;
    }
    return Glyph::Dot;
}

QColor color(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return Green;
    case Status::Failed:
        return Red;
    case Status::Pending:
        return Blue;
    case Status::Other:
        break;
    }
    return Grey;
}

Glyph glyph(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return Glyph::Check;
    case Status::Failed:
        return Glyph::Cross;
    case Status::Pending:
        return Glyph::Clock;
    case Status::Other:
        break;
    }
    return Glyph::Dot;
}

QColor paidColor()
{
    return Green;
}

QColor failedColor()
{
    return Red;
}

QColor pendingColor()
{
    return QColor(0xb0, 0xbe, 0xc5);
}

void drawGlyph(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal s = qMin(rect.width(), rect.height());
    const QRectF r(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    QPen pen(color, qMax(1.5, s / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const auto at = [&r](qreal x, qreal y) { return QPointF(r.left() + x * r.width(), r.top() + y * r.height()); };
    switch (glyph) {
    case Glyph::Check: {
        QPainterPath path(at(0.15, 0.55));
        path.lineTo(at(0.4, 0.8));
        path.lineTo(at(0.85, 0.22));
        painter->drawPath(path);
        break;
    }
    case Glyph::Cross:
        painter->drawLine(at(0.22, 0.22), at(0.78, 0.78));
        painter->drawLine(at(0.78, 0.22), at(0.22, 0.78));
        break;
    case Glyph::Half: {
        const QRectF circle = r.adjusted(s * 0.12, s * 0.12, -s * 0.12, -s * 0.12);
        painter->drawEllipse(circle);
        painter->setBrush(color);
        painter->drawPie(circle, 90 * 16, 180 * 16);
        break;
    }
    case Glyph::Exclamation:
        painter->drawLine(at(0.5, 0.15), at(0.5, 0.6));
        painter->drawPoint(at(0.5, 0.85));
        break;
    case Glyph::Question: {
        QPainterPath path(at(0.3, 0.32));
        path.cubicTo(at(0.3, 0.05), at(0.75, 0.05), at(0.72, 0.32));
        path.cubicTo(at(0.7, 0.48), at(0.5, 0.5), at(0.5, 0.64));
        painter->drawPath(path);
        painter->drawPoint(at(0.5, 0.86));
        break;
    }
    case Glyph::Clock:
        painter->drawEllipse(r.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1));
        painter->drawLine(at(0.5, 0.5), at(0.5, 0.27));
        painter->drawLine(at(0.5, 0.5), at(0.68, 0.6));
        break;
    case Glyph::Dot:
        painter->setBrush(color);
        painter->drawEllipse(r.center(), s * 0.2, s * 0.2);
        break;
    }
    painter->restore();
}

int badgeWidth(const QFontMetrics &metrics, const QString &text)
{
    const int glyph = metrics.height();
    return int(Padding * 2 + glyph + 4 + metrics.horizontalAdvance(text) + glyph / 2);
}

qreal drawBadge(QPainter *painter, const QRectF &rect, const QColor &background, Glyph g, const QString &text,
                bool marker)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(painter->font());
    const qreal height = qMin(rect.height() - 4, qreal(metrics.height() + 6));
    const qreal width = qMin(rect.width() - 4, qreal(badgeWidth(metrics, text)));
    const QRectF badge(rect.left() + 2, rect.center().y() - height / 2, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(badge, height / 2, height / 2);
    const qreal glyphSize = height - 8;
    drawGlyph(painter, QRectF(badge.left() + Padding, badge.center().y() - glyphSize / 2, glyphSize, glyphSize), g,
              Qt::white);
    painter->setPen(Qt::white);
    const QRectF textRect = badge.adjusted(Padding + glyphSize + 4, 0, -Padding, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, int(textRect.width())));
    if (marker) {
        // "Needs attention": a dot outside the badge, visible even when the badge is elided.
        const qreal d = height * 0.45;
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(Red);
        painter->drawEllipse(QPointF(badge.right() + d * 0.2, badge.top() + d * 0.35), d / 2, d / 2);
    }
    painter->restore();
    return width;
}

} // namespace Lesspay::Ui::StatusStyle
