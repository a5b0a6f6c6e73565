// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexporter.h"

#include "domain/batch.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <vector>
#include <xlsxwriter.h>

namespace Lesspay::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Core::XlsxExporter", text);
}

constexpr int MaxExactDigits = 15; // a double holds every decimal of up to 15 significant digits

// The amount as a number only when the double holds it exactly at the digits shown: longer
// amounts are written as text, which keeps every digit (and the import reads them either way).
bool exactNumber(QStringView amount, double *value)
{
    int digits = 0;
    bool significant = false;
    for (QChar c : amount) {
        if (c == u'.')
            continue;
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
        significant = significant || c != u'0';
        digits += significant;
    }
    if (amount.isEmpty() || digits > MaxExactDigits)
        return false;
    bool ok = false;
    *value = amount.toDouble(&ok);
    return ok;
}

int decimalsOf(QStringView amount)
{
    const qsizetype point = amount.indexOf(u'.');
    return point < 0 ? 0 : int(amount.size() - point - 1);
}

// One workbook being written to a file in a private temporary folder, then copied to the device.
class Book
{
public:
    Book()
    {
        m_path = m_dir.filePath(QStringLiteral("export.xlsx"));
        lxw_workbook_options options{};
        options.tmpdir = nullptr;
        m_book = workbook_new_opt(m_path.toLocal8Bit().constData(), &options);
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        m_text = workbook_add_format(m_book);
        format_set_num_format(m_text, "@");
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    lxw_workbook *book() const { return m_book; }
    lxw_format *text() const { return m_text; }
    lxw_format *header() const { return m_header; }
    lxw_format *bold() const { return m_bold; }
    lxw_format *wrap() const { return m_wrap; }
    lxw_format *amount(int decimals)
    {
        decimals = std::clamp(decimals, 0, 6);
        lxw_format *&format = m_amounts[decimals];
        if (!format) {
            format = workbook_add_format(m_book);
            const QByteArray code = decimals == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(decimals, '0');
            format_set_num_format(format, code.constData());
        }
        return format;
    }

    bool finish(QIODevice *device, QString *error)
    {
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        if (closed != LXW_NO_ERROR) {
            if (error)
                *error =
                    QCoreApplication::translate("Lesspay::Core::XlsxExporter", "The workbook could not be written: %1")
                        .arg(QString::fromUtf8(lxw_strerror(closed)));
            return false;
        }
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        const QByteArray bytes = file.readAll();
        if (device->write(bytes) != bytes.size()) {
            if (error)
                *error = device->errorString();
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_amounts[7] = {};
};

// The payout columns (the canonical header, then `extra` columns), one row per detail, the sum
// of the amounts two rows below the data, so that sorting and filtering never take it along.
void writePayoutSheet(Book &book, lxw_worksheet *sheet, const QStringList &header, qsizetype rows,
                      const std::function<QStringView(qsizetype row, int column)> &value, const QString &total)
{
    const int amountColumn = int(Field::Amount);
    std::vector<int> widths(std::size_t(header.size()), 10);
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), book.header());
        widths[std::size_t(c)] = std::max(widths[std::size_t(c)], int(header.at(c).size()) + 2);
    }
    int decimals = 2;
    for (qsizetype r = 0; r < rows; ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < header.size(); ++c) {
            const QStringView text = value(r, c);
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], int(std::min<qsizetype>(text.size(), 60)) + 2);
            if (text.isEmpty())
                continue;
            double number = 0;
            if (c == amountColumn && exactNumber(text, &number)) {
                decimals = decimalsOf(text);
                worksheet_write_number(sheet, row, lxw_col_t(c), number, book.amount(decimals));
            } else {
                worksheet_write_string(sheet, row, lxw_col_t(c), text.toUtf8().constData(), book.text());
            }
        }
    }
    for (int c = 0; c < header.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[std::size_t(c)],
                             c == amountColumn ? nullptr : book.text());
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max<qsizetype>(rows, 1)), lxw_col_t(header.size() - 1));
    if (rows > 0 && !total.isEmpty()) {
        const lxw_row_t sumRow = lxw_row_t(rows + 2);
        worksheet_write_string(sheet, sumRow, 0,
                               QCoreApplication::translate("Lesspay::Core::XlsxExporter", "Total").toUtf8().constData(),
                               book.bold());
        const QByteArray formula = "=SUM(B2:B" + QByteArray::number(rows + 1) + ")";
        double number = 0;
        if (exactNumber(total, &number))
            worksheet_write_formula_num(sheet, sumRow, lxw_col_t(amountColumn), formula.constData(),
                                        book.amount(decimals), number);
        else
            worksheet_write_formula(sheet, sumRow, lxw_col_t(amountColumn), formula.constData(), book.amount(decimals));
    }
}

} // namespace

