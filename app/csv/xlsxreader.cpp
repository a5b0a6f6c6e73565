// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "csv/xlsxnumber.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

namespace Lesspay::Core {

namespace {

constexpr qsizetype MaxColumns = 16384; // XFD, the last column Excel has

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Core::XlsxReader", text);
}

// "C12" -> column 2 (0-based); -1 when the reference has no column letters.
qsizetype columnOf(QStringView reference)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            column = column * 26 + (u - u'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
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

// SUM(B2:B4) or SUBTOTAL(9,B$2:B$4) in column B below row 4: the total of the column above it,
// which the console's exports write below the data.
bool isColumnTotal(QStringView formula, qsizetype column, qint64 row)
{
    static const QRegularExpression total(
        QStringLiteral(
            "^=?(?:SUM\\(|SUBTOTAL\\(\\s*(?:9|109)\\s*,\\s*)\\$?([A-Z]{1,3})\\$?(\\d+):\\$?([A-Z]{1,3})\\$?(\\d+)\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = total.match(formula.trimmed());
    if (!match.hasMatch())
        return false;
    const QString first = match.captured(1).toUpper();
    const QString last = match.captured(3).toUpper();
    return first == last && columnOf(first) == column && match.captured(4).toLongLong() < row;
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

bool XlsxReader::failXml(const QString &part)
{
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
            failXml(m_xmlPart);
        return token;
    }
}

// The text of the current element up to its end; phonetic runs (<rPh>) left out when asked.
bool XlsxReader::readElementText(QString &out, bool skipPhonetic)
{
    out.resize(0);
    int depth = 1;
    int phonetic = 0;
    while (depth > 0) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (skipPhonetic && (phonetic > 0 || m_xml.name() == u"rPh"))
                ++phonetic;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (phonetic > 0)
                --phonetic;
            break;
        case QXmlStreamReader::Characters:
            if (phonetic == 0)
                out.append(m_xml.text());
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return m_error.isError() ? false : failXml(m_xmlPart);
        default:
            break;
        }
    }
    return true;
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

bool XlsxReader::open()
{
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
            if (!readElementText(text, true))
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
    m_sheet = index;
    m_row = 0;
    m_width = -1;
    m_count = 0;
    if (!startXml(m_sheets[std::size_t(index)].part))
        return false;
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

void XlsxReader::reserveColumn(qsizetype column)
{
    if (column >= qsizetype(m_values.size())) {
        m_values.resize(std::size_t(column + 1));
        m_views.resize(std::size_t(column + 1));
        m_info.resize(std::size_t(column + 1));
    }
}

void XlsxReader::setCell(qsizetype column, QStringView text, CellInfo info)
{
    reserveColumn(column);
    for (qsizetype i = m_count; i < column; ++i) {
        m_views[std::size_t(i)] = {};
        m_info[std::size_t(i)] = {};
    }
    m_views[std::size_t(column)] = text;
    m_info[std::size_t(column)] = info;
    m_count = std::max(m_count, column + 1);
}

// At the start of a <c> element: reads it to its end and stores its value.
bool XlsxReader::readCell(qsizetype &nextColumn, bool &hasValue)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value(QLatin1StringView("r"));
    qsizetype column = reference.isEmpty() ? nextColumn : columnOf(reference);
    if (column < 0 || column >= MaxColumns)
        return fail(CsvError::Code::InvalidWorkbook, tr("A cell has an invalid reference."));
    nextColumn = column + 1;
    // The attributes are views into the parser's buffer: read before the parser moves on.
    const QStringView t = attributes.value(QLatin1StringView("t"));
    enum class Kind { Number, Shared, Boolean, Error, Date, Text } kind = Kind::Number;
    if (t == u"s")
        kind = Kind::Shared;
    else if (t == u"b")
        kind = Kind::Boolean;
    else if (t == u"e")
        kind = Kind::Error;
    else if (t == u"d")
        kind = Kind::Date;
    else if (t == u"str" || t == u"inlineStr")
        kind = Kind::Text;
    const qsizetype style = attributes.value(QLatin1StringView("s")).toInt();
    const Format format =
        style >= 0 && style < qsizetype(m_formats.size()) ? m_formats[std::size_t(style)] : Format::Plain;

    bool haveValue = false;
    bool formula = false;
    m_formula.resize(0);
    // The cell's own text is read into its column's buffer, which keeps its capacity row after row.
    reserveColumn(std::min(column, m_options.maxFields));
    QString &slot = m_values[std::size_t(std::min(column, m_options.maxFields))];
    slot.resize(0);
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            if (m_xml.name() == u"v" || m_xml.name() == u"is") {
                const bool inline_ = m_xml.name() == u"is";
                if (!readElementText(slot, inline_))
                    return false;
                haveValue = inline_ || !slot.isEmpty(); // openpyxl writes <v></v> for an uncalculated formula
            } else if (m_xml.name() == u"f") {
                formula = true;
                if (!readElementText(m_formula))
                    return false;
            } else {
                ++depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return m_error.isError() ? false : failXml(m_xmlPart);
        default:
            break;
        }
    }

    CellInfo info;
    if (!haveValue && !formula)
        return true; // a formatted empty cell, wherever it is
    if (column >= m_options.maxFields)
        return fail(CsvError::Code::TooManyFields, tr("A cell lies beyond column %1.").arg(m_options.maxFields));
    if (!haveValue) {
        info.type = CellInfo::Type::Error;
        info.formulaWithoutValue = true;
        setCell(column, QStringView(), info);
        hasValue = true;
        return true;
    }
    QStringView value = slot;
    if (kind == Kind::Shared) {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= qsizetype(m_shared.size()))
            return fail(CsvError::Code::InvalidWorkbook, tr("A cell refers to a shared text that does not exist."));
        value = m_shared[std::size_t(index)];
    } else if (kind == Kind::Boolean) {
        info.type = CellInfo::Type::Boolean;
        value = value.trimmed() == u"1" ? QStringView(u"TRUE") : QStringView(u"FALSE");
    } else if (kind == Kind::Error) {
        info.type = CellInfo::Type::Error;
    } else if (kind == Kind::Date) {
        info.type = CellInfo::Type::Date;
        slot.replace(u'T', u' ');
        value = slot;
    } else if (kind == Kind::Number) {
        if (format == Format::Date) {
            const QString date = XlsxNumber::dateText(value, m_date1904);
            info.type = date.isEmpty() ? CellInfo::Type::Error : CellInfo::Type::Date;
            if (!date.isEmpty())
                slot = date;
            value = slot;
        } else {
            const XlsxNumber::Decimal number = XlsxNumber::display(value);
            if (!number.ok)
                return fail(CsvError::Code::InvalidWorkbook,
                            tr("A number cell holds %1, which is no number.").arg(value));
            info.type = CellInfo::Type::Number;
            info.rounded = number.rounded;
            info.lostDigits = number.lostDigits;
            info.currencyFormat = format == Format::Currency;
            slot = number.text;
            value = slot;
        }
    }
    info.columnTotal = formula && isColumnTotal(m_formula, column, m_row);
    if (!value.isEmpty() || info.type != CellInfo::Type::Text)
        hasValue = true;
    setCell(column, value, info);
    return true;
}

bool XlsxReader::readRecord()
{
    if (m_sheetDone || m_error.isError())
        return false;
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
        const QStringView number = m_xml.attributes().value(QLatin1StringView("r"));
        const qint64 row = number.isEmpty() ? m_row + 1 : number.toLongLong();
        if (row <= m_row || row > 1048576)
            return fail(CsvError::Code::InvalidWorkbook, tr("The sheet's rows are out of order."));
        m_row = row;
        m_count = 0;
        bool hasValue = false;
        qsizetype nextColumn = 0;
        int depth = 1;
        while (depth > 0) {
            switch (next()) {
            case QXmlStreamReader::StartElement:
                if (m_xml.name() == u"c") {
                    if (!readCell(nextColumn, hasValue))
                        return false;
                } else {
                    ++depth;
                }
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Invalid:
            case QXmlStreamReader::EndDocument:
                return m_error.isError() ? false : failXml(m_xmlPart);
            default:
                break;
            }
        }
        if (!hasValue)
            continue;
        if (m_width < 0)
            m_width = m_count;
        else if (m_count < m_width)
            setCell(m_width - 1, QStringView(), CellInfo());
        return true;
    }
}

} // namespace Lesspay::Core
