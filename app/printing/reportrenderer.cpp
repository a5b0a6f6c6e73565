// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "money/amount.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace Lesspay::Printing {

namespace {

enum Column {
    NumberColumn,
    OrderColumn,
    NameColumn,
    AccountColumn,
    InstitutionColumn,
    AmountColumn,
    StatusColumn,
    ReasonColumn,
    ColumnCount
};

// Relative widths of the payout table's columns (the reason takes what is left).
constexpr qreal ColumnShares[ColumnCount] = {0.045, 0.145, 0.15, 0.085, 0.16, 0.12, 0.08, 0.215};

constexpr qreal BodyPt = 7.5;
constexpr qreal CellPadPt = 2.5;
constexpr qreal FooterPt = 16;

bool wrapsAnywhere(int column)
{
    return column == OrderColumn || column == AccountColumn;
}

} // namespace

ReportRenderer::ReportRenderer(const Core::BatchReport &report, const QLocale &locale)
    : m_report(report)
    , m_locale(locale)
{}

QFont ReportRenderer::baseFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("AR PL UMing CN")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    // No ligatures: "ff" in a hash or "fi" in a word must stay two letters for whoever copies or
    // searches the text (Qt 6.4 has no QFont::setFeature; any letter spacing turns them off).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QString ReportRenderer::money(qint64 minor) const
{
    return Core::Amount::formatLocalized(minor, m_report.decimals, m_locale);
}

QString ReportRenderer::time(qint64 ms) const
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + at.timeZoneAbbreviation();
}

bool ReportRenderer::paint(QPagedPaintDevice *device, const Progress &progress)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return false;
    m_scale = device->logicalDpiY() / 72.0;
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    m_width = page.width();
    m_height = page.height();
    m_font = baseFont(BodyPt);
    m_bold = m_font;
    m_bold.setBold(true);
    m_small = baseFont(6.5);
    m_title = baseFont(15);
    m_title.setBold(true);

    m_columns.clear();
    qreal used = 0;
    for (int c = 0; c < ColumnCount - 1; ++c) {
        m_columns.append(m_width * ColumnShares[c]);
        used += m_columns.last();
    }
    m_columns.append(m_width - used);

    measure(painter);
    const int total = int(m_report.lines.size());
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device->newPage())
            return false;
        paintPage(painter, i);
        if (progress && !progress(m_pages.at(i).endLine, total)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

qreal ReportRenderer::textWidth(const QString &text)
{
    qreal width = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 128) {
            const auto it = m_widths.constFind(text);
            if (it != m_widths.cend())
                return *it;
            return *m_widths.insert(text, QFontMetricsF(m_font, m_device).horizontalAdvance(text));
        }
        width += m_asciiAdvance[c.unicode()];
    }
    return width;
}

