// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientcsv.h"

#include "columnmappingdialog.h"
#include "csv/recipientexporter.h"
#include "csv/recipientimporter.h"
#include "csv/xlsxexporter.h"
#include "dialogs.h"
#include "domain/detailvalidator.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace Lesspay::Ui::RecipientCsv {

using namespace Lesspay::Core;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Lesspay::Ui::RecipientCsv", text, disambiguation, n);
}

QString cannotOpen(const QString &path, const QFile &file)
{
    return tr("%1 could not be opened: %2").arg(QFileInfo(path).fileName(), file.errorString());
}

QString headerError(const RecipientImporter &importer)
{
    return importer.issues().isEmpty() ? tr("The file has no header row.") : importer.issues().first().message;
}

// Excel on Western Windows saves "CSV" as Windows-1252, which fails as UTF-8: offered once, when
// the encoding was detected rather than chosen.
bool rereadAsWindows1252(const RecipientImporter &importer, CsvReader::Encoding tried, const QString &path,
                         Dialogs &dialogs, QWidget *parent)
{
    if (tried != CsvReader::Encoding::Auto || !importer.suggestsWindows1252())
        return false;
    QMessageBox question(QMessageBox::Question, tr("Import %1").arg(QFileInfo(path).fileName()),
                         tr("%1 is not UTF-8 text. Spreadsheets on Western Windows save CSV files as "
                            "Windows-1252: read it again that way?")
                             .arg(QFileInfo(path).fileName()),
                         QMessageBox::Yes | QMessageBox::No, parent);
    question.setObjectName(QStringLiteral("windows1252Question"));
    question.setDefaultButton(QMessageBox::Yes);
    question.setInformativeText(importer.readError().message);
    // The column mapping dialog and this question are the import's: asked through the seam.
    return dialogs.exec(question) == QMessageBox::Yes;
}

// A workbook of several sheets: the user picks one; the first that starts with a header is proposed.
std::optional<int> chooseSheet(const RecipientImporter &importer, const QString &path, Dialogs &dialogs,
                               QWidget *parent)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("sheetChoiceDialog"));
    dialog.setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    dialog.setLabelText(tr("The workbook has several sheets. Import the recipients from:"));
    dialog.setComboBoxItems(importer.sheetNames());
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(importer.sheetNames().value(importer.sheet()));
    if (dialogs.exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    const int chosen = int(importer.sheetNames().indexOf(dialog.textValue()));
    return chosen < 0 ? importer.sheet() : chosen;
}

} // namespace

