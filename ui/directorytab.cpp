// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorytab.h"

#include "batcheditor.h"
#include "dialogs.h"
#include "directory/payeedirectory.h"
#include "directorypage.h"
#include "directorysettingsdialog.h"
#include "mainwindow.h"
#include "models/batchmodel.h"
#include "payeeaccountform.h"
#include "session/consoleservices.h"
#include "session/draftsession.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QTabWidget>

namespace Lesspay::Ui::DirectoryTab {

DirectoryPage *add(MainWindow &window, Core::ConsoleServices &services)
{
    // Imported and entered accounts are judged by the open draft's rules.
    const auto rules = [&window] {
        Core::DraftSession *session = window.session();
        const QString currency = session->model() ? session->model()->batch().header().currency : QString();
        return DirectoryPage::Rules{&session->validator(), currency};
    };
    auto *page = new DirectoryPage(services.directory(), rules, &window);
    page->setDialogs(window.dialogs());
    page->setAccountEditor([&window, rules](QWidget *parent, const Core::PayoutDetail &account) {
        const DirectoryPage::Rules r = rules();
        return PayeeAccountForm(*window.dialogs(), *r.validator, r.currency).edit(parent, account);
    });
    window.addPage(page, QIcon(QStringLiteral(":/icons/profile.svg")), DirectoryPage::tabTitle());

    QObject::connect(window.editor(), &BatchEditor::payeeRequested, page, [&window, page](qint64 payeeId) {
        window.pages()->setCurrentWidget(page);
        page->showPayee(payeeId);
    });

    // Settings ▸ Changed-account warning…, beside Profiles.
    auto *warning = new QAction(DirectorySettingsDialog::tr("Changed-&account warning\u2026"), &window);
    warning->setObjectName(QStringLiteral("payeeWarningSettingsAction"));
    QObject::connect(warning, &QAction::triggered, &window, [&window, &services] {
        DirectorySettingsDialog dialog(services.directory().changeWindowDays(), &window);
        if (window.dialogs()->exec(dialog) == QDialog::Accepted)
            services.setPayeeChangeWarningDays(dialog.changeWarningDays());
    });
    if (auto *profiles = window.findChild<QAction *>(QStringLiteral("profilesAction"))) {
        for (QObject *owner : profiles->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner))
                menu->addAction(warning);
        }
    }
    return page;
}

} // namespace Lesspay::Ui::DirectoryTab
