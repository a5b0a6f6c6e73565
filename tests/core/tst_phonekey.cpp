// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/phonekey.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Lesspay::Core;

class TestPhoneKey : public QObject
{
    Q_OBJECT

private slots:
    void parse_number_e164_data();
    void parse_number_e164();
    void parse_shortcut_agreesWithLibrary_data();
    void parse_shortcut_agreesWithLibrary();
    void parse_nationalShortcut_agreesWithLibrary_data();
    void parse_nationalShortcut_agreesWithLibrary();
    void isKnownRange_table_agreesWithLibrary_data();
    void isKnownRange_table_agreesWithLibrary();
    void nationalPrefix_knownCodes();
    void sameNumber_accountNumber_data();
    void sameNumber_accountNumber();
};

void TestPhoneKey::parse_number_e164_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<bool>("knownRange");
    const int ok = int(PhoneKey::Status::Ok);
    QTest::newRow("PH local") << QStringLiteral("09171234567") << QStringLiteral("PH") << ok
                              << QStringLiteral("+639171234567") << true;
    QTest::newRow("PH E.164") << QStringLiteral("+639171234567") << QString() << ok << QStringLiteral("+639171234567")
                              << true;
    QTest::newRow("PH spaced") << QStringLiteral("+63 (917) 123-4567") << QString() << ok
                               << QStringLiteral("+639171234567") << true;
    QTest::newRow("PH unallocated range")
        << QStringLiteral("+639001234567") << QString() << ok << QStringLiteral("+639001234567") << false;
    QTest::newRow("ID local") << QStringLiteral("081234567890") << QStringLiteral("ID") << ok
                              << QStringLiteral("+6281234567890") << true;
    QTest::newRow("BR local") << QStringLiteral("(11) 98765-4321") << QStringLiteral("BR") << ok
                              << QStringLiteral("+5511987654321") << true;
    QTest::newRow("IN E.164") << QStringLiteral("+919876543210") << QStringLiteral("PH") << ok
                              << QStringLiteral("+919876543210") << true;
    QTest::newRow("no region") << QStringLiteral("09171234567") << QString()
                               << int(PhoneKey::Status::InvalidCountryCode) << QString() << false;
    QTest::newRow("unknown code") << QStringLiteral("+9991234567") << QString()
                                  << int(PhoneKey::Status::InvalidCountryCode) << QString() << false;
    QTest::newRow("too long") << QStringLiteral("+63917123456789012") << QString() << int(PhoneKey::Status::NotPossible)
                              << QString() << false;
    QTest::newRow("letters") << QStringLiteral("hello") << QStringLiteral("PH") << int(PhoneKey::Status::Unparseable)
                             << QString() << false;
}

void TestPhoneKey::parse_number_e164()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(int, status);
    QFETCH(QString, e164);
    QFETCH(bool, knownRange);
    const PhoneKey::Result r = PhoneKey::parse(text, region);
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.e164, e164);
    QCOMPARE(r.knownRange, knownRange);
}

void TestPhoneKey::parse_shortcut_agreesWithLibrary_data()
{
    QTest::addColumn<QString>("countryCode");
    for (const char *cc : {"63", "62", "91"})
        QTest::newRow(cc) << QString::fromLatin1(cc);
}

// The shortcut skips libphonenumber's parser for plain E.164 text; it must never judge a
// number differently. Random national numbers of every length, every leading digit.
void TestPhoneKey::parse_shortcut_agreesWithLibrary()
{
    QFETCH(QString, countryCode);
    QRandomGenerator rng(20261125);
    for (int i = 0; i < 20000; ++i) {
        const int length = 1 + int(rng.bounded(15));
        QString text = u'+' + countryCode;
        for (int d = 0; d < length; ++d)
            text.append(QChar(u'0' + char16_t(rng.bounded(10))));
        const PhoneKey::Result fast = PhoneKey::parse(text, QStringLiteral("PH"));
        const PhoneKey::Result slow = PhoneKey::parseWithLibrary(text, QStringLiteral("PH"));
        QVERIFY2(fast.status == slow.status && fast.e164 == slow.e164 && fast.knownRange == slow.knownRange
                     && fast.countryCode == slow.countryCode,
                 qPrintable(text));
    }
}

void TestPhoneKey::parse_nationalShortcut_agreesWithLibrary_data()
{
    QTest::addColumn<QString>("region");
    for (const char *region : {"PH", "ID", "IN", "BR"})
        QTest::newRow(region) << QString::fromLatin1(region);
}

// National numbers with a leading 0, random lengths and random single separators.
void TestPhoneKey::parse_nationalShortcut_agreesWithLibrary()
{
    QFETCH(QString, region);
    QRandomGenerator rng(7);
    for (int i = 0; i < 20000; ++i) {
        const int length = 6 + int(rng.bounded(14));
        QString text = QStringLiteral("0");
        for (int d = 0; d < length; ++d) {
            if (d > 0 && rng.bounded(6) == 0)
                text.append(rng.bounded(2) ? u' ' : u'-');
            text.append(QChar(u'0' + char16_t(rng.bounded(10))));
        }
        const PhoneKey::Result fast = PhoneKey::parse(text, region);
        const PhoneKey::Result slow = PhoneKey::parseWithLibrary(text, region);
        QVERIFY2(fast.status == slow.status && fast.e164 == slow.e164 && fast.knownRange == slow.knownRange
                     && fast.countryCode == slow.countryCode,
                 qPrintable(region + u' ' + text + u" -> " + fast.e164 + u" / " + slow.e164));
    }
}