bool XlsxExporter::writeBatch(const Batch &batch, QIODevice *device, QString *error)
{
    Book book;
    lxw_worksheet *sheet = workbook_add_worksheet(book.book(), "Payouts");
    std::vector<PayoutDetail> details;
    details.reserve(std::size_t(batch.size()));
    for (int row = 0; row < batch.size(); ++row)
        details.push_back(batch.detail(row));
    writePayoutSheet(
        book, sheet, RecipientExporter::canonicalHeader(), qsizetype(details.size()),
        [&](qsizetype row, int column) { return QStringView(details[std::size_t(row)].value(Field(column))); },
        batch.totalOverflows() ? QString() : batch.totalString());
    return book.finish(device, error);
}

bool XlsxExporter::writeTextTable(const QString &sheetName, const QStringList &header, const QList<QStringList> &rows,
                                  QIODevice *device, QString *error)
{
    Book book;
    lxw_worksheet *sheet = workbook_add_worksheet(book.book(), sheetName.toUtf8().constData());
    std::vector<int> widths(std::size_t(header.size()), 10);
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), book.header());
        widths[std::size_t(c)] = std::max(widths[std::size_t(c)], int(header.at(c).size()) + 2);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        for (int c = 0; c < header.size() && c < cells.size(); ++c) {
            const QString &text = cells.at(c);
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], int(std::min<qsizetype>(text.size(), 60)) + 2);
            if (!text.isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), text.toUtf8().constData(), book.text());
        }
    }
    for (int c = 0; c < header.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[std::size_t(c)], book.text());
    worksheet_freeze_panes(sheet, 1, 0);
    if (!header.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max<qsizetype>(rows.size(), 1)), lxw_col_t(header.size() - 1));
    return book.finish(device, error);
}

bool XlsxExporter::writeResults(const Batch &batch, const QList<DetailResult> &results, QIODevice *device,
                                RecipientExporter::Rows rows, QString *error,
                                const RecipientExporter::BatchColumns &batchColumns)
{
    QHash<QString, const DetailResult *> byOrderId;
    byOrderId.reserve(results.size());
    for (const DetailResult &result : results)
        byOrderId.insert(result.mchOrderId, &result);
    std::vector<PayoutDetail> details;
    std::vector<const DetailResult *> found;
    for (int row = 0; row < batch.size(); ++row) {
        PayoutDetail detail = batch.detail(row);
        const DetailResult *result = byOrderId.value(detail.mchOrderId());
        if (rows == RecipientExporter::Rows::FailedOnly && (!result || !RecipientExporter::isFailed(result->status)))
            continue;
        details.push_back(std::move(detail));
        found.push_back(result);
    }
    Book book;
    lxw_worksheet *sheet = workbook_add_worksheet(book.book(), "Results");
    const QString empty;
    QStringList header = RecipientExporter::resultsHeader();
    const int firstBatchColumn = int(header.size());
    for (const auto &[name, value] : batchColumns)
        header.append(name);
    writePayoutSheet(
        book, sheet, header, qsizetype(details.size()),
        [&](qsizetype row, int column) -> QStringView {
            if (column < FieldCount)
                return details[std::size_t(row)].value(Field(column));
            if (column >= firstBatchColumn)
                return batchColumns.at(column - firstBatchColumn).second;
            const DetailResult *result = found[std::size_t(row)];
            if (!result)
                return empty;
            return column == FieldCount ? result->status
                                        : (column == FieldCount + 1 ? result->failReason : result->channelOrderNo);
        },
        QString());
    return book.finish(device, error);
}

