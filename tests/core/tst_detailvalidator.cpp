// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/detailvalidator.h"

#include <QTest>

using namespace Lesspay::Core;

namespace {

PayoutDetail bankDetail()
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, QStringLiteral("D001"));
    d.setValue(Field::Amount, QStringLiteral("1000.00"));
    d.setValue(Field::DestinationType, QStringLiteral("bank"));
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

PayoutDetail walletDetail(const QString &keyType, const QString &key)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, QStringLiteral("W1"));
    d.setValue(Field::Amount, QStringLiteral("300.00"));
    d.setValue(Field::DestinationType, QStringLiteral("ewallet"));
    d.setValue(Field::WalletAccountName, QStringLiteral("Ana Reyes"));
    d.setValue(Field::WalletAccountNumber, QStringLiteral("09171234567"));
    d.setValue(Field::WalletAccountType, QStringLiteral("individual"));
    d.setValue(Field::WalletProvider, QStringLiteral("GCash"));
    d.setValue(Field::WalletDepositKeyType, keyType);
    d.setValue(Field::WalletDepositKey, key);
    return d;
}

PayoutDetail pixDetail(const QString &keyType, const QString &key)
{
    PayoutDetail d = walletDetail(keyType, key);
    d.setValue(Field::WalletAccountName, QStringLiteral("João Silva"));
    d.setValue(Field::WalletAccountNumber, QStringLiteral("joao.silva@example.com.br"));
    d.setValue(Field::WalletProvider, QStringLiteral("PIX"));
    return d;
}

PayoutDetail with(PayoutDetail d, Field f, const QString &value)
{
    d.setValue(f, value);
    return d;
}

QStringList codes(const ValidationIssues &issues, ValidationIssue::Severity severity)
{
    QStringList out;
    for (const ValidationIssue &i : issues) {
        if (i.severity == severity)
            out.append(fieldKey(i.field) + u':' + i.code);
    }
    out.sort();
    return out;
}

const DetailValidator &validator()
{
    static const DetailValidator v(ReferenceData::builtin());
    return v;
}

} // namespace

class TestDetailValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_detail_expectedIssues_data();
    void validate_detail_expectedIssues();
    void validate_everyIssue_hasMessageAndCode();
    void normalized_detail_wireForm_data();
    void normalized_detail_wireForm();
    void amountMinor_currencyDecimals_data();
    void amountMinor_currencyDecimals();
    void contextFor_currency_regionAndDecimals_data();
    void contextFor_currency_regionAndDecimals();
};

