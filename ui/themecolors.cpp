// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themecolors.h"

namespace Lesspay::Ui {

namespace {

// Mixes `tint` into `base` with the given weight (0..1); keeps the result near the base
// lightness so a dark base stays dark and a light base stays light.
QColor blend(const QColor &base, const QColor &tint, double weight)
{
    const auto mix = [weight](double a, double b) { return a * (1.0 - weight) + b * weight; };
    return QColor::fromRgbF(float(mix(base.redF(), tint.redF())), float(mix(base.greenF(), tint.greenF())),
                            float(mix(base.blueF(), tint.blueF())));
}

} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ThemeColors::errorBackground(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), QColor(0xe5, 0x39, 0x35), 0.2);
}

QColor ThemeColors::warningBackground(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), QColor(0xff, 0xb3, 0x00), 0.2);
}

QColor ThemeColors::notApplicableBackground(const QPalette &palette)
{
    // AlternateBase alone is too close to Base in many themes; lean towards Window as well.
    const QColor base = palette.color(QPalette::Base);
    const QColor shade = blend(palette.color(QPalette::AlternateBase), palette.color(QPalette::Window), 0.5);
    const QColor mixed = blend(base, shade, 0.8);
    // Themes such as Adwaita dark give Base, AlternateBase and Window nearly the same colour; step
    // the lightness a little away from Base so the cells still read as greyed out.
    if (qAbs(mixed.lightness() - base.lightness()) >= 10)
        return mixed;
    return isDark(palette) ? base.lighter(130) : base.darker(107);
}

QColor ThemeColors::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

QString ThemeColors::errorTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(errorText(palette).name());
}

QColor ThemeColors::warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8d, 0x6e, 0x00);
}

QString ThemeColors::warningTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(warningText(palette).name());
}

} // namespace Lesspay::Ui
