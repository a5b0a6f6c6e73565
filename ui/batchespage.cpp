// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchespage.h"

#include "batchdetailwidget.h"
#include "batchesview.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "models/batchlistmodel.h"
#include "session/consoleservices.h"
#include "settings/settings.h"

#include <QDir>
#include <QHash>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace Lesspay::Ui::BatchesPage {

BatchesView *add(MainWindow &window, Core::ConsoleServices &services)
{
    // Submitted batches followed live through the engine.
    auto *batches = new BatchesView(services.journal());
    batches->setEngine(&services.engine());
    // In a team workspace, colleagues' batches and approvals as the server announces them.
    batches->followJournal(services.journalNotifier());
    batches->setStatusBar(window.statusBar());
    Core::Settings &settings = services.settings();
    const auto updateProfileNames = [&settings, batches] {
        QHash<QString, QString> names;
        for (const Core::Profile &profile : settings.profiles())
            names.insert(profile.id.toString(QUuid::WithoutBraces), profile.name);
        batches->setProfileNames(names);
    };
    updateProfileNames();
    QObject::connect(&settings, &Core::Settings::profilesChanged, batches, updateProfileNames);
    // Its file name question goes through the window's seam, like every other question.
    batches->detail()->setSaveFileNameProvider([&window, batches](const QString &title, const QString &suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return window.dialogs()->saveFileName(batches, title, QDir(dir).filePath(suggested),
                                              BatchDetailWidget::tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    });
    batches->detail()->setProfileLookup(
        [&settings](const QString &profileId) { return settings.profile(QUuid::fromString(profileId)); });
    window.addPage(batches, batches->tabIcon(), batches->tabText());
    batches->attachToTab(window.pages());

    QObject::connect(batches, &BatchesView::retryDraftCreated, &window, [&window](qint64 draftId) {
        window.openDraft(draftId);
        window.pages()->setCurrentIndex(0);
    });
    QObject::connect(&window, &MainWindow::batchActivated, batches, [&window, batches](const QString &requestId) {
        window.pages()->setCurrentWidget(batches);
        batches->selectBatch(requestId);
    });
    return batches;
}

} // namespace Lesspay::Ui::BatchesPage
