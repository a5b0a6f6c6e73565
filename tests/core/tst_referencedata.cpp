// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/referencedata.h"

#include <QTest>

using namespace Lesspay::Core;

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void providers_builtin_specTable_data();
    void providers_builtin_specTable();
    void offers_caseSensitive_canonicalNameCaseInsensitive();
    void withExtra_profileProvider_addedWithoutCaseDuplicates();
    void rule_builtin_countryAndKeyTypesPerProvider();
    void fromJson_broken_reportsError_data();
    void fromJson_broken_reportsError();
    void countries_builtin_realAlpha2_data();
    void countries_builtin_realAlpha2();
    void countries_codes_sortedAndComplete();
    void referenceData_builtin_allTablesFilled();
};

void TestReferenceData::providers_builtin_specTable_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("providers");
    QTest::newRow("PHP") << QStringLiteral("PHP")
                         << QStringList{QStringLiteral("GCash"), QStringLiteral("GrabPay"), QStringLiteral("PayMaya")};
    QTest::newRow("IDR") << QStringLiteral("IDR") << QStringList{QStringLiteral("Gopay"), QStringLiteral("ShopeePay")};
    QTest::newRow("BRL") << QStringLiteral("BRL") << QStringList{QStringLiteral("PIX")};
    QTest::newRow("USD none") << QStringLiteral("USD") << QStringList{};
}

void TestReferenceData::providers_builtin_specTable()
{
    QFETCH(QString, currency);
    QFETCH(QStringList, providers);
    QCOMPARE(ProviderTable::builtin().providers(currency), providers);
}

void TestReferenceData::offers_caseSensitive_canonicalNameCaseInsensitive()
{
    const ProviderTable t = ProviderTable::builtin();
    QVERIFY(t.offers(QStringLiteral("PHP"), QStringLiteral("GCash")));
    QVERIFY(!t.offers(QStringLiteral("PHP"), QStringLiteral("gcash")));
    QVERIFY(!t.offers(QStringLiteral("IDR"), QStringLiteral("GCash")));
    QCOMPARE(t.canonicalName(QStringLiteral("PHP"), QStringLiteral("gcash")), QStringLiteral("GCash"));
    QCOMPARE(t.canonicalName(QStringLiteral("PHP"), QStringLiteral("PAYMAYA")), QStringLiteral("PayMaya"));
    QCOMPARE(t.canonicalName(QStringLiteral("IDR"), QStringLiteral("gcash")), QString());
    QCOMPARE(t.canonicalName(QStringLiteral("XXX"), QStringLiteral("gcash")), QString());
}

void TestReferenceData::withExtra_profileProvider_addedWithoutCaseDuplicates()
{
    const ProviderTable base = ProviderTable::builtin();
    const ProviderTable t = base.withExtra({{QStringLiteral("PHP"), {QStringLiteral("Maya "), QStringLiteral("gcash")}},
                                            {QStringLiteral("INR"), {QStringLiteral("Paytm")}}});
    QCOMPARE(t.providers(QStringLiteral("PHP")), (QStringList{QStringLiteral("GCash"), QStringLiteral("GrabPay"),
                                                              QStringLiteral("PayMaya"), QStringLiteral("Maya")}));
    QVERIFY(t.offers(QStringLiteral("INR"), QStringLiteral("Paytm")));
    // The original is untouched.
    QVERIFY(!base.offers(QStringLiteral("INR"), QStringLiteral("Paytm")));
    QCOMPARE(base.providers(QStringLiteral("PHP")).size(), 3);
}