QStringList ReportRenderer::breakLines(const QString &text, qreal width, bool anywhere) const
{
    QTextLayout layout(text, m_font, m_device);
    QTextOption option;
    option.setWrapMode(anywhere ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.isEmpty() ? QStringList{text} : lines;
}

qreal ReportRenderer::lineHeight(QPainter &painter, const Core::BatchReport::Line &line, quint8 *wrapped)
{
    const QFontMetricsF fm(m_font, painter.device());
    const qreal pad = CellPadPt * m_scale;
    int lines = 1;
    *wrapped = 0;
    const QString *texts[ColumnCount] = {nullptr,           &line.mchOrderId, &line.name,        &line.maskedAccount,
                                         &line.institution, nullptr,          &line.statusLabel, &line.failReason};
    for (int c = 0; c < ColumnCount; ++c) {
        if (!texts[c] || texts[c]->isEmpty())
            continue;
        const QString &text = *texts[c];
        const qreal width = m_columns.at(c) - 2 * pad;
        // A little slack: the table's sums leave out kerning.
        if (textWidth(text) <= width - 0.5 * m_scale)
            continue;
        *wrapped |= quint8(1u << c);
        auto it = m_wrappedLines[std::size_t(c)].constFind(text);
        if (it == m_wrappedLines[std::size_t(c)].cend())
            it = m_wrappedLines[std::size_t(c)].insert(text, breakLines(text, width, wrapsAnywhere(c)));
        lines = qMax(lines, int(it->size()));
    }
    return lines * fm.lineSpacing() + 2 * pad;
}

void ReportRenderer::measure(QPainter &painter)
{
    m_device = painter.device();
    const QFontMetricsF body(m_font, m_device);
    for (int c = 0; c < 128; ++c)
        m_asciiAdvance[std::size_t(c)] = body.horizontalAdvance(QChar(c));
    m_lineHeights.resize(m_report.lines.size());
    m_wrapped.resize(m_report.lines.size());
    for (qsizetype i = 0; i < m_report.lines.size(); ++i)
        m_lineHeights[i] = lineHeight(painter, m_report.lines.at(i), &m_wrapped[i]);

    const QFontMetricsF fm(m_bold, painter.device());
    const qreal totalRow = fm.lineSpacing() + 2 * CellPadPt * m_scale;
    const qreal header = paintTableHeader(painter, -1); // measured, not drawn
    const qreal bottom = m_height - FooterPt * m_scale;

    m_pages.clear();
    Page page;
    page.tableTop = paintFirstPageHead(painter, false);
    int count = 0;
    qint64 minor = 0;
    const int lines = int(m_report.lines.size());
    int i = 0;
    while (true) {
        qreal y = page.tableTop + header + (m_pages.isEmpty() ? 0 : totalRow);
        page.firstLine = i;
        page.broughtCount = count;
        page.broughtMinor = minor;
        // Each page keeps room for one total row at its foot: carried forward, or the grand total.
        while (i < lines && (y + m_lineHeights.at(i) + totalRow <= bottom || i == page.firstLine)) {
            y += m_lineHeights.at(i);
            ++count;
            minor += m_report.lines.at(i).amountMinor;
            ++i;
        }
        page.endLine = i;
        m_pages.append(page);
        if (i >= lines)
            break;
        page = Page();
        page.tableTop = FooterPt * m_scale * 1.5; // below the running head of later pages
    }
}

qreal ReportRenderer::paintFirstPageHead(QPainter &painter, bool draw)
{
    const Core::BatchReport &r = m_report;
    const QFontMetricsF fm(m_font, painter.device());
    const QFontMetricsF tm(m_title, painter.device());
    const qreal line = fm.lineSpacing();
    qreal y = 0;

    const QString title = r.submitted ? tr("Payout batch report") : tr("Payout batch review (not sent)");
    if (draw) {
        painter.setFont(m_title);
        painter.drawText(QPointF(0, y + tm.ascent()), title);
    }
    y += tm.lineSpacing() + line * 0.5;

    // The batch's facts: label and value in two columns.
    const QList<std::pair<QString, QString>> facts = {
        {tr("Profile"), r.profileName},
        {tr("Environment"), r.environment},
        {tr("Request ID"), r.requestId},
        {tr("Lesspay order"), r.payOrderId.isEmpty() ? tr("none (not accepted by Lesspay)") : r.payOrderId},
        {tr("Currency"), r.currency},
        {tr("Batch status"), r.batchStatus},
        {tr("Request body SHA-256"), r.bodySha256},
        {tr("Request body size"), tr("%n byte(s)", nullptr, r.bodySize)},
        {tr("Report generated"), time(r.generatedAt)},
    };
    const qreal labelWidth = m_width * 0.22;
    for (const auto &[label, value] : facts) {
        if (draw) {
            painter.setFont(m_bold);
            painter.drawText(QPointF(0, y + fm.ascent()), label);
            painter.setFont(m_font);
            painter.drawText(QPointF(labelWidth, y + fm.ascent()), value);
        }
        y += line;
    }
    y += line * 0.6;

    // Control totals: by destination type and by status, side by side.
    const auto totalsTable = [&](qreal x, qreal width, const QString &heading,
                                 const QList<Core::BatchReport::Total> &rows) {
        qreal ty = y;
        const qreal countX = x + width * 0.55;
        const qreal amountRight = x + width;
        const auto row = [&](const QString &label, const QString &count, const QString &amount, bool bold) {
            if (draw) {
                painter.setFont(bold ? m_bold : m_font);
                painter.drawText(QPointF(x, ty + fm.ascent()), label);
                painter.drawText(QRectF(countX - width * 0.2, ty, width * 0.2, line), Qt::AlignRight, count);
                painter.drawText(QRectF(amountRight - width * 0.4, ty, width * 0.4, line), Qt::AlignRight, amount);
            }
            ty += line;
        };
        row(heading, tr("Payouts"), tr("Amount (%1)").arg(r.currency), true);
        if (draw) {
            painter.setPen(QPen(Qt::gray, 0.5 * m_scale));
            painter.drawLine(QPointF(x, ty), QPointF(x + width, ty));
            painter.setPen(Qt::black);
        }
        for (const Core::BatchReport::Total &t : rows)
            row(t.label, m_locale.toString(t.count), money(t.minor), false);
        if (draw) {
            painter.setPen(QPen(Qt::black, 0.8 * m_scale));
            painter.drawLine(QPointF(x, ty), QPointF(x + width, ty));
        }
        row(r.total.label, m_locale.toString(r.total.count), money(r.total.minor), true);
        return ty;
    };
    const qreal half = (m_width - 18 * m_scale) / 2;
    qreal after = totalsTable(0, half, tr("By destination type"), r.byDestination);
    if (r.submitted)
        after = qMax(after, totalsTable(half + 18 * m_scale, half, tr("By status"), r.byStatus));
    y = after + line * 0.8;

    // Who did what and when, as the journal records it; approvals only when there are some.
    if (draw) {
        painter.setFont(m_bold);
        painter.drawText(QPointF(0, y + fm.ascent()), tr("Audit trail"));
    }
    y += line;
    if (!r.people.isEmpty()) {
        // The team workspace's people at a glance, as the batch detail shows them.
        if (draw) {
            painter.setFont(m_font);
            painter.drawText(QPointF(0, y + fm.ascent()), r.people);
        }
        y += line;
    }
    if (r.trail.isEmpty()) {
        if (draw) {
            painter.setFont(m_font);
            painter.drawText(QPointF(0, y + fm.ascent()),
                             tr("Nothing has been sent: this is the review before submitting."));
        }
        y += line;
    }
    for (const Core::BatchReport::Event &e : r.trail) {
        if (draw) {
            painter.setFont(m_font);
            painter.drawText(QPointF(0, y + fm.ascent()), time(e.at));
            const QString who = r.teamWorkspace ? tr("%1 (by %2)") : tr("%1 (profile %2)");
            painter.drawText(QPointF(labelWidth, y + fm.ascent()), e.who.isEmpty() ? e.what : who.arg(e.what, e.who));
        }
        y += line;
    }
    if (!r.approvalsRecorded) {
        const QString note =
            r.teamWorkspace ? r.approvalNote
                            : tr("No approvals are recorded for this batch: the console has no approval step, and the "
                                 "journal records the profile a batch was sent with, not a person.");
        const QRectF box(0, y, m_width, line * 3);
        const QRectF used = fm.boundingRect(box, Qt::TextWordWrap, note);
        if (draw) {
            painter.setFont(m_font);
            painter.drawText(box, Qt::TextWordWrap, note);
        }
        y += used.height();
    }
    return y + line;
}

qreal ReportRenderer::paintTableHeader(QPainter &painter, qreal y)
{
    const QFontMetricsF fm(m_bold, painter.device());
    const qreal pad = CellPadPt * m_scale;
    const qreal height = 2 * fm.lineSpacing() + 2 * pad;
    if (y < 0)
        return height;
    const QString labels[ColumnCount] = {tr("No."),     tr("Order ID"),         tr("Name"),
                                         tr("Account"), tr("Bank or provider"), tr("Amount"),
                                         tr("Status"),  tr("Fail reason")};
    painter.setFont(m_bold);
    qreal x = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        const Qt::Alignment align = (c == AmountColumn || c == NumberColumn) ? Qt::AlignRight : Qt::AlignLeft;
        painter.drawText(QRectF(x + pad, y + pad, m_columns.at(c) - 2 * pad, height - 2 * pad),
                         int(align | Qt::AlignBottom) | Qt::TextWordWrap, labels[c]);
        x += m_columns.at(c);
    }
    painter.setPen(QPen(Qt::black, 0.8 * m_scale));
    painter.drawLine(QPointF(0, y + height), QPointF(m_width, y + height));
    painter.setPen(Qt::black);
    return height;
}

