// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "csv/xlsxnumber.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace Lesspay::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Core::XlsxReader", text);
}

// A relationship target, relative to the folder of the part that names it, as a zip entry name.
QString resolve(const QString &sourcePart, const QString &target)
{
    QStringList path;
    if (!target.startsWith(u'/')) {
        path = sourcePart.split(u'/');
        path.removeLast();
    }
    for (const QString &segment : target.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!path.isEmpty())
                path.removeLast();
        } else if (segment != u".") {
            path.append(segment);
        }
    }
    return path.join(u'/');
}

// What a number format code makes of a number: a date, an amount with currency text, or plain.
// Quoted text, escaped characters and [colour]/[condition] sections are not format letters.
bool isDateCode(QStringView code, bool *currency)
{
    bool date = false;
    *currency = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            const QStringView quoted = code.sliced(i + 1, (end < 0 ? code.size() : end) - i - 1);
            for (QChar q : quoted)
                *currency = *currency || q.isLetter();
            if (end < 0)
                break;
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.sliced(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (inside.startsWith(u'$') && inside.size() > 1 && inside[1] != u'-')
                *currency = true;
            if (end < 0)
                break;
            i = end;
        } else if (c == u'$' || c == u'\u20AC' || c == u'\u00A3' || c == u'\u00A5' || c == u'\u20B1' || c == u'\u20B9'
                   || c == u'\u20AB' || c == u'\u0E3F' || c == u'\u20A9') {
            *currency = true;
        } else {
            const char16_t l = c.toLower().unicode();
            date = date || l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's' || l == u'e';
        }
    }
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return false;
    return date;
}

} // namespace

XlsxReader::XlsxReader(QIODevice *device)
    : XlsxReader(device, Options())
{}

XlsxReader::XlsxReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_package(device, options.limits)
{}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::looksLikeZip(QIODevice *device)
{
    return device && device->peek(4) == QByteArrayView("PK\x03\x04", 4);
}

bool XlsxReader::fail(CsvError::Code code, const QString &message)
{
    if (!m_error.isError()) {
        m_error = m_package.error().isError() ? m_package.error() : CsvError{code, 0, 0, message};
        if (m_row > 0) {
            m_error.line = m_row;
            m_error.message = tr("Row %1: %2").arg(m_row).arg(m_error.message);
        }
    }
    m_sheetDone = true;
    return false;
}

bool XlsxReader::failXml()
{
    const QString &part = m_xmlPart;
    if (m_package.error().isError())
        return fail(m_package.error().code, m_package.error().message);
    return fail(CsvError::Code::InvalidWorkbook, tr("The workbook's part %1 is not well-formed XML (line %2: %3).")
                                                     .arg(part)
                                                     .arg(m_xml.lineNumber())
                                                     .arg(m_xml.errorString()));
}

bool XlsxReader::startXml(const QString &part)
{
    m_xml.clear();
    m_xmlPart = part;
    return m_package.openPart(part) || fail(CsvError::Code::InvalidWorkbook, m_package.error().message);
}

// The next token, inflating more of the part when the parser runs out. A DTD is refused:
// workbooks never carry one, and without it no entity can expand or point outside the file.
QXmlStreamReader::TokenType XlsxReader::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
            && !m_package.partDone()) {
            const QByteArray chunk = m_package.readChunk();
            if (chunk.isEmpty() && m_package.error().isError()) {
                fail(m_package.error().code, m_package.error().message);
                return QXmlStreamReader::Invalid;
            }
            m_xml.addData(chunk);
            continue;
        }
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            fail(CsvError::Code::InvalidWorkbook,
                 tr("The workbook's part %1 declares a document type, which workbooks never do: the file was "
                    "refused.")
                     .arg(m_xmlPart));
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::Invalid)
            failXml();
        return token;
    }
}

bool XlsxReader::readRelationships(const QString &part, QHash<QString, QString> &targets,
                                   QHash<QString, QString> *types)
{
    if (!startXml(part))
        return false;
    // "xl/_rels/workbook.xml.rels" speaks for "xl/workbook.xml": its targets are relative to "xl/".
    const QString source = part.left(part.lastIndexOf(QStringLiteral("_rels/"))) + u"x";
    for (auto token = next(); token != QXmlStreamReader::EndDocument; token = next()) {
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::StartElement && m_xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            if (attributes.value(QLatin1StringView("TargetMode")) == u"External")
                continue; // a link to the outside world is never followed
            const QString id = attributes.value(QLatin1StringView("Id")).toString();
            targets.insert(id, resolve(source, attributes.value(QLatin1StringView("Target")).toString()));
            if (types)
                types->insert(id, attributes.value(QLatin1StringView("Type")).toString().section(u'/', -1));
        }
    }
    return true;
}