ImportOutcome importFile(const QString &path, const DetailValidator &validator, const BatchHeader &header,
                         Settings &settings, Dialogs &dialogs, QWidget *parent)
{
    RecipientImporter::Options options;
    // Asked in this import; kept when the file is read again in another encoding.
    std::optional<Settings::ImportMapping> asked;
    QStringList askedFor;
    for (;;) {
        ImportOutcome outcome;
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly)) {
            outcome.error = cannotOpen(path, probe);
            return outcome;
        }
        RecipientImporter first(validator, options);
        if (!first.readHeader(&probe)) {
            if (rereadAsWindows1252(first, options.encoding, path, dialogs, parent)) {
                options.encoding = CsvReader::Encoding::Windows1252;
                continue;
            }
            outcome.error = headerError(first);
            return outcome;
        }
        // The first records, as the dialog shows them and to check a remembered mapping against.
        const QList<QStringList> sample = first.readSample(20);
        const int decimals = validator.contextFor(header.currency).decimals;
        probe.close();
        if (options.sheet < 0 && first.sheetNames().size() > 1) {
            const std::optional<int> sheet = chooseSheet(first, path, dialogs, parent);
            if (!sheet) {
                outcome.cancelled = true;
                return outcome;
            }
            options.sheet = *sheet;
            if (*sheet != first.sheet())
                continue;
        }
        std::optional<Settings::ImportMapping> choice = settings.importMapping(first.headers());
        std::optional<Settings::ImportMapping> offered;
        if (choice && !(asked && askedFor == first.headers())) {
            // A mapping under which most amounts of this file fail is offered for change, not applied.
            const int amountColumn = int(choice->columns.indexOf(std::optional<Field>(Field::Amount)));
            if (RecipientImporter::separatorFit(sample, amountColumn, decimals).failsWith(choice->decimalSeparator))
                offered = std::exchange(choice, std::nullopt);
        }
        const bool remembered = choice.has_value();
        if (!choice && asked && askedFor == first.headers())
            choice = asked;
        if (!choice) {
            ColumnMappingDialog dialog(QFileInfo(path).fileName(), first.headers(),
                                       offered ? offered->columns : first.mapping(), parent);
            dialog.setObjectName(QStringLiteral("columnMappingDialog"));
            if (offered) {
                dialog.setDecimalSeparator(offered->decimalSeparator);
                dialog.setNote(tr("The columns remembered for files like this one would read most of its amounts "
                                  "as invalid. Check them and the decimal separator before importing."));
            }
            dialog.setSample(sample, decimals);
            if (dialogs.exec(dialog) != QDialog::Accepted) {
                outcome.cancelled = true;
                return outcome;
            }
            choice = Settings::ImportMapping{dialog.mapping(), dialog.decimalSeparator()};
            asked = choice;
            askedFor = first.headers();
        }

        // The decimal separator is an option of the reader: read the file again with the choice.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error = cannotOpen(path, file);
            return outcome;
        }
        // Large files take a while: show how far the import is and let the user stop it.
        QProgressDialog progress(tr("Importing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000,
                                 parent);
        progress.setObjectName(QStringLiteral("importProgress"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        const qint64 size = std::max<qint64>(1, file.size());
        RecipientImporter::Options reading = options;
        reading.decimalSeparator = choice->decimalSeparator;
        reading.progress = [&progress, size](qint64 bytesRead) {
            // QProgressDialog::setValue() keeps the window painted while it is modal.
            progress.setValue(int(std::min<qint64>(999, bytesRead * 1000 / size)));
            return !progress.wasCanceled();
        };
        RecipientImporter importer(validator, reading);
        if (!importer.readHeader(&file)) {
            outcome.error = headerError(importer);
            return outcome;
        }
        importer.setMapping(choice->columns);
        auto batch = std::make_shared<Batch>(validator, header);
        const bool read = importer.importInto(*batch);
        progress.reset();
        if (progress.wasCanceled()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (!read && rereadAsWindows1252(importer, options.encoding, path, dialogs, parent)) {
            options.encoding = CsvReader::Encoding::Windows1252;
            continue;
        }
        outcome.issues = importer.issues();
        outcome.issueCount = importer.issueCount();
        if (!read && batch->size() == 0) {
            outcome.error =
                importer.readError().message.isEmpty() ? tr("No row could be read.") : importer.readError().message;
            return outcome;
        }
        // Remembered once it worked: the next file with these columns is not asked about.
        if (!remembered)
            settings.rememberImportMapping(importer.headers(), *choice);
        outcome.rows = std::move(batch);
        outcome.ok = true;
        return outcome;
    }
}

bool isWorkbookPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

bool exportFile(const QString &path, const Batch &batch, const DetailValidator &validator, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // The file holds full account numbers: readable and writable by its owner only (0600), set on
    // the temporary file before it takes the name, so it is never readable by others on the way.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("The file's permissions could not be limited to you: %1").arg(file.errorString());
        return false;
    }
    if (isWorkbookPath(path)) {
        // An empty draft exports the workbook template: instructions and drop-down lists.
        const QString &currency = batch.header().currency;
        const bool written =
            batch.size() == 0
                ? XlsxExporter::writeTemplate(currency, validator.contextFor(currency).decimals,
                                              validator.referenceData().providers.providers(currency), &file, error)
                : XlsxExporter::writeBatch(batch, &file, error);
        if (!written)
            return false;
        if (!file.commit()) {
            if (error)
                *error = file.errorString();
            return false;
        }
        return true;
    }
    if (!RecipientExporter::writeBatch(batch, &file) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString issueReport(const ImportOutcome &outcome, int firstRow, int limit)
{
    QStringList lines;
    for (const ImportIssue &issue : outcome.issues) {
        if (lines.size() >= limit)
            break;
        // The grid's row when the record became one; the file's line always, for its editor.
        QString where;
        if (issue.batchRow >= 0)
            where = tr("row %1, line %2 of the file").arg(firstRow + issue.batchRow + 1).arg(issue.line);
        else if (issue.line > 0)
            where = tr("line %1 of the file (not imported)").arg(issue.line);
        else
            where = tr("the file");
        if (issue.column > 0)
            where = tr("%1, column %2 (%3)").arg(where).arg(issue.column).arg(issue.header);
        lines.append(where + QStringLiteral(": ") + issue.message);
    }
    if (outcome.issueCount > lines.size())
        lines.append(tr("\u2026 and %n more", nullptr, int(outcome.issueCount - lines.size())));
    return lines.join(u'\n');
}

} // namespace Lesspay::Ui::RecipientCsv
