// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneytext.h"

#include <QRandomGenerator>
#include <QtTest>

#include <limits>

using namespace Lesspay::Ui;

// MoneyText is the widgets' one amount formatter and reader (the review dialog, the summary bar,
// the batches overview and the Production confirmation): exact minor units in the locale's form.

class TestMoneyText final : public QObject
{
    Q_OBJECT

private slots:
    void format_locales_groupedExactly_data();
    void format_locales_groupedExactly();
    void withCurrency_code_afterNoBreakSpace();
    void parse_formatted_readsBackSameMinorUnits_data();
    void parse_formatted_readsBackSameMinorUnits();
    void parse_typedForm_acceptsOnlyTheShownForm_data();
    void parse_typedForm_acceptsOnlyTheShownForm();
    void example_locale_isReadBack_data();
    void example_locale_isReadBack();
};

namespace {

void addLocales()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("id_ID") << QLocale(QLocale::Indonesian, QLocale::Indonesia);
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil);
    QTest::newRow("fr_FR (space groups)") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("de_CH (apostrophe groups)") << QLocale(QLocale::German, QLocale::Switzerland);
    QTest::newRow("C") << QLocale::c();
}

} // namespace

void TestMoneyText::parse_formatted_readsBackSameMinorUnits_data()
{
    addLocales();
}

void TestMoneyText::parse_formatted_readsBackSameMinorUnits()
{
    QFETCH(QLocale, locale);
    QList<qint64> values{0, 1, 9, 10, 99, 100, 999, 1000, 1001, 999999, 1000000, 947000050, 123456789012345};
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i)
        values.append(random->bounded(qint64(1), qint64(1'000'000'000'000'000)));
    for (int decimals : {0, 2, 3}) {
        for (qint64 minor : values) {
            const QString shown = MoneyText::format(minor, decimals, locale);
            QCOMPARE(MoneyText::parse(shown, decimals, locale), std::optional<qint64>(minor));
            // Without the group separators too.
            QString plain = shown;
            plain.remove(locale.groupSeparator());
            QCOMPARE(MoneyText::parse(plain, decimals, locale), std::optional<qint64>(minor));
        }
    }
}

void TestMoneyText::parse_typedForm_acceptsOnlyTheShownForm_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("expected"); // -1: no amount
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::France);

    QTest::newRow("id shown") << id << 2 << QStringLiteral("9.470.000,50") << qint64(947000050);
    QTest::newRow("id ungrouped") << id << 2 << QStringLiteral("9470000,50") << qint64(947000050);
    QTest::newRow("id spaces around") << id << 2 << QStringLiteral("  9.470.000,50 ") << qint64(947000050);
    QTest::newRow("id IDR no decimals") << id << 0 << QStringLiteral("9.470.000") << qint64(9470000);
    QTest::newRow("id API form is not guessed") << id << 2 << QStringLiteral("9470000.50") << qint64(-1);
    QTest::newRow("id english grouping") << id << 2 << QStringLiteral("9,470,000.50") << qint64(-1);
    QTest::newRow("id point as decimal") << id << 2 << QStringLiteral("1.50") << qint64(-1);
    QTest::newRow("id misplaced group") << id << 2 << QStringLiteral("94.70.000,50") << qint64(-1);
    QTest::newRow("id too many decimals") << id << 2 << QStringLiteral("1,505") << qint64(-1);
    QTest::newRow("id decimals on IDR") << id << 0 << QStringLiteral("9.470.000,50") << qint64(-1);
    QTest::newRow("id two decimal marks") << id << 2 << QStringLiteral("1,50,1") << qint64(-1);
    QTest::newRow("zh shown") << zh << 2 << QStringLiteral("9,470,000.50") << qint64(947000050);
    QTest::newRow("zh ungrouped") << zh << 2 << QStringLiteral("9470000.50") << qint64(947000050);
    QTest::newRow("zh comma decimal") << zh << 2 << QStringLiteral("9470000,50") << qint64(-1);
    QTest::newRow("us shown") << us << 2 << QStringLiteral("3,001.50") << qint64(300150);
    QTest::newRow("us misplaced group") << us << 2 << QStringLiteral("30,01.50") << qint64(-1);
    QTest::newRow("us empty") << us << 2 << QString() << qint64(-1);
    QTest::newRow("us letters") << us << 2 << QStringLiteral("3001.5O") << qint64(-1);
    QTest::newRow("us sign") << us << 2 << QStringLiteral("-3001.50") << qint64(-1);
    QTest::newRow("us no digits before point") << us << 2 << QStringLiteral(".50") << qint64(-1);
    QTest::newRow("fr typed with plain spaces") << fr << 2 << QStringLiteral("9 470 000,50") << qint64(947000050);
}

void TestMoneyText::parse_typedForm_acceptsOnlyTheShownForm()
{
    QFETCH(QLocale, locale);
    QFETCH(int, decimals);
    QFETCH(QString, typed);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = MoneyText::parse(typed, decimals, locale);
    QCOMPARE(parsed, expected < 0 ? std::nullopt : std::optional<qint64>(expected));
}

void TestMoneyText::example_locale_isReadBack_data()
{
    addLocales();
}

void TestMoneyText::example_locale_isReadBack()
{
    QFETCH(QLocale, locale);
    QCOMPARE(MoneyText::parse(MoneyText::example(2, locale), 2, locale), std::optional<qint64>(1234567));
    QCOMPARE(MoneyText::parse(MoneyText::example(0, locale), 0, locale), std::optional<qint64>(12345));
    QCOMPARE(MoneyText::parse(MoneyText::example(3, locale), 3, locale), std::optional<qint64>(12345670));
    QCOMPARE(MoneyText::example(2, QLocale(QLocale::Indonesian, QLocale::Indonesia)), QStringLiteral("12.345,67"));
}

void TestMoneyText::format_locales_groupedExactly_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::newRow("en two decimals") << "en_US" << qint64(123456789) << 2 << "1,234,567.89";
    QTest::newRow("de two decimals") << "de_DE" << qint64(123456789) << 2 << "1.234.567,89";
    QTest::newRow("id no decimals") << "id_ID" << qint64(1500000) << 0 << "1.500.000";
    QTest::newRow("en three decimals") << "en_US" << qint64(1005) << 3 << "1.005";
    QTest::newRow("en below one") << "en_US" << qint64(5) << 2 << "0.05";
    QTest::newRow("en negative below one") << "en_US" << qint64(-50) << 2 << "-0.50";
    QTest::newRow("en negative") << "en_US" << qint64(-123456) << 2 << "-1,234.56";
    QTest::newRow("en largest") << "en_US" << std::numeric_limits<qint64>::max() << 2 << "92,233,720,368,547,758.07";
}

void TestMoneyText::format_locales_groupedExactly()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(MoneyText::format(minor, decimals, QLocale(locale)), text);
}

void TestMoneyText::withCurrency_code_afterNoBreakSpace()
{
    QCOMPARE(MoneyText::withCurrency(250000, 2, QStringLiteral("PHP"), QLocale(QStringLiteral("en_US"))),
             QStringLiteral("2,500.00\u00a0PHP"));
}

QTEST_MAIN(TestMoneyText)
#include "tst_moneytext.moc"
