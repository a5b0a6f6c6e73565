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

QColor ThemeColors::accent(Accent accent)
{
    switch (accent) {
    case Accent::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case Accent::Danger:
        return QColor(0xc6, 0x28, 0x28);
    case Accent::Caution:
        return QColor(0xb2, 0x54, 0x00);
    case Accent::Attention:
        return QColor(0x6a, 0x1b, 0x9a);
    case Accent::Unknown:
        return QColor(0x8d, 0x6e, 0x00);
    case Accent::Info:
        return QColor(0x15, 0x65, 0xc0);
    case Accent::Neutral:
        break;
    case Accent::Slate:
        return QColor(0x54, 0x6e, 0x7a);
    case Accent::Muted:
        return QColor(0xb0, 0xbe, 0xc5);
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor ThemeColors::onAccent()
{
    return QColor(0xff, 0xff, 0xff);
}

QString ThemeColors::badgeStyle(Accent accent, const QString &extra)
{
    return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;%3%4 }")
        .arg(ThemeColors::accent(accent).name(), onAccent().name(), extra.isEmpty() ? QString() : QStringLiteral(" "),
             extra);
}

QColor ThemeColors::iconInk()
{
    return QColor(0x37, 0x47, 0x4f);
}

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

QColor ThemeColors::warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xe0, 0x82) : QColor(0x8d, 0x6e, 0x00);
}

QColor ThemeColors::successText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
}

QColor ThemeColors::infoText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
}

QString ThemeColors::errorTextStyle(const QPalette &palette)
{
    return textStyle(errorText(palette));
}

QString ThemeColors::textStyle(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

QString ThemeColors::warningTextStyle(const QPalette &palette)
{
    return textStyle(warningText(palette));
}

} // namespace Lesspay::Ui
