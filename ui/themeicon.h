// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QAction;
class QObject;

namespace Lesspay::Ui {

// Loads the console's monochrome action icons. They are drawn in a dark slate that vanishes on a
// dark window, so under a dark palette the slate strokes are recoloured to the palette's
// ButtonText; coloured accents (blue "add" marks) are kept.
class ThemeIcon
{
public:
    static QIcon load(const QString &resourcePath);
    static QIcon load(const QString &resourcePath, const QPalette &palette);

    // Sets the icon of `action` and remembers its resource, so that refresh() can load it again
    // when the palette changes (a user switching to a dark style while the console runs).
    static void apply(QAction *action, const QString &resourcePath);
    // Reloads, for the application palette, the icons of every action below `root` that
    // apply() set.
    static void refresh(const QObject *root);
};

} // namespace Lesspay::Ui
