// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "domain/textscan.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>

namespace Lesspay::Core {

namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;

struct Utf8Scan
{
    qsizetype valid; // bytes [0, valid) are complete, valid sequences
    bool invalid;    // true: the byte at `valid` starts an invalid sequence; false: an incomplete tail
};

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Done here
// rather than by QStringDecoder because the decoder replaces bad bytes without saying where.
Utf8Scan scanUtf8(const uchar *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return {i, true};
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return {i, false};
            const uchar next = p[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return {i, true};
        }
        i += length;
    }
    return {n, false};
}

// Index of the first surrogate without its partner at or after `from`, or -1. A high surrogate
// ending non-final text may still get its partner from the next chunk.
qsizetype firstUnpairedSurrogate(QStringView text, qsizetype from, bool final)
{
    if (from > 0 && text[from - 1].isHighSurrogate())
        --from;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 == text.size())
                return final ? i : -1;
            if (!text[i + 1].isLowSurrogate())
                return i;
            ++i;
        } else if (c.isLowSurrogate()) {
            return i;
        }
    }
    return -1;
}

QString positionMessage(CsvError::Code code, qint64 line, qint64 column)
{
    QString what;
    switch (code) {
    case CsvError::Code::None:
        return {};
    case CsvError::Code::Io:
        return QCoreApplication::translate("CsvReader", "The file could not be read.");
    case CsvError::Code::FileTooLarge:
    case CsvError::Code::InvalidWorkbook:
    case CsvError::Code::WorkbookLimit:
        return {}; // CsvReader::fail() names the limit; the workbook codes are the workbook reader's
    case CsvError::Code::EncodingUnavailable:
        return QCoreApplication::translate("CsvReader", "This system cannot decode the chosen text encoding.");
    case CsvError::Code::InvalidUtf8:
        what = QCoreApplication::translate(
            "CsvReader", "the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western "
                         "European); open it again with that encoding.");
        break;
    case CsvError::Code::InvalidUtf16:
        what = QCoreApplication::translate("CsvReader", "the text is not valid UTF-16.");
        break;
    case CsvError::Code::UnterminatedQuote:
        what = QCoreApplication::translate("CsvReader", "a quoted field starts here and is never closed.");
        break;
    case CsvError::Code::TextAfterClosingQuote:
        what = QCoreApplication::translate(
            "CsvReader", "text follows a closing quote; a quote inside a quoted field must be doubled.");
        break;
    case CsvError::Code::RecordTooLong:
        what = QCoreApplication::translate("CsvReader", "the record is too long (is a quote missing?).");
        break;
    case CsvError::Code::TooManyFields:
        what = QCoreApplication::translate("CsvReader", "the record has too many fields.");
        break;
    }
    return QCoreApplication::translate("CsvReader", "Line %1, column %2: %3").arg(line).arg(column).arg(what);
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options())
{}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_delimiter(options.delimiter)
{}

QStringList CsvReader::record() const
{
    QStringList fields;
    fields.reserve(fieldCount());
    for (qsizetype i = 0; i < fieldCount(); ++i)
        fields.append(field(i).toString());
    return fields;
}

bool CsvReader::atEnd() const
{
    return m_started && m_pos == m_text.size() && isFinal() && !m_decodeFailed;
}

void CsvReader::fail(CsvError::Code code, qint64 line, qint64 column)
{
    m_error = {code, line, column, positionMessage(code, line, column)};
    if (code == CsvError::Code::FileTooLarge) {
        const qint64 mib = 1024 * 1024;
        m_error.message =
            QCoreApplication::translate("CsvReader", "The file is larger than the import limit of %1 MiB. Split it "
                                                     "into smaller files or raise the limit in the settings.")
                .arg((m_options.maxFileBytes + mib - 1) / mib);
    }
    m_fields.clear();
}

CsvReader::Parse CsvReader::failAt(CsvError::Code code, qint64 line, qint64 column)
{
    fail(code, line, column);
    return Parse::Failed;
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        fail(CsvError::Code::Io, 0, 0);
        return false;
    }
    if (m_options.maxFileBytes > 0 && !m_device->isSequential() && m_device->size() > m_options.maxFileBytes) {
        fail(CsvError::Code::FileTooLarge, 0, 0);
        return false;
    }
    while (!m_encodingKnown && !hasError()) {
        if (!fill() && !m_encodingKnown)
            return false;
    }
    if (hasError())
        return false;
    if (m_delimiter.isNull())
        return detectDelimiter();
    return true;
}

