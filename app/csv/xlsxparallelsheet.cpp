// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxparallelsheet.h"

#include "csv/xlsxpackage.h"

#include <QByteArrayView>

namespace Lesspay::Core {

namespace {

constexpr qsizetype LongestRowSegments = 4; // a row may span this many segments before the sheet is streamed

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
           || c == '.';
}

// True when the name at `at` is the name of a tag: "<name" or "</name", with or without a
// prefix; `end` tells which.
bool isTagName(QByteArrayView bytes, qsizetype at, qsizetype length, bool *end = nullptr)
{
    qsizetype i = at - 1;
    if (i >= 0 && bytes[i] == ':') {
        --i;
        while (i >= 0 && isNameChar(bytes[i]))
            --i;
    }
    const bool endTag = i >= 0 && bytes[i] == '/';
    if (endTag)
        --i;
    if (i < 0 || bytes[i] != '<')
        return false;
    if (end)
        *end = endTag;
    const qsizetype after = at + length;
    return after < bytes.size()
           && (bytes[after] == '>' || bytes[after] == '/' || bytes[after] == ' ' || bytes[after] == '\t'
               || bytes[after] == '\r' || bytes[after] == '\n');
}

// Just after the last "</row>" (or "</x:row>") of the bytes; 0 when there is none.
qsizetype afterLastRowEnd(QByteArrayView bytes)
{
    qsizetype from = bytes.size();
    while (from > 0) {
        const qsizetype at = bytes.lastIndexOf(QByteArrayView("row>"), from - 1);
        if (at < 0)
            return 0;
        qsizetype i = at - 1;
        if (i >= 0 && bytes[i] == ':') {
            --i;
            while (i >= 0 && isNameChar(bytes[i]))
                --i;
        }
        if (i >= 1 && bytes[i] == '/' && bytes[i - 1] == '<')
            return at + 4;
        from = at;
    }
    return 0;
}

// A segment is cut only where every '<' starts a tag: no comment, CDATA section, DTD or
// processing instruction, whose text could hold something that looks like a row's end. What
// follows the end of the sheet's rows is never parsed, and may hold anything.
bool onlyTags(QByteArrayView bytes)
{
    const auto plain = [](QByteArrayView part) {
        return !part.contains(QByteArrayView("<!")) && !part.contains(QByteArrayView("<?"));
    };
    for (qsizetype at = bytes.indexOf(QByteArrayView("sheetData")); at >= 0;
         at = bytes.indexOf(QByteArrayView("sheetData"), at + 1)) {
        bool end = false;
        if (isTagName(bytes, at, 9, &end) && end)
            return plain(bytes.first(at));
        if (!plain(bytes.first(at)))
            return false;
    }
    return plain(bytes);
}

// The tokens of one segment: a DTD, an entity reference or any error ends it; running out of
// bytes is the end of a segment, which parse() tells apart from a truncated row.
class SegmentTokens final : public XlsxSheetRows::Tokens
{
public:
    explicit SegmentTokens(QXmlStreamReader &xml)
        : m_xml(xml)
    {}
    QXmlStreamReader::TokenType next() override
    {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            m_failed = true;
            return QXmlStreamReader::Invalid;
        }
        return token;
    }
    bool fail(CsvError::Code, const QString &) override
    {
        m_failed = true;
        return false;
    }
    bool failXml() override
    {
        m_failed = true;
        return false;
    }
    bool failed() const override { return m_failed; }

private:
    QXmlStreamReader &m_xml;
    bool m_failed = false;
};

} // namespace

XlsxParallelSheet::XlsxParallelSheet(XlsxPackage &package, const XlsxSheetRows::Context &context,
                                     const Options &options)
    : m_package(package)
    , m_context(context)
    , m_options(options)
{}

// The futures of std::async wait for their threads when they are destroyed, so no segment
// outlives the shared strings and styles it reads.
XlsxParallelSheet::~XlsxParallelSheet() = default;

bool XlsxParallelSheet::start()
{
    QByteArray bytes;
    qsizetype tagAt = -1;
    qsizetype tagEnd = -1;
    while (tagEnd < 0) {
        if (bytes.size() > m_options.maxOpeningBytes)
            return false;
        const QByteArray chunk = m_package.readChunk();
        if (chunk.isEmpty())
            return false; // the end, or an error the stream will report
        const qsizetype searchFrom = std::max<qsizetype>(0, bytes.size() - 16);
        bytes += chunk;
        for (qsizetype at = bytes.indexOf("sheetData", searchFrom); tagAt < 0 && at >= 0;
             at = bytes.indexOf("sheetData", at + 1)) {
            if (isTagName(bytes, at, 9))
                tagAt = at;
        }
        if (tagAt >= 0)
            tagEnd = bytes.indexOf('>', tagAt);
    }
    // ASCII-compatible bytes only (UTF-8 or a one-byte code page), so '<' is a byte to search for.
    QByteArrayView text(bytes.constData(), tagEnd + 1);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    if (!text.startsWith('<') || text.endsWith("/>"))
        return false;
    if (text.startsWith("<?xml")) {
        const qsizetype end = text.indexOf("?>");
        if (end < 0)
            return false;
        text = text.sliced(end + 2);
    }
    if (!onlyTags(text))
        return false;
    m_opening = bytes.left(tagEnd + 1);
    m_pending = bytes.sliced(tagEnd + 1);
    m_inflated = m_package.partDone();
    while (int(m_running.size()) < m_options.inFlight && launchNext()) {
    }
    return true;
}

