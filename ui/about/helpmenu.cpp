// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/helpmenu.h"

#include "about/aboutdialog.h"

#include <QAction>

namespace Lesspay::Ui {

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(tr("&Help"), parent)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *welcome = addAction(tr("&Welcome page"));
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    connect(welcome, &QAction::triggered, this, &HelpMenu::welcomeRequested);
    addSeparator();
    QAction *about = addAction(tr("&About Lesspay Payout Console"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
}

HelpMenu::~HelpMenu() = default;

void HelpMenu::showAbout()
{
    // One About box at a time, parented to the window so it centres on it and goes with it.
    auto *dialog = parentWidget() ? parentWidget()->findChild<AboutDialog *>() : nullptr;
    if (!dialog) {
        dialog = new AboutDialog(parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace Lesspay::Ui