void TestReferenceData::rule_builtin_countryAndKeyTypesPerProvider()
{
    const ProviderTable t = ProviderTable::builtin();
    const ProviderRule gcash = t.rule(QStringLiteral("PHP"), QStringLiteral("gcash"));
    QCOMPARE(gcash.country, QStringLiteral("PH"));
    QCOMPARE(gcash.depositKeyTypes, (QStringList{QStringLiteral("phone"), QStringLiteral("email")}));
    QCOMPARE(t.rule(QStringLiteral("IDR"), QStringLiteral("ShopeePay")).country, QStringLiteral("ID"));
    const QStringList pix = t.depositKeyTypes(QStringLiteral("BRL"), QStringLiteral("PIX"));
    QCOMPARE(QSet<QString>(pix.begin(), pix.end()),
             QSet<QString>(ProviderTable::allDepositKeyTypes().begin(), ProviderTable::allDepositKeyTypes().end()));
    QVERIFY(!t.depositKeyTypes(QStringLiteral("PHP"), QStringLiteral("GCash")).contains(QStringLiteral("cpf")));
    // A provider a profile adds has no rule: any country, every key type.
    const ProviderTable extended = t.withExtra({{QStringLiteral("PHP"), {QStringLiteral("Maya")}}});
    QCOMPARE(extended.rule(QStringLiteral("PHP"), QStringLiteral("Maya")).country, QString());
    QCOMPARE(extended.depositKeyTypes(QStringLiteral("PHP"), QStringLiteral("Maya")),
             ProviderTable::allDepositKeyTypes());
    // withExtra keeps the built-in rules.
    QCOMPARE(extended.rule(QStringLiteral("PHP"), QStringLiteral("GCash")).country, QStringLiteral("PH"));
    // A provider not offered for the currency has no rule there.
    QCOMPARE(t.rule(QStringLiteral("IDR"), QStringLiteral("GCash")).country, QString());
}

void TestReferenceData::fromJson_broken_reportsError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{oops");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no providers") << QByteArray(R"({"currencies":{}})");
    QTest::newRow("list not array") << QByteArray(R"({"providers":{"PHP":"GCash"}})");
    QTest::newRow("empty name") << QByteArray(R"({"providers":{"PHP":["GCash",""]}})");
    QTest::newRow("rule for a provider not offered")
        << QByteArray(R"({"providers":{"PHP":["GCash"]},"providerRules":{"PHP":{"Gopay":{"country":"ID"}}}})");
    QTest::newRow("rule with unknown key type") << QByteArray(
        R"({"providers":{"PHP":["GCash"]},"providerRules":{"PHP":{"GCash":{"depositKeyTypes":["iban"]}}}})");
    QTest::newRow("rule with unknown country")
        << QByteArray(R"({"providers":{"PHP":["GCash"]},"providerRules":{"PHP":{"GCash":{"country":"XX"}}}})");
    QTest::newRow("rules not an object") << QByteArray(R"({"providers":{"PHP":["GCash"]},"providerRules":[]})");
}

void TestReferenceData::fromJson_broken_reportsError()
{
    QFETCH(QByteArray, json);
    QString error;
    QCOMPARE(ProviderTable::fromJson(json, &error), std::nullopt);
    QVERIFY(!error.isEmpty());
}

void TestReferenceData::countries_builtin_realAlpha2_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("name");
    QTest::newRow("PH") << QStringLiteral("PH") << true << QStringLiteral("Philippines");
    QTest::newRow("ID") << QStringLiteral("ID") << true << QStringLiteral("Indonesia");
    QTest::newRow("BR") << QStringLiteral("BR") << true << QStringLiteral("Brazil");
    QTest::newRow("DE") << QStringLiteral("DE") << true << QStringLiteral("Germany");
    QTest::newRow("lower case") << QStringLiteral("ph") << false << QString();
    QTest::newRow("unassigned XX") << QStringLiteral("XX") << false << QString();
    // Kosovo's XK is a user-assigned code, not ISO 3166-1 (the validator allows it only in SWIFT).
    QTest::newRow("Kosovo XK") << QStringLiteral("XK") << false << QString();
    QTest::newRow("alpha-3") << QStringLiteral("PHL") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("PÖ") << false << QString();
}

void TestReferenceData::countries_builtin_realAlpha2()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(QString, name);
    const CountryTable t = CountryTable::builtin();
    QCOMPARE(t.contains(code), known);
    QCOMPARE(t.name(code), name);
}

void TestReferenceData::countries_codes_sortedAndComplete()
{
    const QStringList codes = CountryTable::builtin().codes();
    QVERIFY2(codes.size() >= 249, qPrintable(QString::number(codes.size())));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(codes.first(), QStringLiteral("AD"));
    QCOMPARE(codes.last(), QStringLiteral("ZW"));
}

void TestReferenceData::referenceData_builtin_allTablesFilled()
{
    const ReferenceData data = ReferenceData::builtin();
    QCOMPARE(data.currencies.decimals(QStringLiteral("PHP")), std::optional<int>(2));
    QVERIFY(data.providers.offers(QStringLiteral("BRL"), QStringLiteral("PIX")));
    QVERIFY(data.countries.contains(u"SG"));
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