void TestPhoneKey::isKnownRange_table_agreesWithLibrary_data()
{
    QTest::addColumn<int>("countryCode");
    QTest::addColumn<QStringList>("seeds"); // real-looking national numbers of several types
    QTest::newRow("PH") << 63
                        << QStringList{QStringLiteral("9171234567"), QStringLiteral("281234567"),
                                       QStringLiteral("8001234567"), QStringLiteral("324123456")};
    QTest::newRow("ID") << 62
                        << QStringList{QStringLiteral("81234567890"), QStringLiteral("2150821234"),
                                       QStringLiteral("8001234567"), QStringLiteral("8561234567")};
    QTest::newRow("IN") << 91
                        << QStringList{QStringLiteral("9876543210"), QStringLiteral("1123456789"),
                                       QStringLiteral("18001234567"), QStringLiteral("7012345678")};
}

// The fast range table must answer exactly as libphonenumber's IsValidNumber(): numbers near
// real ones (a random tail, sometimes a changed prefix or length) and entirely random ones.
void TestPhoneKey::isKnownRange_table_agreesWithLibrary()
{
    QFETCH(int, countryCode);
    QFETCH(QStringList, seeds);
    QVERIFY(PhoneKey::hasRangeTable());
    QRandomGenerator rng{quint32(countryCode)};
    int valid = 0;
    const int rounds = 30000;
    for (int i = 0; i < rounds; ++i) {
        QString digits;
        if (i % 4 == 3) {
            const int length = 1 + int(rng.bounded(17));
            for (int d = 0; d < length; ++d)
                digits.append(QChar(u'0' + char16_t(rng.bounded(d == 0 ? 9 : 10) + (d == 0 ? 1 : 0))));
        } else {
            digits = seeds[int(rng.bounded(qsizetype(seeds.size())))];
            const int tail = 1 + int(rng.bounded(8));
            for (int d = qMax(1, int(digits.size()) - tail); d < digits.size(); ++d)
                digits[d] = QChar(u'0' + char16_t(rng.bounded(10)));
            if (rng.bounded(4) == 0)
                digits[int(rng.bounded(qMin<qsizetype>(3, digits.size())))] = QChar(u'1' + char16_t(rng.bounded(9)));
            if (rng.bounded(6) == 0)
                digits.chop(1);
            if (rng.bounded(6) == 0)
                digits.append(u'5');
        }
        const quint64 nsn = digits.toULongLong();
        const bool fast = PhoneKey::isKnownRange(countryCode, nsn, true);
        QVERIFY2(fast == PhoneKey::isKnownRange(countryCode, nsn, false), qPrintable(digits));
        valid += fast ? 1 : 0;
    }
    // Both answers must occur, or the comparison proves little.
    QVERIFY2(valid > rounds / 10 && valid < rounds * 9 / 10, qPrintable(QString::number(valid)));
}

void TestPhoneKey::nationalPrefix_knownCodes()
{
    QCOMPARE(PhoneKey::nationalPrefix(63), QStringLiteral("0"));
    QCOMPARE(PhoneKey::nationalPrefix(62), QStringLiteral("0"));
    QCOMPARE(PhoneKey::nationalPrefix(1), QStringLiteral("1"));
    QCOMPARE(PhoneKey::nationalPrefix(999), QString());
    QCOMPARE(PhoneKey::nationalPrefix(-1), QString());
}

void TestPhoneKey::sameNumber_accountNumber_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("same");
    QTest::newRow("national") << QStringLiteral("09171234567") << true;
    QTest::newRow("national spaced") << QStringLiteral("0917 123 4567") << true;
    QTest::newRow("international") << QStringLiteral("+63 917-123-4567") << true;
    QTest::newRow("without prefix") << QStringLiteral("9171234567") << true;
    QTest::newRow("country code without plus") << QStringLiteral("639171234567") << true;
    QTest::newRow("other number") << QStringLiteral("09181234567") << false;
    QTest::newRow("other country") << QStringLiteral("+62 917 123 4567") << false;
    QTest::newRow("e-mail") << QStringLiteral("ana@example.ph") << true;
    QTest::newRow("wallet id") << QStringLiteral("GC-12345678") << true;
}

void TestPhoneKey::sameNumber_accountNumber()
{
    QFETCH(QString, account);
    QFETCH(bool, same);
    const PhoneKey::Result key = PhoneKey::parse(u"+639171234567", QString());
    QCOMPARE(key.status, PhoneKey::Status::Ok);
    QCOMPARE(PhoneKey::sameNumber(account, key), same);
}

QTEST_GUILESS_MAIN(TestPhoneKey)
#include "tst_phonekey.moc"
