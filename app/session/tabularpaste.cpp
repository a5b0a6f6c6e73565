// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tabularpaste.h"

#include "models/batchmodel.h"

namespace Lesspay::Core {

QList<QStringList> TabularPaste::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u'\t') {
            row.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    // Spreadsheets end a copied block with a newline; blank lines carry nothing to paste.
    rows.removeIf([](const QStringList &r) { return r.size() == 1 && r.first().trimmed().isEmpty(); });
    return rows;
}

std::optional<QList<int>> TabularPaste::headerMapping(const QStringList &cells)
{
    QList<int> mapping;
    bool any = false;
    for (const QString &cell : cells) {
        const std::optional<Field> field = fieldFromKey(cell.trimmed().toLower());
        mapping.append(field ? int(*field) : -1);
        any = any || field.has_value();
    }
    // Every recognised name must be a field, and the line must name the amount.
    if (!any || !mapping.contains(int(Field::Amount)))
        return std::nullopt;
    return mapping;
}

PayoutDetail TabularPaste::detailFromFields(const QStringList &cells, const QList<int> &fieldOfCell)
{
    PayoutDetail detail;
    for (qsizetype i = 0; i < cells.size() && i < fieldOfCell.size(); ++i) {
        if (fieldOfCell.at(i) >= 0)
            detail.setValue(Field(fieldOfCell.at(i)), cells.at(i).trimmed());
    }
    const QString type = detail.destinationType().trimmed().toLower();
    if (type == u"bank" || type == u"ewallet")
        detail.setValue(Field::DestinationType, type);
    return detail;
}

TabularPaste::Plan TabularPaste::plan(const BatchModel &model, const QModelIndex &anchor, const QString &text,
                                      const IdGenerator &nextOrderId)
{
    Plan result;
    QList<QStringList> rows = parse(text);
    if (rows.isEmpty())
        return result;

    // Whole recipients: by header names, or by the CSV field order.
    std::optional<QList<int>> mapping = headerMapping(rows.first());
    if (mapping) {
        rows.removeFirst();
    } else if (rows.first().size() == FieldCount) {
        QList<int> csvOrder;
        for (int i = 0; i < FieldCount; ++i)
            csvOrder.append(i);
        mapping = csvOrder;
    }
    if (mapping) {
        result.insertRow = anchor.isValid() ? anchor.row() + 1 : model.rowCount();
        for (const QStringList &cells : std::as_const(rows)) {
            PayoutDetail detail = detailFromFields(cells, *mapping);
            if (detail.mchOrderId().isEmpty())
                detail.setValue(Field::MchOrderId, nextOrderId());
            result.inserted.append(detail);
        }
        return result;
    }

    // A block of cells from the anchor on.
    const int firstRow = anchor.isValid() ? anchor.row() : model.rowCount();
    const int firstColumn = anchor.isValid() ? anchor.column() : 0;
    result.insertRow = model.rowCount();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const int row = firstRow + int(r);
        const bool existing = row < model.rowCount();
        PayoutDetail detail = existing ? model.detail(row) : BatchModel::blankDetail(PayoutDetail::Bank);
        const PayoutDetail before = detail;
        const QStringList &cells = rows.at(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const int column = firstColumn + int(c);
            if (column >= BatchModel::ColumnCount)
                break;
            // Cells that do not apply to the row's destination are skipped, as in the grid.
            if (auto updated = BatchModel::withColumnValue(detail, column, cells.at(c).trimmed()))
                detail = *updated;
        }
        if (existing) {
            if (!(detail == before))
                result.changes.append({row, before, detail});
        } else {
            if (detail.mchOrderId().isEmpty())
                detail.setValue(Field::MchOrderId, nextOrderId());
            result.inserted.append(detail);
        }
    }
    return result;
}

} // namespace Lesspay::Core