bool XlsxReader::looksLikeCompoundFile(QIODevice *device)
{
    return device && device->peek(8) == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

bool XlsxReader::open()
{
    if (looksLikeCompoundFile(m_device))
        return fail(CsvError::Code::InvalidWorkbook,
                    tr("The file is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which the "
                       "console cannot read. In Excel, save it as \"Excel Workbook (.xlsx)\" without a password, or "
                       "as \"CSV UTF-8\"."));
    if (!m_package.open())
        return fail(m_package.error().code, m_package.error().message);
    QHash<QString, QString> root;
    QHash<QString, QString> rootTypes;
    if (!m_package.contains(QStringLiteral("_rels/.rels")))
        return fail(CsvError::Code::InvalidWorkbook,
                    tr("The file is a zip archive but not an Excel workbook (.xlsx). OpenDocument spreadsheets "
                       "(.ods) and other formats: save the sheet as .xlsx or CSV."));
    if (!readRelationships(QStringLiteral("_rels/.rels"), root, &rootTypes))
        return false;
    QString workbook;
    for (auto it = rootTypes.cbegin(); it != rootTypes.cend(); ++it) {
        if (it.value() == u"officeDocument")
            workbook = root.value(it.key());
    }
    if (workbook.isEmpty() || !m_package.contains(workbook))
        return fail(CsvError::Code::InvalidWorkbook, tr("The file is a zip archive but holds no workbook."));

    QHash<QString, QString> targets;
    QHash<QString, QString> types;
    const qsizetype slash = workbook.lastIndexOf(u'/');
    const QString rels = workbook.left(slash + 1) + u"_rels/" + workbook.sliced(slash + 1) + u".rels";
    if (m_package.contains(rels) && !readRelationships(rels, targets, &types))
        return false;
    if (!startXml(workbook))
        return false;
    for (auto token = next(); token != QXmlStreamReader::EndDocument; token = next()) {
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (m_xml.name() == u"workbookPr") {
            const QStringView flag = attributes.value(QLatin1StringView("date1904"));
            m_date1904 = flag == u"1" || flag == u"true";
        } else if (m_xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    id = attribute.value().toString();
            }
            if (types.value(id) == u"worksheet" && m_package.contains(targets.value(id)))
                m_sheets.push_back(Sheet{attributes.value(QLatin1StringView("name")).toString(), targets.value(id)});
        }
    }
    if (m_sheets.empty())
        return fail(CsvError::Code::InvalidWorkbook, tr("The workbook has no worksheet."));
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value() == u"styles" && !readStyles(targets.value(it.key())))
            return false;
        if (it.value() == u"sharedStrings" && !readSharedStrings(targets.value(it.key())))
            return false;
    }
    return true;
}

bool XlsxReader::readStyles(const QString &part)
{
    if (!m_package.contains(part))
        return true;
    if (!startXml(part))
        return false;
    QHash<int, QString> custom;
    bool inCellXfs = false;
    for (auto token = next(); token != QXmlStreamReader::EndDocument; token = next()) {
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (m_xml.name() == u"numFmt") {
            custom.insert(attributes.value(QLatin1StringView("numFmtId")).toInt(),
                          attributes.value(QLatin1StringView("formatCode")).toString());
        } else if (m_xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && m_xml.name() == u"xf") {
            const int id = attributes.value(QLatin1StringView("numFmtId")).toInt();
            Format format = Format::Plain;
            if (custom.contains(id)) {
                bool currency = false;
                if (isDateCode(custom.value(id), &currency))
                    format = Format::Date;
                else if (currency)
                    format = Format::Currency;
            } else if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                       || (id >= 50 && id <= 58)) {
                format = Format::Date;
            } else if ((id >= 5 && id <= 8) || id == 42 || id == 44) {
                format = Format::Currency;
            }
            if (m_formats.size() < 65536)
                m_formats.push_back(format);
        }
    }
    return true;
}

