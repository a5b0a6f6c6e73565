// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/xlsxsheetrows.h"

#include <QByteArray>

#include <deque>
#include <future>
#include <memory>

namespace Lesspay::Core {

class XlsxPackage;

// Reads a large worksheet on several threads: the part is inflated here and cut after row ends
// into segments of about a megabyte, each parsed by its own QXmlStreamReader behind a copy of
// the part's opening (so namespaces and the document stay the same), and the rows come back in
// order. Only a plain sheet is cut: ASCII-compatible bytes, no comment, CDATA section or
// processing instruction among the rows, every row numbered. Anything else, and any segment
// that does not read cleanly, ends in fallback(): the caller reads the part again in one
// stream from the row after the last one given, so errors and odd files read exactly as before.
class XlsxParallelSheet final
{
public:
    struct Options
    {
        qsizetype segmentBytes = qsizetype(1) << 20;
        qsizetype maxOpeningBytes = qsizetype(1) << 20; // the part before the first row
        int inFlight = 3;                               // segments parsed at once
    };

    XlsxParallelSheet(XlsxPackage &package, const XlsxSheetRows::Context &context, const Options &options);
    ~XlsxParallelSheet();
    XlsxParallelSheet(const XlsxParallelSheet &) = delete;
    XlsxParallelSheet &operator=(const XlsxParallelSheet &) = delete;

    // Reads the part's opening from the package's open part; false when the sheet is not one
    // to cut (the caller then streams it from the start).
    bool start();

    enum class Step : quint8 { Row, End, Fallback };
    // The next row with a value; its cells stay valid until the next call.
    Step next();
    const XlsxSheetRows::Block &block() const { return m_current->block; }
    const XlsxSheetRows::Row &row() const { return m_current->block.rows[std::size_t(m_nextRow - 1)]; }

private:
    struct Segment
    {
        XlsxSheetRows::Block block;
        bool ok = false;
        bool sheetEnds = false; // the segment holds the end of the sheet's rows
    };
    bool launchNext();
    static Segment parse(QByteArray document, XlsxSheetRows::Context context, bool last);

    XlsxPackage &m_package;
    XlsxSheetRows::Context m_context;
    Options m_options;
    QByteArray m_opening;
    QByteArray m_pending;
    bool m_inflated = false; // the whole part has gone into segments
    bool m_refused = false;  // a segment that is not one to cut: read on from here in one stream
    std::deque<std::future<Segment>> m_running;
    std::unique_ptr<Segment> m_current;
    qsizetype m_nextRow = 0;
    qint64 m_lastRow = 0;
    bool m_done = false;
};

} // namespace Lesspay::Core
