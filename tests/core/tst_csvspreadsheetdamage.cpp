// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/spreadsheetdamage.h"

#include <QTest>

using namespace Lesspay::Core;
using namespace Qt::StringLiterals;

class TestCsvSpreadsheetDamage : public QObject
{
    Q_OBJECT

private slots:
    void looksScientific_data();
    void looksScientific();
    void looksLikeDate_data();
    void looksLikeDate();
    void inspect_data();
    void inspect();
};

void TestCsvSpreadsheetDamage::looksScientific_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("excel account") << u"1.23457E+11"_s << true;
    QTest::newRow("lower case") << u"9.17123e+09"_s << true;
    QTest::newRow("decimal comma") << u"1,23457E+11"_s << true;
    QTest::newRow("integer mantissa") << u"1E+15"_s << true;
    QTest::newRow("negative exponent") << u"5E-05"_s << true;
    QTest::newRow("no sign is an id") << u"12E3"_s << false;
    QTest::newRow("digits") << u"123457000000"_s << false;
    QTest::newRow("text") << u"EE+1"_s << false;
    QTest::newRow("trailing text") << u"1E+5x"_s << false;
}

void TestCsvSpreadsheetDamage::looksScientific()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(SpreadsheetDamage::looksScientific(text), expected);
}

void TestCsvSpreadsheetDamage::looksLikeDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("iso") << u"2026-01-03"_s << true;
    QTest::newRow("iso with time") << u"2026-01-03 00:00:00"_s << true;
    QTest::newRow("us") << u"1/3/2026"_s << true;
    QTest::newRow("european dots") << u"03.01.26"_s << true;
    QTest::newRow("day month") << u"3-Jan"_s << true;
    QTest::newRow("day month year") << u"3-Jan-26"_s << true;
    QTest::newRow("month year") << u"Jan-26"_s << true;
    QTest::newRow("mixed separators") << u"1/3-2026"_s << false;
    QTest::newRow("phone") << u"0917-123-4567"_s << false;
    QTest::newRow("amount") << u"1.234,50"_s << false;
    QTest::newRow("grouped amount") << u"1.000.000"_s << false;
    QTest::newRow("plain") << u"12345"_s << false;
    QTest::newRow("word") << u"Janet"_s << false;
}

void TestCsvSpreadsheetDamage::looksLikeDate()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(SpreadsheetDamage::looksLikeDate(text), expected);
}

void TestCsvSpreadsheetDamage::inspect_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("code"); // empty: nothing found

    QTest::newRow("scientific account") << int(Field::BankAccountNo) << u"1.23457E+11"_s << QString() << u"PHP"_s
                                        << u"spreadsheet.scientific_notation"_s;
    QTest::newRow("scientific amount") << int(Field::Amount) << u"1.5E+03"_s << QString() << u"PHP"_s
                                       << u"spreadsheet.scientific_notation"_s;
    QTest::newRow("scientific order id") << int(Field::MchOrderId) << u"2.02601E+13"_s << QString() << u"PHP"_s
                                         << u"spreadsheet.scientific_notation"_s;
    QTest::newRow("date amount") << int(Field::Amount) << u"1-Mar"_s << QString() << u"PHP"_s << u"spreadsheet.date"_s;
    QTest::newRow("date account") << int(Field::BankAccountNo) << u"2026-03-01"_s << QString() << u"PHP"_s
                                  << u"spreadsheet.date"_s;
    QTest::newRow("date-like order id is fine")
        << int(Field::MchOrderId) << u"2026-03-01"_s << QString() << u"PHP"_s << QString();
    QTest::newRow("ph mobile lost zero") << int(Field::WalletAccountNumber) << u"9171234567"_s << QString() << u"PHP"_s
                                         << u"spreadsheet.leading_zero"_s;
    QTest::newRow("ph mobile intact") << int(Field::WalletAccountNumber) << u"09171234567"_s << QString() << u"PHP"_s
                                      << QString();
    QTest::newRow("ph phone key lost zero")
        << int(Field::WalletDepositKey) << u"9171234567"_s << u"phone"_s << u"PHP"_s << u"spreadsheet.leading_zero"_s;
    QTest::newRow("id mobile lost zero") << int(Field::WalletAccountNumber) << u"81234567890"_s << QString() << u"IDR"_s
                                         << u"spreadsheet.leading_zero"_s;
    QTest::newRow("ph rule not for idr") << int(Field::WalletAccountNumber) << u"9171234567"_s << QString() << u"IDR"_s
                                         << QString();
    QTest::newRow("cpf ten digits") << int(Field::WalletDepositKey) << u"1234567890"_s << u"cpf"_s << u"BRL"_s
                                    << u"spreadsheet.leading_zero"_s;
    QTest::newRow("cpf eleven digits") << int(Field::WalletDepositKey) << u"01234567890"_s << u"cpf"_s << u"BRL"_s
                                       << QString();
    QTest::newRow("cnpj thirteen digits")
        << int(Field::WalletDepositKey) << u"1222333000181"_s << u"CNPJ"_s << u"BRL"_s << u"spreadsheet.leading_zero"_s;
    QTest::newRow("email key untouched") << int(Field::WalletDepositKey) << u"1-Jan"_s << u"email"_s << u"PHP"_s
                                         << QString();
    QTest::newRow("bank account length unknown")
        << int(Field::BankAccountNo) << u"9171234567"_s << QString() << u"PHP"_s << QString();
    QTest::newRow("name untouched") << int(Field::BankAccountName) << u"1.5E+03"_s << QString() << u"PHP"_s
                                    << QString();
}

void TestCsvSpreadsheetDamage::inspect()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, keyType);
    QFETCH(QString, currency);
    QFETCH(QString, code);
    PayoutDetail detail;
    detail.setValue(Field(field), value);
    if (!keyType.isEmpty())
        detail.setValue(Field::WalletDepositKeyType, keyType);
    const ValidationIssues issues = SpreadsheetDamage::inspect(detail, currency);
    if (code.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).code));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).code, code);
    QCOMPARE(int(issues.at(0).field), field);
    QVERIFY(issues.at(0).message.contains(value));
    QCOMPARE(issues.at(0).isError(), code != u"spreadsheet.leading_zero");
}

QTEST_GUILESS_MAIN(TestCsvSpreadsheetDamage)
#include "tst_csvspreadsheetdamage.moc"