// Reads one chunk and decodes it. Until the encoding is known, bytes collect in
// m_pendingBytes so that the BOM can be recognised even on a trickling device.
bool CsvReader::fill()
{
    if (m_deviceDone || m_decodeFailed || hasError())
        return false;
    const qsizetype pending = m_pendingBytes.size();
    const qsizetype want = std::max(ChunkBytes, m_text.size() - m_pos);
    m_chunk.resize(pending + want);
    if (pending > 0)
        std::memcpy(m_chunk.data(), m_pendingBytes.constData(), pending);
    m_pendingBytes.clear();
    const qint64 got = m_device->read(m_chunk.data() + pending, want);
    if (got < 0) {
        fail(CsvError::Code::Io, m_line, 0);
        return false;
    }
    m_bytesRead += got;
    if (m_options.maxFileBytes > 0 && m_bytesRead > m_options.maxFileBytes) {
        fail(CsvError::Code::FileTooLarge, 0, 0);
        return false;
    }
    if (got == 0)
        m_deviceDone = true;
    QByteArrayView bytes(m_chunk.constData(), pending + got);
    if (!m_encodingKnown) {
        if (bytes.size() < 4 && !m_deviceDone) {
            m_pendingBytes = bytes.toByteArray();
            return true;
        }
        const auto starts = [&bytes](std::initializer_list<uchar> prefix) {
            if (bytes.size() < qsizetype(prefix.size()))
                return false;
            return std::equal(prefix.begin(), prefix.end(), reinterpret_cast<const uchar *>(bytes.data()));
        };
        m_encoding = m_options.encoding;
        qsizetype bom = 0;
        if (starts({0xEF, 0xBB, 0xBF}) && (m_encoding == Encoding::Auto || m_encoding == Encoding::Utf8)) {
            m_encoding = Encoding::Utf8;
            bom = 3;
        } else if (starts({0xFF, 0xFE}) && (m_encoding == Encoding::Auto || m_encoding == Encoding::Utf16LE)) {
            m_encoding = Encoding::Utf16LE;
            bom = 2;
        } else if (starts({0xFE, 0xFF}) && (m_encoding == Encoding::Auto || m_encoding == Encoding::Utf16BE)) {
            m_encoding = Encoding::Utf16BE;
            bom = 2;
        } else if (m_encoding == Encoding::Auto) {
            // UTF-16 without a BOM: ASCII text leaves every other byte zero (two characters
            // checked, so that a stray NUL in UTF-8 text does not switch the encoding).
            const bool le = bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0;
            const bool be = bytes.size() >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0;
            m_encoding = le ? Encoding::Utf16LE : be ? Encoding::Utf16BE : Encoding::Utf8;
        }
        m_hadBom = bom > 0;
        m_encodingKnown = true;
        bytes = bytes.sliced(bom);
        if (!setUpDecoder())
            return false;
    }
    decode(bytes);
    return got > 0;
}

bool CsvReader::setUpDecoder()
{
    const auto flags = QStringConverter::Flag::ConvertInitialBom; // the BOM was handled above
    switch (m_encoding) {
    case Encoding::Auto:
    case Encoding::Utf8:
        m_decoder = QStringDecoder(QStringConverter::Utf8, flags);
        break;
    case Encoding::Utf16LE:
        m_decoder = QStringDecoder(QStringConverter::Utf16LE, flags);
        break;
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder(QStringConverter::Utf16BE, flags);
        break;
    case Encoding::Windows1252:
        m_decoder = QStringDecoder("windows-1252", flags);
        break;
    }
    if (!m_decoder.isValid()) {
        fail(CsvError::Code::EncodingUnavailable, 0, 0);
        return false;
    }
    return true;
}

