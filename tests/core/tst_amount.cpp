// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/amount.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Lesspay::Core;
using Error = Amount::Error;

class TestAmount : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseLocalized_data();
    void parseLocalized();
    void format_data();
    void format();
    void formatLocalized_data();
    void formatLocalized();
    void checkedAdd_overflow_returnsNothing();
    void roundTrip_randomAmounts_exact();
    void errorMessage_everyError_hasText();
};

void TestAmount::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<Error>("error");

    QTest::newRow("integer") << "100" << 2 << qint64(10000) << Error::None;
    QTest::newRow("two decimals") << "100.00" << 2 << qint64(10000) << Error::None;
    QTest::newRow("one decimal") << "1000000.1" << 2 << qint64(100000010) << Error::None;
    QTest::newRow("trailing zero kept exact") << "1000000.10" << 2 << qint64(100000010) << Error::None;
    QTest::newRow("zero") << "0.00" << 2 << qint64(0) << Error::None;
    QTest::newRow("leading zero") << "0.50" << 2 << qint64(50) << Error::None;
    QTest::newRow("idr no decimals") << "25000" << 0 << qint64(25000) << Error::None;
    QTest::newRow("three decimals") << "1.234" << 3 << qint64(1234) << Error::None;
    QTest::newRow("max") << "92233720368547758.07" << 2 << std::numeric_limits<qint64>::max() << Error::None;

    QTest::newRow("empty") << "" << 2 << qint64(0) << Error::Empty;
    QTest::newRow("negative") << "-1.00" << 2 << qint64(0) << Error::Sign;
    QTest::newRow("plus") << "+1.00" << 2 << qint64(0) << Error::Sign;
    QTest::newRow("exponent") << "1e5" << 2 << qint64(0) << Error::Exponent;
    QTest::newRow("excel exponent") << "1.23457E+11" << 2 << qint64(0) << Error::Exponent;
    QTest::newRow("comma grouping") << "1,000.00" << 2 << qint64(0) << Error::Grouping;
    QTest::newRow("decimal comma") << "10,50" << 2 << qint64(0) << Error::Grouping;
    QTest::newRow("two points") << "1.000.000" << 2 << qint64(0) << Error::Grouping;
    QTest::newRow("space") << "1 000" << 2 << qint64(0) << Error::Grouping;
    QTest::newRow("surrounding space") << " 100" << 2 << qint64(0) << Error::Grouping;
    QTest::newRow("letters") << "12a" << 2 << qint64(0) << Error::InvalidCharacter;
    QTest::newRow("currency sign") << "₱100" << 2 << qint64(0) << Error::InvalidCharacter;
    QTest::newRow("arabic-indic digits") << "١٠٠" << 2 << qint64(0) << Error::InvalidCharacter;
    QTest::newRow("fullwidth digits") << "１００" << 2 << qint64(0) << Error::InvalidCharacter;
    QTest::newRow("trailing point") << "100." << 2 << qint64(0) << Error::MissingDigits;
    QTest::newRow("leading point") << ".50" << 2 << qint64(0) << Error::MissingDigits;
    QTest::newRow("too many decimals") << "1.005" << 2 << qint64(0) << Error::TooManyDecimals;
    QTest::newRow("decimals on idr") << "100.00" << 0 << qint64(0) << Error::TooManyDecimals;
    QTest::newRow("overflow by one") << "92233720368547758.08" << 2 << qint64(0) << Error::Overflow;
    QTest::newRow("overflow long") << "99999999999999999999999" << 0 << qint64(0) << Error::Overflow;
    QTest::newRow("overflow by padding") << "92233720368547759" << 2 << qint64(0) << Error::Overflow;
    QTest::newRow("nan") << "NaN" << 2 << qint64(0) << Error::InvalidCharacter;
}

void TestAmount::parse()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(qint64, minor);
    QFETCH(Error, error);
    const auto r = Amount::parse(text, decimals);
    QCOMPARE(r.error, error);
    if (error == Error::None)
        QCOMPARE(r.minor, minor);
}

