// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Lesspay::Ui {

// "Help" menu: the welcome page again, and the About box (which it opens itself).
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QWidget *parent = nullptr);
    ~HelpMenu() override;

signals:
    // The main window shows its FirstRunPage.
    void welcomeRequested();

private:
    void showAbout();
};

} // namespace Lesspay::Ui