void CsvReader::decode(QByteArrayView bytes)
{
    if (m_encoding == Encoding::Utf8) {
        const Utf8Scan scan = scanUtf8(reinterpret_cast<const uchar *>(bytes.data()), bytes.size());
        appendDecoded(bytes.first(scan.valid));
        if (scan.invalid || (scan.valid < bytes.size() && m_deviceDone)) {
            m_decodeFailed = true;
            m_decodeError = CsvError::Code::InvalidUtf8;
        } else {
            m_pendingBytes = bytes.sliced(scan.valid).toByteArray();
        }
        return;
    }
    const qsizetype before = m_text.size();
    appendDecoded(bytes);
    if (m_encoding == Encoding::Windows1252)
        return;
    m_utf16Bytes += bytes.size();
    // QStringDecoder passes unpaired surrogates through; they cannot be written back as UTF-8.
    const qsizetype unpaired = firstUnpairedSurrogate(m_text, before, m_deviceDone);
    if (m_decoder.hasError() || unpaired >= 0) {
        const qsizetype replaced = m_decoder.hasError() ? m_text.indexOf(QChar::ReplacementCharacter, before) : -1;
        const qsizetype bad =
            std::min(replaced < 0 ? m_text.size() : replaced, unpaired < 0 ? m_text.size() : unpaired);
        m_text.truncate(bad);
        m_decodeFailed = true;
        m_decodeError = CsvError::Code::InvalidUtf16;
    } else if (m_deviceDone && (m_utf16Bytes % 2) != 0) {
        m_decodeFailed = true;
        m_decodeError = CsvError::Code::InvalidUtf16;
    }
}

void CsvReader::appendDecoded(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype old = m_text.size();
    m_text.resize(old + m_decoder.requiredSpace(bytes.size()));
    QChar *end = m_decoder.appendToBuffer(m_text.data() + old, bytes);
    m_text.resize(end - m_text.constData());
}

void CsvReader::compact()
{
    if (m_pos == 0)
        return;
    m_text.remove(0, m_pos);
    m_lineStart -= m_pos;
    m_pos = 0;
}

// Counts the candidate delimiters outside quotes in the first non-empty line.
bool CsvReader::detectDelimiter()
{
    static constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    for (;;) {
        std::array<qsizetype, 4> counts = {};
        qsizetype i = m_pos;
        const qsizetype end = m_text.size();
        while (i < end && (m_text.at(i) == u'\r' || m_text.at(i) == u'\n'))
            ++i;
        bool quoted = false;
        bool complete = false;
        for (; i < end; ++i) {
            const char16_t c = m_text.at(i).unicode();
            if (c == u'"') {
                quoted = !quoted;
            } else if (!quoted && (c == u'\r' || c == u'\n')) {
                complete = true;
                break;
            } else if (!quoted) {
                for (std::size_t k = 0; k < candidates.size(); ++k)
                    counts[k] += c == candidates[k];
            }
        }
        if (complete || isFinal() || end - m_pos > m_options.maxRecordChars) {
            const auto best = std::max_element(counts.begin(), counts.end()); // first wins a tie
            m_delimiter = *best > 0 ? QChar(candidates[std::size_t(best - counts.begin())]) : QChar(u',');
            return true;
        }
        if (!fill() && hasError())
            return false;
    }
}

bool CsvReader::readRecord()
{
    if (hasError())
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        if (m_pos == m_text.size()) {
            if (m_decodeFailed) {
                fail(m_decodeError, m_line, m_pos - m_lineStart + 1);
                return false;
            }
            if (m_deviceDone) {
                m_fields.clear();
                return false;
            }
            compact();
            if (!fill() && hasError())
                return false;
            continue;
        }
        switch (parseRecord()) {
        case Parse::Record:
            ++m_recordNumber;
            return true;
        case Parse::Blank:
            continue;
        case Parse::NeedMore:
            if (m_text.size() - m_pos > m_options.maxRecordChars) {
                fail(CsvError::Code::RecordTooLong, m_line, 1);
                return false;
            }
            compact();
            if (!fill() && hasError())
                return false;
            continue;
        case Parse::Failed:
            return false;
        }
    }
}

