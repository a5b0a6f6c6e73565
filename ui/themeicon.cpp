// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeicon.h"

#include "themecolors.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace Lesspay::Ui {

QIcon ThemeIcon::load(const QString &resourcePath)
{
    return load(resourcePath, QGuiApplication::palette());
}

QIcon ThemeIcon::load(const QString &resourcePath, const QPalette &palette)
{
    if (!ThemeColors::isDark(palette))
        return QIcon(resourcePath);
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(resourcePath);
    QString svg = QString::fromUtf8(file.readAll());
    const QString ink = ThemeColors::iconInk().name();
    if (!svg.contains(ink, Qt::CaseInsensitive))
        return QIcon(resourcePath);
    svg.replace(ink, palette.color(QPalette::ButtonText).name(), Qt::CaseInsensitive);
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid())
        return QIcon(resourcePath);
    // Toolbars use 18 and 20 px, the journal lists 16 px, menus and tabs the style's small size;
    // each at 1x and 2x so high-DPI screens do not scale a blurred pixmap.
    QIcon icon;
    for (const int size : {16, 18, 20, 22, 24, 32}) {
        for (const qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

namespace {
constexpr char ResourceProperty[] = "lesspayIconResource";
}

void ThemeIcon::apply(QAction *action, const QString &resourcePath)
{
    action->setProperty(ResourceProperty, resourcePath);
    action->setIcon(load(resourcePath));
}

void ThemeIcon::refresh(const QObject *root)
{
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString resource = action->property(ResourceProperty).toString();
        if (!resource.isEmpty())
            action->setIcon(load(resource));
    }
}

} // namespace Lesspay::Ui
