// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/batchreport.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QLocale>

#include <array>
#include <functional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace Lesspay::Printing {

// Lays a BatchReport out on pages of any QPagedPaintDevice (QPdfWriter, QPrinter): the batch's
// facts, control totals and audit trail on the first page, then every payout in a table whose
// running total is carried to the foot of each page and brought forward at the head of the
// next, "Page n of m" on every page. Black text and grey rules only, so it reads in black and
// white. The page size and margins are the device's.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // Called as the pages are painted; return false to stop (the output is then incomplete).
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportRenderer(const Core::BatchReport &report, const QLocale &locale = QLocale());

    // false when cancelled or when the device cannot be painted on.
    bool paint(QPagedPaintDevice *device, const Progress &progress = {});
    int pageCount() const { return int(m_pages.size()); }

    // The report's font: the system's sans serif, with CJK fallbacks named so that Chinese text
    // never depends on what fontconfig happens to pick; no ligatures.
    static QFont baseFont(qreal pointSize);

private:
    struct Page
    {
        int firstLine = 0;
        int endLine = 0;
        int broughtCount = 0; // payouts on the pages before
        qint64 broughtMinor = 0;
        qreal tableTop = 0; // where the table starts on this page (points)
    };

    void measure(QPainter &painter);
    qreal lineHeight(QPainter &painter, const Core::BatchReport::Line &line, quint8 *wrapped);
    // The width of one line of body text: ASCII from a table of advances (no shaping), anything
    // else shaped once and remembered; tens of thousands of cells repeat the same few words.
    qreal textWidth(const QString &text);
    QStringList breakLines(const QString &text, qreal width, bool anywhere) const;
    qreal paintFirstPageHead(QPainter &painter, bool draw);
    void paintPage(QPainter &painter, int pageIndex);
    qreal paintTableHeader(QPainter &painter, qreal y);
    qreal paintTotalRow(QPainter &painter, qreal y, const QString &label, int count, qint64 minor);
    void paintLine(QPainter &painter, qreal y, qreal height, const Core::BatchReport::Line &line, quint8 wrapped);
    void paintFrame(QPainter &painter, int pageIndex);
    QString money(qint64 minor) const;
    QString time(qint64 ms) const;

    const Core::BatchReport &m_report;
    QLocale m_locale;
    QList<Page> m_pages;
    QList<qreal> m_lineHeights;
    QList<quint8> m_wrapped; // per line, a bit per column whose text needs more than one line
    std::array<qreal, 128> m_asciiAdvance{};
    QHash<QString, qreal> m_widths;
    std::array<QHash<QString, QStringList>, 8> m_wrappedLines; // per column: text -> its lines
    QList<qreal> m_columns;                                    // widths in points, summing to the page's width
    qreal m_scale = 1;                                         // device units per point
    qreal m_width = 0;                                         // printable width and height in points
    qreal m_height = 0;
    QPaintDevice *m_device = nullptr;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QFont m_title;
};

} // namespace Lesspay::Printing
