// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Lesspay::Ui {

// The application and window icon, embedded under :/icons/app/hicolor/<size>/apps/.
class AppIcon final
{
public:
    // The freedesktop id: .desktop file name, icon name and AppStream id.
    static QString desktopId();
    static QIcon icon();
};

} // namespace Lesspay::Ui