void TestDetailValidator::validate_detail_expectedIssues_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<PayoutDetail>("detail");
    QTest::addColumn<QStringList>("errors");   // "field:code", sorted
    QTest::addColumn<QStringList>("warnings"); // "field:code", sorted

    const QString php = QStringLiteral("PHP");
    const QString brl = QStringLiteral("BRL");
    const QString idr = QStringLiteral("IDR");
    const PayoutDetail bank = bankDetail();
    const auto bankWith = [&](Field f, const char *v) { return with(bank, f, QString::fromUtf8(v)); };
    const auto err = [](const char *s) { return QStringList{QString::fromLatin1(s)}; };
    const QStringList none;

    // Valid data.
    QTest::newRow("bank valid") << php << bank << none << none;
    QTest::newRow("bank BIC11 XXX") << php << bankWith(Field::BankSwiftCode, "BOPIPHMMXXX") << none << none;
    QTest::newRow("bank BIC lower case") << php << bankWith(Field::BankSwiftCode, "bnorphmm") << none << none;
    QTest::newRow("bank country lower case") << php << bankWith(Field::BankCountryCode, "ph") << none << none;
    QTest::newRow("bank DEUTDEFF500 in DE") << QStringLiteral("USD")
                                            << with(with(bank, Field::BankSwiftCode, QStringLiteral("DEUTDEFF500")),
                                                    Field::BankCountryCode, QStringLiteral("DE"))
                                            << none << none;
    QTest::newRow("account no with spaces and dashes")
        << php << bankWith(Field::BankAccountNo, "0012-3456 7890") << none << none;
    QTest::newRow("IBAN-like account no")
        << php << bankWith(Field::BankAccountNo, "DE89 3704 0044 0532 0130 00") << none << none;
    QTest::newRow("surrounding spaces trimmed")
        << php << bankWith(Field::BankAccountName, "  Juan Dela Cruz\t") << none << none;
    QTest::newRow("destination and type case-insensitive")
        << php << with(bankWith(Field::DestinationType, "Bank"), Field::BankAccountType, QStringLiteral("Business"))
        << none << none;
    QTest::newRow("order id 64 chars") << php << with(bank, Field::MchOrderId, QString(64, u'a')) << none << none;
    QTest::newRow("order id underscore dash") << php << bankWith(Field::MchOrderId, "a_b-C9") << none << none;
    QTest::newRow("amount integer") << php << bankWith(Field::Amount, "1000") << none << none;
    QTest::newRow("amount one decimal") << php << bankWith(Field::Amount, "0.5") << none << none;
    QTest::newRow("name non-ASCII") << php << bankWith(Field::BankAccountName, "José Ñoño 张三") << none << none;

    // Amounts.
    QTest::newRow("amount zero") << php << bankWith(Field::Amount, "0.00") << err("amount:amount.zero") << none;
    QTest::newRow("amount negative") << php << bankWith(Field::Amount, "-5.00") << err("amount:amount.sign") << none;
    QTest::newRow("amount plus") << php << bankWith(Field::Amount, "+5") << err("amount:amount.sign") << none;
    QTest::newRow("amount exponent") << php << bankWith(Field::Amount, "1e3") << err("amount:amount.exponent") << none;
    QTest::newRow("amount grouping") << php << bankWith(Field::Amount, "1,000.00") << err("amount:amount.grouping")
                                     << none;
    QTest::newRow("amount too many decimals")
        << php << bankWith(Field::Amount, "10.005") << err("amount:amount.too_many_decimals") << none;
    QTest::newRow("amount decimals JPY") << QStringLiteral("JPY") << bankWith(Field::Amount, "100.5")
                                         << err("amount:amount.too_many_decimals") << none;
    QTest::newRow("amount overflow") << php << bankWith(Field::Amount, "99999999999999999999")
                                     << err("amount:amount.overflow") << none;
    QTest::newRow("amount overflow after scaling")
        << php << bankWith(Field::Amount, "92233720368547758.08") << err("amount:amount.overflow") << none;
    QTest::newRow("amount letters") << php << bankWith(Field::Amount, "12a") << err("amount:amount.invalid_character")
                                    << none;
    QTest::newRow("amount trailing point")
        << php << bankWith(Field::Amount, "1.") << err("amount:amount.missing_digits") << none;
    QTest::newRow("amount empty") << php << bankWith(Field::Amount, " ") << err("amount:text.required") << none;
    QTest::newRow("amount too long") << php << with(bank, Field::Amount, QString(33, u'1'))
                                     << err("amount:text.too_long") << none;

    // Order IDs and common text rules.
    QTest::newRow("order id empty") << php << bankWith(Field::MchOrderId, "") << err("mch_order_id:text.required")
                                    << none;
    QTest::newRow("order id 65 chars") << php << with(bank, Field::MchOrderId, QString(65, u'a'))
                                       << err("mch_order_id:text.too_long") << none;
    QTest::newRow("order id space") << php << bankWith(Field::MchOrderId, "D 001")
                                    << err("mch_order_id:mch_order_id.invalid_character") << none;
    QTest::newRow("order id umlaut") << php << bankWith(Field::MchOrderId, "Ä1")
                                     << err("mch_order_id:mch_order_id.invalid_character") << none;
    QTest::newRow("name NUL") << php << with(bank, Field::BankAccountName, QStringLiteral("Juan") + QChar(0) + u"Cruz")
                              << err("bank_account_name:text.control_character") << none;
    QTest::newRow("name inner tab") << php << bankWith(Field::BankAccountName, "Juan\tCruz")
                                    << err("bank_account_name:text.control_character") << none;
    QTest::newRow("name DEL") << php << bankWith(Field::BankAccountName, "Juan\x7f")
                              << err("bank_account_name:text.control_character") << none;
    QTest::newRow("name C1 NEL") << php << bankWith(Field::BankAccountName, "Juan\u0085Cruz")
                                 << err("bank_account_name:text.control_character") << none;
    QTest::newRow("name RLO bidi override") << php << bankWith(Field::BankAccountName, "Juan \u202Ezurc")
                                            << err("bank_account_name:text.control_character") << none;
    QTest::newRow("bank name isolate") << php << bankWith(Field::BankName, "BDO \u2066Unibank\u2069")
                                       << err("bank_name:text.control_character") << none;
    QTest::newRow("name lone surrogate") << php
                                         << with(bank, Field::BankAccountName,
                                                 QStringLiteral("Juan ") + QChar(0xD83D) + QStringLiteral(" Cruz"))
                                         << err("bank_account_name:text.broken_unicode") << none;
    QTest::newRow("name emoji pair") << php << bankWith(Field::BankAccountName, "Juan 🙂 Cruz") << none << none;
    QTest::newRow("name 140 chars") << php << with(bank, Field::BankAccountName, QString(140, u'x')) << none << none;
    QTest::newRow("name 141 chars") << php << with(bank, Field::BankAccountName, QString(141, u'x'))
                                    << err("bank_account_name:text.too_long") << none;
    QTest::newRow("destination unknown") << php << bankWith(Field::DestinationType, "wire")
                                         << err("destination_type:destination_type.invalid") << none;
    QTest::newRow("bank name missing") << php << bankWith(Field::BankName, "") << err("bank_name:text.required")
                                       << none;
    QTest::newRow("account type bad") << php << bankWith(Field::BankAccountType, "personal")
                                      << err("bank_account_type:account_type.invalid") << none;

    // Bank account number and country.
    QTest::newRow("account no too short")
        << php << bankWith(Field::BankAccountNo, "123") << err("bank_account_no:account_no.length") << none;
    QTest::newRow("account no 35") << php << with(bank, Field::BankAccountNo, QString(35, u'1'))
                                   << err("bank_account_no:account_no.length") << none;
    QTest::newRow("account no 34 with separators")
        << php << with(bank, Field::BankAccountNo, QString(17, u'1') + u" - " + QString(17, u'2')) << none << none;
    QTest::newRow("account no symbol") << php << bankWith(Field::BankAccountNo, "12345678#")
                                       << err("bank_account_no:account_no.invalid_character") << none;
    QTest::newRow("account no full-width digits") << php << bankWith(Field::BankAccountNo, "１２３４５６")
                                                  << err("bank_account_no:account_no.invalid_character") << none;
    QTest::newRow("country unknown") << php << bankWith(Field::BankCountryCode, "XX")
                                     << err("bank_country_code:country.unknown") << none;
    QTest::newRow("country alpha-3") << php << bankWith(Field::BankCountryCode, "PHL")
                                     << err("bank_country_code:country.unknown") << none;
    QTest::newRow("country Kosovo XK") << php
                                       << with(bankWith(Field::BankCountryCode, "XK"), Field::BankSwiftCode,
                                               QStringLiteral("RBKOXKPR"))
                                       << err("bank_country_code:country.unknown") << none;

    // SWIFT/BIC.
    QTest::newRow("swift 9 chars") << php << bankWith(Field::BankSwiftCode, "BNORPHMM1")
                                   << err("bank_swift_code:swift.length") << none;
    QTest::newRow("swift 7 chars") << php << bankWith(Field::BankSwiftCode, "BNORPHM")
                                   << err("bank_swift_code:swift.length") << none;
    QTest::newRow("swift bad country") << php << bankWith(Field::BankSwiftCode, "BNORXXMM")
                                       << err("bank_swift_code:swift.country") << none;
    QTest::newRow("swift digits in country")
        << php << bankWith(Field::BankSwiftCode, "BNOR12MM") << err("bank_swift_code:swift.country") << none;
    QTest::newRow("swift underscore") << php << bankWith(Field::BankSwiftCode, "BNORPHM_")
                                      << err("bank_swift_code:swift.invalid_character") << none;
    QTest::newRow("swift country mismatch") << php << bankWith(Field::BankSwiftCode, "DEUTDEFF500") << none
                                            << err("bank_swift_code:swift.country_mismatch");
    QTest::newRow("swift Kosovo XK vs RS")
        << php << with(bankWith(Field::BankCountryCode, "RS"), Field::BankSwiftCode, QStringLiteral("RBKOXKPR")) << none
        << QStringList{QStringLiteral("bank_country_code:country.currency_mismatch"),
                       QStringLiteral("bank_swift_code:swift.country_mismatch")};
    // A currency is paid in its own country: a bank elsewhere is a warning naming both.
    QTest::newRow("bank in PH paid in IDR")
        << idr << bank << none << err("bank_country_code:country.currency_mismatch");
    QTest::newRow("bank in ID paid in IDR")
        << idr << with(bankWith(Field::BankCountryCode, "ID"), Field::BankSwiftCode, QStringLiteral("BMRIIDJA")) << none
        << none;
    QTest::newRow("bank in ID, SWIFT of PH, paid in IDR")
        << idr << bankWith(Field::BankCountryCode, "ID") << none << err("bank_swift_code:swift.country_mismatch");
    QTest::newRow("swift test code") << php << bankWith(Field::BankSwiftCode, "BNORPHM0") << none
                                     << err("bank_swift_code:swift.test_code");
    QTest::newRow("swift missing") << php << bankWith(Field::BankSwiftCode, "") << err("bank_swift_code:text.required")
                                   << none;
    QTest::newRow("wallet cell on bank row")
        << php << bankWith(Field::WalletProvider, "GCash") << none << err("e_wallet.provider:field.ignored");

    // E-wallet: provider and phone keys.
    const QString phone = QStringLiteral("phone");
    QTest::newRow("PH phone E.164") << php << walletDetail(phone, QStringLiteral("+639171234567")) << none << none;
    QTest::newRow("PH phone local") << php << walletDetail(phone, QStringLiteral("09171234567")) << none << none;
    QTest::newRow("PH phone spaced") << php << walletDetail(phone, QStringLiteral("+63 917 123 4567")) << none << none;
    QTest::newRow("PH phone dashes local")
        << php << walletDetail(phone, QStringLiteral("0917-123-4567")) << none << none;
    QTest::newRow("PH phone too long") << php << walletDetail(phone, QStringLiteral("+63917123456789012"))
                                       << err("e_wallet.deposit_key:phone.length") << none;
    QTest::newRow("PH phone too short") << php << walletDetail(phone, QStringLiteral("+6391"))
                                        << err("e_wallet.deposit_key:phone.length") << none;
    QTest::newRow("phone letters") << php << walletDetail(phone, QStringLiteral("call me"))
                                   << err("e_wallet.deposit_key:phone.invalid") << none;
    QTest::newRow("phone extension") << php << walletDetail(phone, QStringLiteral("0917 123 4567 ext. 5"))
                                     << err("e_wallet.deposit_key:phone.invalid") << none;
    QTest::newRow("phone unknown country code") << php << walletDetail(phone, QStringLiteral("+999 1234567"))
                                                << err("e_wallet.deposit_key:phone.country_code") << none;
    QTest::newRow("PH phone unknown range")
        << php << walletDetail(phone, QStringLiteral("+639001234567")) << none
        << QStringList{QStringLiteral("e_wallet.deposit_key:phone.account_mismatch"),
                       QStringLiteral("e_wallet.deposit_key:phone.unknown_range")};
    QTest::newRow("PH phone differs from account") << php << walletDetail(phone, QStringLiteral("+639181234567"))
                                                   << none << err("e_wallet.deposit_key:phone.account_mismatch");
    QTest::newRow("account is the E.164 key") << php
                                              << with(walletDetail(phone, QStringLiteral("09171234567")),
                                                      Field::WalletAccountNumber, QStringLiteral("+63 917 123 4567"))
                                              << none << none;
    QTest::newRow("account is a wallet id") << php
                                            << with(walletDetail(phone, QStringLiteral("09171234567")),
                                                    Field::WalletAccountNumber, QStringLiteral("GC-ANA-2291"))
                                            << none << none;
    QTest::newRow("ID phone local") << idr
                                    << with(with(walletDetail(phone, QStringLiteral("0812-3456-7890")),
                                                 Field::WalletProvider, QStringLiteral("Gopay")),
                                            Field::WalletAccountNumber, QStringLiteral("081234567890"))
                                    << none << none;
    QTest::newRow("ID phone E.164") << idr
                                    << with(with(walletDetail(phone, QStringLiteral("+6281234567890")),
                                                 Field::WalletProvider, QStringLiteral("ShopeePay")),
                                            Field::WalletAccountNumber, QStringLiteral("+6281234567890"))
                                    << none << none;
    QTest::newRow("BR phone local") << brl << pixDetail(phone, QStringLiteral("(11) 98765-4321")) << none << none;
    QTest::newRow("BR phone E.164") << brl << pixDetail(phone, QStringLiteral("+5511987654321")) << none << none;
    QTest::newRow("no region needs plus") << QStringLiteral("USD") << walletDetail(phone, QStringLiteral("2025550123"))
                                          << QStringList{QStringLiteral("e_wallet.deposit_key:phone.country_code"),
                                                         QStringLiteral("e_wallet.provider:provider.not_offered")}
                                          << none;
    QTest::newRow("provider lower case") << php
                                         << with(walletDetail(phone, QStringLiteral("+639171234567")),
                                                 Field::WalletProvider, QStringLiteral("gcash"))
                                         << none << none;
    QTest::newRow("provider of other currency")
        << php
        << with(walletDetail(phone, QStringLiteral("+639171234567")), Field::WalletProvider, QStringLiteral("Gopay"))
        << err("e_wallet.provider:provider.not_offered") << none;
    QTest::newRow("key type unknown") << php << walletDetail(QStringLiteral("iban"), QStringLiteral("x"))
                                      << err("e_wallet.deposit_key_type:deposit_key_type.invalid") << none;
    QTest::newRow("wallet account type bad")
        << php
        << with(walletDetail(phone, QStringLiteral("+639171234567")), Field::WalletAccountType, QStringLiteral("corp"))
        << err("e_wallet.account_type:account_type.invalid") << none;
    QTest::newRow("bank cell on wallet row")
        << php
        << with(walletDetail(phone, QStringLiteral("+639171234567")), Field::BankSwiftCode, QStringLiteral("BNORPHMM"))
        << none << err("bank_swift_code:field.ignored");

    // E-mail keys.
    const QString email = QStringLiteral("email");
    QTest::newRow("email valid") << php << walletDetail(email, QStringLiteral("ben.cruz@example.ph")) << none << none;
    QTest::newRow("email plus tag") << php << walletDetail(email, QStringLiteral("ben+pay@mail.example.com")) << none
                                    << none;
    for (const char *bad :
         {"ben@@example.ph", "ben@localhost", "ben..cruz@example.ph", "@example.ph", "ben@exa_mple.ph", "ben@example.",
          "ben cruz@example.ph", "ben@-example.ph", "ben@example.p1"})
        QTest::newRow(bad) << php << walletDetail(email, QString::fromLatin1(bad))
                           << err("e_wallet.deposit_key:email.invalid") << none;

    // CPF and CNPJ (PIX keys).
    const QString cpf = QStringLiteral("cpf");
    const QString cnpj = QStringLiteral("cnpj");
    QTest::newRow("CPF formatted") << brl << pixDetail(cpf, QStringLiteral("529.982.247-25")) << none << none;
    QTest::newRow("CPF digits") << brl << pixDetail(cpf, QStringLiteral("52998224725")) << none << none;
    QTest::newRow("CPF wrong check digit") << brl << pixDetail(cpf, QStringLiteral("529.982.247-26"))
                                           << err("e_wallet.deposit_key:cpf.check_digits") << none;
    QTest::newRow("CPF swapped digits") << brl << pixDetail(cpf, QStringLiteral("259.982.247-25"))
                                        << err("e_wallet.deposit_key:cpf.check_digits") << none;
    QTest::newRow("CPF repeated") << brl << pixDetail(cpf, QStringLiteral("111.111.111-11"))
                                  << err("e_wallet.deposit_key:cpf.repeated") << none;
    QTest::newRow("CPF 10 digits") << brl << pixDetail(cpf, QStringLiteral("5299822472"))
                                   << err("e_wallet.deposit_key:cpf.format") << none;
    QTest::newRow("CPF letter") << brl << pixDetail(cpf, QStringLiteral("5299822472A"))
                                << err("e_wallet.deposit_key:cpf.format") << none;
    QTest::newRow("CNPJ numeric") << brl << pixDetail(cnpj, QStringLiteral("11.222.333/0001-81")) << none << none;
    QTest::newRow("CNPJ numeric 2") << brl << pixDetail(cnpj, QStringLiteral("11444777000161")) << none << none;
    QTest::newRow("CNPJ wrong check digit") << brl << pixDetail(cnpj, QStringLiteral("11.222.333/0001-82"))
                                            << err("e_wallet.deposit_key:cnpj.check_digits") << none;
    QTest::newRow("CNPJ alphanumeric") << brl << pixDetail(cnpj, QStringLiteral("12.ABC.345/01DE-35")) << none << none;
    QTest::newRow("CNPJ alphanumeric lower case")
        << brl << pixDetail(cnpj, QStringLiteral("12abc34501de35")) << none << none;
    QTest::newRow("CNPJ alphanumeric wrong check") << brl << pixDetail(cnpj, QStringLiteral("12.ABC.345/01DE-36"))
                                                   << err("e_wallet.deposit_key:cnpj.check_digits") << none;
    QTest::newRow("CNPJ letter swapped") << brl << pixDetail(cnpj, QStringLiteral("12.ABD.345/01DE-35"))
                                         << err("e_wallet.deposit_key:cnpj.check_digits") << none;
    QTest::newRow("CNPJ letters in check digits")
        << brl << pixDetail(cnpj, QStringLiteral("12ABC34501DEAB")) << err("e_wallet.deposit_key:cnpj.format") << none;
    QTest::newRow("CNPJ 13 chars") << brl << pixDetail(cnpj, QStringLiteral("1122233300018"))
                                   << err("e_wallet.deposit_key:cnpj.format") << none;
    QTest::newRow("CNPJ zeros") << brl << pixDetail(cnpj, QStringLiteral("00.000.000/0000-00"))
                                << err("e_wallet.deposit_key:cnpj.repeated") << none;

    // Random (UUID) keys.
    const QString random = QStringLiteral("random");
    QTest::newRow("UUID") << brl << pixDetail(random, QStringLiteral("123e4567-e89b-12d3-a456-426614174000")) << none
                          << none;
    QTest::newRow("UUID upper case") << brl << pixDetail(random, QStringLiteral("123E4567-E89B-12D3-A456-426614174000"))
                                     << none << none;
    QTest::newRow("UUID without dashes") << brl << pixDetail(random, QStringLiteral("123e4567e89b12d3a456426614174000"))
                                         << err("e_wallet.deposit_key:random.invalid") << none;
    QTest::newRow("UUID braces") << brl << pixDetail(random, QStringLiteral("{123e4567-e89b-12d3-a456-426614174000}"))
                                 << err("e_wallet.deposit_key:random.invalid") << none;
    QTest::newRow("UUID nil") << brl << pixDetail(random, QStringLiteral("00000000-0000-0000-0000-000000000000"))
                              << err("e_wallet.deposit_key:random.nil") << none;
    QTest::newRow("deposit key too long") << php << walletDetail(email, QString(250, u'a') + u"@x.ph")
                                          << err("e_wallet.deposit_key:text.too_long") << none;

    // A wallet pays to numbers and takes key types of its own country (providers.json rules).
    QTest::newRow("PayMaya with an Indonesian key")
        << php
        << with(with(walletDetail(phone, QStringLiteral("+6281234567890")), Field::WalletProvider,
                     QStringLiteral("PayMaya")),
                Field::WalletAccountNumber, QStringLiteral("+6281234567890"))
        << err("e_wallet.deposit_key:phone.provider_country") << none;
    QTest::newRow("GCash with an Indonesian key") << php << walletDetail(phone, QStringLiteral("+6281234567890"))
                                                  << err("e_wallet.deposit_key:phone.provider_country") << none;
    QTest::newRow("Gopay with a Philippine key") << idr
                                                 << with(with(walletDetail(phone, QStringLiteral("+639171234567")),
                                                              Field::WalletProvider, QStringLiteral("Gopay")),
                                                         Field::WalletAccountNumber, QStringLiteral("+639171234567"))
                                                 << err("e_wallet.deposit_key:phone.provider_country") << none;
    QTest::newRow("PIX with a Philippine key") << brl
                                               << with(pixDetail(phone, QStringLiteral("+639171234567")),
                                                       Field::WalletAccountNumber, QStringLiteral("+639171234567"))
                                               << err("e_wallet.deposit_key:phone.provider_country") << none;
    QTest::newRow("PIX with a Brazilian phone key")
        << brl
        << with(pixDetail(phone, QStringLiteral("+5511987654321")), Field::WalletAccountNumber,
                QStringLiteral("+5511987654321"))
        << none << none;
    QTest::newRow("GCash with a CPF key") << php << walletDetail(cpf, QStringLiteral("529.982.247-25"))
                                          << err("e_wallet.deposit_key_type:deposit_key_type.not_for_provider") << none;
    QTest::newRow("GrabPay with a random key")
        << php
        << with(walletDetail(random, QStringLiteral("123e4567-e89b-12d3-a456-426614174000")), Field::WalletProvider,
                QStringLiteral("GrabPay"))
        << err("e_wallet.deposit_key_type:deposit_key_type.not_for_provider") << none;
    QTest::newRow("ShopeePay with a CNPJ key in upper case")
        << idr
        << with(with(walletDetail(QStringLiteral("CNPJ"), QStringLiteral("11444777000161")), Field::WalletProvider,
                     QStringLiteral("ShopeePay")),
                Field::WalletAccountNumber, QStringLiteral("+6281234567890"))
        << err("e_wallet.deposit_key_type:deposit_key_type.not_for_provider") << none;
}