void TestAmount::parseLocalized_data()
{
    using Sep = Amount::DecimalSeparator;
    QTest::addColumn<QString>("text");
    QTest::addColumn<Sep>("separator");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<Error>("error");

    QTest::newRow("comma decimal") << "10,50" << Sep::Comma << qint64(1050) << Error::None;
    QTest::newRow("comma with dot groups") << "1.234.567,89" << Sep::Comma << qint64(123456789) << Error::None;
    QTest::newRow("comma with space groups") << "1 234,5" << Sep::Comma << qint64(123450) << Error::None;
    QTest::newRow("comma with nbsp groups")
        << QStringLiteral("1\u00a0234,50") << Sep::Comma << qint64(123450) << Error::None;
    QTest::newRow("point with comma groups") << "1,234.56" << Sep::Point << qint64(123456) << Error::None;
    QTest::newRow("surrounding spaces") << "  7,00 " << Sep::Comma << qint64(700) << Error::None;
    QTest::newRow("plain integer") << "42" << Sep::Comma << qint64(4200) << Error::None;

    QTest::newRow("point in comma locale") << "10.50" << Sep::Comma << qint64(0) << Error::Grouping;
    QTest::newRow("bad group size") << "12.34,00" << Sep::Comma << qint64(0) << Error::Grouping;
    QTest::newRow("mixed groups") << "1.234 567,00" << Sep::Comma << qint64(0) << Error::Grouping;
    QTest::newRow("two decimal commas") << "1,2,3" << Sep::Comma << qint64(0) << Error::Grouping;
    QTest::newRow("negative") << "-5,00" << Sep::Comma << qint64(0) << Error::Sign;
    QTest::newRow("too many decimals") << "5,001" << Sep::Comma << qint64(0) << Error::TooManyDecimals;
    QTest::newRow("blank") << "   " << Sep::Comma << qint64(0) << Error::Empty;
}

void TestAmount::parseLocalized()
{
    QFETCH(QString, text);
    QFETCH(Amount::DecimalSeparator, separator);
    QFETCH(qint64, minor);
    QFETCH(Error, error);
    const auto r = Amount::parseLocalized(text, 2, separator);
    QCOMPARE(r.error, error);
    if (error == Error::None)
        QCOMPARE(r.minor, minor);
}

void TestAmount::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::newRow("cents") << qint64(150000) << 2 << "1500.00";
    QTest::newRow("small") << qint64(5) << 2 << "0.05";
    QTest::newRow("zero") << qint64(0) << 2 << "0.00";
    QTest::newRow("no decimals") << qint64(25000) << 0 << "25000";
    QTest::newRow("three") << qint64(1) << 3 << "0.001";
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << 2 << "92233720368547758.07";
    QTest::newRow("negative") << qint64(-1050) << 2 << "-10.50";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << 2 << "-92233720368547758.08";
}

void TestAmount::format()
{
    QFETCH(qint64, minor);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(Amount::format(minor, decimals), text);
}

void TestAmount::formatLocalized_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    QTest::newRow("en grouping") << qint64(123456789) << 2 << en << "1,234,567.89";
    QTest::newRow("id grouping") << qint64(123456789) << 2 << id << "1.234.567,89";
    QTest::newRow("no decimals") << qint64(2500000) << 0 << id << "2.500.000";
    QTest::newRow("small negative") << qint64(-5) << 2 << en << "-0.05";
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << 2 << en << "92,233,720,368,547,758.07";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << 2 << en << "-92,233,720,368,547,758.08";
}

void TestAmount::formatLocalized()
{
    QFETCH(qint64, minor);
    QFETCH(int, decimals);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(Amount::formatLocalized(minor, decimals, locale), text);
}

void TestAmount::checkedAdd_overflow_returnsNothing()
{
    const qint64 max = std::numeric_limits<qint64>::max();
    QCOMPARE(Amount::checkedAdd(1, 2), std::optional<qint64>(3));
    QCOMPARE(Amount::checkedAdd(max - 1, 1), std::optional<qint64>(max));
    QVERIFY(!Amount::checkedAdd(max, 1).has_value());
    QVERIFY(!Amount::checkedAdd(std::numeric_limits<qint64>::min(), -1).has_value());
}

void TestAmount::roundTrip_randomAmounts_exact()
{
    // Property: for 100,000 random amounts, string -> minor units -> string is the identity,
    // and minor -> string -> minor too.
    QRandomGenerator rng(20261125);
    for (int i = 0; i < 100000; ++i) {
        const int decimals = int(rng.bounded(0, 4));
        const qint64 minor = qint64(rng.generate64() >> (1 + rng.bounded(0, 62)));
        const QString text = Amount::format(minor, decimals);
        const auto parsed = Amount::parse(text, decimals);
        QVERIFY2(parsed.ok(), qPrintable(text));
        QCOMPARE(parsed.minor, minor);
        QCOMPARE(Amount::format(parsed.minor, decimals), text);
    }
}

void TestAmount::errorMessage_everyError_hasText()
{
    for (Error e : {Error::Empty, Error::InvalidCharacter, Error::Sign, Error::Exponent, Error::Grouping,
                    Error::MissingDigits, Error::TooManyDecimals, Error::Overflow})
        QVERIFY(!Amount::errorMessage(e, 2).isEmpty());
    QVERIFY(Amount::errorMessage(Error::TooManyDecimals, 2).contains(QLatin1String("2")));
    QVERIFY(Amount::errorMessage(Error::None, 2).isEmpty());
}

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_amount.moc"
