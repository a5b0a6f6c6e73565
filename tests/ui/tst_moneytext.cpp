// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneytext.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Lesspay::Ui;

// MoneyText is the widgets' one amount formatter (the review dialog, the summary bar and the
// batches overview all use it): exact minor units with the locale's grouping and decimal point.
class TestMoneyText : public QObject
{
    Q_OBJECT

private slots:
    void format_locales_groupedExactly_data();
    void format_locales_groupedExactly();
    void withCurrency_code_afterNoBreakSpace();
};

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
