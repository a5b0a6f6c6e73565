// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Lesspay::Ui {

// The console's one source of colours. Status tints and text are derived from a palette, so that
// they stay readable under both light and dark themes instead of hard-coding colours chosen for a
// white background; badges, dots and bars take a solid accent with white text on it, chosen to stay
// apart for the common colour-vision deficiencies and to meet WCAG AA in every theme.
class ThemeColors
{
public:
    enum class Accent {
        Success,   // paid, local sandbox
        Danger,    // failed, rejected, production
        Caution,   // partly paid
        Attention, // needs a person
        Unknown,   // outcome unknown
        Info,      // in progress, test host
        Neutral,   // anything else
        Slate,     // a custom server
        Muted      // not decided yet (a bar's empty part); no text on it
    };

    static QColor accent(Accent accent);
    // Text and glyphs on an accent.
    static QColor onAccent();
    // A bold white-on-accent QLabel; `extra` adds declarations (padding, radius).
    static QString badgeStyle(Accent accent, const QString &extra = {});

    // The slate every icon under resources/icons/ui is drawn with (ThemeIcon recolours it).
    static QColor iconInk();

    static bool isDark(const QPalette &palette);
    static QColor errorBackground(const QPalette &palette);
    static QColor warningBackground(const QPalette &palette);
    static QColor notApplicableBackground(const QPalette &palette);
    static QColor errorText(const QPalette &palette);
    static QColor warningText(const QPalette &palette);
    static QColor successText(const QPalette &palette);
    static QColor infoText(const QPalette &palette);
    // "color: <errorText>;" for the style sheets of status labels.
    static QString errorTextStyle(const QPalette &palette);
    static QString warningTextStyle(const QPalette &palette);
    // "color: <color>;"
    static QString textStyle(const QColor &color);
};

} // namespace Lesspay::Ui
