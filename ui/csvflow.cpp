// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvflow.h"

#include "batcheditor.h"
#include "dialogs.h"
#include "models/batchmodel.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <algorithm>

namespace Lesspay::Ui {

CsvFlow::CsvFlow(Core::Settings &settings, BatchEditor *editor, Dialogs *dialogs, QMainWindow *window,
                 QMenu *recentMenu)
    : QObject(window)
    , m_settings(settings)
    , m_editor(editor)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_recentMenu(recentMenu)
{
    updateRecentFiles();
}

void CsvFlow::chooseImportFile()
{
    const QString path =
        m_dialogs->openFileName(m_window, tr("Import recipients"),
                                tr("Recipient files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All "
                                   "files (*)"));
    if (!path.isEmpty())
        Q_EMIT importRequested(path);
}

void CsvFlow::chooseExportFile()
{
    const QString path = m_dialogs->saveFileName(m_window, tr("Export recipients"), QStringLiteral("recipients.csv"),
                                                 tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportFile(path);
}

bool CsvFlow::importFile(const QString &path)
{
    const Core::BatchModel *model = m_editor->model();
    const RecipientCsv::ImportOutcome outcome =
        RecipientCsv::importFile(path, model->validator(), model->batch().header(), m_settings, *m_dialogs, m_window);
    if (outcome.cancelled)
        return false;
    if (!outcome.ok) {
        m_dialogs->warning(m_window, QStringLiteral("importFailedMessage"), tr("Import failed"), outcome.error);
        return false;
    }
    const int imported = outcome.rows->size();
    const int firstRow = m_editor->insertValidated(outcome.rows, tr("Import %1").arg(QFileInfo(path).fileName()));
    rememberFile(path);
    if (outcome.issueCount > 0) {
        m_dialogs->information(m_window, QStringLiteral("importReportMessage"), tr("Import report"),
                               // Both counts in their language's plural forms ("1 problem", "20 problems").
                               tr("%1; %2.").arg(tr("%n row(s) imported", nullptr, imported),
                                                 tr("%n problem(s) to look at", nullptr, int(outcome.issueCount))),
                               RecipientCsv::issueReport(outcome, std::max(firstRow, 0)));
    } else {
        m_window->statusBar()->showMessage(tr("%n row(s) imported.", nullptr, imported), 5000);
    }
    return true;
}

bool CsvFlow::exportFile(const QString &path)
{
    QString error;
    if (!RecipientCsv::exportFile(path, m_editor->model()->batch(), m_editor->model()->validator(), &error)) {
        m_dialogs->warning(
            m_window, QStringLiteral("exportFailedMessage"), tr("Export not saved"),
            tr("The recipients could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    rememberFile(path);
    m_window->statusBar()->showMessage(
        tr("Exported to %1, readable only by you: it holds full account numbers.").arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void CsvFlow::forgetColumnMappings()
{
    const int count = m_settings.forgetImportMappings();
    m_window->statusBar()->showMessage(
        count == 0
            ? tr("No column mapping was remembered.")
            : tr("Forgot %n remembered column mapping(s); the next import of such a file asks again.", nullptr, count),
        8000);
}

void CsvFlow::rememberFile(const QString &path)
{
    m_settings.addRecentFile(path);
    updateRecentFiles();
}

void CsvFlow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT importRequested(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace Lesspay::Ui
