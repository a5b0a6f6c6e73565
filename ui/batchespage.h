// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lesspay::Core {
class ConsoleServices;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class BatchesView;
class MainWindow;

// The Batches page of the console window, wired to the window both ways: a batch chosen in the
// side list opens there, and a retry draft made there opens in the editor.
namespace BatchesPage {

// Adds the page (a child of the window) and returns it.
BatchesView *add(MainWindow &window, Core::ConsoleServices &services);

} // namespace BatchesPage

} // namespace Lesspay::Ui
