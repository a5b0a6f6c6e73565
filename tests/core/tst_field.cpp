// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/field.h"

#include <QSet>
#include <QTest>

using namespace Lesspay::Core;

class TestField : public QObject
{
    Q_OBJECT

private slots:
    void fieldKey_everyField_matchesCsvHeader();
    void fieldFromKey_roundTrip_everyField();
    void fieldFromKey_unknown_nullopt_data();
    void fieldFromKey_unknown_nullopt();
    void fieldLabel_everyField_nonEmptyAndDistinct();
    void isBankField_isWalletField_partitionDestinationFields_data();
    void isBankField_isWalletField_partitionDestinationFields();
};

void TestField::fieldKey_everyField_matchesCsvHeader()
{
    // The header of spec section 9, in order.
    const QString header = QStringLiteral(
        "mch_order_id,amount,destination_type,bank_account_name,bank_account_no,bank_account_type,bank_name,"
        "bank_country_code,bank_swift_code,e_wallet.account_name,e_wallet.account_number,e_wallet.account_type,"
        "e_wallet.provider,e_wallet.deposit_key_type,e_wallet.deposit_key");
    QStringList keys;
    for (int i = 0; i < FieldCount; ++i)
        keys.append(fieldKey(Field(i)));
    QCOMPARE(keys.join(u','), header);
    QVERIFY(fieldKey(Field::FieldCount).isEmpty());
}

void TestField::fieldFromKey_roundTrip_everyField()
{
    for (int i = 0; i < FieldCount; ++i)
        QCOMPARE(fieldFromKey(fieldKey(Field(i))), std::optional<Field>(Field(i)));
}

void TestField::fieldFromKey_unknown_nullopt_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("MCH_ORDER_ID");
    QTest::newRow("wallet without prefix") << QStringLiteral("provider");
    QTest::newRow("trailing space") << QStringLiteral("amount ");
    QTest::newRow("nested object name") << QStringLiteral("e_wallet");
}

void TestField::fieldFromKey_unknown_nullopt()
{
    QFETCH(QString, key);
    QCOMPARE(fieldFromKey(key), std::nullopt);
}

void TestField::fieldLabel_everyField_nonEmptyAndDistinct()
{
    QSet<QString> labels;
    for (int i = 0; i < FieldCount; ++i) {
        const QString label = fieldLabel(Field(i));
        QVERIFY2(!label.isEmpty(), qPrintable(fieldKey(Field(i))));
        labels.insert(label);
    }
    QCOMPARE(labels.size(), FieldCount);
}

void TestField::isBankField_isWalletField_partitionDestinationFields_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<bool>("bank");
    QTest::addColumn<bool>("wallet");
    for (int i = 0; i < FieldCount; ++i) {
        const QString key = fieldKey(Field(i));
        const bool wallet = key.startsWith(QLatin1String("e_wallet."));
        const bool bank = key.startsWith(QLatin1String("bank_"));
        QTest::newRow(qPrintable(key)) << Field(i) << bank << wallet;
    }
}

void TestField::isBankField_isWalletField_partitionDestinationFields()
{
    QFETCH(Field, field);
    QFETCH(bool, bank);
    QFETCH(bool, wallet);
    QCOMPARE(isBankField(field), bank);
    QCOMPARE(isWalletField(field), wallet);
}

QTEST_GUILESS_MAIN(TestField)
#include "tst_field.moc"
