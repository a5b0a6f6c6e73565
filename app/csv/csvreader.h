// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csverror.h"
#include "csv/rowsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <vector>

class QIODevice;

namespace Lesspay::Core {

// Streaming RFC 4180 reader over a QIODevice: reads the device in chunks and keeps only
// the current record (plus one chunk) in memory. Detects the BOM / encoding and the
// delimiter; reports malformed input with its line and column instead of guessing.
class CsvReader final : public RowSource
{
public:
    enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

    struct Options
    {
        Encoding encoding = Encoding::Auto;
        QChar delimiter;         // null: detect among , ; tab | from the first record
        qint64 maxFileBytes = 0; // 0: no limit
        qsizetype maxRecordChars = 1 << 20;
        qsizetype maxFields = 4096;
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);

    // Reads the next record; false at the end of input or on an error (see error()).
    // Empty lines are skipped. The views returned by field() stay valid until the next call.
    bool readRecord() override;

    qsizetype fieldCount() const override { return qsizetype(m_fields.size()); }
    QStringView field(qsizetype index) const
    {
        const Span &span = m_fields[std::size_t(index)];
        return QStringView(span.scratch ? m_scratch : m_text).sliced(span.begin, span.length);
    }
    QStringView fieldAt(qsizetype index) const override { return field(index); }
    QStringList record() const;

    // Physical line on which the current record starts (1-based).
    qint64 recordLine() const override { return m_recordLine; }
    qint64 recordNumber() const override { return m_recordNumber; } // 1 for the first record
    qint64 bytesRead() const override { return m_bytesRead; }

    const CsvError &error() const override { return m_error; }
    bool hasError() const { return m_error.isError(); }
    bool atEnd() const;

    // Known after the first readRecord() (or after detection ran).
    Encoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_hadBom; }
    QChar delimiter() const { return m_delimiter; }

private:
    enum class Parse { Record, Blank, NeedMore, Failed };
    struct Span
    {
        qsizetype begin;
        qsizetype length;
        bool scratch; // in m_scratch (unescaped quoted text) rather than in m_text
    };

    bool start();
    bool fill();
    bool setUpDecoder();
    void decode(QByteArrayView bytes);
    void appendDecoded(QByteArrayView bytes);
    bool isFinal() const { return m_deviceDone || m_decodeFailed; }
    bool detectDelimiter();
    Parse parseRecord();
    void fail(CsvError::Code code, qint64 line, qint64 column);
    Parse failAt(CsvError::Code code, qint64 line, qint64 column);
    void compact();

    QIODevice *m_device;
    Options m_options;
    QStringDecoder m_decoder;
    QByteArray m_chunk;
    QByteArray m_pendingBytes; // undecoded bytes: BOM sniffing, split UTF-8 sequences
    QString m_text;            // decoded text; m_pos is the start of the next record
    qsizetype m_pos = 0;
    QString m_scratch;
    std::vector<Span> m_fields;
    qint64 m_line = 1;         // line at m_pos
    qsizetype m_lineStart = 0; // index in m_text where line m_line starts (negative once compacted away)
    qint64 m_utf16Bytes = 0;
    qint64 m_recordLine = 0;
    qint64 m_recordNumber = 0;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_deviceDone = false;
    bool m_decodeFailed = false; // the text ends where undecodable input begins
    CsvError::Code m_decodeError = CsvError::Code::None;
    bool m_encodingKnown = false;
    Encoding m_encoding = Encoding::Auto;
    bool m_hadBom = false;
    QChar m_delimiter;
    CsvError m_error;
};

} // namespace Lesspay::Core