// Parses one record starting at m_pos. On NeedMore nothing is committed: the caller reads
// more text and the record is parsed again from its start (chunks grow, so this stays linear).
CsvReader::Parse CsvReader::parseRecord()
{
    const QChar *text = m_text.constData();
    const qsizetype end = m_text.size();
    const bool final = isFinal();
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype pos = m_pos;
    qint64 line = m_line;
    qsizetype lineStart = m_lineStart;

    // Reached the end of the decoded text with no more to come.
    const auto atFinalEnd = [&](Parse otherwise) {
        if (m_decodeFailed)
            return failAt(m_decodeError, line, pos - lineStart + 1);
        return otherwise;
    };
    // Consumes CR, LF or CRLF at pos; false when a CR ends the buffer and an LF may follow.
    const auto consumeLineEnd = [&]() {
        if (text[pos] == u'\r') {
            if (pos + 1 == end && !final)
                return false;
            pos += (pos + 1 < end && text[pos + 1] == u'\n') ? 2 : 1;
        } else {
            ++pos;
        }
        ++line;
        lineStart = pos;
        return true;
    };
    const auto commit = [&]() {
        m_recordLine = m_line;
        m_pos = pos;
        m_line = line;
        m_lineStart = lineStart;
    };

    if (text[pos] == u'\r' || text[pos] == u'\n') {
        if (!consumeLineEnd())
            return Parse::NeedMore;
        m_pos = pos;
        m_line = line;
        m_lineStart = lineStart;
        return Parse::Blank;
    }

    m_fields.clear();
    // Fast path: a record without quotes whose line end is already decoded, split in one pass.
    // Anything else (quotes, too many fields, the end of the text) takes the general parse.
    const TextScan::Split split = TextScan::splitFields(reinterpret_cast<const char16_t *>(text), pos, end, delimiter,
                                                        [this](qsizetype begin, qsizetype until) {
                                                            m_fields.push_back({begin, until - begin, false});
                                                        });
    if (split.stop < end && text[split.stop] != u'"' && fieldCount() < m_options.maxFields) {
        m_fields.push_back({split.lastStart, split.stop - split.lastStart, false});
        pos = split.stop;
        if (!consumeLineEnd())
            return Parse::NeedMore;
        commit();
        return Parse::Record;
    }
    m_fields.clear();
    m_scratch.clear();
    for (;;) {
        if (fieldCount() >= m_options.maxFields)
            return failAt(CsvError::Code::TooManyFields, line, pos - lineStart + 1);
        if (pos < end && text[pos] == u'"') {
            const qint64 quoteLine = line;
            const qsizetype quoteColumn = pos - lineStart + 1;
            ++pos;
            qsizetype segment = pos;
            const qsizetype scratchBegin = m_scratch.size();
            bool escaped = false;
            Span span{};
            for (;;) {
                if (pos == end) {
                    if (!final)
                        return Parse::NeedMore;
                    return atFinalEnd(failAt(CsvError::Code::UnterminatedQuote, quoteLine, quoteColumn));
                }
                const char16_t c = text[pos].unicode();
                if (c == u'"') {
                    if (pos + 1 == end && !final)
                        return Parse::NeedMore;
                    if (pos + 1 < end && text[pos + 1] == u'"') {
                        m_scratch.append(text + segment, pos + 1 - segment);
                        pos += 2;
                        segment = pos;
                        escaped = true;
                        continue;
                    }
                    if (escaped) {
                        m_scratch.append(text + segment, pos - segment);
                        span = {scratchBegin, m_scratch.size() - scratchBegin, true};
                    } else {
                        span = {segment, pos - segment, false};
                    }
                    ++pos;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && (pos + 1 == end || text[pos + 1] != u'\n'))) {
                    ++line;
                    lineStart = pos + 1;
                }
                ++pos;
            }
            m_fields.push_back(span);
            if (pos == end) {
                if (!final)
                    return Parse::NeedMore;
                commit();
                return atFinalEnd(Parse::Record);
            }
            const char16_t c = text[pos].unicode();
            if (c == delimiter) {
                ++pos;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                if (!consumeLineEnd())
                    return Parse::NeedMore;
                commit();
                return Parse::Record;
            }
            return failAt(CsvError::Code::TextAfterClosingQuote, line, pos - lineStart + 1);
        }

        // Unquoted field: a stray quote inside is kept as text, as spreadsheets do.
        const qsizetype begin = pos;
        pos = TextScan::findAnyOf(reinterpret_cast<const char16_t *>(text), pos, end, delimiter, u'\n', u'\r');
        if (pos == end && !final)
            return Parse::NeedMore;
        m_fields.push_back({begin, pos - begin, false});
        if (pos == end) {
            commit();
            return atFinalEnd(Parse::Record);
        }
        if (text[pos] == delimiter) {
            ++pos;
            continue;
        }
        if (!consumeLineEnd())
            return Parse::NeedMore;
        commit();
        return Parse::Record;
    }
}

} // namespace Lesspay::Core
