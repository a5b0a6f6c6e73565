// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxsheetrows.h"

#include "csv/xlsxnumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lesspay::Core {

namespace {

constexpr qsizetype MaxColumns = 16384; // XFD, the last column Excel has
constexpr qint64 MaxRows = 1048576;

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Core::XlsxSheetRows", text);
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

// SUM(B2:B4) or SUBTOTAL(9,B$2:B$4) in column B below row 4: the total of the column above it,
// which the console's exports write below the data.
bool isColumnTotal(QStringView formula, qsizetype column, qint64 row)
{
    // One per thread: the segments of a large sheet are read on several threads at once.
    thread_local const QRegularExpression total(
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

void XlsxSheetRows::Block::clear()
{
    text.resize(0);
    cells.clear();
    rows.clear();
}

QStringView XlsxSheetRows::Block::value(const Cell &cell, const Context &context) const
{
    if (cell.shared >= 0)
        return (*context.shared)[std::size_t(cell.shared)];
    return QStringView(text).sliced(cell.offset, cell.length);
}

XlsxSheetRows::XlsxSheetRows(QXmlStreamReader &xml, Tokens &tokens, const Context &context)
    : m_xml(xml)
    , m_tokens(tokens)
    , m_context(context)
{}

bool XlsxSheetRows::readElementText(QXmlStreamReader &xml, Tokens &tokens, QString &out, bool skipPhonetic)
{
    out.resize(0);
    int depth = 1;
    int phonetic = 0;
    while (depth > 0) {
        switch (tokens.next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (skipPhonetic && (phonetic > 0 || xml.name() == u"rPh"))
                ++phonetic;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (phonetic > 0)
                --phonetic;
            break;
        case QXmlStreamReader::Characters:
            if (phonetic == 0)
                out.append(xml.text());
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return tokens.failed() ? false : tokens.failXml();
        default:
            break;
        }
    }
    return true;
}

// Walks the current element's content to its end tag; at each child's start tag, onChild says
// whether it read that child whole or the walk steps into it.
template<typename OnChild>
bool XlsxSheetRows::readContent(OnChild onChild)
{
    int depth = 1;
    while (depth > 0) {
        switch (m_tokens.next()) {
        case QXmlStreamReader::StartElement:
            switch (onChild()) {
            case Child::Read:
                break;
            case Child::StepInto:
                ++depth;
                break;
            case Child::Failed:
                return false;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return m_tokens.failed() ? false : m_tokens.failXml();
        default:
            break;
        }
    }
    return true;
}

bool XlsxSheetRows::readRow(qint64 &row, Block &block, bool implicitNumbers)
{
    const QStringView number = m_xml.attributes().value(QLatin1StringView("r"));
    if (number.isEmpty() && !implicitNumbers)
        return m_tokens.fail(CsvError::Code::InvalidWorkbook, tr("The sheet's rows are out of order."));
    const qint64 current = number.isEmpty() ? row + 1 : number.toLongLong();
    if (current <= row || current > MaxRows)
        return m_tokens.fail(CsvError::Code::InvalidWorkbook, tr("The sheet's rows are out of order."));
    row = current;
    const qsizetype firstCell = qsizetype(block.cells.size());
    const qsizetype textSize = block.text.size();
    bool hasValue = false;
    qsizetype nextColumn = 0;
    const bool read = readContent([&] {
        if (m_xml.name() != u"c")
            return Child::StepInto;
        return readCell(row, nextColumn, block, hasValue) ? Child::Read : Child::Failed;
    });
    if (!read)
        return false;
    if (hasValue) {
        block.rows.push_back(Row{row, firstCell, qsizetype(block.cells.size()) - firstCell});
    } else {
        block.cells.resize(std::size_t(firstCell));
        block.text.truncate(textSize);
    }
    return true;
}

void XlsxSheetRows::addCell(Block &block, qsizetype column, QStringView text, qsizetype shared,
                            RowSource::CellInfo info)
{
    Cell cell;
    cell.column = column;
    cell.shared = shared;
    cell.info = info;
    if (shared < 0) {
        cell.offset = block.text.size();
        cell.length = text.size();
        block.text.append(text);
    }
    block.cells.push_back(cell);
}

// At a <c> element: reads it to its end and adds its value to the block.
bool XlsxSheetRows::readCell(qint64 row, qsizetype &nextColumn, Block &block, bool &hasValue)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value(QLatin1StringView("r"));
    const qsizetype column = reference.isEmpty() ? nextColumn : columnOf(reference);
    if (column < 0 || column >= MaxColumns)
        return m_tokens.fail(CsvError::Code::InvalidWorkbook, tr("A cell has an invalid reference."));
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
    const std::vector<Format> &formats = *m_context.formats;
    const Format format = style >= 0 && style < qsizetype(formats.size()) ? formats[std::size_t(style)] : Format::Plain;

    bool haveValue = false;
    bool formula = false;
    m_formula.resize(0);
    m_value.resize(0);
    const bool read = readContent([&] {
        if (m_xml.name() == u"v" || m_xml.name() == u"is") {
            const bool inline_ = m_xml.name() == u"is";
            if (!readElementText(m_xml, m_tokens, m_value, inline_))
                return Child::Failed;
            haveValue = inline_ || !m_value.isEmpty(); // openpyxl writes <v></v> for an uncalculated formula
            return Child::Read;
        }
        if (m_xml.name() == u"f") {
            formula = true;
            return readElementText(m_xml, m_tokens, m_formula) ? Child::Read : Child::Failed;
        }
        return Child::StepInto;
    });
    if (!read)
        return false;

    RowSource::CellInfo info;
    if (!haveValue && !formula)
        return true; // a formatted empty cell, wherever it is
    if (column >= m_context.maxFields)
        return m_tokens.fail(CsvError::Code::TooManyFields,
                             tr("A cell lies beyond column %1.").arg(m_context.maxFields));
    if (!haveValue) {
        info.type = RowSource::CellInfo::Type::Error;
        info.formulaWithoutValue = true;
        addCell(block, column, QStringView(), -1, info);
        hasValue = true;
        return true;
    }
    qsizetype shared = -1;
    QStringView value = m_value;
    if (kind == Kind::Shared) {
        bool ok = false;
        shared = qsizetype(value.toLongLong(&ok));
        if (!ok || shared < 0 || shared >= qsizetype(m_context.shared->size()))
            return m_tokens.fail(CsvError::Code::InvalidWorkbook,
                                 tr("A cell refers to a shared text that does not exist."));
        value = (*m_context.shared)[std::size_t(shared)];
    } else if (kind == Kind::Boolean) {
        info.type = RowSource::CellInfo::Type::Boolean;
        value = value.trimmed() == u"1" ? QStringView(u"TRUE") : QStringView(u"FALSE");
    } else if (kind == Kind::Error) {
        info.type = RowSource::CellInfo::Type::Error;
    } else if (kind == Kind::Date) {
        info.type = RowSource::CellInfo::Type::Date;
        m_value.replace(u'T', u' ');
        value = m_value;
    } else if (kind == Kind::Number) {
        if (format == Format::Date) {
            const QString date = XlsxNumber::dateText(value, m_context.date1904);
            info.type = date.isEmpty() ? RowSource::CellInfo::Type::Error : RowSource::CellInfo::Type::Date;
            if (!date.isEmpty())
                m_value = date;
            value = m_value;
        } else {
            const XlsxNumber::Decimal number = XlsxNumber::display(value);
            if (!number.ok)
                return m_tokens.fail(CsvError::Code::InvalidWorkbook,
                                     tr("A number cell holds %1, which is no number.").arg(value));
            info.type = RowSource::CellInfo::Type::Number;
            info.rounded = number.rounded;
            info.lostDigits = number.lostDigits;
            info.currencyFormat = format == Format::Currency;
            m_value = number.text;
            value = m_value;
        }
    }
    info.columnTotal = formula && isColumnTotal(m_formula, column, row);
    if (!value.isEmpty() || info.type != RowSource::CellInfo::Type::Text)
        hasValue = true;
    addCell(block, column, value, shared, info);
    return true;
}

} // namespace Lesspay::Core