void TestDetailValidator::validate_detail_expectedIssues()
{
    QFETCH(QString, currency);
    QFETCH(PayoutDetail, detail);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    const ValidationIssues issues = validator().validate(detail, validator().contextFor(currency));
    QCOMPARE(codes(issues, ValidationIssue::Severity::Error), errors);
    QCOMPARE(codes(issues, ValidationIssue::Severity::Warning), warnings);
    QCOMPARE(validator().amountMinor(detail, validator().contextFor(currency)).has_value(),
             !errors.join(u' ').contains(QLatin1String("amount:")));
}

void TestDetailValidator::validate_everyIssue_hasMessageAndCode()
{
    PayoutDetail d; // everything empty
    const ValidationIssues issues = validator().validate(d, validator().contextFor(QStringLiteral("PHP")));
    QCOMPARE(issues.size(), 3); // order ID, amount, destination
    for (const ValidationIssue &i : issues) {
        QVERIFY(i.isError());
        QVERIFY(!i.message.isEmpty());
        QVERIFY(i.code.contains(u'.'));
    }
}

void TestDetailValidator::normalized_detail_wireForm_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<PayoutDetail>("detail");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("expected");

    const QString php = QStringLiteral("PHP");
    const PayoutDetail bank = bankDetail();
    QTest::newRow("swift upper") << php << with(bank, Field::BankSwiftCode, QStringLiteral(" bopiphmmxxx "))
                                 << Field::BankSwiftCode << QStringLiteral("BOPIPHMMXXX");
    QTest::newRow("country upper") << php << with(bank, Field::BankCountryCode, QStringLiteral("ph"))
                                   << Field::BankCountryCode << QStringLiteral("PH");
    QTest::newRow("account no compact") << php << with(bank, Field::BankAccountNo, QStringLiteral("0012-3456 7890"))
                                        << Field::BankAccountNo << QStringLiteral("001234567890");
    QTest::newRow("name trimmed") << php << with(bank, Field::BankAccountName, QStringLiteral(" Juan Dela Cruz "))
                                  << Field::BankAccountName << QStringLiteral("Juan Dela Cruz");
    QTest::newRow("amount canonical") << php << with(bank, Field::Amount, QStringLiteral("0100.5")) << Field::Amount
                                      << QStringLiteral("100.50");
    QTest::newRow("amount JPY") << QStringLiteral("JPY") << with(bank, Field::Amount, QStringLiteral("2500"))
                                << Field::Amount << QStringLiteral("2500");
    QTest::newRow("destination lower") << php << with(bank, Field::DestinationType, QStringLiteral("BANK"))
                                       << Field::DestinationType << QStringLiteral("bank");
    QTest::newRow("account type lower") << php << with(bank, Field::BankAccountType, QStringLiteral("Business"))
                                        << Field::BankAccountType << QStringLiteral("business");
    QTest::newRow("wallet cells dropped on bank")
        << php << with(bank, Field::WalletProvider, QStringLiteral("GCash")) << Field::WalletProvider << QString();

    const QString phone = QStringLiteral("phone");
    QTest::newRow("phone local to E.164") << php << walletDetail(phone, QStringLiteral("0917 123 4567"))
                                          << Field::WalletDepositKey << QStringLiteral("+639171234567");
    QTest::newRow("phone E.164 kept") << php << walletDetail(phone, QStringLiteral("+639171234567"))
                                      << Field::WalletDepositKey << QStringLiteral("+639171234567");
    QTest::newRow("BR phone") << QStringLiteral("BRL") << pixDetail(phone, QStringLiteral("(11) 98765-4321"))
                              << Field::WalletDepositKey << QStringLiteral("+5511987654321");
    QTest::newRow("account number kept") << php << walletDetail(phone, QStringLiteral("+639171234567"))
                                         << Field::WalletAccountNumber << QStringLiteral("09171234567");
    QTest::newRow("provider canonical") << php
                                        << with(walletDetail(phone, QStringLiteral("+639171234567")),
                                                Field::WalletProvider, QStringLiteral(" PAYMAYA"))
                                        << Field::WalletProvider << QStringLiteral("PayMaya");
    QTest::newRow("key type lower") << php << walletDetail(QStringLiteral("Phone"), QStringLiteral("+639171234567"))
                                    << Field::WalletDepositKeyType << QStringLiteral("phone");
    QTest::newRow("CPF digits") << QStringLiteral("BRL")
                                << pixDetail(QStringLiteral("cpf"), QStringLiteral("529.982.247-25"))
                                << Field::WalletDepositKey << QStringLiteral("52998224725");
    QTest::newRow("CNPJ chars") << QStringLiteral("BRL")
                                << pixDetail(QStringLiteral("cnpj"), QStringLiteral("12.abc.345/01de-35"))
                                << Field::WalletDepositKey << QStringLiteral("12ABC34501DE35");
    QTest::newRow("UUID lower") << QStringLiteral(
        "BRL") << pixDetail(QStringLiteral("random"), QStringLiteral("123E4567-E89B-12D3-A456-426614174000"))
                                << Field::WalletDepositKey << QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    QTest::newRow("email trimmed") << php << walletDetail(QStringLiteral("email"), QStringLiteral(" ben@example.ph "))
                                   << Field::WalletDepositKey << QStringLiteral("ben@example.ph");
}