qreal ReportRenderer::paintTotalRow(QPainter &painter, qreal y, const QString &label, int count, qint64 minor)
{
    const QFontMetricsF fm(m_bold, painter.device());
    const qreal pad = CellPadPt * m_scale;
    const qreal height = fm.lineSpacing() + 2 * pad;
    painter.setPen(QPen(Qt::black, 0.8 * m_scale));
    painter.drawLine(QPointF(0, y), QPointF(m_width, y));
    painter.setPen(Qt::black);
    painter.setFont(m_bold);
    const qreal amountX = m_columns.at(NumberColumn) + m_columns.at(OrderColumn) + m_columns.at(NameColumn)
                          + m_columns.at(AccountColumn) + m_columns.at(InstitutionColumn);
    painter.drawText(QPointF(pad, y + pad + fm.ascent()), tr("%1: %n payout(s)", nullptr, count).arg(label));
    painter.drawText(QRectF(amountX, y + pad, m_columns.at(AmountColumn) - pad, fm.lineSpacing()), Qt::AlignRight,
                     money(minor));
    painter.drawText(QPointF(amountX + m_columns.at(AmountColumn) + pad, y + pad + fm.ascent()), m_report.currency);
    return height;
}

void ReportRenderer::paintLine(QPainter &painter, qreal y, qreal height, const Core::BatchReport::Line &line,
                               quint8 wrapped)
{
    const QFontMetricsF fm(m_font, painter.device());
    const qreal pad = CellPadPt * m_scale;
    const QString texts[ColumnCount] = {
        m_locale.toString(line.number), line.mchOrderId,  line.name,      line.maskedAccount, line.institution,
        money(line.amountMinor),        line.statusLabel, line.failReason};
    qreal x = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        const QString &text = texts[c];
        if (text.isEmpty()) {
            x += m_columns.at(c);
            continue;
        }
        if (c == AmountColumn || c == NumberColumn) {
            painter.drawText(QPointF(x + m_columns.at(c) - pad - textWidth(text), y + pad + fm.ascent()), text);
        } else if (!(wrapped & (1u << c))) {
            painter.drawText(QPointF(x + pad, y + pad + fm.ascent()), text);
        } else {
            // Broken into lines once when the page was measured; the same text wraps the same way.
            const QStringList lines = m_wrappedLines[std::size_t(c)].value(text);
            qreal lineY = y + pad + fm.ascent();
            for (const QString &part : lines) {
                painter.drawText(QPointF(x + pad, lineY), part);
                lineY += fm.lineSpacing();
            }
        }
        x += m_columns.at(c);
    }
    painter.setPen(QPen(Qt::lightGray, 0.4 * m_scale));
    painter.drawLine(QPointF(0, y + height), QPointF(m_width, y + height));
    painter.setPen(Qt::black);
}

