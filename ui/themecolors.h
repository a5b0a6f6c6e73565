// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Lesspay::Ui {

// Status colours derived from a palette, so that tints and text stay readable under both
// light and dark themes instead of hard-coding colours chosen for a white background.
class ThemeColors
{
public:
    static bool isDark(const QPalette &palette);
    static QColor errorBackground(const QPalette &palette);
    static QColor warningBackground(const QPalette &palette);
    static QColor notApplicableBackground(const QPalette &palette);
    static QColor errorText(const QPalette &palette);
    // "color: <errorText>;" for the style sheets of status labels.
    static QString errorTextStyle(const QPalette &palette);
    // Amber text for warnings, readable on light and dark palettes: distinct from the error red.
    static QColor warningText(const QPalette &palette);
    static QString warningTextStyle(const QPalette &palette);
};

} // namespace Lesspay::Ui
