// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientrowmapper.h"

#include "csv/csvreader.h"
#include "csv/formulaguard.h"
#include "csv/rowsource.h"
#include "csv/spreadsheetdamage.h"
#include "csv/workbookdamage.h"

#include <QCoreApplication>

namespace Lesspay::Core {

namespace {

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

RecipientRowMapper::RecipientRowMapper(Settings settings)
    : m_settings(std::move(settings))
{
    for (qsizetype column = 0; column < m_settings.mapping.size(); ++column) {
        const auto &field = m_settings.mapping.at(column);
        if (field && m_columnOf[std::size_t(*field)] == 0)
            m_columnOf[std::size_t(*field)] = int(column + 1);
    }
}

// The amount goes into the batch in the API form ("1234.50"). What the user's locale cannot
// read stays as written, so that the validator reports it against the original text.
QStringView RecipientRowMapper::convertAmount(QStringView raw, Amount::DecimalSeparator separator)
{
    const int decimals = m_settings.decimals;
    if (separator == Amount::DecimalSeparator::Point) {
        // Fast path: already in the API form with the currency's decimals (digits, and a point
        // followed by exactly that many digits). Such text is kept as it is either way: when
        // it overflows, the conversion below fails as well and keeps it for the validator.
        const auto digit = [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; };
        qsizetype i = 0;
        while (i < raw.size() && digit(raw[i]))
            ++i;
        qsizetype fraction = -1;
        if (i > 0 && i < raw.size() && raw[i] == u'.') {
            fraction = 0;
            while (i + 1 + fraction < raw.size() && digit(raw[i + 1 + fraction]))
                ++fraction;
        }
        const bool apiForm =
            i > 0 && (decimals == 0 ? i == raw.size() : fraction == decimals && i + 1 + fraction == raw.size());
        if (apiForm)
            return raw;
    }
    const Amount::ParseResult parsed = Amount::parseLocalized(raw, decimals, separator);
    if (!parsed.ok())
        return raw;
    m_amount = Amount::format(parsed.minor, decimals);
    return m_amount;
}

bool RecipientRowMapper::map(const RowSource &reader, DetailBlock &rows, ImportIssues &issues)
{
    return mapRow(reader, rows, issues);
}

bool RecipientRowMapper::map(const CsvReader &reader, DetailBlock &rows, ImportIssues &issues)
{
    return mapRow(reader, rows, issues);
}

template<typename Source>
bool RecipientRowMapper::mapRow(const Source &reader, DetailBlock &rows, ImportIssues &issues)
{
    const qsizetype cells = reader.fieldCount();
    bool empty = true;
    for (qsizetype i = 0; i < cells && empty; ++i)
        empty = isBlank(reader.fieldAt(i))
                && (!reader.typedCells() || reader.cellInfo(i).type != RowSource::CellInfo::Type::Error);
    if (empty)
        return false;
    // The total row below a workbook's data (the console's exports write one) is no payout.
    const int amountColumn = m_columnOf[std::size_t(Field::Amount)];
    if (reader.typedCells() && amountColumn > 0 && amountColumn <= cells
        && reader.cellInfo(amountColumn - 1).columnTotal)
        return false;

    const auto rowIssue = [&](int column, ValidationIssue::Severity severity, QString code, QString message) {
        ImportIssue issue;
        issue.row = reader.recordNumber();
        issue.line = reader.recordLine();
        issue.column = column;
        if (column > 0 && column <= m_settings.headers.size())
            issue.header = m_settings.headers.at(column - 1);
        issue.severity = severity;
        issue.code = std::move(code);
        issue.message = std::move(message);
        issues.append(issue);
    };

    const qsizetype columns = m_settings.mapping.size();
    rows.appendRow();
    DetailView row; // the same values, for the damage check: views into the reader and settings
    std::array<bool, FieldCount> typedDamage = {}; // a cell type's issue says more than the text checks
    for (qsizetype i = 0; i < std::min(cells, columns); ++i) {
        const auto &field = m_settings.mapping.at(i);
        if (!field)
            continue;
        const QStringView cell = reader.fieldAt(i);
        QStringView value = cell.sliced(FormulaGuard::guardLength(cell));
        Amount::DecimalSeparator separator = m_settings.decimalSeparator;
        if (reader.typedCells()) {
            const RowSource::CellInfo info = reader.cellInfo(i);
            value = cell; // a workbook's text is never a formula
            if (info.type == RowSource::CellInfo::Type::Number)
                separator = Amount::DecimalSeparator::Point; // the reader wrote it
            if (const auto found = WorkbookDamage::inspect(*field, info, cell)) {
                typedDamage[std::size_t(*field)] = true;
                rowIssue(int(i + 1), found->severity, found->code, found->message);
            }
        }
        row.setValue(*field, *field == Field::Amount && !value.isEmpty() ? convertAmount(value, separator) : value);
        rows.setValue(*field, row.value(*field));
    }
    if (m_columnOf[std::size_t(Field::DestinationType)] == 0 && !m_settings.defaultDestination.isEmpty()) {
        row.setValue(Field::DestinationType, m_settings.defaultDestination);
        rows.setValue(Field::DestinationType, m_settings.defaultDestination);
    }

    if (cells > columns) {
        for (qsizetype i = columns; i < cells; ++i) {
            if (!isBlank(reader.fieldAt(i))) {
                rowIssue(int(i + 1), ValidationIssue::Severity::Error, QStringLiteral("csv.extra_cells"),
                         QCoreApplication::translate("RecipientImporter",
                                                     "The row has %1 cells but the header only %2; the cells "
                                                     "beyond the header were not imported.")
                             .arg(cells)
                             .arg(columns));
                break;
            }
        }
    } else if (cells < columns) {
        rowIssue(0, ValidationIssue::Severity::Warning, QStringLiteral("csv.missing_cells"),
                 QCoreApplication::translate("RecipientImporter",
                                             "The row has %1 cells but the header %2; the missing cells were read "
                                             "as empty.")
                     .arg(cells)
                     .arg(columns));
    }

    const ValidationIssues damage = SpreadsheetDamage::inspect(row, m_settings.currency);
    for (const ValidationIssue &found : damage) {
        if (!typedDamage[std::size_t(found.field)])
            rowIssue(columnOf(found.field), found.severity, found.code, found.message);
    }
    return true;
}

} // namespace Lesspay::Core
