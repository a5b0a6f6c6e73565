// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/headeraliases.h"

#include <QTest>

using namespace Lesspay::Core;
using namespace Qt::StringLiterals;
using Mapping = QList<std::optional<Field>>;

class TestCsvHeaderAliases : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void map_data();
    void map();
    void map_canonicalHeader_everyFieldInOrder();
    void isResultColumn_resultColumns_true();
};

void TestCsvHeaderAliases::normalize_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("key") << u"e_wallet.account_name"_s << u"ewalletaccountname"_s;
    QTest::newRow("case and spaces") << u"  Account  Name "_s << u"accountname"_s;
    QTest::newRow("slash") << u"SWIFT/BIC"_s << u"swiftbic"_s;
    QTest::newRow("unit suffix") << u"Amount (PHP)"_s << u"amount"_s;
    QTest::newRow("fullwidth brackets") << u"金额（元）"_s << u"金额"_s;
    QTest::newRow("fullwidth latin") << u"ＳＷＩＦＴ"_s << u"swift"_s;
    QTest::newRow("bom") << u"\uFEFFmch_order_id"_s << u"mchorderid"_s;
}

void TestCsvHeaderAliases::normalize()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);
    QCOMPARE(HeaderAliases::normalize(header), expected);
}

void TestCsvHeaderAliases::map_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Mapping>("expected");

    QTest::newRow("english bank sheet") << QStringList{u"Reference"_s, u"Account name"_s, u"Account number"_s,
                                                       u"Bank"_s,      u"SWIFT"_s,        u"Country"_s,
                                                       u"Amount"_s}
                                        << Mapping{Field::MchOrderId, Field::BankAccountName, Field::BankAccountNo,
                                                   Field::BankName,   Field::BankSwiftCode,   Field::BankCountryCode,
                                                   Field::Amount};
    QTest::newRow("generic names go to wallet in a wallet sheet")
        << QStringList{u"Order ID"_s, u"ACCOUNT NAME"_s, u"account number"_s, u"Provider"_s, u"Amount"_s}
        << Mapping{Field::MchOrderId, Field::WalletAccountName, Field::WalletAccountNumber, Field::WalletProvider,
                   Field::Amount};
    QTest::newRow("unknown and duplicate columns")
        << QStringList{u"Amount"_s, u"Notes"_s, u"amt"_s, u"SWIFT/BIC"_s}
        << Mapping{Field::Amount, std::nullopt, std::nullopt, Field::BankSwiftCode};
    QTest::newRow("simplified chinese") << QStringList{u"商户订单号"_s, u"金额"_s,      u"户名"_s,    u"银行账号"_s,
                                                       u"开户行"_s,     u"SWIFT代码"_s, u"国家代码"_s}
                                        << Mapping{Field::MchOrderId,     Field::Amount,   Field::BankAccountName,
                                                   Field::BankAccountNo,  Field::BankName, Field::BankSwiftCode,
                                                   Field::BankCountryCode};
    QTest::newRow("indonesian") << QStringList{u"ID Pesanan"_s,     u"Jumlah"_s,    u"Nama Rekening"_s,
                                               u"Nomor Rekening"_s, u"Nama Bank"_s, u"Kode SWIFT"_s}
                                << Mapping{Field::MchOrderId,    Field::Amount,   Field::BankAccountName,
                                           Field::BankAccountNo, Field::BankName, Field::BankSwiftCode};
    QTest::newRow("indonesian wallet")
        << QStringList{u"Nominal"_s,  u"Nama Akun"_s,           u"Nomor HP"_s,
                       u"Penyedia"_s, u"Jenis Kunci Setoran"_s, u"Kunci Setoran"_s}
        << Mapping{Field::Amount,         Field::WalletAccountName,    Field::WalletAccountNumber,
                   Field::WalletProvider, Field::WalletDepositKeyType, Field::WalletDepositKey};
    QTest::newRow("indonesian wallet, the console's words")
        << QStringList{u"Nominal"_s, u"Jenis Kunci Penerima"_s, u"Kunci Penerima"_s}
        << Mapping{Field::Amount, Field::WalletDepositKeyType, Field::WalletDepositKey};
    QTest::newRow("brazilian pix sheet") << QStringList{u"Pedido"_s, u"Valor (R$)"_s, u"Nome do favorecido"_s,
                                                        u"Tipo de chave"_s, u"Chave PIX"_s}
                                         << Mapping{Field::MchOrderId, Field::Amount, Field::WalletAccountName,
                                                    Field::WalletDepositKeyType, Field::WalletDepositKey};
    QTest::newRow("brazilian bank sheet")
        << QStringList{u"ID do pedido"_s, u"Titular"_s, u"Numero da conta"_s, u"Banco"_s, u"País"_s, u"Valor"_s}
        << Mapping{Field::MchOrderId, Field::BankAccountName, Field::BankAccountNo,
                   Field::BankName,   Field::BankCountryCode, Field::Amount};
    QTest::newRow("result columns ignored") << QStringList{u"mch_order_id"_s, u"status"_s, u"fail_reason"_s}
                                            << Mapping{Field::MchOrderId, std::nullopt, std::nullopt};
}

void TestCsvHeaderAliases::map()
{
    QFETCH(QStringList, headers);
    QFETCH(Mapping, expected);
    QCOMPARE(HeaderAliases::map(headers), expected);
}

void TestCsvHeaderAliases::map_canonicalHeader_everyFieldInOrder()
{
    QStringList headers;
    Mapping expected;
    for (int f = 0; f < FieldCount; ++f) {
        headers.append(fieldKey(Field(f)));
        expected.append(Field(f));
    }
    QCOMPARE(HeaderAliases::map(headers), expected);
    // Field labels as the UI shows them are understood too.
    for (int f = 0; f < FieldCount; ++f)
        headers[f] = fieldLabel(Field(f));
    const Mapping labels = HeaderAliases::map(headers);
    for (int f = 0; f < FieldCount; ++f)
        QVERIFY2(labels.at(f).has_value(), qPrintable(headers.at(f)));
}

void TestCsvHeaderAliases::isResultColumn_resultColumns_true()
{
    QVERIFY(HeaderAliases::isResultColumn(u"status"));
    QVERIFY(HeaderAliases::isResultColumn(u"Fail reason"));
    QVERIFY(HeaderAliases::isResultColumn(u"channel_order_no"));
    QVERIFY(!HeaderAliases::isResultColumn(u"amount"));
}

QTEST_GUILESS_MAIN(TestCsvHeaderAliases)
#include "tst_csvheaderaliases.moc"
