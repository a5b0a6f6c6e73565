// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "csv/formulaguard.h"

#include <QIODevice>

namespace Lesspay::Core {

namespace {

constexpr qsizetype FlushBytes = 64 * 1024;

bool needsQuotes(QStringView field, QChar delimiter)
{
    for (QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options())
{}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_encoder(QStringConverter::Utf8)
{}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::appendField(QStringView field)
{
    if (!m_firstInRecord)
        m_line.append(m_options.delimiter);
    m_firstInRecord = false;
    const bool guard = m_options.formulaGuard && FormulaGuard::needsGuard(field);
    const bool quote = needsQuotes(field, m_options.delimiter);
    if (quote)
        m_line.append(u'"');
    if (guard)
        m_line.append(u'\'');
    if (quote) {
        for (QChar c : field) {
            if (c == u'"')
                m_line.append(u'"');
            m_line.append(c);
        }
        m_line.append(u'"');
    } else {
        m_line.append(field);
    }
}

void CsvWriter::writeField(QStringView field)
{
    appendField(field);
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &field : fields)
        appendField(field);
    endRecord();
}

void CsvWriter::endRecord()
{
    // A lone empty cell would be an empty line, which readers skip: quote it.
    if (!m_firstInRecord && m_line.isEmpty())
        m_line.append(QStringView(u"\"\""));
    m_line.append(m_options.crlf ? QStringView(u"\r\n") : QStringView(u"\n"));
    m_firstInRecord = true;
    if (!m_bomWritten) {
        m_bomWritten = true;
        if (m_options.bom)
            m_out.append("\xEF\xBB\xBF");
    }
    const qsizetype old = m_out.size();
    m_out.resize(old + m_encoder.requiredSpace(m_line.size()));
    char *end = m_encoder.appendToBuffer(m_out.data() + old, m_line);
    m_out.resize(end - m_out.constData());
    m_line.clear();
    if (m_out.size() >= FlushBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_out.isEmpty() && !m_failed) {
        if (!m_device || m_device->write(m_out) != m_out.size())
            m_failed = true;
    }
    m_out.clear();
    return !m_failed;
}

} // namespace Lesspay::Core