void TestDetailValidator::normalized_detail_wireForm()
{
    QFETCH(QString, currency);
    QFETCH(PayoutDetail, detail);
    QFETCH(Field, field);
    QFETCH(QString, expected);
    const auto context = validator().contextFor(currency);
    QVERIFY2(codes(validator().validate(detail, context), ValidationIssue::Severity::Error).isEmpty(),
             qPrintable(codes(validator().validate(detail, context), ValidationIssue::Severity::Error).join(u' ')));
    const PayoutDetail n = validator().normalized(detail, context);
    QCOMPARE(n.value(field), expected);
    // Normalising is idempotent and keeps the detail valid.
    QCOMPARE(validator().normalized(n, context), n);
    QVERIFY(codes(validator().validate(n, context), ValidationIssue::Severity::Error).isEmpty());
}

void TestDetailValidator::amountMinor_currencyDecimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<qint64>("minor"); // -1: invalid
    QTest::newRow("PHP") << QStringLiteral("PHP") << QStringLiteral("1500.00") << qint64(150000);
    QTest::newRow("PHP one decimal") << QStringLiteral("PHP") << QStringLiteral("0.5") << qint64(50);
    QTest::newRow("KWD 3") << QStringLiteral("KWD") << QStringLiteral("1.234") << qint64(1234);
    QTest::newRow("JPY 0") << QStringLiteral("JPY") << QStringLiteral("500") << qint64(500);
    QTest::newRow("zero") << QStringLiteral("PHP") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("bad") << QStringLiteral("PHP") << QStringLiteral("1.2.3") << qint64(-1);
    QTest::newRow("max") << QStringLiteral("JPY") << QStringLiteral("9223372036854775807")
                         << std::numeric_limits<qint64>::max();
}

