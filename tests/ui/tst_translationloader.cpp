// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QtTest>

using Lesspay::Core::TranslationLoader;

class TestTranslationLoader final : public QObject
{
    Q_OBJECT

private slots:
    void resolveLocale_override_usesShippedLanguageOrSystem_data();
    void resolveLocale_override_usesShippedLanguageOrSystem();
    void install_locale_loadsBestShippedLanguage_data();
    void install_locale_loadsBestShippedLanguage();
    void install_chinese_alsoLoadsQtBase();
    void install_brazilianPortuguese_loadsQtBaseAndPluralForms();
    void install_english_writesPluralFormsOut();
    void destructor_installed_removesTranslators();
};

void TestTranslationLoader::resolveLocale_override_usesShippedLanguageOrSystem_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");

    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("empty override follows system") << QString() << german << german.name();
    QTest::newRow("shipped override wins") << QStringLiteral("zh_CN") << german << QStringLiteral("zh_CN");
    QTest::newRow("indonesian override") << QStringLiteral("id") << german << QStringLiteral("id_ID");
    QTest::newRow("unshipped override ignored") << QStringLiteral("fr") << german << german.name();
    QTest::newRow("brazilian portuguese override") << QStringLiteral("pt_BR") << german << QStringLiteral("pt_BR");
    QTest::newRow("whitespace trimmed") << QStringLiteral(" id ") << german << QStringLiteral("id_ID");
}

void TestTranslationLoader::resolveLocale_override_usesShippedLanguageOrSystem()
{
    QFETCH(QString, override);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);
    QCOMPARE(TranslationLoader::resolveLocale(override, system).name(), expected);
}

void TestTranslationLoader::install_locale_loadsBestShippedLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("zh_CN");
    QTest::newRow("zh-Hans-CN") << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
                                << QStringLiteral("zh_CN");
    QTest::newRow("id_ID") << QLocale(QLocale::Indonesian, QLocale::Indonesia) << QStringLiteral("id");
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << QStringLiteral("pt_BR");
    // The Brazilian words (PIX, favorecido) are not those of Portugal; English stays the fallback there.
    QTest::newRow("pt_PT is not pt_BR") << QLocale(QLocale::Portuguese, QLocale::Portugal) << QStringLiteral("en");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
    QTest::newRow("unshipped falls back to en") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("en");
    QTest::newRow("traditional chinese is not simplified")
        << QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan) << QStringLiteral("en");
}

void TestTranslationLoader::install_locale_loadsBestShippedLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    TranslationLoader loader(*QCoreApplication::instance());
    QCOMPARE(loader.install(locale), expected);
}

void TestTranslationLoader::install_chinese_alsoLoadsQtBase()
{
    TranslationLoader loader(*QCoreApplication::instance());
    QCOMPARE(loader.install(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    QVERIFY(loader.hasQtTranslation());
    // A string of Qt's own standard buttons, from qtbase_zh_CN.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QCoreApplication::translate("Amount", "The amount is empty."), QStringLiteral("金额为空。"));
}

void TestTranslationLoader::install_brazilianPortuguese_loadsQtBaseAndPluralForms()
{
    TranslationLoader loader(*QCoreApplication::instance());
    QCOMPARE(loader.install(QLocale(QLocale::Portuguese, QLocale::Brazil)), QStringLiteral("pt_BR"));
    QVERIFY(loader.hasQtTranslation());
    // From qtbase_pt_BR.qm (Debian's qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    QCOMPARE(QCoreApplication::translate("Field", "Deposit key"), QStringLiteral("Chave PIX"));
    const char *source = "This currency takes at most %n decimal(s).";
    QCOMPARE(QCoreApplication::translate("Amount", source, nullptr, 1),
             QStringLiteral("Esta moeda usa no máximo 1 casa decimal."));
    QCOMPARE(QCoreApplication::translate("Amount", source, nullptr, 2),
             QStringLiteral("Esta moeda usa no máximo 2 casas decimais."));
}

void TestTranslationLoader::install_english_writesPluralFormsOut()
{
    TranslationLoader loader(*QCoreApplication::instance());
    QCOMPARE(loader.install(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en"));
    QVERIFY(!loader.hasQtTranslation());
    const char *source = "This currency takes at most %n decimal(s).";
    QCOMPARE(QCoreApplication::translate("Amount", source, nullptr, 1),
             QStringLiteral("This currency takes at most 1 decimal."));
    QCOMPARE(QCoreApplication::translate("Amount", source, nullptr, 3),
             QStringLiteral("This currency takes at most 3 decimals."));
    // The import report counts its problems as a count is written ("1 problem", "20 problems").
    const char *problems = "%n problem(s) to look at";
    QCOMPARE(QCoreApplication::translate("Lesspay::Ui::CsvFlow", problems, nullptr, 1),
             QStringLiteral("1 problem to look at"));
    QCOMPARE(QCoreApplication::translate("Lesspay::Ui::CsvFlow", problems, nullptr, 20),
             QStringLiteral("20 problems to look at"));
}

void TestTranslationLoader::destructor_installed_removesTranslators()
{
    {
        TranslationLoader loader(*QCoreApplication::instance());
        loader.install(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(QCoreApplication::translate("Amount", "The amount is empty.")
                != QStringLiteral("The amount is empty."));
    }
    QCOMPARE(QCoreApplication::translate("Amount", "The amount is empty."), QStringLiteral("The amount is empty."));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
