// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorycsv.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/xlsxexporter.h"
#include "csv/xlsxreader.h"
#include "directory/payeedirectory.h"
#include "domain/detailvalidator.h"

#include <QFile>
#include <QHash>

namespace Lesspay::Core {

namespace {

const QStringList PayeeColumns{QStringLiteral("payee_name"), QStringLiteral("reference"), QStringLiteral("notes"),
                               QStringLiteral("tags")};

} // namespace

QStringList DirectoryCsv::header()
{
    QStringList h = PayeeColumns;
    for (const Field f : DirectoryStore::accountFields())
        h.append(fieldKey(f));
    return h;
}

QList<QStringList> DirectoryCsv::rows(const QList<Payee> &payees)
{
    QList<QStringList> out;
    const QList<Field> fields = DirectoryStore::accountFields();
    for (const Payee &p : payees) {
        const QStringList payeeCells{p.name, p.reference, p.notes, p.tags.join(u',')};
        QList<PayoutDetail> accounts;
        for (const PayeeAccount &a : p.accounts)
            accounts.append(a.detail);
        if (accounts.isEmpty())
            accounts.append(PayoutDetail());
        for (const PayoutDetail &a : std::as_const(accounts)) {
            QStringList row = payeeCells;
            for (const Field f : fields)
                row.append(a.value(f));
            out.append(row);
        }
    }
    return out;
}

bool DirectoryCsv::write(const QString &path, const QList<Payee> &payees, QString *error)
{
    QFile file(path);
    // Private from its first byte: the file holds full account numbers.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // also when it existed
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        QString why;
        if (!XlsxExporter::writeTextTable(QStringLiteral("Directory"), header(), rows(payees), &file, &why)
            || !file.flush()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, why.isEmpty() ? file.errorString() : why);
            return false;
        }
        return true;
    }
    CsvWriter csv(&file);
    csv.writeRecord(header());
    for (const QStringList &row : rows(payees))
        csv.writeRecord(row);
    if (!csv.flush() || !file.flush()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

DirectoryCsv::ImportResult DirectoryCsv::import(const QString &path, PayeeDirectory &directory,
                                                const DetailValidator &validator, const QString &currency)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    // By content, like the batch import: a workbook saved under another name is still a workbook.
    if (XlsxReader::looksLikeZip(&file)) {
        XlsxReader workbook(&file);
        if (!workbook.open()) {
            result.error = tr("%1 could not be read as a workbook: %2").arg(path, workbook.error().message);
            return result;
        }
        // The first sheet headed like a directory file, or the first sheet.
        int sheet = 0;
        for (int i = 0; i < workbook.sheetNames().size(); ++i) {
            if (workbook.selectSheet(i) && workbook.readRecord()
                && workbook.record().contains(QStringLiteral("payee_name"), Qt::CaseInsensitive)) {
                sheet = i;
                break;
            }
        }
        if (!workbook.selectSheet(sheet)) {
            result.error = tr("%1 has no sheet to read.").arg(path);
            return result;
        }
        importRows(workbook, path, directory, validator, currency, result);
        return result;
    }
    CsvReader csv(&file);
    importRows(csv, path, directory, validator, currency, result);
    return result;
}

void DirectoryCsv::importRows(RowSource &source, const QString &path, PayeeDirectory &directory,
                              const DetailValidator &validator, const QString &currency, ImportResult &result)
{
    if (!source.readRecord()) {
        result.error = source.hasError() ? source.error().message : tr("%1 is empty.").arg(path);
        return;
    }
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < source.fieldCount(); ++i)
        column.insert(source.fieldAt(i).trimmed().toString().toLower(), i);
    if (!column.contains(QStringLiteral("payee_name"))) {
        result.error = tr("%1 has no payee_name column: it is not a directory file.").arg(path);
        return;
    }
    const auto cell = [&](const QString &name) {
        const qsizetype i = column.value(name, -1);
        return i >= 0 && i < source.fieldCount() ? source.fieldAt(i).trimmed().toString() : QString();
    };
    const QList<Field> fields = DirectoryStore::accountFields();
    while (source.readRecord()) {
        const qint64 line = source.recordNumber();
        const QString name = cell(QStringLiteral("payee_name"));
        if (name.isEmpty()) {
            result.problems.append(tr("Row %1: the payee has no name.").arg(line));
            continue;
        }
        PayoutDetail account;
        for (const Field f : fields)
            account.setValue(f, cell(fieldKey(f)));
        const bool hasAccount = !account.destinationType().isEmpty();
        if (hasAccount) {
            const ValidationIssues issues = PayeeDirectory::accountIssues(validator, account, currency);
            const auto firstError =
                std::find_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.isError(); });
            if (firstError != issues.cend()) {
                result.problems.append(
                    tr("Row %1 (%2): %3: %4").arg(line).arg(name, fieldLabel(firstError->field), firstError->message));
                continue;
            }
        }
        // The payee of that name (and reference, when the file gives one) already saved, or a new one.
        const QString reference = cell(QStringLiteral("reference"));
        const Payee *existing = nullptr;
        for (const qint64 id : directory.index().search(name)) {
            const Payee *p = directory.payee(id);
            if (PayeeIndex::nameKey(p->name) == PayeeIndex::nameKey(name)
                && (reference.isEmpty() || p->reference == reference)) {
                existing = p;
                break;
            }
        }
        if (!existing) {
            Payee fresh;
            fresh.name = name;
            fresh.reference = reference;
            fresh.notes = cell(QStringLiteral("notes"));
            fresh.tags = cell(QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts);
            if (hasAccount)
                fresh.accounts.append({0, account, 0, 0});
            QString error;
            if (!directory.addPayee(fresh, &error)) {
                result.problems.append(tr("Row %1 (%2): %3").arg(line).arg(name, error));
                continue;
            }
            ++result.payeesAdded;
            result.accountsAdded += hasAccount ? 1 : 0;
            continue;
        }
        if (!hasAccount) {
            ++result.duplicates;
            continue;
        }
        const QString key = PayeeIndex::accountKey(account);
        if (std::any_of(existing->accounts.cbegin(), existing->accounts.cend(),
                        [&key](const PayeeAccount &a) { return PayeeIndex::accountKey(a.detail) == key; })) {
            ++result.duplicates;
            continue;
        }
        QString error;
        if (!directory.addAccount(existing->id, account, &error)) {
            result.problems.append(tr("Row %1 (%2): %3").arg(line).arg(name, error));
            continue;
        }
        ++result.accountsAdded;
    }
    if (source.hasError())
        result.error = source.error().message;
}

} // namespace Lesspay::Core