bool XlsxExporter::writeTemplate(const QString &currency, int decimals, const QStringList &providers, QIODevice *device,
                                 QString *error)
{
    Book book;
    lxw_worksheet *notes = workbook_add_worksheet(book.book(), "Instructions");
    lxw_worksheet *sheet = workbook_add_worksheet(book.book(), "Payouts");
    lxw_worksheet *lists = workbook_add_worksheet(book.book(), "Lists");

    const QStringList lines{
        tr("Lesspay payout template (%1)").arg(currency),
        tr("Fill the Payouts sheet: one payout per row, below the header. Replace or delete the two example "
           "rows."),
        QCoreApplication::translate("Lesspay::Core::XlsxExporter",
                                    "mch_order_id: your unique reference for the payout. amount: a number with at "
                                    "most %n decimal(s), in %1.",
                                    nullptr, decimals)
            .arg(currency),
        tr("destination_type: bank or ewallet. Fill the bank_ columns for a bank account, the e_wallet. columns for "
           "an e-wallet."),
        tr("Account numbers, phone numbers and keys are text cells: type them with their leading zeros and +. Do "
           "not change these columns to a number format."),
        tr("The lists in the account type, provider and key type columns offer the values the console accepts."),
        tr("Import the workbook in the Lesspay console (File > Import\u2026, which reads CSV files and workbooks) or "
           "with lesspay-cli validate."),
    };
    worksheet_set_column(notes, 0, 0, 110, book.wrap());
    for (qsizetype i = 0; i < lines.size(); ++i)
        worksheet_write_string(notes, lxw_row_t(i), 0, lines.at(i).toUtf8().constData(),
                               i == 0 ? book.bold() : book.wrap());

    const QString amount = decimals <= 0 ? QStringLiteral("1500") : u"1500." + QString(decimals, u'0');
    const QString smallAmount = decimals <= 0 ? QStringLiteral("250") : u"250." + QString(decimals, u'5');
    QList<QStringList> examples(2, QStringList(FieldCount));
    examples[0][int(Field::MchOrderId)] = QStringLiteral("D0001");
    examples[0][int(Field::Amount)] = amount;
    examples[0][int(Field::DestinationType)] = PayoutDetail::Bank;
    examples[0][int(Field::BankAccountName)] = QStringLiteral("Juan Dela Cruz");
    examples[0][int(Field::BankAccountNo)] = QStringLiteral("001234567890");
    examples[0][int(Field::BankAccountType)] = QStringLiteral("individual");
    examples[0][int(Field::BankName)] = QStringLiteral("BDO Unibank");
    examples[0][int(Field::BankCountryCode)] = QStringLiteral("PH");
    examples[0][int(Field::BankSwiftCode)] = QStringLiteral("BNORPHMM");
    examples[1][int(Field::MchOrderId)] = QStringLiteral("D0002");
    examples[1][int(Field::Amount)] = smallAmount;
    examples[1][int(Field::DestinationType)] = PayoutDetail::EWallet;
    examples[1][int(Field::WalletAccountName)] = QStringLiteral("Maria Santos");
    examples[1][int(Field::WalletAccountNumber)] = QStringLiteral("09171234567");
    examples[1][int(Field::WalletAccountType)] = QStringLiteral("individual");
    examples[1][int(Field::WalletProvider)] = providers.value(0);
    examples[1][int(Field::WalletDepositKeyType)] = QStringLiteral("phone");
    examples[1][int(Field::WalletDepositKey)] = QStringLiteral("+639171234567");
    writePayoutSheet(
        book, sheet, RecipientExporter::canonicalHeader(), examples.size(),
        [&](qsizetype row, int column) { return QStringView(examples.at(row).at(column)); }, QString());

    // The lists live on their own sheet: a list typed into the validation may not exceed 255 characters.
    const QList<std::pair<Field, QStringList>> choices{
        {Field::DestinationType, {PayoutDetail::Bank, PayoutDetail::EWallet}},
        {Field::BankAccountType, {QStringLiteral("individual"), QStringLiteral("business")}},
        {Field::WalletAccountType, {QStringLiteral("individual"), QStringLiteral("business")}},
        {Field::WalletProvider, providers},
        {Field::WalletDepositKeyType, ProviderTable::allDepositKeyTypes()},
    };
    constexpr lxw_row_t LastRow = 100000;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const auto &[field, values] = choices.at(i);
        if (values.isEmpty())
            continue;
        const lxw_col_t column = lxw_col_t(i);
        worksheet_write_string(lists, 0, column, fieldKey(field).toUtf8().constData(), book.header());
        for (qsizetype v = 0; v < values.size(); ++v)
            worksheet_write_string(lists, lxw_row_t(v + 1), column, values.at(v).toUtf8().constData(), book.text());
        const char letter = char('A' + i);
        const QByteArray range = "=Lists!$" + QByteArray(1, letter) + "$2:$" + QByteArray(1, letter) + "$"
                                 + QByteArray::number(values.size() + 1);
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = const_cast<char *>(range.constData());
        validation.ignore_blank = LXW_VALIDATION_ON;
        worksheet_data_validation_range(sheet, 1, lxw_col_t(int(field)), LastRow, lxw_col_t(int(field)), &validation);
    }
    worksheet_hide(lists);
    worksheet_activate(sheet);
    return book.finish(device, error);
}

} // namespace Lesspay::Core
