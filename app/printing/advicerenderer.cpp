// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advicerenderer.h"

#include "money/amount.h"
#include "reportrenderer.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Lesspay::Printing {

AdviceRenderer::AdviceRenderer(const QLocale &locale)
    : m_locale(locale)
{}

bool AdviceRenderer::paint(QPagedPaintDevice *device, const QList<Core::PaymentAdvice> &advice,
                           const Progress &progress) const
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return false;
    const qreal scale = device->logicalDpiY() / 72.0;
    const qreal width = device->pageLayout().paintRectPixels(device->logicalDpiX()).width();
    for (qsizetype i = 0; i < advice.size(); ++i) {
        if (i > 0 && !device->newPage())
            return false;
        paintPage(painter, advice.at(i), width, scale);
        if (progress && !progress(int(i + 1), int(advice.size()))) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

void AdviceRenderer::paintPage(QPainter &painter, const Core::PaymentAdvice &a, qreal width, qreal scale) const
{
    const QFont body = ReportRenderer::baseFont(10);
    QFont bold = body;
    bold.setBold(true);
    QFont title = ReportRenderer::baseFont(18);
    title.setBold(true);
    QFont big = ReportRenderer::baseFont(16);
    big.setBold(true);
    const QFontMetricsF fm(body, painter.device());
    const QFontMetricsF tm(title, painter.device());
    const QFontMetricsF bm(big, painter.device());
    painter.setPen(Qt::black);

    qreal y = 0;
    painter.setFont(title);
    painter.drawText(QPointF(0, y + tm.ascent()), tr("Payment advice"));
    y += tm.lineSpacing();
    painter.setFont(bold);
    painter.drawText(QPointF(0, y + fm.ascent()), tr("From %1").arg(a.payerName));
    y += fm.lineSpacing() * 2;

    const QString amount = Core::Amount::formatLocalized(a.amountMinor, a.decimals, m_locale) + u'\u00a0' + a.currency;
    painter.setFont(body);
    painter.drawText(QPointF(0, y + fm.ascent()), tr("Amount paid"));
    y += fm.lineSpacing();
    painter.setFont(big);
    painter.drawText(QPointF(0, y + bm.ascent()), amount);
    y += bm.lineSpacing() + fm.lineSpacing();

    const QDateTime paidAt = QDateTime::fromMSecsSinceEpoch(a.paidAt);
    const QList<std::pair<QString, QString>> rows = {
        {tr("Payee"), a.payeeName},
        {a.wallet ? tr("E-wallet") : tr("Account"), a.maskedAccount},
        {a.wallet ? tr("Provider") : tr("Bank"), a.institution},
        {tr("Date paid"), a.paidAt > 0 ? m_locale.toString(paidAt.date(), QLocale::LongFormat) : tr("not recorded")},
        {tr("Payer"), a.payerName},
        {tr("Reference"), a.reference},
        {tr("Channel order number"), a.channelOrderNo.isEmpty() ? tr("not given by the channel") : a.channelOrderNo},
        {tr("Lesspay order"), a.payOrderId},
        {tr("Batch request ID"), a.requestId},
    };
    const qreal labelWidth = width * 0.32;
    painter.setPen(QPen(Qt::gray, 0.5 * scale));
    painter.drawLine(QPointF(0, y), QPointF(width, y));
    for (const auto &[label, value] : rows) {
        y += fm.lineSpacing() * 0.4;
        painter.setPen(Qt::black);
        painter.setFont(bold);
        painter.drawText(QRectF(0, y, labelWidth - 6 * scale, fm.lineSpacing() * 3), Qt::TextWordWrap, label);
        painter.setFont(body);
        const QRectF box(labelWidth, y, width - labelWidth, fm.lineSpacing() * 3);
        const QRectF used = fm.boundingRect(box, Qt::TextWrapAnywhere, value);
        painter.drawText(box, Qt::TextWrapAnywhere, value);
        y += qMax(used.height(), fm.lineSpacing()) + fm.lineSpacing() * 0.4;
        painter.setPen(QPen(Qt::gray, 0.5 * scale));
        painter.drawLine(QPointF(0, y), QPointF(width, y));
    }
    y += fm.lineSpacing() * 2;
    painter.setPen(Qt::black);
    painter.setFont(body);
    const QString note = tr("%1 paid this amount through Lesspay. Please quote the reference when you contact them "
                            "about this payment. Account numbers are shown with their last four characters only.")
                             .arg(a.payerName);
    painter.drawText(QRectF(0, y, width, fm.lineSpacing() * 4), Qt::TextWordWrap, note);
}

} // namespace Lesspay::Printing