void TestDetailValidator::amountMinor_currencyDecimals()
{
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(qint64, minor);
    const auto got =
        validator().amountMinor(with(bankDetail(), Field::Amount, amount), validator().contextFor(currency));
    QCOMPARE(got, minor < 0 ? std::nullopt : std::optional<qint64>(minor));
}

void TestDetailValidator::contextFor_currency_regionAndDecimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("region");
    QTest::newRow("PHP") << QStringLiteral("PHP") << 2 << QStringLiteral("PH");
    QTest::newRow("IDR") << QStringLiteral("IDR") << 2 << QStringLiteral("ID");
    QTest::newRow("BRL") << QStringLiteral("BRL") << 2 << QStringLiteral("BR");
    QTest::newRow("INR") << QStringLiteral("INR") << 2 << QStringLiteral("IN");
    QTest::newRow("USD") << QStringLiteral("USD") << 2 << QString();
    QTest::newRow("CNY") << QStringLiteral("CNY") << 2 << QString();
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0 << QString();
}

void TestDetailValidator::contextFor_currency_regionAndDecimals()
{
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QFETCH(QString, region);
    const DetailValidator::Context c = validator().contextFor(currency);
    QCOMPARE(c.currency, currency);
    QCOMPARE(c.decimals, decimals);
    QCOMPARE(c.phoneRegion, region);
}

QTEST_GUILESS_MAIN(TestDetailValidator)
#include "tst_detailvalidator.moc"
