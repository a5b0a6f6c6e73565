// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/batchphase.h"
#include "models/detailstatusmodel.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QFontMetrics;
class QPainter;

namespace Lesspay::Ui {

// How statuses look: one colour and one glyph per batch phase or payout status, so that the
// badge never relies on colour alone. Shared by the delegates and the overview.
namespace StatusStyle {

enum class Glyph { Check, Cross, Half, Exclamation, Question, Clock, Dot };

QColor color(Core::BatchPhase phase);
Glyph glyph(Core::BatchPhase phase);
QColor color(Core::DetailStatusModel::Status status);
Glyph glyph(Core::DetailStatusModel::Status status);

QColor paidColor();
QColor failedColor();
QColor pendingColor();

// Draws the glyph in `color` inside `rect` (a square works best).
void drawGlyph(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color);
// A rounded badge: background colour, white glyph and text; returns the width used.
qreal drawBadge(QPainter *painter, const QRectF &rect, const QColor &background, Glyph glyph, const QString &text,
                bool marker = false);
int badgeWidth(const QFontMetrics &metrics, const QString &text);

} // namespace StatusStyle

} // namespace Lesspay::Ui
