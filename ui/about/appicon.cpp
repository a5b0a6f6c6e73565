// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/appicon.h"

namespace Lesspay::Ui {

QString AppIcon::desktopId()
{
    return QStringLiteral("com.lesspay.PayoutConsole");
}

QIcon AppIcon::icon()
{
    // The rendered PNGs rather than the SVG: small sizes stay crisp, and the window icon does not
    // depend on the SVG image plugin being installed.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        icon.addFile(QStringLiteral(":/icons/app/hicolor/%1x%1/apps/%2.png").arg(size).arg(desktopId()),
                     QSize(size, size));
    }
    return icon;
}

} // namespace Lesspay::Ui
