// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lesspay::Core {
class ConsoleServices;
}

namespace Lesspay::Ui {

class DirectoryPage;
class MainWindow;

// The Directory page of the console window, wired to the window: accounts judged by the open
// draft's rules and entered in the recipient forms, a batch row's "Open payee in directory"
// shows the payee there, and Settings ▸ Changed-account warning sets the warning's window.
namespace DirectoryTab {

// Adds the page (a child of the window) and returns it.
DirectoryPage *add(MainWindow &window, Core::ConsoleServices &services);

} // namespace DirectoryTab

} // namespace Lesspay::Ui
