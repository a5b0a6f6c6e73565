// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/aboutdialog.h"
#include "about/appicon.h"
#include "about/helpmenu.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using Lesspay::Ui::AboutDialog;
using Lesspay::Ui::AppIcon;
using Lesspay::Ui::HelpMenu;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private slots:
    void components_always_listConsoleQtAndKeychain();
    void copyButton_clicked_putsVersionReportOnClipboard();
    void appIcon_everySize_isEmbedded_data();
    void appIcon_everySize_isEmbedded();
    void helpMenu_welcome_emitsRequest();
    void helpMenu_aboutTwice_opensOneDialog();
};

void TestAboutDialog::components_always_listConsoleQtAndKeychain()
{
    const auto components = AboutDialog::components();
    QVERIFY(components.size() >= 4);
    QCOMPARE(components.at(0).version, QStringLiteral(LESSPAY_VERSION));
    QCOMPARE(components.at(1).name, QStringLiteral("Qt"));
    QVERIFY(components.at(1).version.startsWith(QString::fromLatin1(qVersion())));
    QCOMPARE(components.at(2).name, QStringLiteral("QtKeychain"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(components.at(2).version).hasMatch());
    for (const auto &component : components)
        QVERIFY2(!component.version.isEmpty(), qPrintable(component.name));
}

void TestAboutDialog::copyButton_clicked_putsVersionReportOnClipboard()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyVersionsButton"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, AboutDialog::versionReport());
    QVERIFY(text.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(LESSPAY_VERSION)));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("copiedLabel"))->text().isEmpty());
}

void TestAboutDialog::appIcon_everySize_isEmbedded_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%d", size) << size;
}

void TestAboutDialog::appIcon_everySize_isEmbedded()
{
    QFETCH(int, size);
    const QIcon icon = AppIcon::icon();
    QVERIFY(icon.availableSizes().contains(QSize(size, size)));
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    // The tile is opaque green in the middle of its left edge and transparent in the corners.
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QVERIFY(image.pixelColor(size / 8, size / 2).green() > image.pixelColor(size / 8, size / 2).red());
}

void TestAboutDialog::helpMenu_welcome_emitsRequest()
{
    QWidget window;
    auto *menu = new HelpMenu(&window);
    QSignalSpy welcome(menu, &HelpMenu::welcomeRequested);
    menu->findChild<QAction *>(QStringLiteral("welcomeAction"))->trigger();
    QCOMPARE(welcome.count(), 1);
}

void TestAboutDialog::helpMenu_aboutTwice_opensOneDialog()
{
    QWidget window;
    window.show();
    auto *menu = new HelpMenu(&window);
    auto *about = menu->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    about->trigger();
    const auto dialogs = window.findChildren<AboutDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first()->isVisible());
    dialogs.first()->close();
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
