// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

class QIODevice;

namespace Lesspay::Core {

// Streaming RFC 4180 writer: UTF-8 (with a BOM by default), CRLF, quotes only where needed,
// and the formula-injection guard of FormulaGuard on every cell. Buffers one chunk.
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = u',';
        bool bom = true;
        bool crlf = true;
        bool formulaGuard = true;
    };

    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRecord(const QStringList &fields);
    // Cell by cell, without building a list: writeField() ... endRecord().
    void writeField(QStringView field);
    void endRecord();

    // Writes the buffered bytes; false once any write failed.
    bool flush();
    bool hasError() const { return m_failed; }

private:
    void appendField(QStringView field);

    QIODevice *m_device;
    Options m_options;
    QStringEncoder m_encoder;
    QString m_line;
    QByteArray m_out;
    bool m_firstInRecord = true;
    bool m_bomWritten = false;
    bool m_failed = false;
};

} // namespace Lesspay::Core
