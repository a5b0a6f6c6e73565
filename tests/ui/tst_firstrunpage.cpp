// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun/firstrunpage.h"
#include "i18n/translationloader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using Lesspay::Core::TranslationLoader;
using Lesspay::Ui::FirstRunPage;

namespace {

const QString kSettingsPath = QStringLiteral("/home/finance/.config/Lesspay/settings.ini");

QStringList visibleTexts(const QWidget &page)
{
    QStringList texts;
    for (const auto *label : page.findChildren<QLabel *>())
        texts.append(label->text());
    for (const auto *button : page.findChildren<QAbstractButton *>())
        texts.append(button->text());
    return texts;
}

} // namespace

class TestFirstRunPage final : public QObject
{
    Q_OBJECT

private slots:
    void button_clicked_emitsRequest_data();
    void button_clicked_emitsRequest();
    void mnemonic_altKey_emitsRequest();
    void secretSection_always_namesKeyringAndSettingsFile();
    void chineseLocale_everyText_isTranslated();
    void indonesianLocale_title_isIndonesian();
};

void TestFirstRunPage::button_clicked_emitsRequest_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("signalIndex");
    QTest::newRow("sandbox") << QStringLiteral("openSandboxButton") << 0;
    QTest::newRow("profile") << QStringLiteral("addProfileButton") << 1;
    QTest::newRow("template") << QStringLiteral("saveTemplateButton") << 2;
}

void TestFirstRunPage::button_clicked_emitsRequest()
{
    QFETCH(QString, button);
    QFETCH(int, signalIndex);
    FirstRunPage page(kSettingsPath);
    QSignalSpy sandbox(&page, &FirstRunPage::sandboxRequested);
    QSignalSpy profile(&page, &FirstRunPage::addProfileRequested);
    QSignalSpy csvTemplate(&page, &FirstRunPage::csvTemplateRequested);

    auto *target = page.findChild<QPushButton *>(button);
    QVERIFY(target);
    QVERIFY(!target->accessibleName().isEmpty() || !target->text().isEmpty());
    QTest::mouseClick(target, Qt::LeftButton);

    const QList<int> counts{int(sandbox.count()), int(profile.count()), int(csvTemplate.count())};
    QList<int> expected{0, 0, 0};
    expected[signalIndex] = 1;
    QCOMPARE(counts, expected);
}

void TestFirstRunPage::mnemonic_altKey_emitsRequest()
{
    FirstRunPage page(kSettingsPath);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy csvTemplate(&page, &FirstRunPage::csvTemplateRequested);
    QSignalSpy sandbox(&page, &FirstRunPage::sandboxRequested);

    // The sandbox button has the initial focus, so Space starts the safe path.
    QCOMPARE(QApplication::focusWidget(), page.findChild<QPushButton *>(QStringLiteral("openSandboxButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
    // A mnemonic animates the click, which emits after the animation.
    QTRY_COMPARE(csvTemplate.count(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(sandbox.count(), 1);
}

void TestFirstRunPage::secretSection_always_namesKeyringAndSettingsFile()
{
    FirstRunPage page(kSettingsPath);
    const auto *secret = page.findChild<QLabel *>(QStringLiteral("secretSection"));
    QVERIFY(secret);
    QVERIFY(secret->text().contains(kSettingsPath));
    QVERIFY(secret->text().contains(QStringLiteral("keyring")));
    QVERIFY(!secret->accessibleName().isEmpty());
}

void TestFirstRunPage::chineseLocale_everyText_isTranslated()
{
    const QStringList english = visibleTexts(FirstRunPage(kSettingsPath));

    TranslationLoader loader(*QCoreApplication::instance());
    QCOMPARE(loader.install(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    FirstRunPage page(kSettingsPath);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("firstRunTitle"))->text(),
             QStringLiteral("欢迎使用 Lesspay 代付控制台"));
    QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("openSandboxButton"))->text(),
             QStringLiteral("打开本地沙箱(&L)"));
    const QStringList chinese = visibleTexts(page);
    QCOMPARE(chinese.size(), english.size());
    for (qsizetype i = 0; i < chinese.size(); ++i) {
        if (!english.at(i).isEmpty())
            QVERIFY2(chinese.at(i) != english.at(i), qPrintable(english.at(i)));
    }
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("secretSection"))->text().contains(kSettingsPath));
}

void TestFirstRunPage::indonesianLocale_title_isIndonesian()
{
    TranslationLoader loader(*QCoreApplication::instance());
    QCOMPARE(loader.install(QLocale(QLocale::Indonesian, QLocale::Indonesia)), QStringLiteral("id"));
    FirstRunPage page(kSettingsPath);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("firstRunTitle"))->text(),
             QStringLiteral("Selamat datang di Konsol Pembayaran Lesspay"));
    QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("addProfileButton"))->text(),
             QStringLiteral("&Tambahkan profil sungguhan…"));
}

QTEST_MAIN(TestFirstRunPage)
#include "tst_firstrunpage.moc"
