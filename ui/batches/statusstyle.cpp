// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

#include "themecolors.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace Lesspay::Ui::StatusStyle {

using Core::BatchPhase;
using Status = Core::DetailStatusModel::Status;

namespace {

// The palette's accents (ThemeColors), told apart by the glyphs as well as by colour.
using Accent = ThemeColors::Accent;
const QColor Green = ThemeColors::accent(Accent::Success);
const QColor Red = ThemeColors::accent(Accent::Danger);
const QColor Amber = ThemeColors::accent(Accent::Caution);
const QColor Purple = ThemeColors::accent(Accent::Attention);
const QColor Ochre = ThemeColors::accent(Accent::Unknown);
const QColor Blue = ThemeColors::accent(Accent::Info);
const QColor Grey = ThemeColors::accent(Accent::Neutral);

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
    return ThemeColors::accent(Accent::Muted);
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
              ThemeColors::onAccent());
    painter->setPen(ThemeColors::onAccent());
    const QRectF textRect = badge.adjusted(Padding + glyphSize + 4, 0, -Padding, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, int(textRect.width())));
    if (marker) {
        // "Needs attention": a dot outside the badge, visible even when the badge is elided.
        const qreal d = height * 0.45;
        painter->setPen(QPen(ThemeColors::onAccent(), 1.5));
        painter->setBrush(Red);
        painter->drawEllipse(QPointF(badge.right() + d * 0.2, badge.top() + d * 0.35), d / 2, d / 2);
    }
    painter->restore();
    return width;
}

} // namespace Lesspay::Ui::StatusStyle