// Inflates the next segment, up to a row's end, and starts parsing it on a thread of its own.
bool XlsxParallelSheet::launchNext()
{
    if (m_refused || (m_inflated && m_pending.isEmpty()))
        return false;
    qsizetype cut = 0;
    qsizetype searched = 0;
    for (;;) {
        if (m_inflated) {
            cut = m_pending.size();
            break;
        }
        if (m_pending.size() >= m_options.segmentBytes) {
            // Only the bytes not searched yet (and a tag's length before them) can hold a row's end.
            const qsizetype from = std::max<qsizetype>(0, searched - 16);
            cut = afterLastRowEnd(QByteArrayView(m_pending).sliced(from));
            if (cut > 0) {
                cut += from;
                break;
            }
            searched = m_pending.size();
            if (m_pending.size() > LongestRowSegments * m_options.segmentBytes) {
                m_refused = true;
                return false;
            }
        }
        const QByteArray chunk = m_package.readChunk();
        if (m_package.error().isError() || (chunk.isEmpty() && !m_package.partDone())) {
            m_refused = true;
            return false;
        }
        m_pending += chunk;
        m_inflated = m_package.partDone();
    }
    const QByteArrayView segment(m_pending.constData(), cut);
    if (!onlyTags(segment)) {
        m_refused = true;
        return false;
    }
    QByteArray document;
    document.reserve(m_opening.size() + cut);
    document += m_opening;
    document += segment;
    m_pending.remove(0, cut);
    const bool last = m_inflated && m_pending.isEmpty();
    m_running.push_back(
        std::async(std::launch::async, &XlsxParallelSheet::parse, std::move(document), m_context, last));
    return true;
}

XlsxParallelSheet::Segment XlsxParallelSheet::parse(QByteArray document, XlsxSheetRows::Context context, bool last)
{
    Segment segment;
    // Room for the segment's text and cells up front: a cell takes some 30 bytes of XML or more.
    segment.block.text.reserve(document.size() / 2);
    segment.block.cells.reserve(std::size_t(document.size() / 32));
    QXmlStreamReader xml;
    xml.addData(document);
    SegmentTokens tokens(xml);
    XlsxSheetRows rows(xml, tokens, context);
    bool inSheet = false;
    qint64 row = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = tokens.next();
        if (token == QXmlStreamReader::Invalid) {
            // Out of bytes between two rows: the end of a segment, unless the part ends here.
            segment.ok =
                !tokens.failed() && !last && inSheet && xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
            return segment;
        }
        if (token == QXmlStreamReader::EndDocument)
            return segment;
        if (token == QXmlStreamReader::StartElement && xml.name() == u"sheetData") {
            inSheet = true;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData") {
            segment.ok = inSheet;
            segment.sheetEnds = true;
            return segment;
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
            if (!inSheet || !rows.readRow(row, segment.block, false))
                return segment;
        }
    }
}

XlsxParallelSheet::Step XlsxParallelSheet::next()
{
    for (;;) {
        if (m_done)
            return Step::End;
        if (m_current && m_nextRow < qsizetype(m_current->block.rows.size())) {
            const XlsxSheetRows::Row &row = m_current->block.rows[std::size_t(m_nextRow)];
            if (row.number <= m_lastRow)
                return Step::Fallback; // out of order across segments: the stream says so
            ++m_nextRow;
            m_lastRow = row.number;
            return Step::Row;
        }
        if (m_current && m_current->sheetEnds) {
            m_done = true;
            return Step::End;
        }
        if (m_running.empty() && !launchNext())
            return m_refused ? Step::Fallback : (m_done = true, Step::End);
        m_current = std::make_unique<Segment>(m_running.front().get());
        m_running.pop_front();
        m_nextRow = 0;
        if (!m_current->ok)
            return Step::Fallback;
        // Keep the other threads busy while this segment's rows are handed out.
        while (int(m_running.size()) < m_options.inFlight && launchNext()) {
        }
    }
}

} // namespace Lesspay::Core