void ReportRenderer::paintFrame(QPainter &painter, int pageIndex)
{
    const QFontMetricsF fm(m_small, painter.device());
    painter.setFont(m_small);
    painter.setPen(Qt::black);
    const qreal footY = m_height - fm.descent();
    painter.drawText(QPointF(0, footY),
                     tr("Request ID %1 · SHA-256 %2…").arg(m_report.requestId, m_report.bodySha256.left(16)));
    const QString pageText = tr("Page %1 of %2").arg(m_locale.toString(pageIndex + 1), m_locale.toString(pageCount()));
    painter.drawText(QPointF(m_width - fm.horizontalAdvance(pageText), footY), pageText);
    if (pageIndex > 0) {
        const QString head = tr("Payout batch report · %1 · %2").arg(m_report.requestId, m_report.profileName);
        painter.drawText(QPointF(0, fm.ascent()), head);
    }
}

void ReportRenderer::paintPage(QPainter &painter, int pageIndex)
{
    const Page &page = m_pages.at(pageIndex);
    painter.setPen(Qt::black);
    if (pageIndex == 0)
        paintFirstPageHead(painter, true);
    paintFrame(painter, pageIndex);
    qreal y = page.tableTop;
    y += paintTableHeader(painter, y);
    if (pageIndex > 0)
        y += paintTotalRow(painter, y, tr("Brought forward"), page.broughtCount, page.broughtMinor);
    painter.setFont(m_font);
    int count = page.broughtCount;
    qint64 minor = page.broughtMinor;
    for (int i = page.firstLine; i < page.endLine; ++i) {
        const qreal h = m_lineHeights.at(i);
        paintLine(painter, y, h, m_report.lines.at(i), m_wrapped.at(i));
        y += h;
        ++count;
        minor += m_report.lines.at(i).amountMinor;
    }
    const bool last = pageIndex == m_pages.size() - 1;
    paintTotalRow(painter, y, last ? tr("Total") : tr("Carried forward"), count, minor);
}

} // namespace Lesspay::Printing
