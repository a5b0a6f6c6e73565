// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languagemenu.h"
#include "i18n/translationloader.h"
#include "settings/settings.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Lesspay::Core::Settings;
using Lesspay::Core::TranslationLoader;
using Lesspay::Ui::LanguageMenu;

namespace {

QString checkedCode(const LanguageMenu &menu)
{
    for (const QAction *action : menu.actions()) {
        if (action->isChecked())
            return action->data().toString();
    }
    return QStringLiteral("<none>");
}

QAction *actionFor(const LanguageMenu &menu, const QString &code)
{
    for (QAction *action : menu.actions()) {
        if (action->isCheckable() && action->data().toString() == code)
            return action;
    }
    return nullptr;
}

} // namespace

class TestLanguageMenu final : public QObject
{
    Q_OBJECT

private slots:
    void constructor_storedOverride_isChecked_data();
    void constructor_storedOverride_isChecked();
    void trigger_language_savesOverrideAndEmits_data();
    void trigger_language_savesOverrideAndEmits();
    void trigger_currentLanguage_emitsNothing();
};

void TestLanguageMenu::constructor_storedOverride_isChecked_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("checked");
    QTest::newRow("none") << QString() << QString();
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("id");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("unshipped means system") << QStringLiteral("fr") << QString();
}

void TestLanguageMenu::constructor_storedOverride_isChecked()
{
    QFETCH(QString, stored);
    QFETCH(QString, checked);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLanguageOverride(stored);
    LanguageMenu menu(settings);
    // The system language plus every shipped language, in their own names.
    QCOMPARE(menu.actions().size(), TranslationLoader::availableLanguages().size() + 2);
    QVERIFY(actionFor(menu, QStringLiteral("zh_CN")));
    QCOMPARE(actionFor(menu, QStringLiteral("zh_CN"))->text(), QStringLiteral("简体中文"));
    QVERIFY(actionFor(menu, QStringLiteral("pt_BR")));
    QCOMPARE(actionFor(menu, QStringLiteral("pt_BR"))->text(), QStringLiteral("Português (Brasil)"));
    QCOMPARE(checkedCode(menu), checked);
}

void TestLanguageMenu::trigger_language_savesOverrideAndEmits_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expectedLocale");
    QTest::newRow("system to zh_CN") << QString() << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_CN to id") << QStringLiteral("zh_CN") << QStringLiteral("id") << QStringLiteral("id_ID");
    QTest::newRow("id to pt_BR") << QStringLiteral("id") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("id to system") << QStringLiteral("id") << QString() << QLocale(QLocale::German).name();
}

void TestLanguageMenu::trigger_language_savesOverrideAndEmits()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expectedLocale);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(path);
        settings.setLanguageOverride(from);
        LanguageMenu menu(settings);
        QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
        actionFor(menu, to)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), to);
        QCOMPARE(checkedCode(menu), to);
    }
    // Saved to disk: the next start reads it and installs that language.
    Settings reread(path);
    QCOMPARE(reread.languageOverride(), to);
    QCOMPARE(TranslationLoader::resolveLocale(reread.languageOverride(), QLocale(QLocale::German)).name(),
             expectedLocale);
}

void TestLanguageMenu::trigger_currentLanguage_emitsNothing()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLanguageOverride(QStringLiteral("id"));
    LanguageMenu menu(settings);
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    actionFor(menu, QStringLiteral("id"))->trigger();
    QCOMPARE(chosen.count(), 0);
    QVERIFY(!LanguageMenu::restartHint().isEmpty());
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
