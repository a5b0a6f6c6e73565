// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/currencytable.h"

#include <QTest>

using namespace Lesspay::Core;

class TestCurrencyTable : public QObject
{
    Q_OBJECT

private slots:
    void builtin_iso4217Exponents_data();
    void builtin_iso4217Exponents();
    void override_idrZero_appliesOnlyToCopy();
    void override_outOfRange_ignored();
    void fromJson_broken_reportsError();
};

void TestCurrencyTable::builtin_iso4217Exponents_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("decimals");
    for (const char *c : {"PHP", "IDR", "INR", "USD", "CNY", "BRL"})
        QTest::newRow(c) << QString::fromLatin1(c) << 2;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
}

void TestCurrencyTable::builtin_iso4217Exponents()
{
    QFETCH(QString, code);
    QFETCH(int, decimals);
    const CurrencyTable table = CurrencyTable::builtin();
    QCOMPARE(table.decimals(code), std::optional<int>(decimals));
    QVERIFY(!table.name(code).isEmpty());
}

void TestCurrencyTable::override_idrZero_appliesOnlyToCopy()
{
    const CurrencyTable table = CurrencyTable::builtin();
    const CurrencyTable profile = table.withDecimalOverrides({{QStringLiteral("IDR"), 0}});
    QCOMPARE(profile.decimals(QStringLiteral("IDR")), std::optional<int>(0));
    QCOMPARE(table.decimals(QStringLiteral("IDR")), std::optional<int>(2));
    QCOMPARE(profile.decimals(QStringLiteral("PHP")), std::optional<int>(2));
    QVERIFY(!profile.decimals(QStringLiteral("XXX")).has_value());
    QVERIFY(table.codes().contains(QStringLiteral("PHP")));
}

void TestCurrencyTable::override_outOfRange_ignored()
{
    const CurrencyTable t = CurrencyTable::builtin().withDecimalOverrides(
        {{QStringLiteral("PHP"), -1}, {QStringLiteral("USD"), 19}, {QStringLiteral("NOPE"), 1}});
    QCOMPARE(t.decimals(QStringLiteral("PHP")), std::optional<int>(2));
    QCOMPARE(t.decimals(QStringLiteral("USD")), std::optional<int>(2));
    QVERIFY(!t.contains(QStringLiteral("NOPE")));
}

void TestCurrencyTable::fromJson_broken_reportsError()
{
    QString error;
    QVERIFY(!CurrencyTable::fromJson("{", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CurrencyTable::fromJson(R"({"currencies":[{"code":"PHP","decimals":-2}]})", &error));
    QVERIFY(!CurrencyTable::fromJson(R"({"currencies":[]})", &error));
    const auto ok = CurrencyTable::fromJson(R"({"currencies":[{"code":"PHP","decimals":2,"name":"Peso"}]})");
    QVERIFY(ok);
    QCOMPARE(ok->decimals(QStringLiteral("PHP")), std::optional<int>(2));
}

QTEST_GUILESS_MAIN(TestCurrencyTable)
#include "tst_currencytable.moc"
