// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientcsv.h"

#include "columnmappingdialog.h"
#include "csv/recipientexporter.h"
#include "csv/recipientimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>

#include <algorithm>

namespace Lesspay::Ui::RecipientCsv {

using namespace Lesspay::Core;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Ui::RecipientCsv", text);
}

} // namespace

ImportOutcome importFile(const QString &path, const DetailValidator &validator, const BatchHeader &header,
                         QWidget *parent)
{
    ImportOutcome outcome;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        outcome.error = tr("%1 could not be opened: %2").arg(QFileInfo(path).fileName(), probe.errorString());
        return outcome;
    }
    RecipientImporter first(validator);
    if (!first.readHeader(&probe)) {
        outcome.error = first.issues().isEmpty() ? tr("The file has no header row.") : first.issues().first().message;
        return outcome;
    }
    ColumnMappingDialog dialog(QFileInfo(path).fileName(), first.headers(), first.mapping(), parent);
    if (dialog.exec() != QDialog::Accepted) {
        outcome.cancelled = true;
        return outcome;
    }
    probe.close();

    // The decimal separator is an option of the reader: read the file again with the choice.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("%1 could not be opened: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return outcome;
    }
    // Large files take a while: show how far the import is and let the user stop it.
    QProgressDialog progress(tr("Importing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const qint64 size = std::max<qint64>(1, file.size());
    RecipientImporter::Options options;
    options.decimalSeparator = dialog.decimalSeparator();
    options.progress = [&progress, size](qint64 bytesRead) {
        // QProgressDialog::setValue() keeps the window painted while it is modal.
        progress.setValue(int(std::min<qint64>(999, bytesRead * 1000 / size)));
        return !progress.wasCanceled();
    };
    RecipientImporter importer(validator, options);
    if (!importer.readHeader(&file)) {
        outcome.error =
            importer.issues().isEmpty() ? tr("The file has no header row.") : importer.issues().first().message;
        return outcome;
    }
    importer.setMapping(dialog.mapping());
    Batch batch(validator, header);
    const bool read = importer.importInto(batch);
    progress.reset();
    if (progress.wasCanceled()) {
        outcome.cancelled = true;
        return outcome;
    }
    outcome.issues = importer.issues();
    outcome.issueCount = importer.issueCount();
    if (!read && batch.size() == 0) {
        outcome.error =
            importer.readError().message.isEmpty() ? tr("No row could be read.") : importer.readError().message;
        return outcome;
    }
    outcome.details.reserve(batch.size());
    for (int row = 0; row < batch.size(); ++row)
        outcome.details.append(batch.detail(row));
    outcome.ok = true;
    return outcome;
}

bool exportFile(const QString &path, const Batch &batch, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!RecipientExporter::writeBatch(batch, &file) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString issueReport(const ImportOutcome &outcome, int limit)
{
    QStringList lines;
    for (const ImportIssue &issue : outcome.issues) {
        if (lines.size() >= limit)
            break;
        const QString where = issue.column > 0
                                  ? tr("row %1, column %2 (%3)").arg(issue.row).arg(issue.column).arg(issue.header)
                                  : tr("row %1").arg(issue.row);
        lines.append(where + QStringLiteral(": ") + issue.message);
    }
    if (outcome.issueCount > lines.size())
        lines.append(tr("\u2026 and %1 more").arg(outcome.issueCount - lines.size()));
    return lines.join(u'\n');
}

} // namespace Lesspay::Ui::RecipientCsv
