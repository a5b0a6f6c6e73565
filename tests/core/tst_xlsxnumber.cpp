// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/xlsxnumber.h"

#include <QTest>

using namespace Lesspay::Core;

class TestXlsxNumber : public QObject
{
    Q_OBJECT

private slots:
    void display_storedForm_shownDecimal_data();
    void display_storedForm_shownDecimal();
    void dateText_serial_isoDate_data();
    void dateText_serial_isoDate();
};

void TestXlsxNumber::display_storedForm_shownDecimal_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("rounded");
    QTest::addColumn<bool>("lostDigits");
    QTest::newRow("integer") << u"123456789012"_qs << true << u"123456789012"_qs << false << false;
    QTest::newRow("binary noise") << u"1500.1000000000001"_qs << true << u"1500.1"_qs << true << false;
    QTest::newRow("noise below") << u"0.30000000000000004"_qs << true << u"0.3"_qs << true << false;
    QTest::newRow("noise rounds up") << u"2.9999999999999996"_qs << true << u"3"_qs << true << false;
    QTest::newRow("the nearest double at 16 digits")
        << u"99.98999999999999"_qs << true << u"99.99"_qs << false << false;
    QTest::newRow("exact decimal") << u"1234.5"_qs << true << u"1234.5"_qs << false << false;
    QTest::newRow("negative small") << u"-4.5E-3"_qs << true << u"-0.0045"_qs << false << false;
    QTest::newRow("15 digits kept") << u"123456789012345"_qs << true << u"123456789012345"_qs << false << false;
    QTest::newRow("16 digits") << u"1234567890123450"_qs << true << u"1234567890123450"_qs << false << true;
    QTest::newRow("long account") << u"1.2345678901234567E+19"_qs << true << u"12345678901234600000"_qs << false
                                  << true;
    QTest::newRow("phone without plus") << u"639171234567"_qs << true << u"639171234567"_qs << false << false;
    QTest::newRow("zero") << u"0"_qs << true << u"0"_qs << false << false;
    QTest::newRow("leading zeros stored") << u"000.50"_qs << true << u"0.5"_qs << false << false;
    QTest::newRow("text") << u"12a"_qs << false << QString() << false << false;
    QTest::newRow("bare exponent") << u"1E"_qs << false << QString() << false << false;
    QTest::newRow("huge exponent") << u"1E+999999"_qs << false << QString() << false << false;
    QTest::newRow("empty") << QString() << false << QString() << false << false;
}

void TestXlsxNumber::display_storedForm_shownDecimal()
{
    QFETCH(QString, stored);
    QFETCH(bool, ok);
    QFETCH(QString, shown);
    QFETCH(bool, rounded);
    QFETCH(bool, lostDigits);
    const XlsxNumber::Decimal decimal = XlsxNumber::display(stored);
    QCOMPARE(decimal.ok, ok);
    if (!ok)
        return;
    QCOMPARE(decimal.text, shown);
    QCOMPARE(decimal.rounded, rounded);
    QCOMPARE(decimal.lostDigits, lostDigits);
}

void TestXlsxNumber::dateText_serial_isoDate_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("2023") << u"44927"_qs << false << u"2023-01-01"_qs;
    QTest::newRow("noon") << u"45658.5"_qs << false << u"2025-01-01 12:00"_qs;
    QTest::newRow("before the fake leap day") << u"59"_qs << false << u"1900-02-28"_qs;
    QTest::newRow("after the fake leap day") << u"61"_qs << false << u"1900-03-01"_qs;
    QTest::newRow("1904 system") << u"0"_qs << true << u"1904-01-01"_qs;
    QTest::newRow("negative") << u"-1"_qs << false << QString();
    QTest::newRow("far future") << u"1E+12"_qs << false << QString();
}

void TestXlsxNumber::dateText_serial_isoDate()
{
    QFETCH(QString, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(XlsxNumber::dateText(serial, date1904), text);
}

QTEST_GUILESS_MAIN(TestXlsxNumber)
#include "tst_xlsxnumber.moc"
