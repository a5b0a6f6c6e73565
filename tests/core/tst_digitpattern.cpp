// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/digitpattern.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Lesspay::Core;

class TestDigitPattern : public QObject
{
    Q_OBJECT

private slots:
    void matches_agreesWithPcre_data();
    void matches_agreesWithPcre();
    void compile_outsideSubset_refused_data();
    void compile_outsideSubset_refused();
    void matches_nonDigits_false();
};

void TestDigitPattern::matches_agreesWithPcre_data()
{
    QTest::addColumn<QString>("pattern");
    // libphonenumber's own patterns (Philippine mobile and fixed line, Indonesian general
    // description) and shapes that stress the construction.
    QTest::newRow("PH mobile") << QStringLiteral(
        "(?:8(?:1[37]|9[5-8])|9(?:0[5-9]|1[0-24-9]|[235-7]\\d|4[2-9]|8[135-9]|9[1-9]))\\d{7}");
    QTest::newRow("PH fixed line") << QStringLiteral("(?:(?:2[3-8]|3[2-68]|4[2-9]|5[2-6]|6[2-58]|7[24578])\\d{3}|"
                                                     "88(?:22\\d\\d|42))\\d{4}|(?:2|8[2-8]\\d\\d)\\d{5}");
    QTest::newRow("ID general") << QStringLiteral(
        "(?:(?:00[1-9]|8\\d)\\d{4}|[1-36])\\d{6}|00\\d{10}|[1-9]\\d{8,10}|[2-9]\\d{7}");
    QTest::newRow("IN toll free") << QStringLiteral("000800\\d{7}|1(?:600\\d{6}|80(?:0\\d{4,9}|3\\d{9}))");
    QTest::newRow("optional and open counts") << QStringLiteral("1?2*3+(?:45)?[0189]{2,}");
    QTest::newRow("empty alternative") << QStringLiteral("(?:|7)8\\d{0,3}");
    QTest::newRow("capturing group") << QStringLiteral("(12|3)\\d{2}");
    QTest::newRow("class with \\d") << QStringLiteral("[\\d]{3}[2-4]");
}

// Every digit string of up to six digits (and random longer ones) gets the same verdict as
// PCRE2's whole-string match.
void TestDigitPattern::matches_agreesWithPcre()
{
    QFETCH(QString, pattern);
    const std::optional<DigitPattern> compiled = DigitPattern::compile(pattern.toStdString());
    QVERIFY(compiled);
    const QRegularExpression re(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"));
    QVERIFY(re.isValid());
    int matched = 0;
    const auto check = [&](const QString &digits) {
        const bool expected = re.match(digits).hasMatch();
        if (compiled->matches(digits) != expected)
            QTest::qFail(qPrintable(QStringLiteral("%1: expected %2").arg(digits).arg(expected)), __FILE__, __LINE__);
        matched += expected ? 1 : 0;
        return compiled->matches(digits) == expected;
    };
    for (int length = 0; length <= 6; ++length) {
        int count = 1;
        for (int i = 0; i < length; ++i)
            count *= 10;
        for (int n = 0; n < count; ++n) {
            if (!check(QString::number(n).rightJustified(length, u'0')))
                return;
        }
    }
    QRandomGenerator random(42);
    for (int i = 0; i < 200000; ++i) {
        QString digits;
        const int length = 7 + int(random.bounded(11));
        for (int d = 0; d < length; ++d)
            digits.append(QChar(u'0' + char16_t(random.bounded(10))));
        if (!check(digits))
            return;
    }
    QVERIFY(matched > 0); // the comparison saw matches, not only misses
}

void TestDigitPattern::compile_outsideSubset_refused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("letter") << QStringLiteral("1a");
    QTest::newRow("lookahead") << QStringLiteral("(?=1)1");
    QTest::newRow("negated class") << QStringLiteral("[^1]");
    QTest::newRow("unbalanced") << QStringLiteral("(12");
    QTest::newRow("stray parenthesis") << QStringLiteral("12)");
    QTest::newRow("lazy") << QStringLiteral("1{2,3}?");
    QTest::newRow("reversed count") << QStringLiteral("1{3,2}");
    QTest::newRow("other escape") << QStringLiteral("\\w");
    QTest::newRow("dot") << QStringLiteral("1.");
}

void TestDigitPattern::compile_outsideSubset_refused()
{
    QFETCH(QString, pattern);
    QVERIFY(!DigitPattern::compile(pattern.toStdString()));
}

void TestDigitPattern::matches_nonDigits_false()
{
    const std::optional<DigitPattern> any = DigitPattern::compile("\\d*");
    QVERIFY(any);
    QVERIFY(any->matches(u""));
    QVERIFY(any->matches(u"0123456789"));
    QVERIFY(!any->matches(u"12a"));
    QVERIFY(!any->matches(u"１２")); // fullwidth digits are not ASCII digits
    QVERIFY(!any->matches(u"1 2"));
}

QTEST_GUILESS_MAIN(TestDigitPattern)
#include "tst_digitpattern.moc"