bool XlsxReader::readSharedStrings(const QString &part)
{
    if (!m_package.contains(part))
        return true;
    if (!startXml(part))
        return false;
    for (auto token = next(); token != QXmlStreamReader::EndDocument; token = next()) {
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::StartElement && m_xml.name() == u"si") {
            if (qint64(m_shared.size()) >= m_options.maxSharedStrings)
                return fail(CsvError::Code::WorkbookLimit,
                            tr("The workbook holds more than %1 distinct texts: the file was refused.")
                                .arg(m_options.maxSharedStrings));
            QString text;
            if (!XlsxSheetRows::readElementText(m_xml, *this, text, true))
                return false;
            m_shared.push_back(std::move(text));
        }
    }
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

bool XlsxReader::selectSheet(int index)
{
    if (index < 0 || index >= int(m_sheets.size()) || m_error.isError())
        return false;
    m_parallel.reset();
    m_sheet = index;
    m_row = 0;
    m_given = 0;
    m_width = -1;
    m_count = 0;
    m_rows.emplace(m_xml, static_cast<XlsxSheetRows::Tokens &>(*this), context());
    const QString &part = m_sheets[std::size_t(index)].part;
    if (!startXml(part))
        return false;
    if (m_package.partSize() >= m_options.parallelFromBytes) {
        m_parallel = std::make_unique<XlsxParallelSheet>(m_package, context(), m_options.parallel);
        if (!m_parallel->start()) {
            m_parallel.reset();
            if (!startXml(part))
                return false;
        }
    }
    m_sheetDone = false;
    return true;
}

qint64 XlsxReader::bytesRead() const
{
    const qint64 size = m_device && !m_device->isSequential() ? m_device->size() : 0;
    const qint64 total = std::max<qint64>(1, m_package.partSize());
    return size > 0 ? std::min(size, m_package.partInflated() * size / total) : m_package.partInflated();
}

QStringList XlsxReader::record() const
{
    QStringList cells;
    for (qsizetype i = 0; i < m_count; ++i)
        cells.append(m_views[std::size_t(i)].toString());
    return cells;
}

void XlsxReader::setCell(qsizetype column, QStringView text, CellInfo info)
{
    if (column >= qsizetype(m_views.size())) {
        m_views.resize(std::size_t(column + 1));
        m_info.resize(std::size_t(column + 1));
    }
    for (qsizetype i = m_count; i < column; ++i) {
        m_views[std::size_t(i)] = {};
        m_info[std::size_t(i)] = {};
    }
    m_views[std::size_t(column)] = text;
    m_info[std::size_t(column)] = info;
    m_count = std::max(m_count, column + 1);
}

XlsxSheetRows::Context XlsxReader::context() const
{
    return XlsxSheetRows::Context{&m_shared, &m_formats, m_date1904, m_options.maxFields};
}

// The record of one row read, padded to the header's width.
void XlsxReader::take(const XlsxSheetRows::Block &block, const XlsxSheetRows::Row &row)
{
    const XlsxSheetRows::Context cells = context();
    m_count = 0;
    for (qsizetype i = 0; i < row.cellCount; ++i) {
        const XlsxSheetRows::Cell &cell = block.cells[std::size_t(row.firstCell + i)];
        setCell(cell.column, block.value(cell, cells), cell.info);
    }
    if (m_width < 0)
        m_width = m_count;
    else if (m_count < m_width)
        setCell(m_width - 1, QStringView(), CellInfo());
    m_given = row.number;
}

bool XlsxReader::readRecord()
{
    if (m_sheetDone || m_error.isError())
        return false;
    if (m_parallel) {
        switch (m_parallel->next()) {
        case XlsxParallelSheet::Step::Row:
            m_row = m_parallel->row().number;
            take(m_parallel->block(), m_parallel->row());
            return true;
        case XlsxParallelSheet::Step::End:
            m_sheetDone = true;
            return false;
        case XlsxParallelSheet::Step::Fallback:
            // The stream reads the part again from its start and hands out the rows after m_given.
            m_parallel.reset();
            m_row = 0;
            if (!startXml(m_sheets[std::size_t(m_sheet)].part))
                return false;
            break;
        }
    }
    return readStreamed();
}

bool XlsxReader::readStreamed()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument
            || (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData")) {
            m_sheetDone = true;
            return false;
        }
        if (token != QXmlStreamReader::StartElement || m_xml.name() != u"row")
            continue;
        m_block.clear();
        if (!m_rows->readRow(m_row, m_block))
            return false;
        if (m_block.rows.empty() || m_row <= m_given)
            continue;
        take(m_block, m_block.rows.front());
        return true;
    }
}

} // namespace Lesspay::Core
