// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_mainwindow (not a test itself): a console that edits a draft, prints "saved"
// once the autosave has written it, and then waits to be killed with SIGKILL.
// Usage: lesspay-autosave-kill-child SETTINGS_FILE JOURNAL_FILE ROWS_TSV

#include "batcheditor.h"
#include "mainwindow.h"
#include "models/batchmodel.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "settings/settings.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

namespace Core = Lesspay::Core;
namespace LUi = Lesspay::Ui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    QFile rows(QString::fromLocal8Bit(argv[3]));
    if (!rows.open(QIODevice::ReadOnly))
        return 2;
    Core::MemorySecretStore secrets;
    Lesspay::Core::ConsoleServices::Options options;
    options.settingsPath = QString::fromLocal8Bit(argv[1]);
    options.journalPath = QString::fromLocal8Bit(argv[2]);
    options.secrets = &secrets;
    QString error;
    auto services = Lesspay::Core::ConsoleServices::create(options, &error);
    if (!services)
        return 1;
    LUi::MainWindow window(*services);
    window.show();
    window.newDraft(); // no sandbox here: the parent kills this process without warning
    window.editor()->pasteText(QString::fromUtf8(rows.readAll()));
    // One more edit after the paste, as a person would make.
    Core::BatchModel *model = window.editor()->model();
    model->setData(model->index(0, Core::BatchModel::AccountNameColumn), QStringLiteral("Ana Reyes"));
    QObject::connect(window.autosaver(), &Lesspay::Core::DraftAutosaver::saved, &app, [] {
        std::puts("saved");
        std::fflush(stdout);
    });
    return QApplication::exec();
}
