// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recipientcsv.h"

#include <QObject>

class QMainWindow;
class QMenu;

namespace Lesspay::Core {
class DetailValidator;
class Settings;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class BatchEditor;
class Dialogs;

// The main window's CSV import and export: choosing a file, importing it into the editor's batch
// (the questions, then the report), exporting the batch, and the "Open recent" menu.
class CsvFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvFlow)

public:
    // Every question (file names, the import's questions, failures, the report) goes through dialogs.
    CsvFlow(Core::Settings &settings, BatchEditor *editor, Dialogs *dialogs, QMainWindow *window, QMenu *recentMenu);

    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }

    // Inserts the file's rows into the open batch (one undo step), judged once under the
    // batch's own rules; false when nothing was imported.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    // Asks for a file, then emits importRequested() or exports.
    void chooseImportFile();
    void chooseExportFile();
    // Forgets the column mappings remembered for earlier imports and says how many.
    void forgetColumnMappings();

Q_SIGNALS:
    // The user chose a file to import (from the file dialog or the recent files); the window
    // decides which draft receives it.
    void importRequested(const QString &path);

private:
    void rememberFile(const QString &path);
    void updateRecentFiles();

    Core::Settings &m_settings;
    BatchEditor *m_editor;
    Dialogs *m_dialogs;
    QMainWindow *m_window;
    QMenu *m_recentMenu;
};

} // namespace Lesspay::Ui
