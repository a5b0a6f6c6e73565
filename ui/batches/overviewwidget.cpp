// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewwidget.h"

#include "moneytext.h"
#include "statusstyle.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace Lesspay::Ui {

using Core::BatchPhase;

namespace {

// The statuses the picture shows, in reading order; the others are folded into "Other".
const QList<BatchPhase> &shownPhases()
{
    static const QList<BatchPhase> phases{BatchPhase::Sending, BatchPhase::Unknown,   BatchPhase::PendingReview,
                                          BatchPhase::Paying,  BatchPhase::Succeeded, BatchPhase::PartiallySucceeded,
                                          BatchPhase::Failed,  BatchPhase::Rejected,  BatchPhase::NeedsPerson};
    return phases;
}

} // namespace

OverviewWidget::OverviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("batchOverview"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Today's batches"));
}

void OverviewWidget::setOverview(const Core::BatchOverview &overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    QStringList parts;
    for (BatchPhase phase : shownPhases()) {
        if (m_overview.count(phase) > 0)
            parts.append(QStringLiteral("%1: %2").arg(Core::BatchPhases::label(phase)).arg(m_overview.count(phase)));
    }
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    update();
}

QSize OverviewWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    return {720, qMax(5 * line + 24, int(m_overview.paid.size() + 2) * (line + 4) + 16)};
}

QSize OverviewWidget::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QRect area = rect().adjusted(8, 6, -8, -6);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    // Left: bars per status for today's batches.
    const int totalsWidth = qMin(280, area.width() / 3);
    const QRect barsArea(area.left(), area.top(), area.width() - totalsWidth - 16, area.height());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(barsArea.left(), barsArea.top(), barsArea.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Today's batches: %1").arg(m_overview.total()));
    p.setFont(font());

    const QList<BatchPhase> &phases = shownPhases();
    int maxCount = 1;
    for (BatchPhase phase : phases)
        maxCount = std::max(maxCount, m_overview.count(phase));
    const int chartTop = barsArea.top() + line + 6;
    const int slot = barsArea.width() / int(phases.size());
    const int glyph = line - 4;
    const int textRoom = slot - glyph - 4;
    // A label wider than its slot wraps onto a second line ("Needs a / person") instead of
    // being cut; only a single word wider than the slot is elided.
    bool wrap = false;
    for (BatchPhase phase : phases)
        wrap = wrap || fm.horizontalAdvance(Core::BatchPhases::label(phase)) > textRoom;
    const int labelHeight = (wrap ? 2 * line : line) + 2;
    const int chartHeight = barsArea.bottom() - chartTop - labelHeight;
    for (int i = 0; i < phases.size(); ++i) {
        const BatchPhase phase = phases.at(i);
        const int count = m_overview.count(phase);
        const int x = barsArea.left() + i * slot;
        const int barWidth = std::max(8, slot / 3);
        const int height = count == 0 ? 1 : std::max(3, chartHeight * count / maxCount - line);
        const QRect bar(x + (slot - barWidth) / 2, chartTop + chartHeight - height, barWidth, height);
        p.fillRect(bar, count == 0 ? palette().color(QPalette::Mid) : StatusStyle::color(phase));
        if (count > 0) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(x, bar.top() - line, slot, line), Qt::AlignHCenter | Qt::AlignBottom,
                       QString::number(count));
        }
        p.setPen(palette().color(QPalette::Text));
        const QRect label(x, chartTop + chartHeight + 2, slot, labelHeight);
        const QString full = Core::BatchPhases::label(phase);
        QString text = full;
        int flags = Qt::AlignLeft | Qt::AlignTop;
        QRect textRect = fm.boundingRect(QRect(0, 0, textRoom, labelHeight), flags | Qt::TextWordWrap, full);
        if (fm.horizontalAdvance(full) > textRoom) {
            if (textRect.height() <= 2 * line && textRect.width() <= textRoom) {
                flags |= Qt::TextWordWrap;
            } else {
                text = fm.elidedText(full, Qt::ElideRight, textRoom);
                textRect = QRect(0, 0, fm.horizontalAdvance(text), line);
            }
        }
        const int left = x + (slot - (textRect.width() + glyph + 3)) / 2;
        StatusStyle::drawGlyph(&p, QRectF(left, label.top() + 2, glyph, glyph), StatusStyle::glyph(phase),
                               StatusStyle::color(phase));
        p.drawText(QRect(left + glyph + 3, label.top(), textRect.width() + 1, labelHeight), flags, text);
    }

    // Right: paid per currency, exact.
    const QRect totals(area.right() - totalsWidth, area.top(), totalsWidth, area.height());
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(totals.left() - 8, totals.top(), totals.left() - 8, totals.bottom());
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(totals.left(), totals.top(), totals.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Paid today"));
    p.setFont(font());
    int y = totals.top() + line + 6;
    if (m_overview.paid.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(totals.left(), y, totals.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Nothing paid yet"));
    }
    for (const Core::BatchOverview::Paid &paid : m_overview.paid) {
        p.setPen(StatusStyle::paidColor());
        StatusStyle::drawGlyph(&p, QRectF(totals.left(), y + 2, line - 4, line - 4), StatusStyle::Glyph::Check,
                               StatusStyle::paidColor());
        p.setPen(palette().color(QPalette::Text));
        const QString amount = MoneyText::withCurrency(paid.minor, paid.decimals, paid.currency, locale());
        p.drawText(
            QRect(totals.left() + line, y, totals.width() - line, line), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(tr("%1 (payouts: %2)").arg(amount).arg(paid.payouts), Qt::ElideRight, totals.width() - line));
        y += line + 4;
    }
}

} // namespace Lesspay::Ui
